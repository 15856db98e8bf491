package kdring.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.endpoint.KdException;
import kdring.session.ChannelSession;
import kdring.session.KdConsole;

/** The kd> console on the reference guest: the commands a user types, the text they get back. */
@Tag("vm")
class KdConsoleVmTest {

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
    void consoleCommandsOnTheReferenceGuest() throws Exception {
        session = ChannelSessionVmTest.openRing("console", work);
        KdConsole kd = new KdConsole(session.debugger(), WAIT);

        KdException running = assertThrows(KdException.class, () -> kd.execute("r"));
        assertTrue(running.getMessage().contains("break in first"), running.getMessage());
        session.debugger().breakIn(WAIT);

        String r = kd.execute("r");
        assertTrue(r.matches("(?s)rax=[0-9a-f]{16} rbx=.*rip=[0-9a-f]{16}.*efl=[0-9a-f]{8}.*"), r);
        assertTrue(r.endsWith("nt!DbgBreakPointWithStatus:"), r);
        long rsp = Long.parseUnsignedLong(field(r, "rsp"), 16);

        String lm = kd.execute("lm");
        assertTrue(lm.contains("fffff80000100000") && lm.contains(" nt ") && lm.contains("ntoskrnl.exe"), lm);
        assertTrue(lm.contains("hal.dll"), lm);

        // db at the breakpoint instruction: CC C3 (int3; ret)
        String db = kd.execute("db nt!DbgBreakPointWithStatus L2");
        assertTrue(db.matches("[0-9a-f]{16}  cc c3  \\.\\."), db);
        // dq rsp: the return address into the main loop is on the stack, and labelled by module
        String dq = kd.execute("dq @rsp L1");
        assertTrue(dq.startsWith(String.format("%016x ", rsp)), dq);

        String bp = kd.execute("bp nt!KeTickWork");
        assertTrue(bp.matches("breakpoint 0 at fffff800[0-9a-f]{8} nt!KeTickWork"), bp);
        assertTrue(kd.execute("bl").contains(" 0 e ") && kd.execute("bl").contains("nt!KeTickWork"));
        String hit = kd.execute("g");
        assertEquals("Breakpoint 0 hit\nnt!KeTickWork:", hit);
        assertEquals("nt!KeTickWork+0x1:", kd.execute("t"));
        assertEquals("nt!KeTickWork+0x4:", kd.execute("t"));
        // k: KeTickWork and KeTickHook unwound by the guest's .pdata, then kmain (KiSystemStartup) by rbp
        String k = kd.execute("k");
        System.out.println("kd> k\n" + k);
        String[] lines = k.split("\n");
        assertTrue(lines.length >= 4, k);
        assertTrue(lines[1].matches("00 [0-9a-f]{16} fffff800[0-9a-f]{8} nt!KeTickWork\\+0x4  \\(unwound by \\.pdata\\)"), k);
        assertTrue(lines[2].matches("01 [0-9a-f]{16} fffff800[0-9a-f]{8} nt!KeTickHook\\+0x9  \\(unwound by \\.pdata\\)"), k);
        assertTrue(lines[3].matches("02 [0-9a-f]{16} \\S+ nt!KiSystemStartup\\+0x[0-9a-f]+  \\(unwound by frame pointer\\)"), k);
        String rip = kd.execute("r rip");
        assertTrue(rip.matches("rip=fffff800[0-9a-f]{8}"), rip);
        assertEquals(kd.execute("r rsp").replace("rsp", "rbp"), kd.execute("r rbp"), "mov %rsp,%rbp ran");
        assertEquals("r11=0000000000001234", kd.execute("r r11=1234"));
        assertEquals("r11=0000000000001234", kd.execute("r @r11"));

        String dd = kd.execute("dd nt!KeTickWork L1");
        assertTrue(dd.endsWith(" e5894855"), "push rbp; mov rsp,rbp, the breakpoint shown as the byte it replaced: " + dd);

        var notCommand = assertThrows(KdConsole.CommandException.class, () -> kd.execute("frobnicate"));
        assertTrue(notCommand.getMessage().contains("known: r, db"), notCommand.getMessage());
        var reboot = assertThrows(KdConsole.CommandException.class, () -> kd.execute(".reboot"));
        assertTrue(reboot.getMessage().startsWith(".reboot refused: "), reboot.getMessage());
        var badCount = assertThrows(KdConsole.CommandException.class, () -> kd.execute("db rip L 0"));
        assertTrue(badCount.getMessage().contains("out of range"), badCount.getMessage());
        var badSymbol = assertThrows(KdException.class, () -> kd.execute("bp nt!Nope"));
        assertTrue(badSymbol.getMessage().contains("exports no Nope"), badSymbol.getMessage());

        assertEquals("", kd.execute("bc *"));
        assertEquals("", kd.execute("bl"));

        // g address and p: to the call in KeTickHook, over it (KeTickWork runs), then p = t on pop rbp
        assertEquals("breakpoint 0 at " + String.format("%016x", hookAddress(kd)) + " nt!KeTickHook",
                kd.execute("bp nt!KeTickHook"));
        assertEquals("Breakpoint 0 hit\nnt!KeTickHook:", kd.execute("g"));
        assertEquals("nt!KeTickHook+0x4:", kd.execute("g nt!KeTickHook+4"));
        assertTrue(kd.execute("bl").contains("nt!KeTickHook") && !kd.execute("bl").contains("+0x4"),
                "the temporary breakpoint is gone: " + kd.execute("bl"));
        assertEquals("nt!KeTickHook+0x9:", kd.execute("p"), "stepped over call KeTickWork (e8 rel32)");
        assertEquals("nt!KeTickHook+0xa:", kd.execute("p"), "pop %rbp is traced");
        assertEquals("", kd.execute("bc 0"));
        assertTrue(kd.execute("db nt!KeTickWork L1").contains(" 55  U"), "the original byte is back");
    }

    /**
     * {@code bd}/{@code be}: KeTickHook calls KeTickWork on every tick, so with a breakpoint on each and the one
     * on KeTickHook disabled, {@code g} stops at KeTickWork (the later stop) — the disabled breakpoint was not
     * hit, and the target's memory there holds the original byte again; enabled, it is hit on the next tick.
     */
    @Test
    void disabledBreakpointIsNotHitAndEnabledAgainItIs() throws Exception {
        session = ChannelSessionVmTest.openRing("console-bd", work);
        KdConsole kd = new KdConsole(session.debugger(), WAIT);
        session.debugger().breakIn(WAIT);

        long hook = hookAddress(kd);
        assertTrue(kd.execute("bp nt!KeTickHook").startsWith("breakpoint 0 at "));
        assertTrue(kd.execute("bp nt!KeTickWork").startsWith("breakpoint 1 at "));
        assertEquals((byte) 0xCC, session.debugger().readVirtual(hook, 1, WAIT)[0], "written into the target");
        assertEquals("", kd.execute("bd 0"));
        String bl = kd.execute("bl");
        assertTrue(bl.matches("(?s) 0 d [0-9a-f]{16}     nt!KeTickHook\n 1 e [0-9a-f]{16}     nt!KeTickWork"), bl);
        assertEquals((byte) 0x55, session.debugger().readVirtual(hook, 1, WAIT)[0],
                "disabled: push %rbp is back in the target");
        assertEquals("Breakpoint 1 hit\nnt!KeTickWork:", kd.execute("g"), "the disabled breakpoint 0 was passed");

        assertEquals("", kd.execute("be 0"));
        assertTrue(kd.execute("bl").startsWith(" 0 e "), kd.execute("bl"));
        assertEquals((byte) 0xCC, session.debugger().readVirtual(hook, 1, WAIT)[0], "enabled: written again");
        assertEquals("Breakpoint 0 hit\nnt!KeTickHook:", kd.execute("g"), "the next tick hits it");

        // bd *: neither is hit; g KeTickHook+4 (a temporary breakpoint) proves the target ran through both
        assertEquals("", kd.execute("bd *"));
        assertEquals("nt!KeTickHook+0x4:", kd.execute("g nt!KeTickHook+4"));
        assertTrue(kd.execute("bl").matches("(?s) 0 d .*\n 1 d .*"), kd.execute("bl"));
        assertEquals("nt!KeTickWork:", kd.execute("g nt!KeTickWork"), "run to a disabled breakpoint's address");
        assertTrue(kd.execute("bl").matches("(?s) 0 d .*\n 1 d .*"), "disabled again after the run: " + kd.execute("bl"));
        assertEquals(String.format("breakpoint 0 at %016x nt!KeTickHook", hook), kd.execute("bp nt!KeTickHook"));
        assertTrue(kd.execute("bl").startsWith(" 0 e "), "bp on a disabled breakpoint enables it: " + kd.execute("bl"));
        assertEquals("Breakpoint 0 hit\nnt!KeTickHook:", kd.execute("g"));

        var noSuch = assertThrows(KdException.class, () -> kd.execute("be 7"));
        assertTrue(noSuch.getMessage().contains("no breakpoint 7"), noSuch.getMessage());
        var notNumber = assertThrows(KdConsole.CommandException.class, () -> kd.execute("bd one"));
        assertTrue(notNumber.getMessage().startsWith("usage: bd"), notNumber.getMessage());
        assertEquals("", kd.execute("bc *"));
    }

    /**
     * Go as the workbench's Run &gt; Go does it ({@link kdring.session.BuiltInDebugger#run}, nobody awaiting the
     * stop): the hit is told in the story as "breakpoint 0 hit at nt!KeTickHook", and a request made when the
     * story has told it finds the target stopped at once (the views that follow the story ask then).
     */
    @Test
    void aHitAfterGoIsNamedInTheStoryAndTakenByTheNextRequest() throws Exception {
        session = ChannelSessionVmTest.openRing("console-go", work);
        KdConsole kd = new KdConsole(session.debugger(), WAIT);
        session.debugger().breakIn(WAIT);
        long hook = hookAddress(kd);
        kd.execute("bp nt!KeTickHook");
        session.debugger().run(WAIT);
        java.util.function.Supplier<java.util.List<kdring.model.story.StoryEvent>> stops = () -> session.story()
                .events(java.util.Set.of(kdring.model.story.StoryEvent.Kind.STOPPED), 0, 1000).events();
        ChannelSessionVmTest.await("the hit told in the story", () -> stops.get().stream()
                .anyMatch(e -> e.detail().startsWith("breakpoint 0 hit at nt!KeTickHook: exception 0x80000003")));
        assertEquals(hook, (long) session.debugger().onStopped(t -> t.stop().programCounter(), WAIT),
                "the stop is taken without an awaitStop");
        assertTrue(session.debugger().targetStopped());
        assertEquals(1, stops.get().stream().filter(e -> e.detail().startsWith("breakpoint")).count());
        assertEquals("", kd.execute("bc *"));
    }

    private static long hookAddress(KdConsole kd) throws Exception {
        String line = kd.execute("dq nt!KeTickHook L1");
        return Long.parseUnsignedLong(line.substring(0, 16), 16);
    }

    private static String field(String registers, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=([0-9a-f]+)").matcher(registers);
        assertTrue(m.find(), name + " in " + registers);
        return m.group(1);
    }
}
