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
public final class SessionRegistry {

    /** Told when sessions come, go or the current one changes. */
    public interface Listener {
        /** The list of sessions changed. */
        default void sessionsChanged(List<LiveSession> sessions) {
        }

        /** The views should now show {@code current} (empty: nothing). */
        default void currentChanged(Optional<LiveSession> current) {
        }
    }

    private static final SessionRegistry DEFAULT = new SessionRegistry();

    private final List<LiveSession> sessions = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private LiveSession current;

    /** @return the workbench's registry */
    public static SessionRegistry getDefault() {
        return DEFAULT;
    }

    /** Adds {@code session}; the first one becomes current. A session with the same key is replaced. */
    public void add(LiveSession session) {
        Objects.requireNonNull(session);
        List<LiveSession> snapshot;
        boolean becameCurrent;
        synchronized (this) {
            sessions.removeIf(s -> s.info().key().equals(session.info().key()));
            sessions.add(session);
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
    public void remove(LiveSession session) {
        List<LiveSession> snapshot;
        boolean wasCurrent;
        synchronized (this) {
            sessions.remove(session);
            snapshot = List.copyOf(sessions);
            wasCurrent = current == session;
            if (wasCurrent) {
                current = sessions.isEmpty() ? null : sessions.get(0);
            }
        }
        listeners.forEach(l -> l.sessionsChanged(snapshot));
        if (wasCurrent) {
            Optional<LiveSession> now = current();
            listeners.forEach(l -> l.currentChanged(now));
        }
    }

    /** Makes {@code session} the one the views show. */
    public void select(LiveSession session) {
        synchronized (this) {
            if (current == session || !sessions.contains(session)) {
                return;
            }
            current = session;
        }
        listeners.forEach(l -> l.currentChanged(Optional.of(session)));
    }

    /** @return the sessions, in the order they came */
    public synchronized List<LiveSession> sessions() {
        return List.copyOf(sessions);
    }

    /** @return the session the views show */
    public synchronized Optional<LiveSession> current() {
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
