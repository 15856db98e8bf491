package kdring.kd.tests.debugger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import kdring.kd.endpoint.KdChannel;
import kdring.kd.endpoint.KdDisconnectedException;
import kdring.kd.endpoint.TargetEndpoint;
import kdring.kd.endpoint.TargetEndpoint.ReceiveResult;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.ControlReport;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.KdBody;
import kdring.kd.packet.LoadSymbolsReport;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.ManipulateApi;
import kdring.kd.packet.ManipulateDetail;
import kdring.kd.packet.NtStatus;
import kdring.kd.packet.PacketType;
import kdring.kd.packet.StateChange;
import kdring.kd.packet.VersionInfo;

/**
 * A kernel's debugger loop over the {@link TargetEndpoint}, serving a synthetic memory image: while running
 * it polls for the break-in byte; stopped, it reports a breakpoint state change and answers requests as the
 * kernel's kdapi does (reads clamped to 3944 bytes, unknown APIs STATUS_UNSUCCESSFUL) until Continue.
 * Runs on its own thread named {@code kd-sim-kernel}.
 * <p>
 * For the break-in tests it can also report LoadSymbols (each one waits for Continue, like a stop), forget
 * break-in bytes as kdcom does ({@link #ignoreNextBreakIns}), and it reads its wire through a
 * {@link TargetTap} that counts the break-in bytes that reached it while it was stopped.
 */
public final class SimulatedKernel implements AutoCloseable {

    /** The program counter of the break-in breakpoint. */
    public static final long BREAK_PC = 0xFFFFF8017B7F1B90L;
    /** Where the n-th reported LoadSymbols module is loaded: this plus n * 0x100000. */
    public static final long LOADED_MODULE_BASE = 0xFFFFF80180000000L;

    /**
     * LoadSymbols reports, besides break-in stops.
     *
     * @param bootLoadSymbols       reported at start (a booting kernel), before the first break-in poll
     * @param loadSymbolsBeforeStop reported after each break-in is noticed, before the exception state change
     *                              (a kernel in the middle of loading drivers when the break-in comes)
     */
    public record Behaviour(int bootLoadSymbols, int loadSymbolsBeforeStop) {
        /** No LoadSymbols reports. */
        public static final Behaviour PLAIN = new Behaviour(0, 0);
    }

    private final TargetEndpoint endpoint;
    private final TargetTap tap;
    private final Behaviour behaviour;
    private final VersionInfo version;
    private final MemoryImage virtual;
    private final MemoryImage physical;
    private final Thread thread;
    private final List<Integer> readSizes = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean stopRequested;
    private volatile Throwable failure;
    private volatile boolean mute;
    private final AtomicInteger breakInsToIgnore = new AtomicInteger();
    private final AtomicInteger breakInsIgnored = new AtomicInteger();
    private final AtomicInteger stops = new AtomicInteger();
    private final AtomicInteger loadSymbolsReported = new AtomicInteger();
    private final AtomicInteger continues = new AtomicInteger();

    /** Starts serving on {@code channel}, with no LoadSymbols reports. */
    public SimulatedKernel(KdChannel channel, VersionInfo version, MemoryImage virtual, MemoryImage physical) {
        this(channel, version, virtual, physical, Behaviour.PLAIN);
    }

    /**
     * Starts serving on {@code channel}. LoadSymbols reports are retried for 10 s (200 times 50 ms) before
     * the kernel gives them up, so a slow test machine never makes it skip one.
     */
    public SimulatedKernel(KdChannel channel, VersionInfo version, MemoryImage virtual, MemoryImage physical,
            Behaviour behaviour) {
        this.tap = new TargetTap(channel);
        this.endpoint = new TargetEndpoint(tap, new TargetEndpoint.Settings(Duration.ofMillis(50), 200));
        this.behaviour = behaviour;
        this.version = version;
        this.virtual = virtual;
        this.physical = physical;
        this.thread = new Thread(this::run, "kd-sim-kernel");
        thread.setDaemon(true);
        thread.start();
    }

    /** The TransferCount of every memory read request served. */
    public List<Integer> readSizes() {
        return List.copyOf(readSizes);
    }

    /** Stops answering anything (to test the debugger's timeouts). */
    public void mute() {
        mute = true;
    }

    /**
     * The next {@code count} break-in bytes the kernel notices are forgotten, as kdcom forgets a 0x62 that a
     * packet leader follows: it runs on as if none had come. Call before the bytes are sent.
     */
    public void ignoreNextBreakIns(int count) {
        breakInsToIgnore.set(count);
    }

    /** Break-ins noticed and forgotten because of {@link #ignoreNextBreakIns}. */
    public int breakInsIgnored() {
        return breakInsIgnored.get();
    }

    /** Exception state changes (break-in stops) the kernel began to report, including one it could not send. */
    public int stops() {
        return stops.get();
    }

    /** LoadSymbols state changes the kernel reported and was continued from (or gave up). */
    public int loadSymbolsReported() {
        return loadSymbolsReported.get();
    }

    /** Continue requests the kernel obeyed (it ran again after each). */
    public int continues() {
        return continues.get();
    }

    /** Break-in bytes that reached the kernel while it was running. */
    public int breakInsWhileRunning() {
        return tap.breakInsWhileRunning();
    }

    /**
     * Break-in bytes that reached the kernel while it was stopped (from the state change it sent until the
     * Continue it read): kdcom may keep such a byte and stop again on its own after the Continue.
     */
    public int breakInsWhileStopped() {
        return tap.breakInsWhileStopped();
    }

    /**
     * Waits until the kernel thread has ended by itself, which it does once the debugger closed its end and
     * the kernel has read everything that was sent to it.
     *
     * @return true when it ended within {@code timeout}
     */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        thread.join(timeout.toMillis());
        return !thread.isAlive();
    }

    /** A failure of the kernel thread, if any. */
    public Throwable failure() {
        return failure;
    }

    private void run() {
        try {
            for (int i = 0; i < behaviour.bootLoadSymbols() && !stopRequested; i++) {
                reportLoadSymbols();
            }
            while (!stopRequested) {
                if (mute || !endpoint.pollBreakIn()) {
                    Thread.sleep(1);
                    continue;
                }
                if (breakInsToIgnore.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    breakInsIgnored.incrementAndGet();
                    continue;
                }
                for (int i = 0; i < behaviour.loadSymbolsBeforeStop() && !stopRequested; i++) {
                    reportLoadSymbols();
                }
                stops.incrementAndGet();
                serveStop(StateChange.of(6, 0, 1, 0xFFFFF8017BD26A00L, BREAK_PC,
                        ExceptionReport.breakpoint(BREAK_PC, true), controlReport()));
            }
        } catch (KdDisconnectedException e) {
            // the debugger went away: the simulated machine simply stops
        } catch (Throwable e) {
            failure = e;
        }
    }

    private static ControlReport controlReport() {
        return new ControlReport.Amd64(0xFFFF0FF0L, 0x400, 0x202, 16, 3,
                Bytes.fromHex("CCC3CCCCCCCCCCCC0F1F840000000000"), 0x10, 0x2B, 0x2B, 0x53);
    }

    /** Reports the next module load and waits for Continue, serving requests meanwhile. */
    private void reportLoadSymbols() throws KdDisconnectedException {
        int n = loadSymbolsReported.get();
        long base = LOADED_MODULE_BASE + n * 0x100000L;
        String path = String.format("\\SystemRoot\\system32\\drivers\\boot%02d.sys", n);
        StateChange report = StateChange.of(6, 0, 1, 0xFFFFF8017BD26A00L, 0xFFFFF8017B7F2000L,
                LoadSymbolsReport.of(path, base, 0x20000, 0x1000 + n, false), controlReport());
        serveStop(report);
        loadSymbolsReported.incrementAndGet();
    }

    /** Sends {@code stop} and answers requests until Continue. */
    private void serveStop(StateChange stop) throws KdDisconnectedException {
        if (endpoint.send(PacketType.STATE_CHANGE64, stop.raw()) == TargetEndpoint.SendResult.DROPPED) {
            return; // a LoadSymbols report nobody acknowledged: kdcom gives it up and the kernel runs on
        }
        while (!stopRequested) {
            if (mute) {
                return;
            }
            ReceiveResult result = endpoint.receive(PacketType.STATE_MANIPULATE, Duration.ofMillis(100));
            switch (result) {
                case ReceiveResult.Received(DataPacket packet) -> {
                    if (mute) {
                        return; // muted while this request was in flight: it goes unanswered
                    }
                    if (!answer((Manipulate) KdBody.decode(packet))) {
                        return; // continued
                    }
                }
                case ReceiveResult.ResetReceived reset -> endpoint.send(PacketType.STATE_CHANGE64, stop.raw());
                case ReceiveResult.ResendRequested resend -> endpoint.send(PacketType.STATE_CHANGE64, stop.raw());
                case ReceiveResult.TimedOut timedOut -> { }
            }
        }
    }

    /** Answers one request; false when it resumed the target. */
    private boolean answer(Manipulate request) throws KdDisconnectedException {
        ManipulateApi api = request.api();
        Manipulate reply;
        if (api == null) {
            reply = request.reply(NtStatus.UNSUCCESSFUL, w -> { }, Bytes.EMPTY);
        } else {
            switch (api) {
                case CONTINUE, CONTINUE2 -> {
                    continues.incrementAndGet();
                    return false;
                }
                case GET_VERSION -> reply = request.reply(NtStatus.SUCCESS, version::writeTo, Bytes.EMPTY);
                case READ_VIRTUAL_MEMORY, READ_PHYSICAL_MEMORY -> {
                    var transfer = (ManipulateDetail.MemoryTransfer) request.detail();
                    readSizes.add(transfer.transferCount());
                    int count = Math.min(transfer.transferCount(), Manipulate.MAX_TRANSFER);
                    MemoryImage image = api == ManipulateApi.READ_VIRTUAL_MEMORY ? virtual : physical;
                    byte[] bytes = image.read(transfer.address(), count);
                    reply = request.reply(bytes.length > 0 ? NtStatus.SUCCESS : NtStatus.UNSUCCESSFUL,
                            w -> w.u32(0x1C, bytes.length), Bytes.of(bytes));
                }
                case GET_CONTEXT -> {
                    byte[] context = new byte[0x4D0];
                    for (int i = 0; i < context.length; i++) {
                        context[i] = (byte) (i * 7 + request.processor());
                    }
                    reply = request.reply(NtStatus.SUCCESS, w -> { }, Bytes.of(context));
                }
                default -> reply = request.reply(NtStatus.UNSUCCESSFUL, w -> { }, Bytes.EMPTY);
            }
        }
        endpoint.send(PacketType.STATE_MANIPULATE, reply.raw());
        return true;
    }

    @Override
    public void close() throws InterruptedException {
        stopRequested = true;
        thread.join(5000);
    }
}
