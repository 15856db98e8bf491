package kdring.tools;

import java.util.Arrays;

import kdring.kd.observer.Direction;
import kdring.transport.ByteTap;

/**
 * Where the time of one request goes, from the host's side: a byte tap on the channel records when the
 * channel thread moved debugger bytes toward the guest and target bytes toward the debugger, and the bench
 * records when each request started and ended. Per request (one at a time):
 * <ul>
 * <li>debugger → channel: request start → the channel thread took its last bytes (the request is in rx, or
 * on its way to the serial port);</li>
 * <li>channel → guest → channel: that → the channel thread read the reply's last byte (rx visible to the
 * guest, the guest's processing, its kick and the host's wake, together: splitting them needs guest
 * timestamps);</li>
 * <li>channel → debugger: that → the debugger had the answer.</li>
 * </ul>
 * The tap runs on the channel thread and only stores two numbers; the work is done afterwards.
 */
final class LatencyBreakdown implements ByteTap {

    /**
     * Medians and 99th percentiles of the three stages, in µs.
     *
     * @param stages the stage names, in order
     * @param median per stage
     * @param p99    per stage
     */
    record Figures(String[] stages, double[] median, double[] p99) {
    }

    static final String[] STAGES = { "debugger_to_channel", "channel_guest_channel", "channel_to_debugger" };

    private final long[] tapNanos;
    private final boolean[] tapToTarget;
    private volatile int taps;
    private final long[] starts;
    private final long[] ends;
    private int requests;

    LatencyBreakdown(int requests) {
        this.starts = new long[requests];
        this.ends = new long[requests];
        this.tapNanos = new long[requests * 8 + 64];
        this.tapToTarget = new boolean[tapNanos.length];
    }

    /** Channel thread. */
    @Override
    public void onBytes(Direction direction, byte[] bytes, int offset, int length, long nanos) {
        int n = taps;
        if (n < tapNanos.length) {
            tapNanos[n] = nanos;
            tapToTarget[n] = direction == Direction.DEBUGGER_TO_TARGET;
            taps = n + 1;
        }
    }

    /** The bench thread: one request took place between {@code start} and {@code end}. */
    void request(long start, long end) {
        if (requests < starts.length) {
            starts[requests] = start;
            ends[requests] = end;
            requests++;
        }
    }

    /** @return the figures, once the requests are done and the tap removed */
    Figures figures() {
        int n = taps;
        double[][] stage = new double[3][requests];
        int counted = 0;
        int t = 0;
        for (int i = 0; i < requests; i++) {
            while (t < n && tapNanos[t] < starts[i]) {
                t++;
            }
            // the request is handed over with the last debugger bytes before the guest's first answer (an
            // earlier ACK of the previous reply may be drained after this request started)
            int firstToTarget = -1;
            int lastToDebugger = -1;
            for (int j = t; j < n && tapNanos[j] <= ends[i]; j++) {
                if (tapToTarget[j] && lastToDebugger < 0) {
                    firstToTarget = j;
                } else if (!tapToTarget[j] && firstToTarget >= 0) {
                    lastToDebugger = j;
                }
            }
            if (firstToTarget < 0 || lastToDebugger < 0) {
                continue; // the taps ran out or the request overlapped: left out
            }
            stage[0][counted] = (tapNanos[firstToTarget] - starts[i]) / 1e3;
            stage[1][counted] = (tapNanos[lastToDebugger] - tapNanos[firstToTarget]) / 1e3;
            stage[2][counted] = (ends[i] - tapNanos[lastToDebugger]) / 1e3;
            counted++;
        }
        double[] median = new double[3];
        double[] p99 = new double[3];
        for (int s = 0; s < 3; s++) {
            double[] values = Arrays.copyOf(stage[s], counted);
            Arrays.sort(values);
            median[s] = counted == 0 ? Double.NaN : values[counted / 2];
            p99[s] = counted == 0 ? Double.NaN : values[Math.min(counted - 1, (int) (counted * 0.99))];
        }
        return new Figures(STAGES, median, p99);
    }
}
