package kdring.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The sessions this workbench follows and the one the session views show. Views never hold each other:
 * the Channels view selects here, the other views listen here.
 * <p>
 * Thread-safe. Listeners are called on the thread that made the change; UI listeners hop to the UI thread.
 */
public final class WorkbenchChannels {

    /** Told when sessions come, go or the current one changes. */
    public interface Listener {
        /** The list of sessions changed. */
        default void sessionsChanged(List<WorkbenchChannel> sessions) {
        }

        /** The views should now show {@code current} (empty: nothing). */
        default void currentChanged(Optional<WorkbenchChannel> current) {
        }

        /**
         * The target state or capture of {@code session} changed (called on the thread that changed it: a
         * recorder, stream or Job thread).
         */
        default void stateChanged(WorkbenchChannel session) {
        }
    }

    private static final WorkbenchChannels DEFAULT = new WorkbenchChannels();

    private final List<WorkbenchChannel> sessions = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private WorkbenchChannel current;
    private final java.util.Map<WorkbenchChannel, Runnable> relays = new java.util.IdentityHashMap<>();

    /** @return the workbench's registry */
    public static WorkbenchChannels getDefault() {
        return DEFAULT;
    }

    /** Adds {@code session}; the first one becomes current. A session with the same key is replaced. */
    public void add(WorkbenchChannel session) {
        Objects.requireNonNull(session);
        List<WorkbenchChannel> snapshot;
        boolean becameCurrent;
        Runnable relay = () -> listeners.forEach(l -> l.stateChanged(session));
        synchronized (this) {
            for (WorkbenchChannel replaced : sessions) {
                if (replaced != session && replaced.info().key().equals(session.info().key())) {
                    Runnable old = relays.remove(replaced);
                    if (old != null) {
                        replaced.removeChangeListener(old);
                    }
                }
            }
            sessions.removeIf(s -> s.info().key().equals(session.info().key()));
            sessions.add(session);
            if (relays.putIfAbsent(session, relay) == null) {
                session.addChangeListener(relay);
            }
            snapshot = List.copyOf(sessions);
            becameCurrent = current == null || current.info().key().equals(session.info().key());
            if (becameCurrent) {
                current = session;
            }
        }
        listeners.forEach(l -> l.sessionsChanged(snapshot));
        if (becameCurrent) {
            listeners.forEach(l -> l.currentChanged(Optional.of(session)));
        }
    }

    /** Removes {@code session} (it is not closed). */
    public void remove(WorkbenchChannel session) {
        List<WorkbenchChannel> snapshot;
        boolean wasCurrent;
        synchronized (this) {
            sessions.remove(session);
            Runnable relay = relays.remove(session);
            if (relay != null) {
                session.removeChangeListener(relay);
            }
            snapshot = List.copyOf(sessions);
            wasCurrent = current == session;
            if (wasCurrent) {
                current = sessions.isEmpty() ? null : sessions.get(0);
            }
        }
        listeners.forEach(l -> l.sessionsChanged(snapshot));
        if (wasCurrent) {
            Optional<WorkbenchChannel> now = current();
            listeners.forEach(l -> l.currentChanged(now));
        }
    }

    /** Makes {@code session} the one the views show. */
    public void select(WorkbenchChannel session) {
        synchronized (this) {
            if (current == session || !sessions.contains(session)) {
                return;
            }
            current = session;
        }
        listeners.forEach(l -> l.currentChanged(Optional.of(session)));
    }

    /** @return the sessions, in the order they came */
    public synchronized List<WorkbenchChannel> sessions() {
        return List.copyOf(sessions);
    }

    /** @return the session the views show */
    public synchronized Optional<WorkbenchChannel> current() {
        return Optional.ofNullable(current);
    }

    /** Adds a listener. */
    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Removes a listener. */
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }
}
