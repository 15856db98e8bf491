package kdring.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code kdring soak} as CI runs it: about a minute of faults on the reference guest, half on the ring and half
 * on the UART, through {@code Main.run}; every invariant must hold and the figures must show that each kind of
 * fault was injected and bytes were checked. {@code -Dkdring.soak.minutes} runs it longer.
 */
class SoakCommandTest {

    @Test
    @Tag("vm")
    void aMinuteOfChaosOnBothTransportsBreaksNoInvariant() {
        String minutes = System.getProperty("kdring.soak.minutes", "1");
        ToolRun run = ToolRun.command("soak", "--minutes", minutes, "--seed", "13");
        System.out.print(run.out());
        System.err.print(run.err());
        assertEquals(0, run.code(), run.err() + run.out());
        for (String transport : List.of("ring", "uart")) {
            Matcher faults = Pattern.compile("soak " + transport + " \\((\\w+), seed 13\\): (\\d+) s of faults, (\\d+)"
                    + " injected").matcher(run.out());
            assertTrue(faults.find(), run.out());
            assertTrue(Integer.parseInt(faults.group(3)) >= 5, faults.group());
        }
        Matcher checked = Pattern.compile("delivery: (\\d+) debugger bytes checked").matcher(run.out());
        for (int i = 0; i < 2; i++) {
            assertTrue(checked.find(), run.out());
            assertTrue(Long.parseLong(checked.group(1)) > 0, checked.group());
        }
        assertEquals(2, run.out().split("verified in \\d+ ms: PASSED", -1).length - 1, run.out());
    }

    @Test
    void badArgumentsAreUsageErrors() {
        ToolRun.command("soak", "--transport", "pipe").assertUsageError("kdring soak");
        ToolRun.command("soak", "--minutes", "0").assertUsageError("kdring soak");
        ToolRun.command("soak", "--minutes", "x").assertUsageError("kdring soak");
    }

    @Test
    void helpNamesEveryOption() {
        ToolRun run = ToolRun.command("soak", "--help");
        assertEquals(0, run.code(), run.err());
        for (String option : List.of("--minutes", "--transport", "--seed", "--json", "--corrupt-one-in",
                "--heartbeat-limit-ms")) {
            assertTrue(run.out().contains(option), run.out());
        }
    }
}
