package kdring.session.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.session.BuiltInDebugger;
import kdring.session.ChannelSession;
import kdring.session.KdConsole;
import kdring.session.debug.DebugTarget;
import kdring.session.debug.Disassembler;
import kdring.session.debug.Instruction;

/**
 * Disassembly of the real reference guest's code through Capstone: {@link DebugTarget#disassemble} at the
 * exported KeTickHook (written in assembly in guest/refvm/exports.c, so its instructions are known: push rbp;
 * mov rbp, rsp; call KeTickWork; pop rbp; ret) labelled {@code nt!KeTickHook}, with the bytes read from the
 * guest there, a breakpoint shown as the instruction it replaced; the console's {@code u}; and {@code p} over an
 * indirect call, whose length comes from the disassembler.
 */
@Tag("vm")
class DisassemblyVmTest {

    static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path work;
    private ChannelSession session;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void disassemblyAndUOnTheReferenceGuest() throws Exception {
        session = ChannelSessionVmTest.openRing("disasm", work);
        BuiltInDebugger debugger = session.debugger();
        KdConsole kd = new KdConsole(debugger, WAIT);
        var running = assertThrows(kdring.kd.endpoint.KdException.class, () -> kd.execute("u"));
        assertTrue(running.getMessage().contains("break in first"), running.getMessage());
        long pc = debugger.breakIn(WAIT).programCounter();

        // at the exported function: its label, the bytes the guest holds there, the instructions it was written as
        long hook = debugger.onStopped(t -> t.symbols().resolve("nt!KeTickHook"), WAIT);
        long tickWork = debugger.onStopped(t -> t.symbols().resolve("nt!KeTickWork"), WAIT);
        List<Instruction> code = disassemble(debugger, hook, 5);
        assertEquals(5, code.size(), code.toString());
        assertEquals("nt!KeTickHook", code.get(0).label());
        assertArrayEquals(debugger.readVirtual(hook, code.get(0).bytes().length, WAIT), code.get(0).bytes(),
                "the first instruction's bytes are the guest's memory there");
        assertEquals(List.of("push rbp", "mov rbp, rsp", String.format("call 0x%x", tickWork), "pop rbp", "ret"),
                code.stream().map(i -> (i.mnemonic() + " " + i.operands()).strip()).toList());
        assertEquals(List.of("nt!KeTickHook", "nt!KeTickHook+0x1", "nt!KeTickHook+0x4", "nt!KeTickHook+0x9",
                "nt!KeTickHook+0xa"), code.stream().map(Instruction::label).toList());
        byte[] all = debugger.readVirtual(hook, 11, WAIT);
        int at = 0;
        for (Instruction i : code) {
            assertEquals(hook + at, i.address());
            assertArrayEquals(java.util.Arrays.copyOfRange(all, at, at + i.bytes().length), i.bytes(), i.toString());
            at += i.bytes().length;
        }

        // a breakpoint there: the guest holds int3, the disassembly shows the instruction it replaced
        DebugTarget.Breakpoint bp = debugger.onStopped(t -> t.setBreakpoint(hook), WAIT);
        assertEquals(0xCC, debugger.readVirtual(hook, 1, WAIT)[0] & 0xFF, "the int3 is in the guest");
        assertEquals("push", disassemble(debugger, hook, 1).get(0).mnemonic());

        // u at the stop: the break-in's int3 in DbgBreakPointWithStatus (cc c3)
        String u = kd.execute("u L2");
        assertEquals(String.format("""
                nt!DbgBreakPointWithStatus:
                %016x cc               int3
                %016x c3               ret""", pc, pc + 1), u);

        // u with an address: a label line, then address, bytes, mnemonic and operands per line
        String function = kd.execute("u nt!KeTickHook L5");
        assertEquals(String.format("""
                nt!KeTickHook:
                %016x 55               push    rbp
                %016x 4889e5           mov     rbp, rsp
                %016x e8%s       call    0x%x
                %016x 5d               pop     rbp
                %016x c3               ret""", hook, hook + 1, hook + 4, rel32(tickWork - (hook + 9)), tickWork,
                hook + 9, hook + 10), function);
        // a bare u goes on where that one stopped, and names the next export where it begins
        String more = kd.execute("u");
        String[] lines = more.split("\n");
        assertEquals("nt!KeTickHook+0xb:", lines[0], more);
        assertTrue(lines[1].startsWith(String.format("%016x ", hook + 11)), more);
        int workLine = List.of(lines).indexOf("nt!KeTickWork:");
        assertTrue(workLine > 1, "the label of the next export: " + more);
        assertEquals(String.format("%016x 55               push    rbp", tickWork), lines[workLine + 1], more);
        assertTrue(more.contains("lock inc qword ptr [rip + 0x"), "KeTickWork's RIP-relative increment: " + more);

        // after a new stop a bare u starts at the program counter again
        assertEquals("Breakpoint " + bp.id() + " hit\nnt!KeTickHook:", kd.execute("g"));
        assertEquals(String.format("nt!KeTickHook:%n%016x 55               push    rbp", hook).replace("\r", ""),
                kd.execute("u L1"), "the breakpoint shows as the instruction it replaced");
        assertEquals("nt!KeTickHook+0x1:", kd.execute("t"));
        assertEquals(String.format("nt!KeTickHook+0x1:%n%016x 4889e5           mov     rbp, rsp", hook + 1)
                .replace("\r", ""), kd.execute("u L1"));
        assertTrue(kd.execute("u L1").startsWith("nt!KeTickHook+0x4:\n"), "and a bare u goes on from there");

        // p over an indirect call: KeTickHook's "call KeTickWork" made "call rax" (ff d0) and three nops for a moment
        assertEquals("", kd.execute("bc *"));
        byte[] direct = debugger.readVirtual(hook + 4, 5, WAIT);
        debugger.onStopped(t -> {
            t.write(hook + 4, new byte[] { (byte) 0xFF, (byte) 0xD0, (byte) 0x90, (byte) 0x90, (byte) 0x90 });
            return null;
        }, WAIT);
        assertEquals("nt!KeTickHook+0x4:", kd.execute("g nt!KeTickHook+4"));
        assertEquals(String.format("nt!KeTickHook+0x4:%n%016x ffd0             call    rax", hook + 4).replace("\r", ""),
                kd.execute("u rip L1"));
        kd.execute(String.format("r rax=%x", tickWork));
        assertEquals("nt!KeTickHook+0x6:", kd.execute("p"), "over call rax (two bytes), KeTickWork run and returned");
        assertTrue(kd.execute("bl").isEmpty(), "p's temporary breakpoint is gone");
        // put the direct call back, with RIP where it returns to (+9: pop rbp), as if it had run
        kd.execute(String.format("r rip=%x", hook + 9));
        debugger.onStopped(t -> {
            t.write(hook + 4, direct);
            return null;
        }, WAIT);
        assertEquals(String.format("call 0x%x", tickWork),
                disassemble(debugger, hook + 4, 1).get(0).mnemonic() + " " + disassemble(debugger, hook + 4, 1).get(0).operands());

        // where readable memory ends (the 2 MiB pattern region): a nop, then an instruction cut off by the end
        long end = DebugTargetVmTest.PATTERN_VA + (2 << 20);
        assertThrows(kdring.kd.endpoint.KdException.class, () -> debugger.readVirtual(end, 1, WAIT), "unmapped");
        debugger.onStopped(t -> {
            t.write(end - 4, new byte[] { (byte) 0x90, 0x48, (byte) 0x8B, 0x05 }); // nop; mov rax, [rip + ...
            return null;
        }, WAIT);
        List<Instruction> cut = disassemble(debugger, end - 4, 8);
        assertEquals(List.of("nop"), cut.stream().map(Instruction::mnemonic).toList(),
                "the cut-off mov is not shown as ?? ?? ??");

        var badCount = assertThrows(KdConsole.CommandException.class, () -> kd.execute("u rip L 0"));
        assertEquals("count 0 is out of range (1..512 instructions)", badCount.getMessage());
        var badSymbol = assertThrows(kdring.kd.endpoint.KdException.class, () -> kd.execute("u nt!Nope"));
        assertTrue(badSymbol.getMessage().contains("exports no Nope"), badSymbol.getMessage());
        var unmapped = assertThrows(kdring.kd.endpoint.KdException.class, () -> kd.execute("u 1000"));
        assertTrue(unmapped.getMessage().contains("virtual memory at 0x0000000000001000 failed"), unmapped.getMessage());
        assertEquals("", kd.execute("bc *"));
    }

    /** DebugTarget.disassemble on the debugger thread; this machine has Capstone (a test prerequisite). */
    private static List<Instruction> disassemble(BuiltInDebugger debugger, long address, int count) throws Exception {
        return debugger.onStopped(t -> {
            try {
                return t.disassemble(address, count);
            } catch (Disassembler.UnavailableException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }, WAIT);
    }

    /** The little-endian hex of a rel32 displacement, as the listing shows the call's bytes. */
    private static String rel32(long displacement) {
        int d = (int) displacement;
        return String.format("%02x%02x%02x%02x", d & 0xFF, d >>> 8 & 0xFF, d >>> 16 & 0xFF, d >>> 24 & 0xFF);
    }
}
