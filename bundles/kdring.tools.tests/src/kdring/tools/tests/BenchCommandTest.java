package kdring.tools.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
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
        JsonObject root = assertDoesNotThrow(() -> JsonParser.parseString(run.out().strip()).getAsJsonObject(),
                "stdout is one JSON object: " + run.out());
        for (String transport : new String[] { "uart", "ring" }) {
            JsonObject figures = root.getAsJsonObject(transport);
            assertTrue(figures.get("bulk_read_bytes").getAsLong() > 0, transport + ": " + figures);
            assertTrue(num(figures, "requests_per_s") > 0, transport + ": " + figures);
            assertTrue(figures.has("bridge_idle_cpu_pct"), transport + ": " + figures);
            // a broken-in, idle VM is paused by the session, and the next request wakes it
            for (String key : new String[] { "qemu_idle_cpu_pct", "wake_latency_ms", "pause_after_ms" }) {
                assertTrue(figures.get(key).isJsonPrimitive(), transport + " " + key + ": " + figures);
            }
            assertTrue(num(figures, "wake_latency_ms") > 0, transport + ": " + figures);
            assertTrue(num(figures, "pause_after_ms") > 0, transport + ": " + figures);
            assertTrue(figures.get("idle_pauses").getAsLong() >= 1, transport + ": " + figures);
            // what the channel did per request (kicks, ring passes, spins): counts, not speed
            JsonObject work = figures.getAsJsonObject("per_request");
            for (String key : new String[] { "kicks", "ring_passes", "spins_paid", "spins_wasted", "spins_skipped",
                "channel_sleeps", "inline_passes", "inline_spins_paid", "inline_spins_wasted" }) {
                assertTrue(num(work, key) >= 0, transport + " " + key + ": " + work);
            }
            if (transport.equals("uart")) {
                assertEquals(0.0, num(work, "kicks"), "no ring, no kicks: " + work);
                assertEquals(0.0, num(work, "inline_passes"), "the serial path has no inline passes: " + work);
            } else {
                // the built-in debugger's requests went into rx on its own thread (no speed: a count)
                assertTrue(num(work, "inline_passes") > 0, "requests passed inline: " + work);
                assertTrue(num(work, "ring_passes") > 0, "the ring carried the requests: " + work);
            }
            // where a request's time goes, stage by stage
            JsonObject stages = figures.getAsJsonObject("latency_breakdown");
            for (String stage : new String[] { "debugger_to_channel", "channel_guest_channel", "channel_to_debugger" }) {
                JsonObject s = stages.getAsJsonObject(stage);
                assertTrue(num(s, "median_us") >= 0, transport + " " + stage + ": " + stages);
                assertTrue(num(s, "p99_us") >= num(s, "median_us"), transport + ": " + stages);
            }
            // the middle stage split with the reference guest's TSC stamps: numbers, and the guest's own part
            // (measured on its clock alone) is a real positive time; when a request was resent on the way (a
            // loaded host), the guest stamped it twice and the bench says so instead of guessing
            if (stages.has("guest_side_unsplit")) {
                String why = stages.get("guest_side_unsplit").getAsString();
                assertTrue(why.contains("resend") || why.contains("other requests"), transport + ": " + stages);
                System.out.println(transport + ": guest side not split: " + why);
                continue;
            }
            for (String stage : new String[] { "host_to_guest_visible", "guest_processing", "guest_to_host_wake" }) {
                JsonObject s = stages.getAsJsonObject(stage);
                assertTrue(num(s, "p99_us") >= num(s, "median_us"), transport + ": " + stages);
            }
            assertTrue(num(stages.getAsJsonObject("guest_processing"), "median_us") > 0, stages.toString());
        }
        assertTrue(root.getAsJsonObject("ratio").has("bulk_read"), root.toString());
        // the ring through the TCP WinDbg endpoint from kdping, a C client in another process
        JsonObject tcp = root.getAsJsonObject("ring_tcp");
        assertTrue(tcp.get("requests").getAsInt() > 0, root.toString());
        assertTrue(num(tcp, "requests_per_s") > 0, root.toString());
        assertTrue(num(tcp, "request_median_us") > 0, root.toString());
        assertTrue(num(tcp, "request_p99_us") >= num(tcp, "request_median_us"), root.toString());
        // kdping's requests went into rx on the endpoint's reader thread (a count, not speed)
        JsonObject tcpWork = tcp.getAsJsonObject("per_request");
        assertTrue(num(tcpWork, "inline_passes") > 0, "TCP requests passed inline: " + tcpWork);
        assertTrue(num(tcpWork, "inline_spins_skipped") >= 0, tcpWork.toString());
        assertTrue(num(tcpWork, "inline_cpu_moves") >= 0, tcpWork.toString());
        // the smoke run does not wait for the JIT (its phases are too short to settle): it says so with nulls
        JsonObject jit = root.getAsJsonObject("ring").getAsJsonObject("jit_settle_ms");
        assertTrue(jit.get("requests").isJsonNull() && jit.get("bulk_read").isJsonNull(), jit.toString());
        // the bare channel's limit on the same ring VM, and how much of it the debugger's requests use
        JsonObject limit = root.getAsJsonObject("limit");
        assertTrue(limit.get("round_trips").getAsInt() > 0, root.toString());
        assertTrue(num(limit, "kick_round_trips_per_s") > 0, root.toString());
        assertTrue(num(limit, "spin_round_trips_per_s") > 0, root.toString());
        assertTrue(num(limit, "kick_round_trip_median_us") > 0, root.toString());
        assertTrue(num(limit, "spin_round_trip_median_us") > 0, root.toString());
        // the guest kicked once per reply while the host said it slept, and never while the host spun
        assertEquals(1.0, num(limit, "guest_kicks_per_kick_round_trip"), root.toString());
        assertTrue(num(root.getAsJsonObject("ring"), "efficiency") > 0, root.toString());
        // many VMs, all broken in and idle
        JsonObject vms = root.getAsJsonObject("vms");
        assertEquals(2, vms.get("count").getAsInt(), root.toString());
        assertEquals(2, vms.get("paused").getAsInt(), "every idle broken-in VM is paused: " + root);
        assertTrue(num(vms, "qemu_idle_cpu_pct_total") >= 0, root.toString());
        assertTrue(num(vms, "slowest_break_in_ms") > 0, root.toString());
        assertTrue(num(vms, "slowest_request_ms") > 0, root.toString());
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

    /** The number under {@code key}; a missing or null figure fails with the whole object, not an exception. */
    private static double num(JsonObject object, String key) {
        JsonElement e = object == null ? null : object.get(key);
        assertTrue(e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber(), key + " in " + object);
        return e.getAsDouble();
    }
}
