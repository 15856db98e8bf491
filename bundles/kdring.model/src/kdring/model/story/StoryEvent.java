package kdring.model.story;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import kdring.kd.observer.LoadedModule;
import kdring.kd.observer.KdEvent;
import kdring.kd.packet.NtStatus;

/**
 * One line of a channel's story, as the Events view and the service's events route show it: a break-in, a
 * stop, a resume, a module load, a debug print, a reset, a restart of the target, a protocol error, a change of
 * channel state. This
 * class is the one place that puts a KD event into words. Immutable.
 *
 * @param seq    its number in the channel's story, from 0 in arrival order ({@code -1} before it is added)
 * @param nanos  when it happened, nanoseconds since the Unix epoch
 * @param kind   what happened
 * @param detail the particulars, one line
 * @param stop   where and why the target stopped, for a {@link Kind#STOPPED} event decoded here; null otherwise
 *               (and for a stop another party put into words, e.g. a remote service)
 */
public record StoryEvent(long seq, long nanos, Kind kind, String detail, Stop stop) {

    /**
     * Where and why the target stopped, as fields (the Events text says the same in words).
     *
     * @param address        the exception address
     * @param exceptionCode  the NTSTATUS exception code
     * @param reason         the code in words ("breakpoint", "single step", ..., "exception")
     * @param processor      the processor that stopped
     * @param firstChance    whether it is the first chance
     */
    public record Stop(long address, int exceptionCode, String reason, int processor, boolean firstChance) {

        public Stop {
            Objects.requireNonNull(reason);
        }

        /** @return "stopped at 0x… (reason)" */
        public String describe() {
            return String.format(Locale.ROOT, "stopped at 0x%016X (%s)", address, reason);
        }
    }

    /** What kind of thing happened; {@link #apiName()} is the name the HTTP API filters on. */
    public enum Kind {
        /** The debugger sent the break-in byte. */
        BREAK_IN_REQUESTED("break-in requested", "breakin-requested"),
        /** The target stopped (break-in, breakpoint, exception). */
        STOPPED("stopped", "breakin"),
        /** The target resumed. */
        RESUMED("resumed", "resume"),
        /** A module was loaded or unloaded. */
        MODULE("module", "module"),
        /** The target printed (DbgPrint) or prompted. */
        PRINT("print", "print"),
        /** A RESET crossed: the two ends resynchronised. */
        RESET("reset", "reset"),
        /** The target restarted (a new state change with the sync id) while a debugger request waited. */
        RESTARTED("target restarted", "restart"),
        /** Bytes that were not a good packet. */
        PROTOCOL_ERROR("protocol error", "protocol"),
        /** The target answered GetVersion. */
        VERSION("version", "version"),
        /** The channel changed state (hello, goodbye, VM gone). */
        CHANNEL("channel", "state"),
        /** A capture of the channel started or stopped. */
        CAPTURE("capture", "capture"),
        /** Something broke: the guest broke the channel contract, a capture could not be written. */
        FAULT("fault", "fault");

        private final String label;
        private final String apiName;

        Kind(String label, String apiName) {
            this.label = label;
            this.apiName = apiName;
        }

        /** @return the words the Events view shows */
        public String label() {
            return label;
        }

        /** @return the kind's name in the HTTP API */
        public String apiName() {
            return apiName;
        }

        /** @return the kind with that API name */
        public static Optional<Kind> ofApiName(String name) {
            for (Kind kind : values()) {
                if (kind.apiName.equals(name)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public StoryEvent {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(detail);
        if (stop != null && kind != Kind.STOPPED) {
            throw new IllegalArgumentException("only a STOPPED event has a stop, not " + kind);
        }
    }

    /** An event without a stop's fields. */
    public StoryEvent(long seq, long nanos, Kind kind, String detail) {
        this(seq, nanos, kind, detail, null);
    }

    /** An event not numbered yet. */
    public static StoryEvent of(long nanos, Kind kind, String detail) {
        return new StoryEvent(-1, nanos, kind, detail);
    }

    /** @return this event with number {@code number} */
    public StoryEvent numbered(long number) {
        return new StoryEvent(number, nanos, kind, detail, stop);
    }

    /** @return where and why the target stopped, when this is a STOPPED event decoded here */
    public Optional<Stop> stopped() {
        return Optional.ofNullable(stop);
    }

    /** @return when it happened, in milliseconds since the Unix epoch */
    public long millis() {
        return Math.floorDiv(nanos, 1_000_000L);
    }

    /**
     * The story line a KD event makes, if it is one a story shows; packets, resends and skipped bytes are
     * not (they belong to the packet trace).
     */
    public static Optional<StoryEvent> describe(KdEvent event) {
        return Optional.ofNullable(switch (event) {
            case KdEvent.BreakInRequested b -> of(b.nanos(), Kind.BREAK_IN_REQUESTED, "debugger sent 0x62");
            case KdEvent.Stopped s -> new StoryEvent(-1, s.nanos(), Kind.STOPPED, String.format(Locale.ROOT,
                    "exception 0x%08X (%s) at 0x%016X on processor %d, %s chance", s.exceptionCode(),
                    exceptionName(s.exceptionCode()), s.address(), s.processor(), s.firstChance() ? "first" : "second"),
                    new Stop(s.address(), s.exceptionCode(), exceptionName(s.exceptionCode()), s.processor(),
                            s.firstChance()));
            case KdEvent.Resumed r -> of(r.nanos(), Kind.RESUMED, String.format(Locale.ROOT,
                    "continue status 0x%08X (%s)", r.continueStatus(), NtStatus.describe(r.continueStatus())));
            case KdEvent.ModuleLoaded m -> of(m.nanos(), Kind.MODULE, "loaded " + module(m.module()));
            case KdEvent.ModuleUnloaded m -> of(m.nanos(), Kind.MODULE, m.module().base() == -1L
                    ? "module table cleared" : "unloaded " + module(m.module()));
            case KdEvent.DebugPrint p -> of(p.nanos(), Kind.PRINT, (p.prompt() ? "prompt: " : "") + p.text().strip());
            case KdEvent.ResetSeen r -> of(r.nanos(), Kind.RESET, "RESET " + r.direction().arrow());
            case KdEvent.TargetRestarted r -> of(r.nanos(), Kind.RESTARTED, restartText(r));
            case KdEvent.ProtocolError e -> of(e.nanos(), Kind.PROTOCOL_ERROR,
                    e.direction().arrow() + " " + e.problem() + " at offset " + e.offset() + ": " + e.detail());
            case KdEvent.VersionReported v -> of(v.nanos(), Kind.VERSION, String.valueOf(v.version()));
            default -> null;
        });
    }

    /** @return the words for a restart: "target restarted (new state change) while ... waited for its reply" */
    public static String restartText(KdEvent.TargetRestarted restarted) {
        return "target restarted (new state change) while " + (restarted.waiting() == null ? "a request"
                : restarted.waiting().apiName()) + " waited for its reply; the request will get none";
    }

    /** @return "path at 0x... (0x... bytes)" */
    public static String module(LoadedModule module) {
        return String.format(Locale.ROOT, "%s at 0x%016X (0x%X bytes)", module.path(), module.base(),
                Integer.toUnsignedLong(module.size()));
    }

    /** A readable name for the exception codes a kernel debugger sees most. */
    public static String exceptionName(int code) {
        return switch (code) {
            case 0x80000003 -> "breakpoint";
            case 0x80000004 -> "single step";
            case 0xC0000005 -> "access violation";
            case 0xC0000094 -> "integer divide by zero";
            case 0xC000001D -> "illegal instruction";
            case 0xC00000FD -> "stack overflow";
            default -> "exception";
        };
    }
}
