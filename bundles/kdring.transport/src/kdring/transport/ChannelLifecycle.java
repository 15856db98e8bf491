package kdring.transport;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one place that decides which channel state changes are legal.
 *
 * <pre>
 *   WAITING ──hello──► OPEN ──goodbye / VM gone──► CLOSED ──rearm──► WAITING
 *      ▲                 │                                             │
 *      │                 └──contract violation──► FAULTED ──rearm─────►┘
 *      └──────────────────── new hello while OPEN (guest reset) re-opens directly
 * </pre>
 *
 * A hello in any state opens the channel, because a guest that reboots or resets simply says hello
 * again: resets are normal events, not errors. Thread-safe; listeners are called on the thread that
 * made the change, after the change is visible.
 */
public final class ChannelLifecycle {

    /** One change of state, as listeners and the statistics see it. */
    public record Transition(ChannelState from, ChannelState to, String reason, Instant at) {
        public Transition {
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
            Objects.requireNonNull(reason);
            Objects.requireNonNull(at);
        }
    }

    /** Told about every accepted transition. */
    @FunctionalInterface
    public interface Listener {
        void changed(Transition transition);
    }

    private final String channelName;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private ChannelState state = ChannelState.WAITING;
    private String reason = "waiting for the guest's hello";

    public ChannelLifecycle(String channelName) {
        this.channelName = Objects.requireNonNull(channelName);
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public synchronized ChannelState state() {
        return state;
    }

    /** @return a sentence saying why the channel is in its current state */
    public synchronized String reason() {
        return reason;
    }

    /** The guest said hello (first time, after a reboot, or again while open). */
    public void opened(String why) {
        move(ChannelState.OPEN, why, ChannelState.values());
    }

    /** The guest said goodbye, the VM went away, or the host stopped the channel. */
    public void closed(String why) {
        move(ChannelState.CLOSED, why, ChannelState.OPEN, ChannelState.WAITING);
    }

    /** The guest broke the contract; the channel carries nothing until it says hello again. */
    public void faulted(String why) {
        move(ChannelState.FAULTED, why, ChannelState.OPEN, ChannelState.WAITING);
    }

    /** Listen for the next hello after a close or a fault. */
    public void rearm(String why) {
        move(ChannelState.WAITING, why, ChannelState.CLOSED, ChannelState.FAULTED, ChannelState.WAITING);
    }

    private void move(ChannelState to, String why, ChannelState... allowedFrom) {
        Objects.requireNonNull(why);
        Transition transition;
        synchronized (this) {
            if (!List.of(allowedFrom).contains(state)) {
                throw new IllegalStateException(
                        "channel " + channelName + ": cannot go from " + state + " to " + to + " (" + why + ")");
            }
            transition = new Transition(state, to, why, Instant.now());
            state = to;
            reason = why;
        }
        for (Listener listener : listeners) {
            listener.changed(transition);
        }
    }

    @Override
    public synchronized String toString() {
        return channelName + " " + state + " (" + reason + ")";
    }
}
