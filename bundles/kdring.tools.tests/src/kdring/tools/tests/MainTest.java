package kdring.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one entry point: every command is there, answers --help, and a wrong command is one line and 2. */
class MainTest {

    private static final List<String> COMMANDS = List.of("decode", "probe", "bench", "bench-api", "export", "dump", "kd", "soak", "fuzz");

    @Test
    void everyCommandAnswersHelp() {
        for (String command : COMMANDS) {
            for (String help : List.of("--help", "-h")) {
                ToolRun run = ToolRun.of(command, help);
                assertEquals(0, run.code(), command + ": " + run.err());
                assertTrue(run.out().startsWith("Usage: kdring " + command + " "), run.out());
                assertTrue(run.out().contains("Exit codes: 0"), run.out());
                assertEquals("", run.err());
            }
        }
    }

    @Test
    void theTopLevelHelpListsEveryCommand() {
        ToolRun run = ToolRun.of("--help");
        assertEquals(0, run.code(), run.err());
        for (String command : COMMANDS) {
            assertTrue(run.out().contains("  " + command + " "), command + " in " + run.out());
        }
    }

    @Test
    void noCommandOrAnUnknownOneIsOneLineAndExitTwo() {
        for (ToolRun run : List.of(ToolRun.of(), ToolRun.of("debug"))) {
            run.assertUsageError("kdring");
        }
    }
}
