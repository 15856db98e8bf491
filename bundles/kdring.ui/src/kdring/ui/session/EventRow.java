package kdring.ui.session;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import kdring.kd.observer.SessionEvent;

/**
 * One line of the Events view: a break-in, a stop, a resume, a reset, a fault, a connect or disconnect.
 * An immutable value made on the feeding thread and handed to the UI thread.
 *
 * @param nanos  when it happened, on the feeder's clock
 * @param kind   what happened
 * @param detail the particulars (exception code, address, processor, reason)
 */
public record EventRow(long nanos, Kind kind, String detail) {

    /** What kind of thing happened. */
    public enum Kind {
        /** The debugger sent the break-in byte. */
        BREAK_IN_REQUESTED("break-in requested"),
        /** The target stopped (break-in, breakpoint, exception). */
        STOPPED("stopped"),
        /** The target resumed. */
        RESUMED("resumed"),
        /** A RESET crossed: the two ends resynchronised. */
        RESET("reset"),
        /** Bytes that were not a good packet. */
        PROTOCOL_ERROR("protocol error"),
        /** The target answered GetVersion. */
        VERSION("version"),
        /** The channel changed state (connect, disconnect, fault). */
        CHANNEL("channel");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** @return the words the Events view shows */
        public String label() {
            return label;
        }
    }

    public EventRow {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(detail);
    }

    /** The row a session event makes, if it is one the Events view shows. */
    public static Optional<EventRow> of(SessionEvent event) {
        return Optional.ofNullable(switch (event) {
            case SessionEvent.BreakInRequested b -> new EventRow(b.nanos(), Kind.BREAK_IN_REQUESTED,
                    "debugger sent 0x62");
            case SessionEvent.Stopped s -> new EventRow(s.nanos(), Kind.STOPPED, String.format(Locale.ROOT,
                    "exception 0x%08X (%s) at 0x%016X on processor %d, %s chance", s.exceptionCode(),
                    exceptionName(s.exceptionCode()), s.address(), s.processor(),
                    s.firstChance() ? "first" : "second"));
            case SessionEvent.Resumed r -> new EventRow(r.nanos(), Kind.RESUMED,
                    String.format(Locale.ROOT, "continue status 0x%08X", r.continueStatus()));
            case SessionEvent.ResetSeen r -> new EventRow(r.nanos(), Kind.RESET, "RESET " + r.direction().arrow());
            case SessionEvent.ProtocolError e -> new EventRow(e.nanos(), Kind.PROTOCOL_ERROR,
                    e.direction().arrow() + " " + e.problem() + " at offset " + e.offset() + ": " + e.detail());
            case SessionEvent.VersionReported v -> new EventRow(v.nanos(), Kind.VERSION, String.valueOf(v.version()));
            default -> null;
        });
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
