package kdring.transport;

import java.util.concurrent.TimeUnit;

/**
 * Lets at most {@code burst} reports through per window and counts the rest, so that a guest or peer that
 * repeats itself cannot flood the log or the story. Thread-safe.
 */
public final class RateLimit {

    private final int burst;
    private final long windowNanos;
    private long windowStart;
    private int used;
    private long suppressed;

    /** At most {@code burst} reports per {@code windowMillis}. */
    public RateLimit(int burst, long windowMillis) {
        this.burst = burst;
        this.windowNanos = TimeUnit.MILLISECONDS.toNanos(windowMillis);
        this.windowStart = System.nanoTime() - windowNanos;
    }

    /**
     * @return -1 when this report must be suppressed; otherwise how many were suppressed since the last one let
     *         through (to mention in it)
     */
    public synchronized long admit(long nowNanos) {
        if (nowNanos - windowStart >= windowNanos) {
            windowStart = nowNanos;
            used = 0;
        }
        if (used >= burst) {
            suppressed++;
            return -1;
        }
        used++;
        long was = suppressed;
        suppressed = 0;
        return was;
    }
}
