package kdring.kd.tests.debugger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kdring.kd.debugger.KdDebugger;
import kdring.kd.endpoint.DebuggerEndpoint;
import kdring.kd.endpoint.KdException;
import kdring.kd.endpoint.KdTimeoutException;
import kdring.kd.endpoint.MemoryPipe;
import kdring.kd.observer.LoadedModule;
import kdring.kd.observer.KdObserver;
import kdring.kd.observer.TappedChannel;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.KdWire;
import kdring.kd.packet.NtStatus;
import kdring.kd.packet.StateChange;

/**
 * {@link KdDebugger#connect} and {@link KdDebugger#interrupt} against simulated kernels that forget break-in
 * bytes, report LoadSymbols before they stop, or whose stop reaches the debugger exactly when its break-in
 * resend is due.
 * <p>
 * Nothing here depends on how fast the machine is. A kernel forgets a byte because it is told to, not because
 * of timing; "the stop arrives just as the resend is due" is scripted by {@link LateDeliveryChannel}, which
 * holds the stop until the debugger's wait has timed out. Counts that a slow machine could change (how many
 * bytes a retry loop sent before the kernel answered) are only checked from below. Every wait has a timeout.
 */
public class BreakInTest {

    /** The debugger's break-in resend interval in these tests. */
    static final Duration INTERVAL = Duration.ofMillis(300);
    /** The overall timeout of every connect and interrupt: ample, it only bounds a failing test. */
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** Bytes of the simulated kernel's break-in stop on the wire: header, body, trailer. */
    static final int STOP_WIRE_SIZE = KdWire.HEADER_SIZE + StateChange.HEADER_SIZE + 1;

    private MemoryPipe.Pair pipes;
    private SimulatedKernel kernel;
    private LateDeliveryChannel late;
    private KdObserver observer;

    @AfterEach
    void stop() throws InterruptedException {
        if (pipes != null) {
            pipes.first().close();
        }
        if (kernel != null) {
            kernel.close();
            assertNull(kernel.failure());
        }
    }

    private KdDebugger start(SimulatedKernel.Behaviour behaviour) {
        pipes = MemoryPipe.pair();
        kernel = new SimulatedKernel(pipes.second(), KdDebuggerTest.x64Version(),
                KdDebuggerTest.x64Image(KdDebuggerTest.LIST_HEAD), new MemoryImage(), behaviour);
        observer = new KdObserver();
        late = new LateDeliveryChannel(pipes.first());
        DebuggerEndpoint endpoint = new DebuggerEndpoint(new TappedChannel(late, observer),
                new DebuggerEndpoint.Settings(Duration.ofMillis(200), 10, Duration.ofMillis(500)));
        return new KdDebugger(endpoint, new KdDebugger.Settings(Duration.ofSeconds(5), 64, INTERVAL), observer);
    }

    /** Hangs up and waits until the kernel has read everything the debugger sent and ended by itself. */
    private void hangUp() throws InterruptedException {
        pipes.first().close();
        assertTrue(kernel.awaitExit(TIMEOUT), "the kernel ends once it has read all input");
        assertNull(kernel.failure());
    }

    private static void assertBreakInStop(StateChange stop) {
        assertEquals(StateChange.EXCEPTION, stop.newState());
        ExceptionReport exception = assertInstanceOf(ExceptionReport.class, stop.report());
        assertEquals(NtStatus.BREAKPOINT, exception.code());
        assertEquals(SimulatedKernel.BREAK_PC, stop.programCounter());
    }

    private long modulesReportedByLoadSymbols() {
        return observer.modules().stream().filter(m -> m.source() == LoadedModule.Source.LOAD_SYMBOLS).count();
    }

    // (a) a kernel that forgets a break-in byte

    @Test
    void interruptResendsTheBreakInByteTheKernelForgot() throws Exception {
        KdDebugger debugger = start(SimulatedKernel.Behaviour.PLAIN);
        assertBreakInStop(debugger.attach(TIMEOUT));
        debugger.continueExecution(NtStatus.DBG_CONTINUE);

        kernel.ignoreNextBreakIns(1);
        StateChange stop = debugger.interrupt(TIMEOUT);

        assertBreakInStop(stop);
        assertEquals(1, kernel.breakInsIgnored());
        assertTrue(debugger.breakInsSent() >= 3, "attach's byte, the forgotten one and the resent one");
        assertEquals(2, kernel.stops());
        assertEquals(10586, debugger.getVersion().buildNumber(), "the stopped target answers");
        debugger.continueExecution(NtStatus.DBG_CONTINUE);
        hangUp();
    }

    @Test
    void connectResendsBreakInAndResetUntilTheKernelStops() throws Exception {
        KdDebugger debugger = start(SimulatedKernel.Behaviour.PLAIN);
        kernel.ignoreNextBreakIns(1); // a running kdcom does not echo RESET either: only the resent byte helps

        StateChange stop = debugger.connect(TIMEOUT);

        assertBreakInStop(stop);
        assertEquals(1, kernel.breakInsIgnored());
        assertTrue(debugger.breakInsSent() >= 2, "the forgotten byte and the resent one");
        assertEquals(1, kernel.stops());
        assertEquals(stop, debugger.lastStop().orElseThrow());
        assertEquals(10586, debugger.getVersion().buildNumber(), "connected: requests work");
    }

    @Test
    void interruptNeedsAConnection() {
        KdDebugger debugger = start(SimulatedKernel.Behaviour.PLAIN);
        KdException error = assertThrows(KdException.class, () -> debugger.interrupt(TIMEOUT));
        assertTrue(error.getMessage().contains("connect first"), error.getMessage());
        assertEquals(0, debugger.breakInsSent());
    }

    @Test
    void aKernelThatNeverStopsTimesOutWithAReadableMessage() throws Exception {
        KdDebugger debugger = start(SimulatedKernel.Behaviour.PLAIN);
        debugger.attach(TIMEOUT);
        debugger.continueExecution(NtStatus.DBG_CONTINUE);
        kernel.ignoreNextBreakIns(Integer.MAX_VALUE);
        KdTimeoutException timeout = assertThrows(KdTimeoutException.class,
                () -> debugger.interrupt(Duration.ofSeconds(1)));
        assertTrue(timeout.getMessage().contains("break-in byte"), timeout.getMessage());
        assertEquals(1, kernel.stops());
    }

    // (b) LoadSymbols reports before the break-in stop

    @Test
    void connectContinuesALoadSymbolsBurstAndEndsAtTheBreakInStop() throws Exception {
        KdDebugger debugger = start(new SimulatedKernel.Behaviour(0, 4));

        StateChange stop = debugger.connect(TIMEOUT);

        assertBreakInStop(stop);
        assertEquals(4, kernel.loadSymbolsReported(), "every report continued, none given up");
        assertEquals(4, modulesReportedByLoadSymbols());
        assertEquals(1, kernel.stops());
        assertEquals(10586, debugger.getVersion().buildNumber());

        debugger.continueExecution(NtStatus.DBG_CONTINUE);
        StateChange again = debugger.interrupt(TIMEOUT);
        assertBreakInStop(again);
        assertEquals(8, kernel.loadSymbolsReported());
        assertEquals(8, modulesReportedByLoadSymbols());
        assertEquals(2, kernel.stops());
    }

    @Test
    void connectDuringBootContinuesEveryReportThenBreaksInAgainForTheForgottenByte() throws Exception {
        // the kernel reports five modules from the start; the break-in byte that reaches it during the reports
        // is forgotten, as kdcom forgets a 0x62 that the next packet leader follows
        KdDebugger debugger = start(new SimulatedKernel.Behaviour(5, 0));
        kernel.ignoreNextBreakIns(1);

        StateChange stop = debugger.connect(TIMEOUT);

        assertBreakInStop(stop);
        assertEquals(5, kernel.loadSymbolsReported());
        assertEquals(5, modulesReportedByLoadSymbols());
        assertEquals(1, kernel.breakInsIgnored());
        assertTrue(debugger.breakInsSent() >= 2);
        assertEquals(1, kernel.stops());
    }

    // (c) no break-in byte once the stop has been seen

    @Test
    void interruptSendsNoBreakInAfterAStopThatArrivedAsTheResendWasDue() throws Exception {
        KdDebugger debugger = start(SimulatedKernel.Behaviour.PLAIN);
        assertBreakInStop(debugger.attach(TIMEOUT));
        debugger.continueExecution(NtStatus.DBG_CONTINUE);

        late.arriveAfterWait(); // the kernel stops at once, but its stop is read only after the wait timed out
        StateChange stop = debugger.interrupt(TIMEOUT);

        assertBreakInStop(stop);
        assertEquals(1, late.deliveredLate(), "the stop did arrive late");
        debugger.continueExecution(NtStatus.DBG_CONTINUE);
        hangUp();
        assertEquals(0, kernel.breakInsWhileStopped(), "no break-in byte reached the stopped kernel");
        assertEquals(2, kernel.breakInsWhileRunning());
        assertEquals(2, kernel.stops(), "after the last Go the kernel did not stop again on its own");
        assertEquals(2, debugger.breakInsSent(), "attach's byte and interrupt's first: no resend");
    }

    @Test
    void interruptSendsNoBreakInWhileAStopIsStillArriving() throws Exception {
        KdDebugger debugger = start(SimulatedKernel.Behaviour.PLAIN);
        assertBreakInStop(debugger.attach(TIMEOUT));
        debugger.continueExecution(NtStatus.DBG_CONTINUE);

        late.arriveAcrossWait(24); // the header and 8 body bytes in the wait, the rest only after it ended
        StateChange stop = debugger.interrupt(TIMEOUT);

        assertBreakInStop(stop);
        assertEquals(1, late.deliveredLate(), "the stop's tail did arrive late");
        debugger.continueExecution(NtStatus.DBG_CONTINUE);
        hangUp();
        assertEquals(0, kernel.breakInsWhileStopped(), "no break-in byte reached the stopped kernel");
        assertEquals(2, kernel.breakInsWhileRunning());
        assertEquals(2, kernel.stops(), "after the last Go the kernel did not stop again on its own");
        assertEquals(2, debugger.breakInsSent(), "the resend that fell due mid-packet was postponed");
    }

    @Test
    void connectSendsNoBreakInOnceTheKernelReportedItsStop() throws Exception {
        KdDebugger debugger = start(SimulatedKernel.Behaviour.PLAIN);

        // the stop the kernel sends before it has read the RESET is read only after the wait timed out, and the
        // RESET echo and everything after it only with the next wait
        late.arriveAfterWait(STOP_WIRE_SIZE);
        StateChange stop = debugger.connect(TIMEOUT);

        assertBreakInStop(stop);
        assertEquals(1, late.deliveredLate(), "the stop did arrive late");
        debugger.continueExecution(NtStatus.DBG_CONTINUE);
        hangUp();
        assertEquals(0, kernel.breakInsWhileStopped(), "no break-in byte reached the stopped kernel");
        assertEquals(1, kernel.breakInsWhileRunning());
        assertEquals(1, kernel.stops(), "after the Go the kernel did not stop again on its own");
        assertEquals(1, debugger.breakInsSent(), "a stop ignored before the RESET echo still counts as a stop");
    }
}
