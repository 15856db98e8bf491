package kdring.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.KdClient;
import kdring.hv.qemu.QemuHypervisor;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.kd.debugger.ModuleList;
import kdring.kd.endpoint.KdException;
import kdring.transport.ChannelState;
import kdring.transport.ChannelStats;
import kdring.session.ChannelSession;
import kdring.transport.VmChannel;
import kdring.transport.bridge.DebuggerHub;
import kdring.transport.vm.VmConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kdring bench [--quick] [--json]}: boots the reference guest twice, once on the UART and once on the
 * rings, runs the same workload through kdring's bridge with the built-in debugger, and prints one table
 * side by side with ring/UART ratios: bulk virtual-memory read (verified byte for byte against the pattern),
 * GetVersion round trips per second with median and p99 latency, module-list walk time, break-in latency,
 * and CPU used by the bridge (this JVM) and by QEMU while the guest sits broken-in and idle. Before the ring
 * VM's channel attaches, {@link ChannelLimit} measures the bare channel on that same VM, and the ring's
 * request rate is reported against it ({@code ring.efficiency}).
 *
 * <p>CPU comes from {@code /proc/self/stat} and {@code /proc/<qemu pid>/stat}; the channel's owner thread is
 * also measured on its own.
 */
@Command(name = "bench", description = { "Run the reference guest on the UART and on the rings, the same workload "
        + "through the bridge, and print both side by side with ring/UART ratios: bulk read, GetVersion round "
        + "trips, module walk, break-in latency, idle CPU; and the bare channel's limit on the same ring VM (kick and "
        + "spin round trips through the reference guest's ping-pong) with the ring's efficiency against it. "
        + "Every timed phase runs after a warm-up that is not timed: GetVersion round trips (on both transports "
        + "and through the TCP endpoint) and bulk reads are repeated until the JIT compilers were quiet for "
        + "300 ms (at most 15 s; each wait is reported as jit_settle_ms), and the idle window starts once the "
        + "compilers are quiet; --smoke does not wait. Last, except with --smoke, the KD framer and decoder's "
        + "throughput from its JMH benchmark (releng/scripts/bench-kd.sh, a short run)." },
        footer = "Exit codes: 0 ok; 1 a measurement failed (the reason is printed); 2 bad arguments.")
public final class BenchCommand extends ToolCommand {

    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    @Option(names = "--quick", description = "A smaller workload (about a minute under TCG).")
    boolean quick;

    @Option(names = "--smoke", description = "The smallest workload that still measures everything (seconds; for "
            + "tests: its figures say nothing about speed).")
    boolean smoke;

    @Option(names = "--json", description = "One JSON object on standard output; progress goes to standard error.")
    boolean json;

    @Option(names = "--vms", paramLabel = "N", description = "Also boot N demo VMs on the rings, break into all of "
            + "them and leave them idle: total QEMU CPU, and the slowest break-in and request on any of them.")
    int vms;

    /**
     * The workload's size.
     *
     * @param bulkBytes      bytes of the pattern to read
     * @param bulkBudget     give up reading after this long (reported as a partial read)
     * @param requests       GetVersion round trips
     * @param idleSeconds    seconds of broken-in idle for the CPU figures
     * @param wakes          requests after {@link #WAKE_IDLE} of idle, for the wake latency
     * @param settle         whether each timed phase waits for the JIT to go quiet first (not in the smoke run)
     */
    /** GetVersion requests sent before the measured ones: a quarter as many, at least 20. */
    static int warmupRequests(Workload workload) {
        return Math.max(20, workload.requests() / 4);
    }

    record Workload(int bulkBytes, Duration bulkBudget, int requests, int idleSeconds, int wakes, boolean settle) {
        static Workload of(boolean quick, String transport) {
            return of(quick, false, transport);
        }

        static Workload of(boolean quick, boolean smoke, String transport) {
            boolean uart = transport.equals("uart");
            if (smoke) {
                return new Workload(uart ? 16 << 10 : 256 << 10, Duration.ofSeconds(20), uart ? 20 : 200, 1, 1, false);
            }
            return quick ? new Workload(uart ? 1 << 20 : 4 << 20, Duration.ofSeconds(20), uart ? 200 : 2000, 3, 3, true)
                    : new Workload(4 << 20, Duration.ofSeconds(120), uart ? 500 : 10000, 10, 5, true);
        }

        /** Bytes read, verified and not timed before the bulk read: the JIT compiles the read path meanwhile. */
        int bulkWarmupBytes(boolean uart) {
            return Math.min(bulkBytes / 4, uart ? 64 << 10 : 1 << 20);
        }

        /** Waits for the JIT to go quiet when this workload settles; @return ms waited, NaN when it did not */
        double awaitJitQuiet() throws InterruptedException {
            return settle ? JitSettle.await() : Double.NaN;
        }

        /**
         * Runs {@code batch} until the JIT went quiet when this workload settles, else not at all.
         *
         * @return ms it ran, NaN when it did not
         */
        double warmUp(JitSettle.Batch batch) throws IOException, KdException, InterruptedException {
            return warmUp(batch, false);
        }

        /** As {@link #warmUp(JitSettle.Batch)}; with {@code once}, runs it once where this workload does not settle. */
        double warmUp(JitSettle.Batch batch, boolean once) throws IOException, KdException, InterruptedException {
            try {
                if (!settle) {
                    if (once) {
                        batch.run();
                    }
                    return Double.NaN;
                }
                return JitSettle.warmUp(batch);
            } catch (IOException | KdException | InterruptedException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }

    /**
     * How long, in ms, the bench waited for the JIT compilers to go quiet ({@link JitSettle}) before each timed
     * phase of one transport: the GetVersion requests, the bulk read, the idle window, and (ring) the requests
     * through the TCP endpoint. NaN where it did not wait.
     */
    public record JitWaits(double requestsMillis, double bulkMillis, double idleMillis, double tcpMillis) {
        JitWaits withTcp(double millis) {
            return new JitWaits(requestsMillis, bulkMillis, idleMillis, millis);
        }
    }

    /**
     * One transport's figures.
     *
     * @param transport         "uart" or "ring"
     * @param bulkBytes         bytes read and verified
     * @param bulkMBs           MB/s (10^6 bytes per second)
     * @param requestsPerS      GetVersion round trips per second
     * @param medianMicros      median GetVersion latency
     * @param p99Micros         99th percentile latency
     * @param moduleWalkMillis  time to walk the module list
     * @param modules           modules walked
     * @param breakInMillis     median break-in latency
     * @param bridgeIdleCpuPct  CPU of this JVM while idle, % of one core
     * @param channelThreadPct  CPU of the channel's owner thread while idle
     * @param qemuIdleCpuPct    CPU of QEMU while idle (once the session paused the VM)
     * @param wakeLatencyMillis median latency of the first GetVersion after 1 s of idle (the VM paused)
     * @param pauseAfterMillis  how long after the last request the session paused the VM (NaN: it did not)
     * @param idlePauses        how many times the session paused the VM during the run
     * @param tcp               the same requests through the TCP WinDbg endpoint from another process, or null
     * @param breakdown         where the GetVersion time went, stage by stage, or null
     * @param limit             the bare channel's limit measured on the same VM (ring only), or null
     * @param jit               how long each timed phase waited for the JIT compilers to go quiet, or null
     */
    public record Result(String transport, long bulkBytes, double bulkMBs, double requestsPerS, double medianMicros,
            double p99Micros, double moduleWalkMillis, int modules, double breakInMillis, double bridgeIdleCpuPct,
            double channelThreadPct, double qemuIdleCpuPct, double wakeLatencyMillis, double pauseAfterMillis,
            long idlePauses, KdPing.Figures tcp, LatencyBreakdown.Figures breakdown, ChannelLimit.Figures limit,
            JitWaits jit) {

        /** Figures without the JIT waits. */
        public Result(String transport, long bulkBytes, double bulkMBs, double requestsPerS, double medianMicros,
                double p99Micros, double moduleWalkMillis, int modules, double breakInMillis, double bridgeIdleCpuPct,
                double channelThreadPct, double qemuIdleCpuPct, double wakeLatencyMillis, double pauseAfterMillis,
                long idlePauses, KdPing.Figures tcp, LatencyBreakdown.Figures breakdown, ChannelLimit.Figures limit) {
            this(transport, bulkBytes, bulkMBs, requestsPerS, medianMicros, p99Micros, moduleWalkMillis, modules,
                    breakInMillis, bridgeIdleCpuPct, channelThreadPct, qemuIdleCpuPct, wakeLatencyMillis,
                    pauseAfterMillis, idlePauses, tcp, breakdown, limit, null);
        }

        /** Figures without the limit. */
        public Result(String transport, long bulkBytes, double bulkMBs, double requestsPerS, double medianMicros,
                double p99Micros, double moduleWalkMillis, int modules, double breakInMillis, double bridgeIdleCpuPct,
                double channelThreadPct, double qemuIdleCpuPct, double wakeLatencyMillis, double pauseAfterMillis,
                long idlePauses, KdPing.Figures tcp, LatencyBreakdown.Figures breakdown) {
            this(transport, bulkBytes, bulkMBs, requestsPerS, medianMicros, p99Micros, moduleWalkMillis, modules,
                    breakInMillis, bridgeIdleCpuPct, channelThreadPct, qemuIdleCpuPct, wakeLatencyMillis,
                    pauseAfterMillis, idlePauses, tcp, breakdown, null);
        }

        /** Figures without the TCP ones and the breakdown. */
        public Result(String transport, long bulkBytes, double bulkMBs, double requestsPerS, double medianMicros,
                double p99Micros, double moduleWalkMillis, int modules, double breakInMillis, double bridgeIdleCpuPct,
                double channelThreadPct, double qemuIdleCpuPct, double wakeLatencyMillis, double pauseAfterMillis,
                long idlePauses, KdPing.Figures tcp) {
            this(transport, bulkBytes, bulkMBs, requestsPerS, medianMicros, p99Micros, moduleWalkMillis, modules,
                    breakInMillis, bridgeIdleCpuPct, channelThreadPct, qemuIdleCpuPct, wakeLatencyMillis,
                    pauseAfterMillis, idlePauses, tcp, null);
        }

        /** Figures without the TCP ones. */
        public Result(String transport, long bulkBytes, double bulkMBs, double requestsPerS, double medianMicros,
                double p99Micros, double moduleWalkMillis, int modules, double breakInMillis, double bridgeIdleCpuPct,
                double channelThreadPct, double qemuIdleCpuPct, double wakeLatencyMillis, double pauseAfterMillis,
                long idlePauses) {
            this(transport, bulkBytes, bulkMBs, requestsPerS, medianMicros, p99Micros, moduleWalkMillis, modules,
                    breakInMillis, bridgeIdleCpuPct, channelThreadPct, qemuIdleCpuPct, wakeLatencyMillis,
                    pauseAfterMillis, idlePauses, null);
        }

        Result withTcp(KdPing.Figures figures) {
            return new Result(transport, bulkBytes, bulkMBs, requestsPerS, medianMicros, p99Micros, moduleWalkMillis,
                    modules, breakInMillis, bridgeIdleCpuPct, channelThreadPct, qemuIdleCpuPct, wakeLatencyMillis,
                    pauseAfterMillis, idlePauses, figures, breakdown, limit, jit);
        }

        Result withBreakdown(LatencyBreakdown.Figures figures) {
            return new Result(transport, bulkBytes, bulkMBs, requestsPerS, medianMicros, p99Micros, moduleWalkMillis,
                    modules, breakInMillis, bridgeIdleCpuPct, channelThreadPct, qemuIdleCpuPct, wakeLatencyMillis,
                    pauseAfterMillis, idlePauses, tcp, figures, limit, jit);
        }

        Result withLimit(ChannelLimit.Figures figures) {
            return new Result(transport, bulkBytes, bulkMBs, requestsPerS, medianMicros, p99Micros, moduleWalkMillis,
                    modules, breakInMillis, bridgeIdleCpuPct, channelThreadPct, qemuIdleCpuPct, wakeLatencyMillis,
                    pauseAfterMillis, idlePauses, tcp, breakdown, figures, jit);
        }

        Result withJit(JitWaits waits) {
            return new Result(transport, bulkBytes, bulkMBs, requestsPerS, medianMicros, p99Micros, moduleWalkMillis,
                    modules, breakInMillis, bridgeIdleCpuPct, channelThreadPct, qemuIdleCpuPct, wakeLatencyMillis,
                    pauseAfterMillis, idlePauses, tcp, breakdown, limit, waits);
        }

        /** @return requests per second over the bare channel's kick round trips per second (NaN without a limit) */
        public double efficiency() {
            return limit == null ? Double.NaN : requestsPerS / limit.kickRoundTripsPerS();
        }

        /** Figures without the idle-pause ones (NaN, 0). */
        public Result(String transport, long bulkBytes, double bulkMBs, double requestsPerS, double medianMicros,
                double p99Micros, double moduleWalkMillis, int modules, double breakInMillis, double bridgeIdleCpuPct,
                double channelThreadPct, double qemuIdleCpuPct) {
            this(transport, bulkBytes, bulkMBs, requestsPerS, medianMicros, p99Micros, moduleWalkMillis, modules,
                    breakInMillis, bridgeIdleCpuPct, channelThreadPct, qemuIdleCpuPct, Double.NaN, Double.NaN, 0);
        }
    }

    @Override
    public Integer call() {
        Accelerator.Choice accel = Accelerator.detect();
        PrintWriter progress = json ? err() : out();
        progress.println("kdring bench: reference guest under " + accel + (quick ? ", quick workload" : ""));
        try {
            if (vms < 0 || vms > 64) {
                throw badInput("--vms takes 0 to 64 VMs, not " + vms);
            }
            Result uart = measure("uart", Workload.of(quick, smoke, "uart"), accel, progress);
            Result ring = measure("ring", Workload.of(quick, smoke, "ring"), accel, progress);
            ManyVms.Figures many = vms > 0 ? ManyVms.measure(vms, smoke ? 1 : quick ? 3 : 10, accel, progress) : null;
            DecoderBench.Figures decoder = null;
            if (!smoke) {
                progress.println("  decoder: the KD framer and decoder's JMH benchmark (releng/kd-bench, about 10 s)");
                decoder = DecoderBench.measure();
            }
            Extras extras = new Extras(ring.tcp(), many, ring.limit(), decoder);
            if (json) {
                out().println(json(accel, uart, ring, extras));
            } else {
                table(accel, uart, ring, out());
                extrasTable(extras, ring, out());
            }
            return 0;
        } catch (IOException | KdException e) {
            return fail(Main.FAILED, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(Main.FAILED, "interrupted");
        }
    }

    static Result measure(String transport, Workload workload, Accelerator.Choice accel, PrintWriter progress)
            throws IOException, KdException, InterruptedException {
        try (WorkFolder work = WorkFolder.create("kdring-bench-")) {
            QemuVm qemu = ReferenceGuest.launch(ReferenceGuest.Options.of("bench-" + transport, transport),
                    work.path(), accel.accelerator());
            ChannelLimit.Figures limit = null;
            VmConnection connection;
            try {
                if (transport.equals("ring")) {
                    // the bare channel first, on this same VM, while no channel holds its port
                    int roundTrips = workload.requests();
                    progress.println("  ring: the channel's limit, " + roundTrips + " kick and " + roundTrips
                            + " spin round trips (reference guest ping-pong, no KD)");
                    limit = ChannelLimit.measure(qemu, roundTrips);
                }
                connection = QemuHypervisor.connection(qemu, accel.accelerator().qemuName());
            } catch (IOException | RuntimeException e) {
                qemu.close();
                throw e;
            }
            // the product's own channel session (recorder, decoder, idle pausing), no WinDbg endpoint
            try (ChannelSession channelSession = ChannelSession.open(connection, new ChannelSession.Options(
                    List.of(new ChannelSession.EndpointConfig.Tcp("127.0.0.1", 0)), work.path().resolve("recordings"),
                    work.path().resolve("captures"), DebuggerHub.DEFAULT_STALL_TIMEOUT))) {
                Result result = measure(transport, workload, qemu, channelSession, progress).withLimit(limit);
                if (transport.equals("ring")) {
                    // the same requests through the TCP WinDbg endpoint, from a C client in another process
                    progress.println("  ring: " + workload.requests() + " GetVersion round trips through the TCP "
                            + "endpoint (kdping, a separate process)");
                    VmChannel channel = channelSession.channel();
                    String endpoint = channelSession.endpoints().get(0).address();
                    double settleTcp = Double.NaN;
                    // untimed kdping runs until the JIT is quiet: the endpoint's request path gets hot (and
                    // compiled) here
                    settleTcp = workload.warmUp(() -> KdPing.measure(endpoint, 1000));
                    ChannelStats statsBefore = channel.stats();
                    VmChannel.SpinStats spinsBefore = channel.spinStats();
                    KdPing.Figures tcp = KdPing.measure(endpoint, workload.requests());
                    // kdping's warm-up (a quarter as many) went through the channel too
                    result = result.withTcp(tcp.withWork(LatencyBreakdown.Work.between(statsBefore, spinsBefore,
                            channel.stats(), channel.spinStats(), workload.requests() + workload.requests() / 4)))
                            .withJit(result.jit().withTcp(settleTcp));
                }
                return result;
            }
        }
    }

    private static Result measure(String transport, Workload workload, QemuVm qemu, ChannelSession channelSession,
            PrintWriter progress) throws IOException, KdException, InterruptedException {
        VmChannel channel = channelSession.channel();
        if (transport.equals("ring") && !channel.awaitState(ChannelState.OPEN, Duration.ofSeconds(60))) {
            throw new IOException("the ring channel did not open: " + channel.lifecycle());
        }
        try (KdClient session = KdClient.builtIn(channel)) {
            session.breakIn(Duration.ofSeconds(60));
            progress.println("  " + transport + ": attached; measuring break-in latency");
            double[] breakIns = new double[3];
            for (int i = 0; i < breakIns.length; i++) {
                session.resume();
                Thread.sleep(300);
                long start = System.nanoTime();
                session.interrupt(Duration.ofSeconds(30));
                breakIns[i] = (System.nanoTime() - start) / 1e6;
            }
            progress.println("  " + transport + ": " + workload.requests() + " GetVersion round trips");
            // warm-up, not measured: the JIT compiles the request path (and competes for the two cores while it
            // does) in the first few hundred requests; a debugging session lives far longer than that
            for (int i = 0; i < warmupRequests(workload); i++) {
                session.debugger().getVersion();
            }
            double settleRequests = workload.warmUp(() -> {
                for (int i = 0; i < 500; i++) {
                    session.debugger().getVersion();
                }
            });
            long[] latencies = new long[workload.requests()];
            LatencyBreakdown breakdown = new LatencyBreakdown(latencies.length, transport.equals("uart") ? 256 : 16);
            GuestStamps stamps = GuestStamps.open(qemu);
            int stampsBefore = stamps.count();
            channel.addByteTap(breakdown);
            ChannelStats statsBefore = channel.stats();
            VmChannel.SpinStats spinsBefore = channel.spinStats();
            long requestsStart = System.nanoTime();
            for (int i = 0; i < latencies.length; i++) {
                long t = System.nanoTime();
                session.debugger().getVersion();
                long end = System.nanoTime();
                latencies[i] = end - t;
                breakdown.request(t, end);
            }
            double requestSeconds = (System.nanoTime() - requestsStart) / 1e9;
            LatencyBreakdown.Work work = LatencyBreakdown.Work.between(statsBefore, spinsBefore, channel.stats(),
                    channel.spinStats(), latencies.length);
            channel.removeByteTap(breakdown);
            GuestStamps.Stamp[] guestSide;
            try (stamps) {
                guestSide = stamps.read(stampsBefore, stamps.count());
            }
            Arrays.sort(latencies);
            long walkStart = System.nanoTime();
            ModuleList modules = session.debugger().listModules();
            double walkMillis = (System.nanoTime() - walkStart) / 1e6;
            progress.println("  " + transport + ": bulk read of " + (workload.bulkBytes() >> 20) + " MiB");
            int piece = 1 << 16;
            // warm-up, verified and not timed, from the pattern's far end (the timed read starts at its beginning)
            int warmup = workload.bulkWarmupBytes(transport.equals("uart"));
            JitSettle.Batch bulkWarmup = () -> {
                for (long done = 0; done < warmup;) {
                    int n = (int) Math.min(piece, warmup - done);
                    long offset = workload.bulkBytes() - warmup + done;
                    verifyPattern(transport, session.debugger().readVirtual(ReferenceGuest.PATTERN_VA + offset, n),
                            offset);
                    done += n;
                }
            };
            double settleBulk = workload.warmUp(bulkWarmup, true);
            long bulkStart = System.nanoTime();
            long bulkDeadline = bulkStart + workload.bulkBudget().toNanos();
            long read = 0;
            while (read < workload.bulkBytes() && System.nanoTime() < bulkDeadline) {
                int n = (int) Math.min(piece, workload.bulkBytes() - read);
                verifyPattern(transport, session.debugger().readVirtual(ReferenceGuest.PATTERN_VA + read, n), read);
                read += n;
            }
            double bulkSeconds = (System.nanoTime() - bulkStart) / 1e9;
            long idleSince = System.nanoTime();
            // the compilers' backlog from the bulk read is not the idle bridge's work: let it drain first
            double settleIdle = workload.awaitJitQuiet();
            double pauseAfterMillis = awaitPaused(channelSession, idleSince);
            progress.println("  " + transport + ": " + workload.idleSeconds() + " s broken-in and idle (paused "
                    + (Double.isNaN(pauseAfterMillis) ? "never" : fmt("%.0f ms", pauseAfterMillis) + " after the last request")
                    + ")");
            Cpu before = Cpu.sample(qemu.pid(), channel);
            Thread.sleep(workload.idleSeconds() * 1000L);
            Cpu after = Cpu.sample(qemu.pid(), channel);
            progress.println("  " + transport + ": wake latency (first request after >= 1 s idle)");
            double[] wakes = new double[workload.wakes()];
            for (int i = 0; i < wakes.length; i++) {
                if (i > 0) {
                    awaitPaused(channelSession, System.nanoTime());
                    Thread.sleep(WAKE_IDLE.toMillis());
                }
                long t = System.nanoTime();
                session.debugger().getVersion();
                wakes[i] = (System.nanoTime() - t) / 1e6;
            }
            session.resume();
            double wall = (after.wallNanos - before.wallNanos) / 1e9;
            return new Result(transport, read, read / 1e6 / bulkSeconds, latencies.length / requestSeconds,
                    latencies[latencies.length / 2] / 1e3,
                    latencies[Math.min(latencies.length - 1, (int) (latencies.length * 0.99))] / 1e3, walkMillis,
                    modules.modules().size(), median(breakIns),
                    100 * (after.processSeconds - before.processSeconds) / wall,
                    100 * (after.channelThreadSeconds - before.channelThreadSeconds) / wall,
                    100 * (after.qemuSeconds - before.qemuSeconds) / wall, median(wakes), pauseAfterMillis,
                    channelSession.pauseStats().pauses()).withBreakdown(breakdown.figures(guestSide,
                            stamps.tscPerMicro(), GET_VERSION_API).withWork(work))
                    .withJit(new JitWaits(settleRequests, settleBulk, settleIdle, Double.NaN));
        }
    }

    private static void verifyPattern(String transport, byte[] bytes, long offset) throws IOException {
        long mismatch = ReferenceGuest.firstPatternMismatch(bytes, offset);
        if (mismatch >= 0) {
            throw new IOException(transport + ": the pattern differs at offset " + mismatch);
        }
    }

    /** DbgKdGetVersionApi. */
    private static final int GET_VERSION_API = 0x3146;

    /** How long the target idles before a wake-latency request. */
    static final Duration WAKE_IDLE = Duration.ofSeconds(1);

    /**
     * @return ms from {@code since} until the session paused the idle VM (when it did, as the session saw it);
     *         NaN when it did not within 10 s of {@code since} or of this call
     */
    private static double awaitPaused(ChannelSession session, long since) throws InterruptedException {
        long deadline = Math.max(since, System.nanoTime()) + TimeUnit.SECONDS.toNanos(10);
        while (!session.pauseStats().paused()) {
            if (System.nanoTime() > deadline) {
                return Double.NaN;
            }
            Thread.sleep(5);
        }
        long pausedAt = session.pauseStats().lastPauseNanos();
        return (Math.max(0, pausedAt - since)) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** CPU times at one instant, in seconds. */
    private record Cpu(long wallNanos, double processSeconds, double channelThreadSeconds, double qemuSeconds) {
        static Cpu sample(long qemuPid, VmChannel channel) throws IOException {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long thread = threads.getThreadCpuTime(channel.ownerThread().threadId());
            return new Cpu(System.nanoTime(), procSeconds(Path.of("/proc/self/stat")), thread / 1e9,
                    procSeconds(Path.of("/proc/" + qemuPid + "/stat")));
        }

        /** utime + stime of a /proc stat file (fields 14 and 15), assuming USER_HZ = 100. */
        static double procSeconds(Path stat) throws IOException {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        }
    }

    static void table(Accelerator.Choice accel, Result uart, Result ring, PrintWriter out) {
        out.println();
        out.println("kdring bench — reference guest, accel " + accel.accelerator().qemuName() + " (" + accel.reason()
                + ")");
        String format = "%-42s %14s %14s %10s%n";
        out.printf(format, "", "UART", "ring", "ring/UART");
        row(out, format, "bulk virtual read, MB/s (verified)", uart.bulkMBs(), ring.bulkMBs(), "%.3f");
        out.printf(format, "  bytes read", uart.bulkBytes(), ring.bulkBytes(), "");
        row(out, format, "GetVersion round trips/s", uart.requestsPerS(), ring.requestsPerS(), "%.0f");
        rowInverse(out, format, "  median latency, µs", uart.medianMicros(), ring.medianMicros());
        rowInverse(out, format, "  p99 latency, µs", uart.p99Micros(), ring.p99Micros());
        rowInverse(out, format, "module-list walk (" + ring.modules() + " modules), ms", uart.moduleWalkMillis(),
                ring.moduleWalkMillis());
        rowInverse(out, format, "break-in latency, ms", uart.breakInMillis(), ring.breakInMillis());
        out.printf(format, "idle broken-in: bridge JVM CPU, % of a core", fmt("%.2f", uart.bridgeIdleCpuPct()),
                fmt("%.2f", ring.bridgeIdleCpuPct()), "");
        out.printf(format, "  of which the channel thread, %", fmt("%.2f", uart.channelThreadPct()),
                fmt("%.2f", ring.channelThreadPct()), "");
        out.printf(format, "idle broken-in: QEMU CPU, % of a core", fmt("%.1f", uart.qemuIdleCpuPct()),
                fmt("%.1f", ring.qemuIdleCpuPct()), "");
        out.printf(format, "  VM paused after the last request, ms", fmt("%.0f", uart.pauseAfterMillis()),
                fmt("%.0f", ring.pauseAfterMillis()), "");
        out.printf(format, "wake latency (request after 1 s idle), ms", fmt("%.2f", uart.wakeLatencyMillis()),
                fmt("%.2f", ring.wakeLatencyMillis()), "");
        if (uart.breakdown() != null && ring.breakdown() != null) {
            String[] names = { "  debugger -> channel thread", "  channel -> guest -> channel", "  channel -> debugger",
                "    of the middle: host -> guest ring visible", "    of the middle: guest processing",
                "    of the middle: guest -> host wake" };
            out.printf(format, "GetVersion latency breakdown, median/p99 µs", "", "", "");
            for (int i = 0; i < names.length; i++) {
                out.printf(format, names[i], fmt("%.0f", uart.breakdown().median()[i]) + "/"
                        + fmt("%.0f", uart.breakdown().p99()[i]), fmt("%.0f", ring.breakdown().median()[i]) + "/"
                        + fmt("%.0f", ring.breakdown().p99()[i]), "");
            }
        }
        if (uart.breakdown() != null && ring.breakdown() != null && uart.breakdown().work() != null
                && ring.breakdown().work() != null) {
            LatencyBreakdown.Work u = uart.breakdown().work();
            LatencyBreakdown.Work r = ring.breakdown().work();
            out.printf(format, "per GetVersion: kicks / ring passes / sleeps", fmt("%.2f", u.kicks()) + " / "
                    + fmt("%.2f", u.ringPasses()) + " / " + fmt("%.2f", u.sleeps()), fmt("%.2f", r.kicks()) + " / "
                    + fmt("%.2f", r.ringPasses()) + " / " + fmt("%.2f", r.sleeps()), "");
            out.printf(format, "  channel spins paid / wasted / skipped", fmt("%.2f", u.spinsPaid()) + "/"
                    + fmt("%.2f", u.spinsWasted()) + "/" + fmt("%.2f", u.spinsSkipped()), fmt("%.2f", r.spinsPaid())
                    + "/" + fmt("%.2f", r.spinsWasted()) + "/" + fmt("%.2f", r.spinsSkipped()), "");
            out.printf(format, "  debugger's own passes / spins paid / wasted", fmt("%.2f", u.inlinePasses()) + " / "
                    + fmt("%.2f", u.inlinePaid()) + "/" + fmt("%.2f", u.inlineWasted()), fmt("%.2f", r.inlinePasses())
                    + " / " + fmt("%.2f", r.inlinePaid()) + "/" + fmt("%.2f", r.inlineWasted()), "");
        }
        out.println("(ratio column: how many times better the ring is; latencies and times are UART/ring)");
    }

    static void extrasTable(Extras extras, Result ring, PrintWriter out) {
        if (extras.limit() != null) {
            ChannelLimit.Figures l = extras.limit();
            out.printf(Locale.ROOT, "the channel's limit on the ring VM (guest ping-pong, no KD, %d each): %.0f kick round "
                    + "trips/s (host sleeping; median %.1f µs, %.2f guest kicks each), %.0f spin round trips/s (host spinning; "
                    + "median %.1f µs)%n", l.roundTrips(), l.kickRoundTripsPerS(), l.kickMedianMicros(),
                    l.guestKicksPerKickRoundTrip(), l.spinRoundTripsPerS(), l.spinMedianMicros());
            out.printf(Locale.ROOT, "ring efficiency (built-in debugger GetVersion/s ÷ kick round trips/s): %.3f%n",
                    ring.requestsPerS() / l.kickRoundTripsPerS());
        }
        if (extras.ringTcp() != null) {
            KdPing.Figures t = extras.ringTcp();
            out.printf(Locale.ROOT, "ring through the TCP endpoint (kdping, another process): %.0f GetVersion/s, median %.1f µs,"
                    + " p99 %.1f µs (%d requests)%n", t.requestsPerS(), t.medianMicros(), t.p99Micros(), t.requests());
        }
        if (extras.decoder() != null) {
            DecoderBench.Figures d = extras.decoder();
            if (d.failure() == null) {
                out.printf(Locale.ROOT, "KD framer + decoder (JMH frameAndDecode, releng/kd-bench): %.0f ± %.0f MB/s%n",
                        d.mbPerS(), d.errorMbPerS());
            } else {
                out.println("KD framer + decoder: not measured: " + d.failure());
            }
        }
        if (extras.vms() != null) {
            ManyVms.Figures v = extras.vms();
            out.printf(Locale.ROOT, "%d VMs broken in and idle (%d paused): QEMU CPU %.1f %% of a core in all; slowest "
                    + "break-in %.0f ms, slowest request %.2f ms%n", v.count(), v.paused(), v.qemuIdleCpuPctTotal(),
                    v.slowestBreakInMillis(), v.slowestRequestMillis());
        }
    }

    private static void row(PrintWriter out, String format, String name, double uart, double ring, String numbers) {
        out.printf(format, name, fmt(numbers, uart), fmt(numbers, ring), fmt("%.1f×", ring / uart));
    }

    private static void rowInverse(PrintWriter out, String format, String name, double uart, double ring) {
        out.printf(format, name, fmt("%.1f", uart), fmt("%.1f", ring), fmt("%.1f×", uart / ring));
    }

    private static String fmt(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }

    /**
     * The figures of both transports and the ring/UART ratios as one JSON object, numbers rounded to the
     * digits they carry; a figure that is not a number (a ratio over a zero) is {@code null}.
     */
    public static String json(Accelerator.Choice accel, Result uart, Result ring) {
        return json(accel, uart, ring, new Extras(null, null));
    }

    /**
     * What the bench measured besides the two transports' figures.
     *
     * @param ringTcp the ring's requests through the TCP endpoint from another process, or null
     * @param vms     the many-VM figures, or null when not measured
     * @param limit   the bare channel's limit on the ring VM, or null when not measured
     * @param decoder the KD framer and decoder's JMH figure, or null when not measured
     */
    public record Extras(KdPing.Figures ringTcp, ManyVms.Figures vms, ChannelLimit.Figures limit,
            DecoderBench.Figures decoder) {
        /** Without the limit and the decoder. */
        public Extras(KdPing.Figures ringTcp, ManyVms.Figures vms) {
            this(ringTcp, vms, null, null);
        }
    }

    /** As {@link #json(Accelerator.Choice, Result, Result)}, with {@code ring_tcp} and {@code vms} when measured. */
    public static String json(Accelerator.Choice accel, Result uart, Result ring, Extras extras) {
        JsonObject root = new JsonObject();
        root.addProperty("accel", accel.accelerator().qemuName());
        root.addProperty("accel_reason", accel.reason());
        root.add("uart", json(uart));
        root.add("ring", json(ring));
        JsonObject ratio = new JsonObject();
        ratio.add("bulk_read", rounded(ring.bulkMBs() / uart.bulkMBs(), 3));
        ratio.add("request_rate", rounded(ring.requestsPerS() / uart.requestsPerS(), 3));
        root.add("ratio", ratio);
        if (extras.ringTcp() != null) {
            JsonObject tcp = new JsonObject();
            tcp.addProperty("client", "kdping (C, separate process) over the TCP WinDbg endpoint");
            tcp.addProperty("requests", extras.ringTcp().requests());
            tcp.add("requests_per_s", rounded(extras.ringTcp().requestsPerS(), 1));
            tcp.add("request_median_us", rounded(extras.ringTcp().medianMicros(), 1));
            tcp.add("request_p99_us", rounded(extras.ringTcp().p99Micros(), 1));
            if (extras.ringTcp().work() != null) {
                tcp.add("per_request", json(extras.ringTcp().work()));
            }
            root.add("ring_tcp", tcp);
        }
        if (extras.limit() != null) {
            ChannelLimit.Figures l = extras.limit();
            JsonObject limit = new JsonObject();
            limit.addProperty("method", "reference guest ping-pong on the ring VM, before the channel attaches");
            limit.addProperty("round_trips", l.roundTrips());
            limit.add("kick_round_trips_per_s", rounded(l.kickRoundTripsPerS(), 1));
            limit.add("kick_round_trip_median_us", rounded(l.kickMedianMicros(), 1));
            limit.add("spin_round_trips_per_s", rounded(l.spinRoundTripsPerS(), 1));
            limit.add("spin_round_trip_median_us", rounded(l.spinMedianMicros(), 1));
            limit.add("guest_kicks_per_kick_round_trip", rounded(l.guestKicksPerKickRoundTrip(), 3));
            root.add("limit", limit);
            // how much of the bare channel's event path the built-in debugger's requests use
            root.getAsJsonObject("ring").add("efficiency", rounded(ring.requestsPerS() / l.kickRoundTripsPerS(), 3));
        }
        if (extras.decoder() != null) {
            DecoderBench.Figures d = extras.decoder();
            JsonObject decoder = new JsonObject();
            decoder.addProperty("method", "JMH frameAndDecode (releng/kd-bench), "
                    + String.join(" ", DecoderBench.JMH_ARGUMENTS.subList(0, DecoderBench.JMH_ARGUMENTS.size() - 1)));
            decoder.add("mb_s", rounded(d.mbPerS(), 1));
            decoder.add("mb_s_error", rounded(d.errorMbPerS(), 1));
            if (d.failure() != null) {
                decoder.addProperty("failure", d.failure());
            }
            root.add("decoder", decoder);
        }
        if (extras.vms() != null) {
            ManyVms.Figures v = extras.vms();
            JsonObject vmsJson = new JsonObject();
            vmsJson.addProperty("count", v.count());
            vmsJson.addProperty("paused", v.paused());
            vmsJson.add("qemu_idle_cpu_pct_total", rounded(v.qemuIdleCpuPctTotal(), 2));
            vmsJson.add("slowest_break_in_ms", rounded(v.slowestBreakInMillis(), 2));
            vmsJson.add("slowest_request_ms", rounded(v.slowestRequestMillis(), 3));
            root.add("vms", vmsJson);
        }
        return JSON.toJson(root);
    }

    private static JsonObject json(Result r) {
        JsonObject figures = new JsonObject();
        figures.add("bulk_read_mb_s", rounded(r.bulkMBs(), 4));
        figures.addProperty("bulk_read_bytes", r.bulkBytes());
        figures.add("requests_per_s", rounded(r.requestsPerS(), 1));
        figures.add("request_median_us", rounded(r.medianMicros(), 1));
        figures.add("request_p99_us", rounded(r.p99Micros(), 1));
        figures.add("module_walk_ms", rounded(r.moduleWalkMillis(), 2));
        figures.addProperty("modules", r.modules());
        figures.add("break_in_ms", rounded(r.breakInMillis(), 2));
        figures.add("bridge_idle_cpu_pct", rounded(r.bridgeIdleCpuPct(), 3));
        figures.add("channel_thread_idle_cpu_pct", rounded(r.channelThreadPct(), 3));
        figures.add("qemu_idle_cpu_pct", rounded(r.qemuIdleCpuPct(), 2));
        figures.add("wake_latency_ms", rounded(r.wakeLatencyMillis(), 3));
        figures.add("pause_after_ms", rounded(r.pauseAfterMillis(), 1));
        figures.addProperty("idle_pauses", r.idlePauses());
        if (r.jit() != null) {
            // before each timed phase the bench waited this long for the JIT compilers to go quiet
            JsonObject jit = new JsonObject();
            jit.add("requests", rounded(r.jit().requestsMillis(), 1));
            jit.add("bulk_read", rounded(r.jit().bulkMillis(), 1));
            jit.add("idle", rounded(r.jit().idleMillis(), 1));
            if (Double.isFinite(r.jit().tcpMillis())) {
                jit.add("tcp_requests", rounded(r.jit().tcpMillis(), 1));
            }
            figures.add("jit_settle_ms", jit);
        }
        if (r.breakdown() != null) {
            JsonObject stages = new JsonObject();
            for (int i = 0; i < r.breakdown().stages().length; i++) {
                JsonObject stage = new JsonObject();
                stage.add("median_us", rounded(r.breakdown().median()[i], 1));
                stage.add("p99_us", rounded(r.breakdown().p99()[i], 1));
                stages.add(r.breakdown().stages()[i], stage);
            }
            if (r.breakdown().unsplit() != null) {
                stages.addProperty("guest_side_unsplit", r.breakdown().unsplit());
            }
            figures.add("latency_breakdown", stages);
        }
        if (r.breakdown() != null && r.breakdown().work() != null) {
            figures.add("per_request", json(r.breakdown().work()));
        }
        return figures;
    }

    /** What the channel did per request: kicks, passes, spins, sleeps. */
    private static JsonObject json(LatencyBreakdown.Work w) {
        JsonObject work = new JsonObject();
        work.add("kicks", rounded(w.kicks(), 3));
        work.add("ring_passes", rounded(w.ringPasses(), 3));
        work.add("spins_paid", rounded(w.spinsPaid(), 3));
        work.add("spins_wasted", rounded(w.spinsWasted(), 3));
        work.add("spins_skipped", rounded(w.spinsSkipped(), 3));
        work.add("channel_sleeps", rounded(w.sleeps(), 3));
        work.add("inline_passes", rounded(w.inlinePasses(), 3));
        work.add("inline_spins_paid", rounded(w.inlinePaid(), 3));
        work.add("inline_spins_wasted", rounded(w.inlineWasted(), 3));
        work.add("inline_spins_skipped", rounded(w.inlineSkipped(), 3));
        work.add("inline_cpu_moves", rounded(w.inlineCpuMoves(), 3));
        return work;
    }

    /** {@code value} with exactly {@code digits} decimals (written as such), or JSON null when not finite. */
    private static JsonElement rounded(double value, int digits) {
        return Double.isFinite(value) ? new JsonPrimitive(BigDecimal.valueOf(value).setScale(digits,
                RoundingMode.HALF_UP)) : JsonNull.INSTANCE;
    }
}
