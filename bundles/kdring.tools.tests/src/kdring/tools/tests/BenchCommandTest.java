package kdring.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import kdring.hv.qemu.Accelerator;
import kdring.tools.BenchCommand;

/**
 * {@code kdring bench}: the JSON it prints and its arguments. The measurement itself boots two VMs for
 * minutes; {@code ./kdring bench --quick} runs it by hand.
 */
class BenchCommandTest {

    @Test
    @org.junit.jupiter.api.Tag("vm")
    void theBenchRunsForRealOnBothTransports() {
        // a smoke run: real guests, real channels, the smallest workload; no speed is asserted
        ToolRun run = ToolRun.command("bench", "--smoke", "--json", "--vms", "2");
        assertEquals(0, run.code(), run.out() + run.err());
        System.out.println("bench --smoke --json --vms 2: " + run.out().strip());
        JsonObject root = JsonParser.parseString(run.out().strip()).getAsJsonObject();
        for (String transport : new String[] { "uart", "ring" }) {
            JsonObject figures = root.getAsJsonObject(transport);
            assertTrue(figures.get("bulk_read_bytes").getAsLong() > 0, transport + ": " + figures);
            assertTrue(figures.get("requests_per_s").getAsDouble() > 0, transport + ": " + figures);
            assertTrue(figures.has("bridge_idle_cpu_pct"), transport + ": " + figures);
            // a broken-in, idle VM is paused by the session, and the next request wakes it
            assertTrue(figures.get("qemu_idle_cpu_pct").getAsJsonPrimitive().isNumber(), transport + ": " + figures);
            assertTrue(figures.get("wake_latency_ms").getAsDouble() > 0, transport + ": " + figures);
            assertTrue(figures.get("pause_after_ms").getAsDouble() > 0, transport + ": " + figures);
            assertTrue(figures.get("idle_pauses").getAsLong() >= 1, transport + ": " + figures);
            // where a request's time goes, stage by stage
            JsonObject stages = figures.getAsJsonObject("latency_breakdown");
            for (String stage : new String[] { "debugger_to_channel", "channel_guest_channel", "channel_to_debugger" }) {
                JsonObject s = stages.getAsJsonObject(stage);
                assertTrue(s.get("median_us").getAsDouble() >= 0, transport + " " + stage + ": " + stages);
                assertTrue(s.get("p99_us").getAsDouble() >= s.get("median_us").getAsDouble(), transport + ": " + stages);
            }
            // the middle stage split with the reference guest's TSC stamps: numbers, and the guest's own part
            // (measured on its clock alone) is a real positive time
            for (String stage : new String[] { "host_to_guest_visible", "guest_processing", "guest_to_host_wake" }) {
                JsonObject s = stages.getAsJsonObject(stage);
                assertTrue(s.get("median_us").getAsJsonPrimitive().isNumber(), transport + " " + stage + ": " + stages);
                assertTrue(s.get("p99_us").getAsDouble() >= s.get("median_us").getAsDouble(), transport + ": " + stages);
            }
            assertTrue(stages.getAsJsonObject("guest_processing").get("median_us").getAsDouble() > 0, stages.toString());
        }
        assertTrue(root.getAsJsonObject("ratio").has("bulk_read"), root.toString());
        // the ring through the TCP WinDbg endpoint from kdping, a C client in another process
        JsonObject tcp = root.getAsJsonObject("ring_tcp");
        assertTrue(tcp.get("requests").getAsInt() > 0, root.toString());
        assertTrue(tcp.get("requests_per_s").getAsDouble() > 0, root.toString());
        assertTrue(tcp.get("request_median_us").getAsDouble() > 0, root.toString());
        assertTrue(tcp.get("request_p99_us").getAsDouble() >= tcp.get("request_median_us").getAsDouble(), root.toString());
        // the bare channel's limit on the same ring VM, and how much of it the debugger's requests use
        JsonObject limit = root.getAsJsonObject("limit");
        assertTrue(limit.get("round_trips").getAsInt() > 0, root.toString());
        assertTrue(limit.get("kick_round_trips_per_s").getAsDouble() > 0, root.toString());
        assertTrue(limit.get("spin_round_trips_per_s").getAsDouble() > 0, root.toString());
        assertTrue(limit.get("kick_round_trip_median_us").getAsDouble() > 0, root.toString());
        assertTrue(limit.get("spin_round_trip_median_us").getAsDouble() > 0, root.toString());
        // the guest kicked once per reply while the host said it slept, and never while the host spun
        assertEquals(1.0, limit.get("guest_kicks_per_kick_round_trip").getAsDouble(), root.toString());
        assertTrue(root.getAsJsonObject("ring").get("efficiency").getAsDouble() > 0, root.toString());
        // many VMs, all broken in and idle
        JsonObject vms = root.getAsJsonObject("vms");
        assertEquals(2, vms.get("count").getAsInt(), root.toString());
        assertEquals(2, vms.get("paused").getAsInt(), "every idle broken-in VM is paused: " + root);
        assertTrue(vms.get("qemu_idle_cpu_pct_total").getAsJsonPrimitive().isNumber(), root.toString());
        assertTrue(vms.get("slowest_break_in_ms").getAsDouble() > 0, root.toString());
        assertTrue(vms.get("slowest_request_ms").getAsDouble() > 0, root.toString());
    }

    @Test
    void benchJsonHasTheAgreedKeys() {
        var uart = new BenchCommand.Result("uart", 4 << 20, 0.1, 100, 10000, 20000, 3000, 150, 5, 0.2, 0.1, 90);
        var ring = new BenchCommand.Result("ring", 4 << 20, 10, 5000, 200, 900, 30, 150, 4, 0.1, 0.05, 0.5, 1.25,
                210, 3);
        String json = BenchCommand.json(new Accelerator.Choice(Accelerator.TCG, "test \"quoted\""), uart, ring);
        assertTrue(json.startsWith("{\"accel\":\"tcg\""), json);
        for (String key : new String[] {"\"uart\":{", "\"ring\":{", "\"bulk_read_mb_s\":", "\"requests_per_s\":",
            "\"bridge_idle_cpu_pct\":", "\"wake_latency_ms\":1.250", "\"pause_after_ms\":210.0",
            "\"idle_pauses\":3", "\"ratio\":{\"bulk_read\":100.000,\"request_rate\":50.000}"}) {
            assertTrue(json.contains(key), key + " in " + json);
        }
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        assertEquals("test \"quoted\"", root.get("accel_reason").getAsString());
        assertEquals(4 << 20, root.getAsJsonObject("ring").get("bulk_read_bytes").getAsLong());
    }

    @Test
    void aRatioOverZeroIsNullNotInvalidJson() {
        var uart = new BenchCommand.Result("uart", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var ring = new BenchCommand.Result("ring", 4 << 20, 10, 5000, 200, 900, 30, 150, 4, 0.1, 0.05, 95);
        JsonObject ratio = JsonParser.parseString(BenchCommand.json(new Accelerator.Choice(Accelerator.TCG, "test"),
                uart, ring)).getAsJsonObject().getAsJsonObject("ratio");
        assertTrue(ratio.get("bulk_read").isJsonNull(), ratio.toString());
    }

    @Test
    void badArgumentsGetOneLineAndExitTwo() {
        for (ToolRun run : List.of(ToolRun.of("bench", "--fast"), ToolRun.of("bench", "10"))) {
            run.assertUsageError("kdring bench");
        }
    }

    @Test
    void helpPrintsUsage() {
        ToolRun run = ToolRun.of("bench", "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("kdring bench [-h] [--json] [--quick]"), run.out());
    }
}
