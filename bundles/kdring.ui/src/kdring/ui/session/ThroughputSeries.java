package kdring.ui.session;

import java.util.List;

import kdring.model.recorder.Throughput;

/**
 * What the Throughput view draws: one point per second over a window ending at {@code endNanos} (the
 * second {@code [endNanos - 1 s, endNanos)} is the last point), bytes/s
 * and packets/s in each direction. Seconds with no sample are zero (the recorder skips idle intervals).
 * Computed off the UI thread from a session's samples; immutable (the arrays are not shared with anyone
 * else, do not change them).
 *
 * @param title             e.g. "demo-ring — ring transport"
 * @param transport         "ring" or "uart"
 * @param seconds           x values: seconds relative to the end of the window (−N+1 … 0)
 * @param bytesToDebugger   bytes/s from the target, per second
 * @param bytesToTarget     bytes/s from the debugger
 * @param packetsToDebugger packets/s from the target
 * @param packetsToTarget   packets/s from the debugger
 */
public record ThroughputSeries(String title, String transport, double[] seconds, double[] bytesToDebugger,
        double[] bytesToTarget, double[] packetsToDebugger, double[] packetsToTarget) {

    /** Seconds the charts show. */
    public static final int DEFAULT_WINDOW_SECONDS = 60;

    /** Nothing to show. */
    public static final ThroughputSeries EMPTY = of("no channel", "", List.of(), 0, DEFAULT_WINDOW_SECONDS);

    /**
     * Buckets {@code samples} into the {@code windowSeconds} seconds that end at {@code endNanos}.
     *
     * @param samples samples in any order; each counts in the second its interval ends in
     */
    public static ThroughputSeries of(String title, String transport, List<Throughput> samples, long endNanos,
            int windowSeconds) {
        double[] x = new double[windowSeconds];
        double[] bd = new double[windowSeconds];
        double[] bt = new double[windowSeconds];
        double[] pd = new double[windowSeconds];
        double[] pt = new double[windowSeconds];
        for (int i = 0; i < windowSeconds; i++) {
            x[i] = i - windowSeconds + 1;
        }
        long endSecond = Math.floorDiv(endNanos - 1, 1_000_000_000L);
        for (Throughput s : samples) {
            long ago = endSecond - Math.floorDiv(s.timeNanos() - 1, 1_000_000_000L);
            if (ago == -1) {
                ago = 0; // a sample stamped within the current second by another clock (a remote service)
            }
            if (ago < 0 || ago >= windowSeconds || s.intervalNanos() <= 0) {
                continue;
            }
            int i = windowSeconds - 1 - (int) ago;
            double perSecond = 1e9 / s.intervalNanos();
            bd[i] += s.bytesToDebugger() * perSecond;
            bt[i] += s.bytesToTarget() * perSecond;
            pd[i] += s.packetsToDebugger() * perSecond;
            pt[i] += s.packetsToTarget() * perSecond;
        }
        return new ThroughputSeries(title, transport, x, bd, bt, pd, pt);
    }

    /**
     * The series of {@code session}: live ones end with the last whole second (the recorder closes a
     * second's sample when it is over), offline ones with their last sample.
     */
    public static ThroughputSeries of(WorkbenchChannel session, long nowNanos, int windowSeconds) {
        List<Throughput> samples = session.throughputHistory();
        long end = nowNanos - nowNanos % 1_000_000_000L;
        if (session.isOffline()) {
            end = samples.stream().mapToLong(Throughput::timeNanos).max().orElse(nowNanos);
        }
        String transport = session.status().transportName();
        String title = session.info().vm() + " \u2014 " + ("ring".equals(transport) ? "ring" : "UART (serial)")
                + " transport" + (session.isOffline() ? " (capture)" : "");
        return of(title, transport, samples, end, windowSeconds);
    }

    /** @return the highest bytes/s in either direction */
    public double peakBytesPerSecond() {
        double peak = 0;
        for (int i = 0; i < seconds.length; i++) {
            peak = Math.max(peak, Math.max(bytesToDebugger[i], bytesToTarget[i]));
        }
        return peak;
    }

    /** @return the highest packets/s in either direction */
    public double peakPacketsPerSecond() {
        double peak = 0;
        for (int i = 0; i < seconds.length; i++) {
            peak = Math.max(peak, Math.max(packetsToDebugger[i], packetsToTarget[i]));
        }
        return peak;
    }
}
