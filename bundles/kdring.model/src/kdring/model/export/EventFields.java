package kdring.model.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kdring.kd.observer.LoadedModule;
import kdring.kd.observer.KdEvent;
import kdring.kd.packet.NtStatus;

/**
 * The fields of a session event as exports write them, in one order for JSON and CSV. Packets are not
 * events here (they belong to the packet trace and the pcapng export). Stateless.
 */
public final class EventFields {

    /** CSV columns of events, in order. */
    public static final List<String> COLUMNS = List.of("time_ns", "time", "event", "direction", "processor", "code",
            "address", "name", "base", "size", "text");

    private EventFields() {
    }

    /** ISO-8601 UTC text of a time in nanoseconds since the Unix epoch. */
    public static String iso(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L))
                .toString();
    }

    /** {@code 0x}-prefixed upper-case hex. */
    public static String hex(long value) {
        return "0x" + Long.toHexString(value).toUpperCase();
    }

    /**
     * The fields of {@code event} (keys among {@link #COLUMNS}), or {@code null} for a packet, which is not
     * an event.
     */
    public static Map<String, Object> of(KdEvent event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("time_ns", event.nanos());
        fields.put("time", iso(event.nanos()));
        switch (event) {
            case KdEvent.PacketSeen seen -> {
                return null;
            }
            case KdEvent.BreakInRequested request -> {
                fields.put("event", "breakInRequested");
                fields.put("direction", "D->T");
            }
            case KdEvent.Stopped stopped -> {
                fields.put("event", "stopped");
                fields.put("processor", stopped.processor());
                fields.put("code", String.format("0x%08X", stopped.exceptionCode()));
                fields.put("address", hex(stopped.address()));
                fields.put("name", NtStatus.describe(stopped.exceptionCode()));
                fields.put("text", stopped.firstChance() ? "first chance" : "second chance");
            }
            case KdEvent.Resumed resumed -> {
                fields.put("event", "resumed");
                fields.put("code", String.format("0x%08X", resumed.continueStatus()));
                fields.put("name", NtStatus.describe(resumed.continueStatus()));
            }
            case KdEvent.ModuleLoaded loaded -> module(fields, "moduleLoaded", loaded.module());
            case KdEvent.ModuleUnloaded unloaded -> module(fields, "moduleUnloaded", unloaded.module());
            case KdEvent.DebugPrint print -> {
                fields.put("event", print.prompt() ? "prompt" : "print");
                fields.put("processor", print.processor());
                fields.put("text", print.text());
            }
            case KdEvent.VersionReported reported -> {
                fields.put("event", "version");
                fields.put("name", reported.version().machineName());
                fields.put("base", hex(reported.version().kernBase()));
                fields.put("text", "build " + reported.version().buildNumber());
            }
            case KdEvent.ResetSeen reset -> {
                fields.put("event", "reset");
                fields.put("direction", reset.direction().arrow());
            }
            case KdEvent.ResendRequested resend -> {
                fields.put("event", "resend");
                fields.put("direction", resend.direction().arrow());
            }
            case KdEvent.ProtocolError error -> {
                fields.put("event", "protocolError");
                fields.put("direction", error.direction().arrow());
                fields.put("name", error.problem().name());
                fields.put("address", error.offset());
                fields.put("text", error.detail());
            }
            case KdEvent.TargetRestarted restarted -> {
                fields.put("event", "targetRestarted");
                fields.put("direction", "T->D");
                fields.put("name", restarted.waiting() == null ? "" : restarted.waiting().apiName());
                fields.put("text", kdring.model.story.StoryEvent.restartText(restarted));
            }
            case KdEvent.BytesSkipped skipped -> {
                fields.put("event", "bytesSkipped");
                fields.put("direction", skipped.direction().arrow());
                fields.put("address", skipped.offset());
                fields.put("size", skipped.count());
            }
        }
        return fields;
    }

    private static void module(Map<String, Object> fields, String event, LoadedModule module) {
        fields.put("event", event);
        fields.put("name", module.name());
        fields.put("base", hex(module.base()));
        fields.put("size", Integer.toUnsignedLong(module.size()));
        fields.put("text", module.path());
    }
}
