package kdring.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.KdClient;
import kdring.hv.qemu.QemuHypervisor;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.kd.endpoint.StreamChannel;
import kdring.kd.packet.VersionInfo;
import kdring.session.ChannelSession;
import kdring.session.Hypervisors;
import kdring.session.PauseStats;
import kdring.transport.vm.Hypervisor;
import kdring.transport.vm.VmConnection;

/**
 * A broken-in, idle VM costs nothing: the channel session pauses it (QMP says so) while its stopped target
 * waits for the debugger, and the debugger's next bytes (built-in or through the WinDbg endpoint) resume
 * it first, on the ring and on the UART. A running target is never paused; detaching and closing resume.
 */
@Tag("vm")
class IdlePauseVmTest {

    static final Duration WAIT = ChannelSessionVmTest.WAIT;
    static final long PATTERN_VA = ChannelSessionVmTest.PATTERN_VA;

    @TempDir
    Path work;
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    private ChannelSession demo(String name, String transport) throws Exception {
        Hypervisor hypervisor = Hypervisors.demo();
        VmConnection vm = hypervisor.launchDemo(new Hypervisor.DemoRequest(name, transport, 2), work.resolve("vm"));
        ChannelSession session = ChannelSession.open(vm,
                new ChannelSession.Options(0, work.resolve("recordings"), work.resolve("captures")));
        opened.add(session);
        return session;
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aBrokenInIdleRingVmIsPausedWokenByTheNextRequestAndNeverPausedWhileRunning() throws Exception {
        pausedWhileIdleWokenByRequestsNeverWhileRunning(demo("pause-ring", "ring"));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aBrokenInIdleUartVmIsPausedWokenByTheNextRequestAndNeverPausedWhileRunning() throws Exception {
        pausedWhileIdleWokenByRequestsNeverWhileRunning(demo("pause-uart", "uart"));
    }

    private static void pausedWhileIdleWokenByRequestsNeverWhileRunning(ChannelSession session) throws Exception {
        assertTrue(session.pauseStats().offered(), "a demo VM kdring launched can be paused");
        session.debugger().breakIn(WAIT);
        ChannelSessionVmTest.await("the idle, broken-in VM is paused", () -> session.pauseStats().paused());
        assertTrue(session.vm().paused(), "QMP query-status says the VM is paused");

        PauseStats before = session.pauseStats();
        byte[] bytes = session.debugger().readVirtual(PATTERN_VA, 4096, WAIT);
        for (int i = 0; i < bytes.length; i++) {
            assertEquals(ChannelSessionVmTest.pattern(i), bytes[i], "pattern byte " + i);
        }
        assertTrue(session.pauseStats().resumes() > before.resumes(), "the request resumed the VM first");
        long answered = System.nanoTime();
        ChannelSessionVmTest.await("paused again once the answered target waits",
                () -> session.pauseStats().pauses() > before.pauses() && session.pauseStats().paused());
        // when it paused, as the session saw it: after the answer, and later than the first pause
        assertTrue(session.pauseStats().lastPauseNanos() > answered, session.pauseStats().toString());
        assertTrue(session.pauseStats().lastPauseNanos() > before.lastPauseNanos(), session.pauseStats().toString());

        session.debugger().go(WAIT);
        assertFalse(session.pauseStats().paused(), "go resumed the VM before its Continue was delivered");
        assertFalse(session.vm().paused(), "QMP query-status says the VM runs");
        // the same decision that paused it above looks again, for three idle periods, at a running target
        PauseStats running = session.pauseStats();
        ChannelSessionVmTest.await("twelve more pause decisions (600 ms)",
                () -> session.pauseStats().checks() >= running.checks() + 12);
        assertEquals(running.pauses(), session.pauseStats().pauses(), "a running target is never paused");
        assertFalse(session.vm().paused(), "QMP query-status says the VM runs");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theDebuggerLeavingResumesThePausedVm() throws Exception {
        ChannelSession session = demo("pause-detach", "ring");
        session.debugger().breakIn(WAIT);
        ChannelSessionVmTest.await("the idle, broken-in VM is paused", () -> session.pauseStats().paused());
        session.disconnectDebugger("the test detaches");
        ChannelSessionVmTest.await("resumed once the debugger left", () -> !session.pauseStats().paused());
        assertFalse(session.vm().paused(), "QMP query-status says the VM runs");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void anAttachedVmIsPausedOnlyWhenAllowedWokenByWinDbgEndpointBytesAndResumedOnClose() throws Exception {
        QemuVm qemu = ReferenceGuest.launch(ReferenceGuest.Options.of("pause-attached", "ring"), work.resolve("own"),
                Accelerator.detect().accelerator());
        opened.add(qemu);
        qemu.awaitLog(ReferenceGuest.RUNNING, WAIT);
        Map<String, String> settings = Map.of(QemuHypervisor.MEMORY, qemu.spec().memoryFile().toString(),
                QemuHypervisor.PORT_SOCKET, qemu.spec().channelSocket().toString(),
                QemuHypervisor.SERIAL_SOCKET, qemu.spec().serialSocket().toString(),
                QemuHypervisor.QMP_SOCKET, qemu.qmpSocket().toString());
        Hypervisor adapter = Hypervisors.find(QemuHypervisor.ID);
        try (VmConnection notAllowed = adapter.attach("pause-attached", settings)) {
            assertFalse(notAllowed.controls().contains(VmConnection.Control.PAUSE),
                    "a QMP socket alone does not allow pausing a VM kdring only attached to");
        }
        var allowed = new java.util.HashMap<>(settings);
        allowed.put(QemuHypervisor.PAUSE_IDLE, "yes");
        ChannelSession session = ChannelSession.open(adapter.attach("pause-attached", allowed),
                new ChannelSession.Options(0, work.resolve("recordings"), work.resolve("captures")));
        try {
            assertTrue(session.pauseStats().offered());
            String address = session.endpoints().get(0).address();
            int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
                KdClient windbg = KdClient.over(new StreamChannel("windbg", socket.getInputStream(),
                        socket.getOutputStream()));
                windbg.breakIn(WAIT);
                ChannelSessionVmTest.await("the idle, broken-in VM is paused", () -> session.pauseStats().paused());
                assertTrue(session.vm().paused(), "QMP query-status says the VM is paused");
                long resumes = session.pauseStats().resumes();
                VersionInfo version = windbg.debugger().getVersion();
                assertTrue(version.is64Bit(), "GetVersion answered through the endpoint");
                assertTrue(session.pauseStats().resumes() > resumes, "the endpoint's bytes resumed the VM first");
                ChannelSessionVmTest.await("paused again", () -> session.pauseStats().paused());
                session.close(); // with the target stopped and the VM paused
            }
        } finally {
            session.close();
        }
        assertTrue(qemu.isAlive(), "closing an attached session never stops the VM");
        assertFalse(qemu.paused(), "closing the session resumed the VM it had paused");
    }
}
