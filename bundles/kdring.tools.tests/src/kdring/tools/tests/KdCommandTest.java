package kdring.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code kdring kd}: the kd> console on the demo VM, commands from -c. */
class KdCommandTest {

    @Test
    @Tag("vm")
    void runsConsoleCommandsOnTheDemoVmAndLetsItRun() {
        ToolRun run = ToolRun.command("kd", "--vm", "demo", "-c",
                "r rip; bp nt!KeTickHook; g; t; k; lm; .reboot; bc *; q");
        String out = run.out();
        assertEquals(1, run.code(), "the refused .reboot makes the run fail: " + out + run.err());
        assertTrue(out.contains("kd> r rip\nrip=fffff800"), out);
        assertTrue(out.contains("kd> bp nt!KeTickHook\nbreakpoint 0 at fffff800"), out);
        assertTrue(out.contains("kd> g\nBreakpoint 0 hit\nnt!KeTickHook:"), out);
        assertTrue(out.contains("kd> t\nnt!KeTickHook+0x1:"), out);
        assertTrue(out.contains("00 ") && out.contains("nt!KeTickHook+0x1  (unwound by .pdata)"), out);
        assertTrue(out.contains("ntoskrnl.exe"), out);
        assertTrue(out.contains("error: .reboot refused: "), out);
        assertTrue(out.contains("kd: the VM runs again"), out);
    }

    @Test
    void badArgumentsAreUsageErrors() {
        ToolRun.command("kd", "--vm", "win10").assertUsageError("kdring kd");
        ToolRun.command("kd", "--attach", "a,b").assertUsageError("kdring kd");
        ToolRun.command("kd", "--vm", "demo", "--attach", "a,b,c").assertUsageError("kdring kd");
    }
}
