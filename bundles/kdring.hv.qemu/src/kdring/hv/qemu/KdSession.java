package kdring.hv.qemu;

import java.io.IOException;
import java.time.Duration;

import kdring.kd.debugger.KdDebugger;
import kdring.kd.endpoint.DebuggerEndpoint;
import kdring.kd.endpoint.KdChannel;
import kdring.kd.endpoint.KdException;
import kdring.kd.observer.SessionObserver;
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
public final class KdSession implements AutoCloseable {

    private final KdChannel channel;
    private final KdDebugger debugger;
    private StateChange stop;

    private KdSession(KdChannel channel, SessionObserver observer) {
        this.channel = channel;
        this.debugger = new KdDebugger(new DebuggerEndpoint(channel, DebuggerEndpoint.Settings.defaults()),
                KdDebugger.Settings.defaults(), observer);
    }

    /** Attaches the built-in debugger to {@code vm}'s endpoint (refused while WinDbg is attached). */
    public static KdSession builtIn(VmChannel vm) throws IOException {
        return new KdSession(LocalDebuggerChannel.attach(vm.hub(), "built-in debugger", false), null);
    }

    /** A session over any KD byte channel (e.g. a TCP socket to the endpoint, as WinDbg would use it). */
    public static KdSession over(KdChannel channel) {
        return new KdSession(channel, null);
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
     * Breaks in and resynchronises (break-in byte, RESET, retried every 3 s until {@code timeout}); a guest
     * still reporting boot-time LoadSymbols is continued until it stops for the break-in.
     */
    public StateChange breakIn(Duration timeout) throws KdException {
        long deadline = System.nanoTime() + timeout.toNanos();
        StateChange change = null;
        while (change == null) {
            // a break-in byte that reaches KDCOM just before a packet leader (e.g. while it waits for the ACK of
            // a DbgPrint) is forgotten: attach again, which sends the byte and a RESET again
            try {
                change = debugger.attach(Duration.ofSeconds(3));
            } catch (kdring.kd.endpoint.KdTimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
        while (change.newState() != StateChange.EXCEPTION) {
            // a guest still reporting boot-time LoadSymbols swallowed the break-in byte: continue each report,
            // and once it runs without reporting, break in again
            debugger.continueExecution(NtStatus.DBG_CONTINUE);
            try {
                change = debugger.waitForStateChange(Duration.ofSeconds(1));
            } catch (kdring.kd.endpoint.KdTimeoutException e) {
                change = interrupt(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            }
        }
        stop = change;
        return change;
    }

    /**
     * Breaks into the running, connected guest. The break-in byte is sent again every second until the stop
     * arrives: a 0x62 that reaches KDCOM while it scans for a packet leader, just before one, is forgotten
     * (kdcom only keeps a break-in seen when the scan times out), so a single byte can be lost when it
     * crosses a DbgPrint being acknowledged.
     */
    public StateChange interrupt(Duration timeout) throws KdException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                stop = debugger.breakIn(Duration.ofSeconds(1));
                return stop;
            } catch (kdring.kd.endpoint.KdTimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
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
