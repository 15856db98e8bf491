package kdring.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code kdring bench-api}: the service, the demo guest and 10 stream clients for real, and its arguments. */
class BenchApiCommandTest {

    @Tag("vm")
    @Test
    void streamsToTenClientsDuringABulkRead() {
        ToolRun run = ToolRun.of("bench-api", "1");
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("kdring bench-api: 1 MiB virtual-memory read through the API"), run.out());
        assertTrue(run.out().contains("bridge read rate, no stream clients"), run.out());
        Matcher streamed = Pattern.compile("\\((\\d+) delivered, (\\d+) dropped\\)").matcher(run.out());
        assertTrue(streamed.find(), run.out());
        assertTrue(Long.parseLong(streamed.group(1)) > 0, "the clients received packet summaries: " + run.out());
    }

    @Test
    void badArgumentsGetOneLineAndExitTwo() {
        for (ToolRun run : List.of(ToolRun.of("bench-api", "0"), ToolRun.of("bench-api", "lots"),
                ToolRun.of("bench-api", "4096"), ToolRun.of("bench-api", "1", "2"))) {
            run.assertUsageError("kdring bench-api");
        }
    }
}
