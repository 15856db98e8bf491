package kdring.session.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.QemuHypervisor;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.model.session.ChannelState;
import kdring.session.ChannelSession;
import kdring.transport.vm.VmConnection;

/**
 * A VM kdring only attached to is never left stopped: kdring's debugger breaks in, then the session closes
 * (as when the VM is detached, the service stops or the workbench closes), and the reference guest runs
 * again; its port-0xE9 log says "continued" and its heartbeat ticks go on.
 */
@Tag("vm")
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class NeverLeftStoppedVmTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path work;
    private QemuVm qemu;

    @AfterEach
    void stopTheVm() {
        if (qemu != null) {
            qemu.close();
        }
    }

    private ChannelSession attach(String name) throws Exception {
        Map<String, String> settings = new java.util.HashMap<>();
        settings.put(QemuHypervisor.MEMORY, qemu.spec().memoryFile().toString());
        settings.put(QemuHypervisor.PORT_SOCKET, qemu.spec().channelSocket().toString());
        if (qemu.spec().serialSocket() != null) {
            settings.put(QemuHypervisor.SERIAL_SOCKET, qemu.spec().serialSocket().toString());
        }
        VmConnection vm = new QemuHypervisor().attach(name, settings);
        return ChannelSession.open(vm, new ChannelSession.Options(-1, work.resolve("recordings-" + name),
                work.resolve("captures")));
    }

    private static int ticks(String log) {
        int count = 0;
        for (int at = log.indexOf("kdring-refvm: tick "); at >= 0; at = log.indexOf("kdring-refvm: tick ", at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void closingTheSessionContinuesATargetItsDebuggerStopped() throws Exception {
        qemu = ReferenceGuest.launch(ReferenceGuest.Options.of("never-stopped", "ring"), work.resolve("vm"),
                Accelerator.detect().accelerator());
        qemu.awaitLog(ReferenceGuest.RUNNING, WAIT);
        ChannelSession session = attach("never-stopped");
        try {
            ChannelSessionVmTest.await("the attached channel is open",
                    () -> session.status().state() == ChannelState.OPEN);
            session.debugger().breakIn(WAIT);
            assertTrue(session.debugger().targetStopped());
            qemu.awaitLog("kdring-refvm: break-in", WAIT);
            assertFalse(qemu.guestLog().contains("kdring-refvm: continued"), "nothing continued it yet");
            int before = ticks(qemu.guestLog()); // the guest's loop is in its debugger stub: no ticks now
            long closing = System.nanoTime();
            session.close(); // the VM is detached, not killed
            long closed = System.nanoTime();
            qemu.awaitLog("kdring-refvm: continued", Duration.ofSeconds(30));
            System.out.printf("NeverLeftStoppedVmTest: close() took %d ms; the guest logged 'continued' %d ms after"
                    + " close() began (%s)%n", (closed - closing) / 1_000_000, (System.nanoTime() - closing) / 1_000_000,
                    qemu.spec().accelerator());
            ChannelSessionVmTest.await("the heartbeat ticks again", () -> ticks(qemu.guestLog()) > before + 1);
            assertTrue(qemu.isAlive(), "an attached VM is never killed");
        } finally {
            session.close();
        }
        // and a new session finds it running: it breaks in again
        ChannelSession again = attach("never-stopped-again");
        try {
            ChannelSessionVmTest.await("the channel opens again", () -> again.status().state() == ChannelState.OPEN);
            again.debugger().breakIn(WAIT);
        } finally {
            again.close();
        }
        ChannelSessionVmTest.await("the second stop continued too", () -> qemu.guestLog().split(
                "kdring-refvm: continued", -1).length - 1 == 2);
    }
}
