package kdring.hv.qemu.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.qemu.KdClient;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.kd.debugger.ModuleList;
import kdring.kd.endpoint.StreamChannel;
import kdring.kd.observer.LoadedModule;
import kdring.kd.observer.KdEvent;
import kdring.kd.observer.KdObserver;
import kdring.kd.packet.StateChange;
import kdring.kd.packet.VersionInfo;
import kdring.transport.ChannelState;
import kdring.transport.VmChannel;
import kdring.transport.bridge.SocketDebuggerServer;

/**
 * The reference guest under real QEMU, driven by kdring.kd's debugger through the host bridge: over the
 * rings, over the UART, and over the TCP endpoint WinDbg would use.
 */
@Tag("vm")
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung VM fails the test instead of the build
class EndToEndVmTest {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

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

    /** What one debugging session saw, for comparing transports. */
    record Seen(VersionInfo version, List<String> modules, int patternBytes) {
    }

    static Seen session(KdClient session, KdObserver observer) throws Exception {
        StateChange stop = session.breakIn(TIMEOUT);
        assertEquals(0x80000003, stop.report() instanceof kdring.kd.packet.ExceptionReport e ? e.code() : 0);
        VersionInfo version = session.debugger().getVersion();
        assertEquals(0xFFFFF80000100000L, version.kernBase());
        ModuleList modules = session.debugger().listModules();
        assertTrue(modules.complete(), () -> modules.problem().orElse(""));
        assertEquals(150, modules.modules().size());
        assertEquals("ntoskrnl.exe", modules.modules().get(0).name());
        for (int i = 1; i < modules.modules().size(); i++) {
            assertEquals(0xFFFFF88000000000L + (i - 1) * 0x100000L, modules.modules().get(i).base());
        }
        byte[] bytes = session.debugger().readVirtual(ReferenceGuest.PATTERN_VA, 1 << 20);
        assertEquals(-1, ReferenceGuest.firstPatternMismatch(bytes, 0), "1 MiB of the pattern verified");
        session.resume();
        if (observer != null) {
            KdObserver.Recorder recorder = new KdObserver.Recorder();
            observer.addListener(recorder);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (recorder.events().stream().noneMatch(ev -> ev instanceof KdEvent.DebugPrint p
                    && p.text().contains("DbgPrint tick"))) {
                assertTrue(System.nanoTime() < deadline, "a DbgPrint observed after continuing");
                Thread.sleep(20);
            }
        }
        return new Seen(version, modules.modules().stream().map(LoadedModule::path).toList(), bytes.length);
    }

    @Test
    void ringPathEndToEnd() throws Exception {
        QemuVm.AttachedVm vm = fixture.ring("ring");
        VmChannel channel = vm.channel();
        KdObserver observer = VmFixture.observe(channel);
        try (KdClient session = KdClient.builtIn(channel)) {
            session(session, observer);
        }
        assertEquals(ChannelState.OPEN, channel.lifecycle().state());
        assertTrue(channel.stats().targetBytes() > 1 << 20);
        assertEquals(0, channel.stats().faults());
    }

    @Test
    void uartPathEndToEnd() throws Exception {
        QemuVm qemu = fixture.boot(ReferenceGuest.Options.of("uart", "uart"));
        QemuVm.AttachedVm vm = fixture.attach(qemu);
        assertTrue(qemu.guestLog().contains("ready transport=uart"));
        KdObserver observer = VmFixture.observe(vm.channel());
        try (KdClient session = KdClient.builtIn(vm.channel())) {
            session(session, observer);
        }
        assertEquals(ChannelState.WAITING, vm.channel().lifecycle().state());
    }

    @Test
    void aDebuggerAttachedDuringBootSeesEveryLoadSymbolsAndStillBreaksIn() throws Exception {
        QemuVm qemu = fixture.add(QemuVm.launch(ReferenceGuest.spec(ReferenceGuest.Options.of("boot", "uart"),
                ReferenceGuest.kernel(ReferenceGuest.projectRoot()), work, VmFixture.ACCEL.accelerator()), work));
        QemuVm.AttachedVm vm = fixture.attach(qemu);
        KdObserver observer = VmFixture.observe(vm.channel());
        qemu.awaitLog(ReferenceGuest.READY, TIMEOUT);
        try (KdClient session = KdClient.builtIn(vm.channel())) {
            session.breakIn(TIMEOUT);
            session.resume();
        }
        List<LoadedModule> loaded = observer.modules();
        assertEquals(150, loaded.size(), "LoadSymbols of every module observed on the side");
        assertTrue(loaded.stream().allMatch(m -> m.source() == LoadedModule.Source.LOAD_SYMBOLS));
        assertTrue(qemu.guestLog().contains("LoadSymbols done (150 of 150"), qemu.guestLog());
    }

    @Test
    void tcpEndpointDrivenByAnExternalDebuggerGivesTheSameResults() throws Exception {
        QemuVm.AttachedVm vm = fixture.ring("tcp");
        SocketDebuggerServer server = fixture.add(SocketDebuggerServer.tcp(vm.channel().hub(), "127.0.0.1", 0));
        Seen builtIn;
        try (KdClient session = KdClient.builtIn(vm.channel())) {
            builtIn = session(session, null);
        }
        ExecutorService windbg = Executors.newSingleThreadExecutor(r -> new Thread(r, "external-debugger"));
        try {
            Future<Seen> external = windbg.submit(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
                    socket.setTcpNoDelay(true);
                    try (KdClient session = KdClient.over(new StreamChannel("windbg", socket.getInputStream(),
                            socket.getOutputStream()))) {
                        return session(session, null);
                    }
                }
            });
            Seen seen = external.get(120, TimeUnit.SECONDS);
            assertEquals(builtIn, seen);
        } finally {
            windbg.shutdownNow();
        }
    }
}
