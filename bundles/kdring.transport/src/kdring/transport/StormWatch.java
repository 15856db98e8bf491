package kdring.transport;

import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;

/**
 * Notices a guest that storms: one that keeps sending target bytes while no debugger is attached to hear
 * them (typically a KDCOM target resending an unacknowledged packet back-to-back). A storm begins when more
 * than {@link #BYTES_PER_SECOND} arrive unheard in each of {@link #SECONDS} consecutive seconds, and ends with
 * the first quieter second; its start and end are logged once each, with figures. Confined to the channel's
 * owner thread.
 */
final class StormWatch {

    /** Unheard target bytes per second above which a second counts as stormy (the bound: 10 KB/s). */
    static final long BYTES_PER_SECOND = 10_000;
    /** Stormy seconds in a row that make a storm. */
    static final int SECONDS = 5;

    private static final System.Logger LOG = System.getLogger("kdring.transport");
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final String channel;
    private long secondStart = System.nanoTime();
    private long atSecondStart;
    private int stormySeconds;
    private boolean storming;
    private long stormBytes;

    StormWatch(String channel) {
        this.channel = channel;
    }

    /** @return whether the guest storms right now */
    boolean storming() {
        return storming;
    }

    /** Once per pass: {@code unheard} is the running count of target bytes that reached no debugger. */
    void check(long now, long unheard) {
        long elapsed = now - secondStart;
        if (elapsed < SECOND) {
            return;
        }
        long bytes = unheard - atSecondStart;
        long rate = bytes * SECOND / elapsed;
        secondStart = now;
        atSecondStart = unheard;
        if (rate > BYTES_PER_SECOND) {
            stormySeconds++;
            if (storming) {
                stormBytes += bytes;
            } else if (stormySeconds >= SECONDS) {
                storming = true;
                stormBytes = bytes;
                LOG.log(Level.WARNING, () -> "channel " + channel + ": guest storm: the target has sent more than "
                        + BYTES_PER_SECOND / 1000 + " KB/s (now " + rate / 1000 + " KB/s) for " + SECONDS
                        + " s with no debugger attached, likely resending a packet nobody acknowledged");
            }
            return;
        }
        if (storming) {
            long total = stormBytes;
            int seconds = stormySeconds;
            LOG.log(Level.INFO, () -> "channel " + channel + ": guest storm over after about " + seconds + " s ("
                    + total / 1000 + " KB unheard)");
        }
        storming = false;
        stormySeconds = 0;
    }
}
