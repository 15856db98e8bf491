package kdring.kd.tests.debugger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import kdring.kd.endpoint.KdChannel;
import kdring.kd.endpoint.KdDisconnectedException;
import kdring.kd.endpoint.TargetEndpoint;
import kdring.kd.endpoint.TargetEndpoint.ReceiveResult;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.ControlReport;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.KdBody;
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
 */
public final class SimulatedKernel implements AutoCloseable {

    /** The program counter of the break-in breakpoint. */
    public static final long BREAK_PC = 0xFFFFF8017B7F1B90L;

    private final TargetEndpoint endpoint;
    private final VersionInfo version;
    private final MemoryImage virtual;
    private final MemoryImage physical;
    private final Thread thread;
    private final List<Integer> readSizes = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean stopRequested;
    private volatile Throwable failure;
    private volatile boolean mute;

    /** Starts serving on {@code channel}. */
    public SimulatedKernel(KdChannel channel, VersionInfo version, MemoryImage virtual, MemoryImage physical) {
        this.endpoint = new TargetEndpoint(channel, new TargetEndpoint.Settings(Duration.ofMillis(50), 20));
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

    /** A failure of the kernel thread, if any. */
    public Throwable failure() {
        return failure;
    }

    private void run() {
        try {
            while (!stopRequested) {
                if (mute || !endpoint.pollBreakIn()) {
                    Thread.sleep(1);
                    continue;
                }
                serveStop();
            }
        } catch (KdDisconnectedException e) {
            // the debugger went away: the simulated machine simply stops
        } catch (Throwable e) {
            failure = e;
        }
    }

    private void serveStop() throws KdDisconnectedException {
        StateChange stop = StateChange.of(6, 0, 1, 0xFFFFF8017BD26A00L, BREAK_PC,
                ExceptionReport.breakpoint(BREAK_PC, true),
                new ControlReport.Amd64(0xFFFF0FF0L, 0x400, 0x202, 16, 3,
                        Bytes.fromHex("CCC3CCCCCCCCCCCC0F1F840000000000"), 0x10, 0x2B, 0x2B, 0x53));
        endpoint.send(PacketType.STATE_CHANGE64, stop.raw());
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
