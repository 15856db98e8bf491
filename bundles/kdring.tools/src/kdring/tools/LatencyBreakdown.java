package kdring.tools;

import java.util.Arrays;

import kdring.kd.observer.Direction;
import kdring.transport.ByteTap;
import kdring.transport.ChannelStats;
import kdring.transport.VmChannel;

/**
 * Where the time of one request goes, from the host's side: a byte tap on the channel records when the
 * channel thread moved debugger bytes toward the guest and target bytes toward the debugger, and the bench
 * records when each request started and ended. Per request (one at a time):
 * <ul>
 * <li>debugger → channel: request start → the channel thread took its last bytes (the request is in rx, or
 * on its way to the serial port);</li>
 * <li>channel → guest → channel: that → the channel thread read the reply's last byte (rx visible to the
 * guest, the guest's processing, its kick and the host's wake, together);</li>
 * <li>channel → debugger: that → the debugger had the answer.</li>
 * </ul>
 * With the reference guest's request stamps ({@link GuestStamps}) the middle stage is split in three:
 * <ul>
 * <li>host → guest visible: the channel thread handed the request over → the guest had it complete (seeing
 * the bytes in rx and reading the packet through its KDCOM receive);</li>
 * <li>guest processing: that → the guest's reply was ready (measured on the guest's TSC alone);</li>
 * <li>guest → host wake: that → the channel thread read the reply's last byte (writing the reply, the kick,
 * the host's wake).</li>
 * </ul>
 * The guest's TSC and the host's clock share no origin, so the split needs their offset: it is taken from the
 * fastest hand-overs in the first and in the last quarter of the requests (a line through the two, which also
 * absorbs the guest's rounded TSC rate). That assumes the fastest hand-over in each quarter took no time: the
 * guest spins on its receive with no VM exit, so its floor is a poll of guest RAM, well under a µs; every
 * forward figure is thus a lower bound by that floor and the wake figure an upper bound by the same amount.
 * The tap runs on the channel thread and only stores two numbers; the work is done afterwards.
 */
final class LatencyBreakdown implements ByteTap {

    /**
     * Medians and 99th percentiles of the three stages, in µs.
     *
     * @param stages the stage names, in order
     * @param median per stage
     * @param p99    per stage
     * @param unsplit null when the middle stage was split with the guest's stamps, else why it was not (its
     *                three stages are then NaN)
     * @param work    what the channel did per request, or null
     */
    record Figures(String[] stages, double[] median, double[] p99, String unsplit, Work work) {

        /** These figures with the channel's work per request. */
        Figures withWork(Work perRequest) {
            return new Figures(stages, median, p99, unsplit, perRequest);
        }
    }

    /**
     * What the channel did per request, counted by the channel itself: unlike the times, these do not move with
     * the machine's load, so a change that saves a kick or a wake-up shows in one run.
     *
     * @param kicks        kicks the guest wrote (each one a VM exit and a wake-up of a sleeping channel thread)
     * @param ringPasses   passes of the channel thread over the rings
     * @param spinsPaid    spins after activity that caught news (no sleep, no kick needed)
     * @param spinsWasted  spins that ran out and slept anyway
     * @param spinsSkipped chances to spin not taken because spinning did not pay
     * @param sleeps       times the channel thread slept (each one woken again by a kick or debugger input)
     * @param inlinePasses passes the debugger's own thread ran (request into rx, answer out of tx)
     * @param inlinePaid   inline spins that saw the answer arrive (no kick, no wake-up)
     * @param inlineWasted inline spins that ended without it (the channel thread took over)
     * @param inlineSkipped inline spins not tried because they did not pay (the channel thread took over)
     * @param inlineCpuMoves inline spins that found the guest absent and moved to another CPU
     */
    record Work(double kicks, double ringPasses, double spinsPaid, double spinsWasted, double spinsSkipped,
            double sleeps, double inlinePasses, double inlinePaid, double inlineWasted, double inlineSkipped,
            double inlineCpuMoves) {

        /** The difference of two counter snapshots of one channel, divided by {@code requests}. */
        static Work between(ChannelStats statsBefore, VmChannel.SpinStats spinsBefore, ChannelStats statsAfter,
                VmChannel.SpinStats spinsAfter, int requests) {
            double n = Math.max(1, requests);
            return new Work((statsAfter.kicks() - statsBefore.kicks()) / n,
                    (statsAfter.ringPasses() - statsBefore.ringPasses()) / n,
                    (spinsAfter.paid() - spinsBefore.paid()) / n, (spinsAfter.wasted() - spinsBefore.wasted()) / n,
                    (spinsAfter.skipped() - spinsBefore.skipped()) / n, (spinsAfter.sleeps() - spinsBefore.sleeps()) / n,
                    (spinsAfter.inline().passes() - spinsBefore.inline().passes()) / n,
                    (spinsAfter.inline().paid() - spinsBefore.inline().paid()) / n,
                    (spinsAfter.inline().wasted() - spinsBefore.inline().wasted()) / n,
                    (spinsAfter.inline().skipped() - spinsBefore.inline().skipped()) / n,
                    (spinsAfter.inline().cpuMoves() - spinsBefore.inline().cpuMoves()) / n);
        }
    }

    static final String[] STAGES = { "debugger_to_channel", "channel_guest_channel", "channel_to_debugger",
            "host_to_guest_visible", "guest_processing", "guest_to_host_wake" };

    private final long[] tapNanos;
    private final boolean[] tapToTarget;
    private volatile int taps;
    private final long[] starts;
    private final long[] ends;
    private int requests;

    /**
     * @param requests       how many requests will be timed
     * @param tapsPerRequest room for this many byte batches per request: a ring moves a request and its answer in
     *                       a handful, a UART may hand them over a few bytes at a time (a GetVersion round trip
     *                       is about 200 bytes)
     */
    LatencyBreakdown(int requests, int tapsPerRequest) {
        this.starts = new long[requests];
        this.ends = new long[requests];
        this.tapNanos = new long[requests * tapsPerRequest + 64];
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

    /** @return the host's three stages only, once the requests are done and the tap removed */
    Figures figures() {
        return figures(null, 0, 0);
    }

    /**
     * @param guest       the guest's stamps of exactly these requests, in order, or null (then the split stages
     *                    are NaN, as when they do not match the requests one for one)
     * @param tscPerMicro the guest's TSC ticks per µs
     * @param api         the KD API of every request
     * @return the figures, once the requests are done and the tap removed
     */
    Figures figures(GuestStamps.Stamp[] guest, long tscPerMicro, int api) {
        int n = taps;
        double[][] stage = new double[STAGES.length][requests];
        long[] handOver = new long[requests];
        long[] replyRead = new long[requests];
        int[] index = new int[requests];
        String unsplit = guest == null ? "no guest stamps for these requests"
                : guest.length != requests ? "the guest stamped " + guest.length + " requests for " + requests
                        + " sent (a resend in between)"
                : tscPerMicro <= 0 ? "the guest's TSC rate is unknown"
                : Arrays.stream(guest).anyMatch(g -> g.api() != api) ? "the guest served other requests in between"
                : null;
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
            handOver[counted] = tapNanos[firstToTarget];
            replyRead[counted] = tapNanos[lastToDebugger];
            index[counted] = i;
            counted++;
        }
        int stages = 3;
        if (unsplit == null && counted < 8) {
            unsplit = "only " + counted + " requests had both taps";
        }
        if (unsplit == null) {
            splitGuestSide(stage, counted, handOver, replyRead, index, guest, tscPerMicro);
            stages = STAGES.length;
        }
        double[] median = new double[STAGES.length];
        double[] p99 = new double[STAGES.length];
        Arrays.fill(median, Double.NaN);
        Arrays.fill(p99, Double.NaN);
        for (int s = 0; s < stages; s++) {
            // a request the guest saw no reply for (NaN) is left out of the guest-side stages only
            double[] values = Arrays.stream(stage[s], 0, counted).filter(Double::isFinite).sorted().toArray();
            median[s] = values.length == 0 ? Double.NaN : values[values.length / 2];
            p99[s] = values.length == 0 ? Double.NaN : values[Math.min(values.length - 1, (int) (values.length * 0.99))];
        }
        if (unsplit == null && !Double.isFinite(median[4])) {
            unsplit = "the guest answered none of the requests it stamped";
        }
        return new Figures(STAGES, median, p99, unsplit, null);
    }

    /** Fills stages 3–5 (µs) of the {@code counted} requests; see the class comment for the clock offset. */
    private static void splitGuestSide(double[][] stage, int counted, long[] handOver, long[] replyRead, int[] index,
            GuestStamps.Stamp[] guest, long tscPerMicro) {
        double nanosPerTick = 1e3 / tscPerMicro;
        // offset[k] = guest time (ns, nominal rate) when it had request k − host time of the hand-over
        double[] offset = new double[counted];
        long base = guest[index[0]].startTicks();
        for (int k = 0; k < counted; k++) {
            offset[k] = (guest[index[k]].startTicks() - base) * nanosPerTick - (handOver[k] - handOver[0]);
        }
        int quarter = Math.max(1, counted / 4);
        int first = argMin(offset, 0, quarter);
        int last = argMin(offset, counted - quarter, counted);
        double slope = last == first || handOver[last] == handOver[first] ? 0
                : (offset[last] - offset[first]) / (handOver[last] - handOver[first]);
        for (int k = 0; k < counted; k++) {
            if (guest[index[k]].ticks() < 0) {
                // the guest had no reply to this one (a resent request the host answered again): no split
                stage[3][k] = stage[4][k] = stage[5][k] = Double.NaN;
                continue;
            }
            double line = offset[first] + slope * (handOver[k] - handOver[first]);
            double forward = (offset[k] - line) / 1e3;
            double processing = guest[index[k]].ticks() * nanosPerTick / 1e3;
            stage[3][k] = forward;
            stage[4][k] = processing;
            stage[5][k] = (replyRead[k] - handOver[k]) / 1e3 - forward - processing;
        }
    }

    private static int argMin(double[] values, int from, int to) {
        int best = from;
        for (int k = from + 1; k < to; k++) {
            if (values[k] < values[best]) {
                best = k;
            }
        }
        return best;
    }
}
