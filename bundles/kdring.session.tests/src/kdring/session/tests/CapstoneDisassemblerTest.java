package kdring.session.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import kdring.session.debug.Disassembler;
import kdring.session.debug.Disassembler.Mode;
import kdring.session.debug.Instruction;
import kdring.session.debug.capstone.CapstoneDisassembler;

/**
 * The Capstone binding against Debian's real {@code libcapstone.so.4} (package libcapstone4, a test
 * prerequisite): known x64 and x86 encodings decode to Capstone's Intel text, bytes that do not decode become
 * one-byte {@code ??} with decoding resumed after them, and a missing or wrong library gives the message that
 * says what to install.
 */
class CapstoneDisassemblerTest {

    private static final long BASE = 0xFFFFF80000101000L;

    private static byte[] hex(String bytes) {
        return HexFormat.of().parseHex(bytes.replace(" ", ""));
    }

    /** "address bytes mnemonic operands" per instruction, for one assertion over a whole listing. */
    private static String listing(List<Instruction> code) {
        StringBuilder out = new StringBuilder();
        for (Instruction i : code) {
            out.append(String.format("%x %s %s %s%n", i.address(), HexFormat.of().formatHex(i.bytes()), i.mnemonic(),
                    i.operands()).replace(" \n", "\n"));
        }
        return out.toString();
    }

    @Test
    void loadGivesCapstoneOnceAndTheSameInstanceAfter() throws Exception {
        Disassembler first = Disassembler.load();
        assertTrue(first instanceof CapstoneDisassembler, first.getClass().getName());
        assertEquals("libcapstone.so.4", ((CapstoneDisassembler) first).library());
        assertSame(first, Disassembler.load(), "loaded once");
    }

    @Test
    void x64PrologueRipRelativeLoadCallAndReturn() throws Exception {
        byte[] code = hex(""
                + "55"                    // push rbp
                + "48 89 e5"              // mov rbp, rsp (REX.W 89 /r, ModRM e5: rsp -> rbp)
                + "48 83 ec 28"           // sub rsp, 0x28
                + "48 8b 05 10 00 00 00"  // mov rax, [rip + 0x10]: RIP-relative (ModRM 05 in 64-bit mode)
                + "e8 f0 0f 00 00"        // call rel32: target = end of the call (BASE+0x14) + 0xff0 = BASE+0x1004
                + "ff 15 00 10 00 00"     // call [rip + 0x1000]: an indirect call, six bytes
                + "c3");                  // ret
        List<Instruction> decoded = Disassembler.load().decode(code, BASE, Mode.X64, 100);
        assertEquals(String.format("""
                %x 55 push rbp
                %x 4889e5 mov rbp, rsp
                %x 4883ec28 sub rsp, 0x28
                %x 488b0510000000 mov rax, qword ptr [rip + 0x10]
                %x e8f00f0000 call 0x%x
                %x ff1500100000 call qword ptr [rip + 0x1000]
                %x c3 ret
                """, BASE, BASE + 1, BASE + 4, BASE + 8, BASE + 0xF, BASE + 0x1004, BASE + 0x14, BASE + 0x1A),
                listing(decoded));
        for (Instruction i : decoded) {
            assertEquals("", i.label(), "the disassembler leaves labels to the caller");
        }
        assertEquals(BASE + code.length, decoded.get(decoded.size() - 1).next(), "every byte is covered once");
    }

    @Test
    void x86DecodesTheSameBytesAsThirtyTwoBitCode() throws Exception {
        byte[] code = hex(""
                + "55"              // push ebp
                + "89 e5"           // mov ebp, esp
                + "8b 45 08"        // mov eax, [ebp + 8]: the first stack argument
                + "48"              // dec eax (in x64 this byte would be a REX prefix)
                + "e8 00 01 00 00"  // call rel32: target = end of the call (0x40100c) + 0x100
                + "c2 08 00");      // ret 8 (stdcall)
        List<Instruction> decoded = Disassembler.load().decode(code, 0x401000, Mode.X86, 100);
        assertEquals("""
                401000 55 push ebp
                401001 89e5 mov ebp, esp
                401003 8b4508 mov eax, dword ptr [ebp + 8]
                401006 48 dec eax
                401007 e800010000 call 0x40110c
                40100c c20800 ret 8
                """, listing(decoded));
    }

    @Test
    void bytesThatDoNotDecodeAreOneByteEachAndDecodingResumes() throws Exception {
        Disassembler d = Disassembler.load();
        // 06 (push es) does not exist in 64-bit mode; a nop after it decodes again
        assertEquals(String.format("""
                %x 55 push rbp
                %x 06 ??
                %x 06 ??
                %x 90 nop
                """, BASE, BASE + 1, BASE + 2, BASE + 3), listing(d.decode(hex("55 06 06 90"), BASE, Mode.X64, 10)));
        // the same byte is an instruction in 32-bit mode: the mode really reaches Capstone
        assertEquals("1000 06 push es\n", listing(d.decode(hex("06"), 0x1000, Mode.X86, 10)));
        // an instruction cut off at the end of the bytes (mov rax, [rip + disp32] without its displacement)
        assertEquals(String.format("""
                %x 90 nop
                %x 48 ??
                %x 8b ??
                %x 05 ??
                """, BASE, BASE + 1, BASE + 2, BASE + 3), listing(d.decode(hex("90 48 8b 05"), BASE, Mode.X64, 10)));
    }

    @Test
    void atMostMaxInstructionsAndNothingFromNothing() throws Exception {
        Disassembler d = Disassembler.load();
        assertEquals(2, d.decode(hex("90 90 90 90"), 0, Mode.X64, 2).size());
        assertEquals(2, d.decode(hex("06 06 06 06"), 0, Mode.X64, 2).size(), "?? count as instructions");
        assertTrue(d.decode(new byte[0], 0, Mode.X64, 8).isEmpty());
        assertTrue(d.decode(hex("90"), 0, Mode.X64, 0).isEmpty());
        // the top of the address space: decoding does not wrap into trouble
        List<Instruction> top = d.decode(hex("90 c3"), 0xFFFFFFFFFFFFFFFEL, Mode.X64, 8);
        assertEquals(List.of("nop", "ret"), top.stream().map(Instruction::mnemonic).toList());
    }

    @Test
    void everyByteValueDecodesToSomethingCoveringTheInput() throws Exception {
        // random-looking but fixed bytes, as hostile guest memory would be: every byte is covered exactly once
        byte[] code = new byte[4096];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < code.length; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            code[i] = (byte) x;
        }
        for (Mode mode : Mode.values()) {
            List<Instruction> decoded = Disassembler.load().decode(code, BASE, mode, Integer.MAX_VALUE);
            long at = BASE;
            for (Instruction i : decoded) {
                assertEquals(at, i.address(), mode + ": no gap and no overlap");
                assertTrue(i.bytes().length >= 1 && i.bytes().length <= 15, mode + ": " + i);
                assertArrayEquals(java.util.Arrays.copyOfRange(code, (int) (at - BASE), (int) (at - BASE) + i.bytes().length),
                        i.bytes(), mode + ": the bytes are the input's");
                at = i.next();
            }
            assertEquals(BASE + code.length, at, mode + ": the whole input is covered");
        }
    }

    @Test
    void decodingFromManyThreadsAtOnceGivesTheSameText() throws Exception {
        Disassembler d = Disassembler.load();
        byte[] code = hex("55 48 89 e5 48 83 ec 28 48 8b 05 10 00 00 00 e8 f0 0f 00 00 c3");
        String expected = listing(d.decode(code, BASE, Mode.X64, 100));
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "test-disassembler"));
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int task = 0; task < 16; task++) {
                Mode mode = task % 2 == 0 ? Mode.X64 : Mode.X86;
                results.add(pool.submit(() -> {
                    String last = "";
                    for (int round = 0; round < 200; round++) {
                        last = listing(d.decode(code, BASE, mode, 100));
                    }
                    return last;
                }));
            }
            String x86 = listing(d.decode(code, BASE, Mode.X86, 100));
            for (int task = 0; task < results.size(); task++) {
                assertEquals(task % 2 == 0 ? expected : x86, results.get(task).get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissingLibraryNamesThePackageAndTheCommand() {
        Disassembler.UnavailableException e = assertThrows(Disassembler.UnavailableException.class,
                () -> CapstoneDisassembler.load("libcapstone-not-installed.so.4"));
        assertEquals("no disassembler: the Capstone library libcapstone-not-installed.so.4 is not installed "
                + "(Debian/Ubuntu: apt-get install libcapstone4); kdring disassembles through it, everything else "
                + "works without it", e.getMessage());
    }

    @Test
    void aLibraryThatIsNotCapstoneIsRefusedByName() {
        Disassembler.UnavailableException e = assertThrows(Disassembler.UnavailableException.class,
                () -> CapstoneDisassembler.load("libc.so.6"));
        assertEquals("libc.so.6 has no cs_version: not the Capstone kdring reads (Debian: apt-get install libcapstone4)",
                e.getMessage());
    }
}
