package kdring.model.recorder;

/**
 * Bytes and packets that crossed a channel in one interval: an immutable value, as sample listeners and
 * exports receive it (the model keeps a bounded window of the same as {@code ThroughputSample}s).
 *
 * @param timeNanos         end of the interval, nanoseconds since the Unix epoch
 * @param intervalNanos     length of the interval
 * @param bytesToDebugger   bytes from the target
 * @param bytesToTarget     bytes from the debugger
 * @param packetsToDebugger packets from the target
 * @param packetsToTarget   packets from the debugger
 */
public record Throughput(long timeNanos, long intervalNanos, long bytesToDebugger, long bytesToTarget,
        long packetsToDebugger, long packetsToTarget) {
}
