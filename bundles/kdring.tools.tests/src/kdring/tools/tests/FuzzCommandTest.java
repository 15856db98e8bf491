package kdring.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code kdring fuzz} as CI runs it: 10^5 mutated KDCOM streams, 10^4 descriptor and ring states through the ring
 * engine and 2,000 through a running channel, through {@code Main.run}. No case may break a rule, and the outcomes must show that the fuzz reached what it is
 * for: damaged and good packets, every kind of attach and ring fault, open channels whose bytes were checked,
 * vanished descriptors, and a running channel going OPEN, FAULTED and back to WAITING.
 */
class FuzzCommandTest {

    @Test
    void aHundredThousandStreamsAndTenThousandRingStatesBreakNoRule() {
        ToolRun run = ToolRun.command("fuzz", "--streams", "100000", "--states", "10000", "--channel-states", "2000",
                "--seed", "13", "--json");
        System.err.print(run.err());
        assertEquals(0, run.code(), run.err());
        JsonArray results = JsonParser.parseString(run.out()).getAsJsonArray();
        assertEquals(3, results.size(), run.out());

        JsonObject kd = results.get(0).getAsJsonObject();
        assertEquals("kd", kd.get("fuzzer").getAsString());
        assertEquals(100_000, kd.get("cases").getAsLong());
        Map<String, Long> kdOutcomes = outcomes(kd);
        assertTrue(kdOutcomes.get("packets framed") > 100_000, kdOutcomes.toString());
        assertTrue(kdOutcomes.get("bad packets") > 10_000, kdOutcomes.toString());
        assertTrue(kdOutcomes.getOrDefault("debugger endpoint: KdDisconnectedException", 0L) > 50_000,
                kdOutcomes.toString());
        assertTrue(kdOutcomes.getOrDefault("target endpoint: KdDisconnectedException", 0L) > 50_000,
                kdOutcomes.toString());

        JsonObject ring = results.get(1).getAsJsonObject();
        assertEquals("ring", ring.get("fuzzer").getAsString());
        assertEquals(10_000, ring.get("cases").getAsLong());
        Map<String, Long> ringOutcomes = outcomes(ring);
        for (String outcome : List.of("attached", "open after all passes", "descriptor vanished: channel back to WAITING",
                "attach fault DESCRIPTOR_OUTSIDE_RAM", "attach fault BAD_DESCRIPTOR_HEADER", "attach fault BAD_RING_SIZE",
                "attach fault BAD_PAGE_FRAME", "attach fault BAD_INITIAL_INDICES", "ring pass fault TX_PRODUCER_OUT_OF_RANGE",
                "ring pass fault RX_CONSUMER_BACKWARDS", "ring pass fault RX_CONSUMER_OUT_OF_RANGE")) {
            assertTrue(ringOutcomes.getOrDefault(outcome, 0L) > 0, outcome + " never happened: " + ringOutcomes);
        }

        JsonObject channel = results.get(2).getAsJsonObject();
        assertEquals("channel", channel.get("fuzzer").getAsString());
        assertEquals(2_000, channel.get("cases").getAsLong());
        Map<String, Long> channelOutcomes = outcomes(channel);
        for (String outcome : List.of("after hello: OPEN", "after hello: FAULTED", "after pass: OPEN",
                "after pass: FAULTED", "after pass: WAITING", "after goodbye: WAITING")) {
            assertTrue(channelOutcomes.getOrDefault(outcome, 0L) > 0, outcome + " never happened: " + channelOutcomes);
        }
    }

    @Test
    void badArgumentsAreUsageErrors() {
        ToolRun.command("fuzz", "--streams", "-1").assertUsageError("kdring fuzz");
        ToolRun.command("fuzz", "--case-limit-ms", "0").assertUsageError("kdring fuzz");
    }

    private static Map<String, Long> outcomes(JsonObject result) {
        Map<String, Long> map = new java.util.TreeMap<>();
        result.getAsJsonObject("outcomes").entrySet().forEach(e -> map.put(e.getKey(), e.getValue().getAsLong()));
        return map;
    }
}
