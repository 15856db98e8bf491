package kdring.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Log lines a guest can cause, at most one per interval: a faulting guest that says hello again and again
 * must not be able to fill the host's log. The first line is logged at once; lines within the interval
 * after it are counted, and the next line logged says how many were left out. One per guest (channel).
 * Thread-safe.
 */
public final class RateLimitedLog {

    private final System.Logger logger;
    private final long intervalNanos;
    private final LongSupplier clock;
    private boolean logged;
    private long lastNanos;
    private long suppressed;

    /** One line per {@code interval} at most, on the system clock. */
    public RateLimitedLog(System.Logger logger, Duration interval) {
        this(logger, interval, System::nanoTime);
    }

    /** As {@link #RateLimitedLog(System.Logger, Duration)}, on {@code clock} (nanoseconds; tests pass their own). */
    public RateLimitedLog(System.Logger logger, Duration interval, LongSupplier clock) {
        this.logger = Objects.requireNonNull(logger);
        this.intervalNanos = interval.toNanos();
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Logs {@code message}, unless a line was logged less than the interval ago.
     *
     * @return whether it was logged
     */
    public synchronized boolean log(System.Logger.Level level, String message) {
        long now = clock.getAsLong();
        if (logged && now - lastNanos < intervalNanos) {
            suppressed++;
            return false;
        }
        String text = suppressed == 0 ? message
                : message + " (" + suppressed + " similar line" + (suppressed == 1 ? "" : "s") + " left out since the last)";
        logged = true;
        lastNanos = now;
        suppressed = 0;
        logger.log(level, text);
        return true;
    }

    /** @return how many lines are waiting to be mentioned by the next logged one */
    public synchronized long suppressed() {
        return suppressed;
    }
}
