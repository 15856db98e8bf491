package kdring.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.KdClient;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.kd.endpoint.StreamChannel;
import kdring.kd.packet.StateChange;
import kdring.kd.packet.VersionInfo;
import kdring.model.session.ChannelState;
import kdring.model.story.StoryEvent;
import kdring.session.Capture;
import kdring.session.ChannelSession;
import kdring.session.CrashDump;
import kdring.session.Hypervisors;
import kdring.transport.vm.VmConnection;

/**
 * A VM with stock kdcom: the reference guest on its UART, booted with nothing of kdring's (no handshake
 * device, QEMU's own unshared RAM), attached through the QEMU adapter by its serial socket alone. The channel
 * session gives it everything but the rings: the WinDbg endpoint, the decoded trace, captures and the built-in
 * debugger; a crash dump says it needs guest memory.
 */
@Tag("vm")
@Timeout(value = 4, unit = java.util.concurrent.TimeUnit.MINUTES)
class SerialOnlyVmTest {

    static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path work;

    @Test
    void aStockKdcomVmIsAWholeChannelThroughItsSerialPortAlone() throws Exception {
        try (QemuVm qemu = ReferenceGuest.launchSerialOnly("kdcom", work.resolve("vm"),
                Accelerator.detect().accelerator())) {
            // nothing of kdring's in the VM: no handshake device at 0x10, no shared RAM file
            assertNull(qemu.spec().channelSocket());
            assertNull(qemu.spec().memoryFile());
            String command = String.join(" ", qemu.spec().commandLine());
            assertFalse(command.contains("memory-backend"), command);
            assertFalse(command.contains("iobase=0x10,"), command);
            assertTrue(qemu.guestLog().contains(ReferenceGuest.READY + "uart"), qemu.guestLog());

            VmConnection vm = Hypervisors.find("qemu").attach("kdcom",
                    Map.of("serial-socket", qemu.spec().serialSocket().toString()));
            assertTrue(vm.memory().isEmpty(), "no guest memory");
            assertTrue(vm.portStream().isEmpty(), "no handshake port");
            try (ChannelSession session = ChannelSession.open(vm,
                    new ChannelSession.Options(0, work.resolve("recordings"), work.resolve("captures")))) {
                assertEquals("uart", session.status().transportName());
                assertTrue(session.windbgCommand().startsWith("windbg -k com:ipport="), session.windbgCommand());

                // the built-in debugger over the serial bridge, recorded in a capture
                Capture capture = session.startCapture();
                StateChange stop = session.debugger().breakIn(WAIT);
                assertEquals(StateChange.EXCEPTION, stop.newState());
                assertEquals(150, session.debugger().listModules(WAIT).modules().size());
                byte[] bytes = session.debugger().readVirtual(ReferenceGuest.PATTERN_VA, 4096, WAIT);
                assertEquals(-1, ReferenceGuest.firstPatternMismatch(bytes, 0), "the pattern, read over the UART");

                // a crash dump needs the RAM, which a serial-only VM does not give: said so, nothing written
                Path dump = work.resolve("kdcom.dmp");
                IOException noRam = assertThrows(IOException.class,
                        () -> session.writeCrashDump(dump, CrashDump.Kind.FULL, (done, total) -> true));
                assertTrue(noRam.getMessage().startsWith("a crash dump needs guest memory: kdcom is attached through"
                        + " its serial port only"), noRam.getMessage());
                assertFalse(Files.exists(dump));
                assertThrows(IOException.class,
                        () -> session.writeCrashDump(dump, CrashDump.Kind.FULL, (done, total) -> true, true));
                assertTrue(session.debugger().targetStopped(), "the refused dump left the target stopped");

                session.debugger().go(WAIT);
                Capture stopped = session.stopCapture();
                assertTrue(Files.size(stopped.file()) > 0);
                assertEquals(capture.file(), stopped.file());
                var stops = session.story().events(Set.of(StoryEvent.Kind.STOPPED), 0, 10);
                assertEquals(1, stops.events().size(), stops.toString());
                assertTrue(session.trace().count() > 150, "decoded packets: " + session.trace().count());
                assertEquals(ChannelState.WAITING, session.status().state(), "no ring ever opens");

                // WinDbg's endpoint: a real TCP client takes over once the built-in debugger lets go
                session.disconnectDebugger("the test hands over to an external debugger");
                String address = session.endpoints().get(0).address();
                int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
                    socket.setSoTimeout((int) WAIT.toMillis());
                    try (KdClient windbg = KdClient.over(new StreamChannel("windbg", socket.getInputStream(),
                            socket.getOutputStream()))) {
                        windbg.breakIn(WAIT);
                        VersionInfo version = windbg.debugger().getVersion();
                        assertEquals(VersionInfo.MACHINE_AMD64, version.machineType());
                        assertEquals(0xFFFFF80000100000L, version.kernBase(), "the reference guest's KernBase");
                        windbg.resume();
                    }
                }
            }
        }
    }
}
