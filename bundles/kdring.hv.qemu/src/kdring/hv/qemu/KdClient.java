package kdring.hv.qemu;

import java.io.IOException;
import java.time.Duration;

import kdring.kd.debugger.KdDebugger;
import kdring.kd.endpoint.DebuggerEndpoint;
import kdring.kd.endpoint.KdChannel;
import kdring.kd.endpoint.KdException;
import kdring.kd.observer.KdObserver;
import kdring.kd.packet.NtStatus;
import kdring.kd.packet.StateChange;
import kdring.transport.VmChannel;
import kdring.transport.bridge.LocalDebuggerChannel;

/**
 * kdring.kd's built-in debugger driving a VM through its channel's debugger endpoint: the same bytes WinDbg
 * would exchange, through the same bridge. Used by {@code kdring probe}, {@code kdring bench} and the VM
 * tests.
 *
 * <p>Confined to one thread, like the {@link KdDebugger} it wraps.
 */
public final class KdClient implements AutoCloseable {

    private final KdChannel channel;
    private final KdDebugger debugger;
    private StateChange stop;

    private KdClient(KdChannel channel, KdObserver observer) {
        this.channel = channel;
        this.debugger = new KdDebugger(new DebuggerEndpoint(channel, DebuggerEndpoint.Settings.defaults()),
                KdDebugger.Settings.defaults(), observer);
    }

    /** Attaches the built-in debugger to {@code vm}'s endpoint (refused while WinDbg is attached). */
    public static KdClient builtIn(VmChannel vm) throws IOException {
        return new KdClient(LocalDebuggerChannel.attach(vm.hub(), "built-in debugger", false), null);
    }

    /** A session over any KD byte channel (e.g. a TCP socket to the endpoint, as WinDbg would use it). */
    public static KdClient over(KdChannel channel) {
        return new KdClient(channel, null);
    }

    /** @return the debugger */
    public KdDebugger debugger() {
        return debugger;
    }

    /** @return the stop reported by the last break-in */
    public StateChange stop() {
        return stop;
    }

    /**
     * Breaks in and resynchronises: {@link KdDebugger#connect(Duration)}, which repeats the break-in byte and
     * the RESET until the guest answers, and continues boot-time LoadSymbols reports until the guest stops for
     * the break-in.
     */
    public StateChange breakIn(Duration timeout) throws KdException {
        stop = debugger.connect(timeout);
        return stop;
    }

    /**
     * Breaks into the running, connected guest: {@link KdDebugger#interrupt(Duration)}, which repeats the
     * break-in byte until the stop arrives (kdcom forgets a 0x62 that it sees just before a packet leader)
     * and never sends it once the stop has been received.
     */
    public StateChange interrupt(Duration timeout) throws KdException {
        stop = debugger.interrupt(timeout);
        return stop;
    }

    /** Continues the stopped guest. */
    public void resume() throws KdException {
        debugger.continueExecution(NtStatus.DBG_CONTINUE);
    }

    @Override
    public void close() {
        channel.close();
    }
}
