package kdring.hv.qemu.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.qemu.KdClient;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.QemuVmSpec;
import kdring.hv.qemu.ReferenceGuest;
import kdring.kd.endpoint.StreamChannel;
import kdring.transport.ChannelState;
import kdring.transport.VmChannel;
import kdring.transport.bridge.SocketDebuggerServer;

/** Resets are normal: reboot, debugger reconnect, QEMU killed, and a guest without any host. */
@Tag("vm")
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung VM fails the test instead of the build
class RecoveryVmTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path work;
    VmFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new VmFixture(work);
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
    }

    private static void versionRoundTrip(KdClient session) throws Exception {
        session.breakIn(WAIT);
        assertEquals(0xFFFFF80000100000L, session.debugger().getVersion().kernBase());
        session.resume();
    }

    private static void awaitCount(QemuVm qemu, String line, int count) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (qemu.guestLog().split(java.util.regex.Pattern.quote(line), -1).length - 1 < count) {
            assertTrue(System.nanoTime() < deadline, "guest log:\n" + qemu.guestLog());
            Thread.sleep(50);
        }
    }

    @Test
    void guestRebootBringsANewHandshakeAndTheSessionContinues() throws Exception {
        QemuVm qemu = fixture.boot(ReferenceGuest.Options.of("reboot", "ring"));
        QemuVm.AttachedVm vm = fixture.attach(qemu);
        VmChannel channel = vm.channel();
        assertTrue(channel.awaitState(ChannelState.OPEN, WAIT));
        String before = channel.lifecycle().reason();
        try (KdClient session = KdClient.builtIn(channel)) {
            versionRoundTrip(session);
        }
        qemu.reset();
        awaitCount(qemu, ReferenceGuest.RUNNING, 2);
        assertTrue(channel.awaitState(ChannelState.OPEN, WAIT));
        assertTrue(channel.stats().resets() >= 1, channel.stats().toString());
        assertFalse(before.equals(channel.lifecycle().reason()), "a new nonce after the reboot");
        try (KdClient session = KdClient.builtIn(channel)) {
            versionRoundTrip(session);
        }
    }

    @Test
    void debuggerDisconnectsAndReconnects() throws Exception {
        QemuVm.AttachedVm vm = fixture.ring("reconnect");
        VmChannel channel = vm.channel();
        SocketDebuggerServer server = fixture.add(SocketDebuggerServer.tcp(channel.hub(), "127.0.0.1", 0));
        for (int round = 0; round < 2; round++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
                KdClient session = KdClient.over(new StreamChannel("windbg-" + round, socket.getInputStream(),
                        socket.getOutputStream()));
                session.breakIn(WAIT);
                session.debugger().getVersion();
                if (round == 1) {
                    session.resume();
                }
                // round 0 leaves the guest broken in and just goes away, as a crashed WinDbg would
            }
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (channel.hub().debuggerAttached()) {
                assertTrue(System.nanoTime() < deadline, "DEBUGGER_ATTACHED cleared after the disconnect");
                Thread.sleep(10);
            }
        }
        assertEquals(ChannelState.OPEN, channel.lifecycle().state());
        assertEquals(0, channel.stats().faults());
    }

    @Test
    void qemuKilledClosesTheChannelCleanlyAndKeepsWhatWasSeen() throws Exception {
        QemuVm qemu = fixture.boot(ReferenceGuest.Options.of("killed", "ring"));
        QemuVm.AttachedVm vm = fixture.attach(qemu);
        VmChannel channel = vm.channel();
        kdring.kd.observer.KdObserver observer = VmFixture.observe(channel);
        assertTrue(channel.awaitState(ChannelState.OPEN, WAIT));
        try (KdClient session = KdClient.builtIn(channel)) {
            session.breakIn(WAIT);
            observer.onModuleWalk(session.debugger().listModules().modules(), System.nanoTime());
            qemu.kill();
        }
        assertTrue(channel.awaitState(ChannelState.WAITING, WAIT));
        assertTrue(channel.lifecycle().reason().contains("port chardev closed"), channel.lifecycle().reason());
        assertEquals(150, observer.modules().size(), "the module table seen stays");
        assertTrue(channel.stats().targetPackets() > 150);
        assertTrue(channel.ownerThread().isAlive());
    }

    @Test
    void aGuestWithoutAnyHostKeepsRunning() throws Exception {
        QemuVmSpec full = ReferenceGuest.spec(ReferenceGuest.Options.of("nohost", "auto"),
                ReferenceGuest.kernel(ReferenceGuest.projectRoot()), work, VmFixture.ACCEL.accelerator());
        QemuVmSpec noDevice = new QemuVmSpec(full.name(), full.qemuBinary(), full.kernel(), full.kernelCommandLine(),
                full.memoryMiB(), full.memoryFile(), null, full.channelPort(), full.readback(), full.serialSocket(),
                full.logFile(), full.accelerator());
        QemuVm qemu = fixture.add(QemuVm.launch(noDevice, work));
        qemu.awaitLog("kdring-refvm: tick 3 ", WAIT);
        assertTrue(qemu.guestLog().contains("ready transport=uart"), qemu.guestLog());
        assertTrue(qemu.isAlive());
    }
}
