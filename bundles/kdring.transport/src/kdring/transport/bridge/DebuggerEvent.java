package kdring.transport.bridge;

import java.util.Objects;

/**
 * Something that happened at a VM's debugger endpoint, for the channel's story and the process log: a
 * debugger connected, was refused, rejected as not speaking KDCOM, left, was disconnected (because it
 * stopped reading, or by the user), or the user let the next one replace it. Immutable.
 *
 * @param kind   what happened
 * @param peer   who (as {@link DebuggerConnection#describe()} says, e.g. "tcp 127.0.0.1:50412")
 * @param detail why, one line
 * @param nanos  when, nanoseconds since the Unix epoch
 */
public record DebuggerEvent(Kind kind, String peer, String detail, long nanos) {

    /** What happened. */
    public enum Kind {
        /** A debugger became the attached one. */
        CONNECTED("debugger connected"),
        /** A connection was turned away: the endpoint is in use, or the peer is not allowed. */
        REFUSED("debugger refused"),
        /** A peer that did not speak KDCOM (HTTP, garbage) was closed; nothing it sent reached the guest. */
        REJECTED("peer rejected"),
        /** The attached debugger left, was replaced or was disconnected. */
        DISCONNECTED("debugger disconnected"),
        /** The attached debugger did not read what the target sent and was disconnected. */
        SLOW("slow debugger disconnected"),
        /** The user let the next debugger to connect replace the attached one ({@code peer}: the one replaced). */
        REPLACE_ALLOWED("debugger replacement allowed");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** @return the kind in words */
        public String words() {
            return words;
        }
    }

    public DebuggerEvent {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(peer);
        Objects.requireNonNull(detail);
    }

    /** @return one line: "debugger refused: tcp 127.0.0.1:5 (the endpoint is in use by ...)" */
    public String describe() {
        return kind.words() + ": " + peer + (detail.isEmpty() ? "" : " (" + detail + ")");
    }

    /** Listens to a hub's {@link DebuggerEvent}s; called on the thread where it happened, must be quick. */
    @FunctionalInterface
    public interface Listener {
        void debuggerEvent(DebuggerEvent event);
    }
}
