package kdring.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.packet.StateChange;
import kdring.model.session.ChannelState;
import kdring.session.ChannelSession;
import kdring.session.CrashDump;
import kdring.session.Hypervisors;
import kdring.transport.vm.Hypervisor;

/**
 * Crash dumps of the stopped reference guest, read back by {@code guest/tools/dumpread.c}, a reader that
 * shares no code with the writer: header fields, the stop's RIP, and the pattern region read through the
 * dump's own page tables, byte for byte against the formula.
 */
@Tag("vm")
class CrashDumpVmTest {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final long PATTERN_VA = 0xFFFFF80100000000L;

    @TempDir
    Path work;
    private ChannelSession session;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    /** Runs the independent reader; @return its key=value lines, with "exit" */
    static Map<String, String> read(Path dump, String... range) throws Exception {
        Path root = Path.of(System.getProperty("kdring.root", ".")).toAbsolutePath().normalize();
        Path reader = root.resolve("guest/build/dumpread");
        if (!Files.isExecutable(reader)) {
            Process make = new ProcessBuilder("make", "-C", root.resolve("guest").toString(), "build/dumpread")
                    .redirectErrorStream(true).start();
            assertTrue(make.waitFor(2, TimeUnit.MINUTES) && make.exitValue() == 0,
                    new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(reader.toString(), dump.toString()));
        command.addAll(java.util.List.of(range));
        Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(run.waitFor(2, TimeUnit.MINUTES), "dumpread finished");
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> fields = new HashMap<>();
        for (String line : output.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq), line.substring(eq + 1).strip());
            }
        }
        fields.put("exit", String.valueOf(run.exitValue()));
        fields.put("output", output);
        return fields;
    }

    @Test
    void fullAndBitmapDumpsOfTheStoppedGuestReadBackThroughTheirOwnPageTables() throws Exception {
        Hypervisor qemu = Hypervisors.demo();
        session = ChannelSession.open(qemu.launchDemo(new Hypervisor.DemoRequest("dump", "ring", 2), work.resolve("vm")),
                new ChannelSession.Options(-1, work.resolve("rec"), work.resolve("cap")));
        ChannelSessionVmTest.await("channel open", () -> session.status().state() == ChannelState.OPEN);
        IOException running = assertThrows(IOException.class,
                () -> session.writeCrashDump(work.resolve("early.dmp"), CrashDump.Kind.FULL, null));
        assertTrue(running.getMessage().contains("break in first"), running.getMessage());
        assertFalse(Files.exists(work.resolve("early.dmp")));

        StateChange stop = session.debugger().breakIn(WAIT);
        long[] progress = new long[2];
        long started = System.nanoTime();
        CrashDump.Result full = session.writeCrashDump(work.resolve("full.dmp"), CrashDump.Kind.FULL, (done, total) -> {
            progress[0] = done;
            progress[1] = total;
            return true;
        });
        long fullMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(progress[1], progress[0], "progress reached the end");
        assertEquals(full.pages(), progress[1]);
        Map<String, String> f = read(full.file(), "0x" + Long.toHexString(PATTERN_VA), String.valueOf(1 << 20));
        assertEquals("0", f.get("exit"), f.get("output"));
        assertEquals("0x8664", f.get("machine"));
        assertEquals("0x161", f.get("bugcheck"));
        assertEquals("1", f.get("dump_type"));
        assertEquals(String.format(Locale.ROOT, "0x%x", stop.programCounter()), f.get("context_rip"), f.get("output"));
        assertEquals("0x80000003", f.get("exception_code"));
        long cr3 = Long.decode(f.get("directory_table_base"));
        assertTrue(cr3 != 0 && (cr3 & 0xFFF) == 0, "CR3 " + f.get("directory_table_base"));
        assertEquals(String.valueOf(1 << 20), f.get("pattern_bytes"));
        assertEquals("-1", f.get("pattern_mismatch"), "1 MiB of the pattern, byte for byte, through the dump's tables");

        CrashDump.Result bitmap = session.writeCrashDump(work.resolve("bitmap.dmp"), CrashDump.Kind.BITMAP, null);
        Map<String, String> b = read(bitmap.file(), "0x" + Long.toHexString(PATTERN_VA), String.valueOf(1 << 20));
        assertEquals("0", b.get("exit"), b.get("output"));
        assertEquals("5", b.get("dump_type"));
        assertEquals("-1", b.get("pattern_mismatch"));
        assertTrue(bitmap.bytes() < full.bytes() / 2, "bitmap " + bitmap.bytes() + " vs full " + full.bytes());
        System.out.printf("crash dumps of the demo VM: full %d bytes (%d pages) in %d ms, bitmap %d bytes (%d pages)%n",
                full.bytes(), full.pages(), fullMillis, bitmap.bytes(), bitmap.pages());

        // the same bitmap dump through KD ReadPhysicalMemory instead of the mapped RAM: the same bytes
        long kdStarted = System.nanoTime();
        CrashDump.Result throughKd = session.writeCrashDump(work.resolve("kd.dmp"), CrashDump.Kind.BITMAP, null, true);
        long kdMillis = (System.nanoTime() - kdStarted) / 1_000_000;
        byte[] fromRam = Files.readAllBytes(bitmap.file());
        byte[] fromKd = Files.readAllBytes(throughKd.file());
        assertEquals(fromRam.length, fromKd.length);
        java.util.Arrays.fill(fromRam, 0xFA8, 0xFB0, (byte) 0); // SystemTime: when each was written
        java.util.Arrays.fill(fromKd, 0xFA8, 0xFB0, (byte) 0);
        assertTrue(java.util.Arrays.equals(fromRam, fromKd), "a dump through KD equals the one from RAM");
        System.out.printf("bitmap dump through KD ReadPhysicalMemory: %d bytes in %d ms%n", throughKd.bytes(), kdMillis);

        // a cancelled dump leaves nothing behind; the target stays stopped and in the debugger's hands
        IOException cancelled = assertThrows(IOException.class, () -> session.writeCrashDump(work.resolve("c.dmp"),
                CrashDump.Kind.FULL, (done, total) -> done < 1024));
        assertTrue(cancelled.getMessage().contains("cancelled"), cancelled.getMessage());
        assertFalse(Files.exists(work.resolve("c.dmp")));
        assertFalse(Files.exists(work.resolve("c.dmp.part")));
        assertTrue(session.debugger().targetStopped());
        assertEquals(64, session.debugger().readVirtual(PATTERN_VA, 64, WAIT).length);
        session.debugger().go(WAIT);
    }
}
