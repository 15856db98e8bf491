package kdring.transport;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The live counters of one channel. The owner thread increments plain atomics (no lock on the data path);
 * any thread may call {@link #snapshot}. Throughput samples are taken by the owner thread about once a
 * second ({@link #sampleIfDue}) and published as an immutable list.
 */
public final class ChannelStatistics {

    static final int MAX_SAMPLES = 300;

    final AtomicLong targetBytes = new AtomicLong();
    final AtomicLong debuggerBytes = new AtomicLong();
    final AtomicLong targetPackets = new AtomicLong();
    final AtomicLong debuggerPackets = new AtomicLong();
    final AtomicLong kicks = new AtomicLong();
    final AtomicLong coalescedKicks = new AtomicLong();
    final AtomicLong ringPasses = new AtomicLong();
    final AtomicLong hellos = new AtomicLong();
    final AtomicLong reannouncements = new AtomicLong();
    final AtomicLong goodbyes = new AtomicLong();
    final AtomicLong faults = new AtomicLong();
    final AtomicLong resets = new AtomicLong();
    final AtomicLong garbageBytes = new AtomicLong();
    final AtomicLong malformed = new AtomicLong();
    final AtomicLong serialDiscarded = new AtomicLong();
    final AtomicLong serialDropped = new AtomicLong();
    final AtomicLong targetBytesUnheard = new AtomicLong();

    private final AtomicReference<List<ChannelStats.ThroughputSample>> samples = new AtomicReference<>(List.of());
    private final ArrayDeque<ChannelStats.ThroughputSample> window = new ArrayDeque<>();
    private long lastSampleNanos = System.nanoTime();
    private long lastTarget;
    private long lastDebugger;

    /** Owner thread only: records a throughput sample when a second has passed since the last. */
    void sampleIfDue(long nowNanos) {
        long elapsed = nowNanos - lastSampleNanos;
        if (elapsed < 1_000_000_000L) {
            return;
        }
        long target = targetBytes.get();
        long debugger = debuggerBytes.get();
        double seconds = elapsed / 1e9;
        window.addLast(new ChannelStats.ThroughputSample(System.currentTimeMillis(), (target - lastTarget) / seconds,
                (debugger - lastDebugger) / seconds));
        while (window.size() > MAX_SAMPLES) {
            window.removeFirst();
        }
        samples.set(List.copyOf(window));
        lastSampleNanos = nowNanos;
        lastTarget = target;
        lastDebugger = debugger;
    }

    /** Thread-safe: the counters as they are now. */
    public ChannelStats snapshot(String channel, ChannelLifecycle lifecycle) {
        return new ChannelStats(channel, lifecycle.state(), lifecycle.reason(), targetBytes.get(),
                debuggerBytes.get(), targetPackets.get(), debuggerPackets.get(), kicks.get(), coalescedKicks.get(),
                ringPasses.get(), hellos.get(), reannouncements.get(), goodbyes.get(), faults.get(), resets.get(),
                garbageBytes.get(), malformed.get(), serialDiscarded.get(), serialDropped.get(),
                targetBytesUnheard.get(), samples.get());
    }
}
