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
import java.util.Locale;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.KdClient;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.kd.debugger.ModuleList;
import kdring.kd.endpoint.KdException;
import kdring.transport.ChannelState;
import kdring.transport.VmChannel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kdring bench [--quick] [--json]}: boots the reference guest twice, once on the UART and once on the
 * rings, runs the same workload through kdring's bridge with the built-in debugger, and prints one table
 * side by side with ring/UART ratios: bulk virtual-memory read (verified byte for byte against the pattern),
 * GetVersion round trips per second with median and p99 latency, module-list walk time, break-in latency,
 * and CPU used by the bridge (this JVM) and by QEMU while the guest sits broken-in and idle.
 *
 * <p>CPU comes from {@code /proc/self/stat} and {@code /proc/<qemu pid>/stat}; the channel's owner thread is
 * also measured on its own.
 */
@Command(name = "bench", description = { "Run the reference guest on the UART and on the rings, the same workload "
        + "through the bridge, and print both side by side with ring/UART ratios: bulk read, GetVersion round "
        + "trips, module walk, break-in latency, idle CPU." },
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

    /**
     * The workload's size.
     *
     * @param bulkBytes      bytes of the pattern to read
     * @param bulkBudget     give up reading after this long (reported as a partial read)
     * @param requests       GetVersion round trips
     * @param idleSeconds    seconds of broken-in idle for the CPU figures
     */
    record Workload(int bulkBytes, Duration bulkBudget, int requests, int idleSeconds) {
        static Workload of(boolean quick, String transport) {
            return of(quick, false, transport);
        }

        static Workload of(boolean quick, boolean smoke, String transport) {
            boolean uart = transport.equals("uart");
            if (smoke) {
                return new Workload(uart ? 16 << 10 : 256 << 10, Duration.ofSeconds(20), uart ? 20 : 200, 1);
            }
            return quick ? new Workload(uart ? 1 << 20 : 4 << 20, Duration.ofSeconds(20), uart ? 200 : 2000, 3)
                    : new Workload(4 << 20, Duration.ofSeconds(120), uart ? 500 : 10000, 10);
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
     * @param qemuIdleCpuPct    CPU of QEMU while idle
     */
    public record Result(String transport, long bulkBytes, double bulkMBs, double requestsPerS, double medianMicros,
            double p99Micros, double moduleWalkMillis, int modules, double breakInMillis, double bridgeIdleCpuPct,
            double channelThreadPct, double qemuIdleCpuPct) {
    }

    @Override
    public Integer call() {
        Accelerator.Choice accel = Accelerator.detect();
        PrintWriter progress = json ? err() : out();
        progress.println("kdring bench: reference guest under " + accel + (quick ? ", quick workload" : ""));
        try {
            Result uart = measure("uart", Workload.of(quick, smoke, "uart"), accel, progress);
            Result ring = measure("ring", Workload.of(quick, smoke, "ring"), accel, progress);
            if (json) {
                out().println(json(accel, uart, ring));
            } else {
                table(accel, uart, ring, out());
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
        try (WorkFolder work = WorkFolder.create("kdring-bench-");
                QemuVm qemu = ReferenceGuest.launch(ReferenceGuest.Options.of("bench-" + transport, transport),
                        work.path(), accel.accelerator());
                QemuVm.AttachedVm vm = qemu.attach()) {
            VmChannel channel = vm.channel();
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
                for (int i = 0; i < 20; i++) {
                    session.debugger().getVersion();
                }
                long[] latencies = new long[workload.requests()];
                long requestsStart = System.nanoTime();
                for (int i = 0; i < latencies.length; i++) {
                    long t = System.nanoTime();
                    session.debugger().getVersion();
                    latencies[i] = System.nanoTime() - t;
                }
                double requestSeconds = (System.nanoTime() - requestsStart) / 1e9;
                Arrays.sort(latencies);
                long walkStart = System.nanoTime();
                ModuleList modules = session.debugger().listModules();
                double walkMillis = (System.nanoTime() - walkStart) / 1e6;
                progress.println("  " + transport + ": bulk read of " + (workload.bulkBytes() >> 20) + " MiB");
                long bulkStart = System.nanoTime();
                long bulkDeadline = bulkStart + workload.bulkBudget().toNanos();
                long read = 0;
                int piece = 1 << 16;
                while (read < workload.bulkBytes() && System.nanoTime() < bulkDeadline) {
                    int n = (int) Math.min(piece, workload.bulkBytes() - read);
                    byte[] bytes = session.debugger().readVirtual(ReferenceGuest.PATTERN_VA + read, n);
                    long mismatch = ReferenceGuest.firstPatternMismatch(bytes, read);
                    if (mismatch >= 0) {
                        throw new IOException(transport + ": the pattern differs at offset " + mismatch);
                    }
                    read += n;
                }
                double bulkSeconds = (System.nanoTime() - bulkStart) / 1e9;
                progress.println("  " + transport + ": " + workload.idleSeconds() + " s broken-in and idle");
                Cpu before = Cpu.sample(qemu.pid(), channel);
                Thread.sleep(workload.idleSeconds() * 1000L);
                Cpu after = Cpu.sample(qemu.pid(), channel);
                session.resume();
                double wall = (after.wallNanos - before.wallNanos) / 1e9;
                return new Result(transport, read, read / 1e6 / bulkSeconds, latencies.length / requestSeconds,
                        latencies[latencies.length / 2] / 1e3,
                        latencies[Math.min(latencies.length - 1, (int) (latencies.length * 0.99))] / 1e3, walkMillis,
                        modules.modules().size(), median(breakIns),
                        100 * (after.processSeconds - before.processSeconds) / wall,
                        100 * (after.channelThreadSeconds - before.channelThreadSeconds) / wall,
                        100 * (after.qemuSeconds - before.qemuSeconds) / wall);
            }
        }
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
        out.println("(ratio column: how many times better the ring is; latencies and times are UART/ring)");
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
        JsonObject root = new JsonObject();
        root.addProperty("accel", accel.accelerator().qemuName());
        root.addProperty("accel_reason", accel.reason());
        root.add("uart", json(uart));
        root.add("ring", json(ring));
        JsonObject ratio = new JsonObject();
        ratio.add("bulk_read", rounded(ring.bulkMBs() / uart.bulkMBs(), 3));
        ratio.add("request_rate", rounded(ring.requestsPerS() / uart.requestsPerS(), 3));
        root.add("ratio", ratio);
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
        return figures;
    }

    /** {@code value} with exactly {@code digits} decimals (written as such), or JSON null when not finite. */
    private static JsonElement rounded(double value, int digits) {
        return Double.isFinite(value) ? new JsonPrimitive(BigDecimal.valueOf(value).setScale(digits,
                RoundingMode.HALF_UP)) : JsonNull.INSTANCE;
    }
}
