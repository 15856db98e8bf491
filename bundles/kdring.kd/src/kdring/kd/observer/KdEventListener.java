package kdring.kd.observer;

/**
 * Receives a session's story from a {@link KdObserver}.
 * <p>
 * Called on the thread that fed the bytes, while the observer's lock is held, one event at a time and in
 * story order. Implementations must return quickly (hand the event to another thread or queue if they do
 * real work) and must not feed bytes to the same observer.
 */
@FunctionalInterface
public interface KdEventListener {

    /** One event of the story. */
    void onEvent(KdEvent event);
}
