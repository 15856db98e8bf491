package kdring.ui.session;

import java.util.List;

import kdring.model.recorder.Throughput;

/**
 * What the Throughput view draws: one point per second, bytes/s and packets/s in each direction. A live
 * channel's window ends now (x: seconds before now, −N+1 … 0); a reopened capture is drawn on its own time
 * axis (x: seconds into the capture, from its first second), never as "seconds ago". Seconds with no sample
 * are zero (the recorder skips idle intervals). Computed off the UI thread from a session's samples;
 * immutable (the arrays are not shared with anyone else, do not change them).
 *
 * @param title             e.g. "demo-ring — ring transport"
 * @param transport         "ring" or "uart"
 * @param seconds           x values: seconds relative to the end of the window (−N+1 … 0), or, for a
 *                          capture, seconds into the capture
 * @param bytesToDebugger   bytes/s from the target, per second
 * @param bytesToTarget     bytes/s from the debugger
 * @param packetsToDebugger packets/s from the target
 * @param packetsToTarget   packets/s from the debugger
 * @param capture           whether the x axis is a capture's own time ({@link #CAPTURE_AXIS}), not "before now"
 * @param startMillis       for a capture, when its second 0 began (milliseconds since the Unix epoch); else 0
 */
public record ThroughputSeries(String title, String transport, double[] seconds, double[] bytesToDebugger,
        double[] bytesToTarget, double[] packetsToDebugger, double[] packetsToTarget, boolean capture,
        long startMillis) {

    /** Seconds the charts show of a live channel. */
    public static final int DEFAULT_WINDOW_SECONDS = 60;
    /** Seconds of a capture the charts show at most (its last ones when it is longer). */
    public static final int CAPTURE_WINDOW_SECONDS = 3600;
    /** The x axis of a live channel. */
    public static final String LIVE_AXIS = "seconds before now";
    /** The x axis of a reopened capture. */
    public static final String CAPTURE_AXIS = "seconds into the capture";

    /** @return the title of the x axis: {@link #LIVE_AXIS} or {@link #CAPTURE_AXIS} */
    public String axis() {
        return capture ? CAPTURE_AXIS : LIVE_AXIS;
    }

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
        return new ThroughputSeries(title, transport, x, bd, bt, pd, pt, false, 0);
    }

    /**
     * A capture's samples on its own time axis: second 0 is the second of its first sample, and the series
     * runs to its last sample (its last {@code maxSeconds} seconds when it is longer; x still counts from
     * the capture's start). Each point is what crossed in that second (its last sample may cover only part
     * of a second; it is not scaled up to a rate).
     *
     * @param samples samples in any order; each counts in the second its interval ends in
     */
    public static ThroughputSeries ofCapture(String title, String transport, List<Throughput> samples,
            int maxSeconds) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Throughput s : samples) {
            if (s.intervalNanos() > 0) {
                first = Math.min(first, second(s.timeNanos() - s.intervalNanos() + 1));
                last = Math.max(last, second(s.timeNanos()));
            }
        }
        if (first == Long.MAX_VALUE) {
            return new ThroughputSeries(title, transport, new double[] { 0 }, new double[1], new double[1],
                    new double[1], new double[1], true, 0);
        }
        long span = last - first + 1;
        int count = (int) Math.min(span, Math.max(1, maxSeconds));
        long from = last - count + 1;
        double[] x = new double[count];
        double[] bd = new double[count];
        double[] bt = new double[count];
        double[] pd = new double[count];
        double[] pt = new double[count];
        for (int i = 0; i < count; i++) {
            x[i] = from - first + i;
        }
        for (Throughput s : samples) {
            long at = second(s.timeNanos()) - from;
            if (at < 0 || at >= count || s.intervalNanos() <= 0) {
                continue;
            }
            // what crossed in that second of the capture: a capture's last sample is a part of a second, and
            // scaling it up to a whole second would draw a rate nobody saw
            int i = (int) at;
            bd[i] += s.bytesToDebugger();
            bt[i] += s.bytesToTarget();
            pd[i] += s.packetsToDebugger();
            pt[i] += s.packetsToTarget();
        }
        return new ThroughputSeries(title, transport, x, bd, bt, pd, pt, true, first * 1000);
    }

    /** The second a sample ending at {@code endNanos} counts in. */
    private static long second(long endNanos) {
        return Math.floorDiv(endNanos - 1, 1_000_000_000L);
    }

    /**
     * The series of {@code session}: live ones end with the last whole second (the recorder closes a
     * second's sample when it is over); a reopened capture is drawn on its own time axis, whole (up to
     * {@link #CAPTURE_WINDOW_SECONDS}).
     */
    public static ThroughputSeries of(WorkbenchChannel session, long nowNanos, int windowSeconds) {
        List<Throughput> samples = session.throughputHistory();
        String transport = session.status().transportName();
        String title = session.info().vm() + " \u2014 " + ("ring".equals(transport) ? "ring" : "UART (serial)")
                + " transport" + (session.isOffline() ? " (capture)" : "");
        if (session.isOffline()) {
            return ofCapture(title, transport, samples, CAPTURE_WINDOW_SECONDS);
        }
        long end = nowNanos - nowNanos % 1_000_000_000L;
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
