package kdring.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.debugger.ModuleList;
import kdring.kd.endpoint.KdException;
import kdring.kd.observer.KdEvent;
import kdring.kd.packet.StateChange;
import kdring.model.persist.SessionStore;
import kdring.model.recorder.RecorderListener;
import kdring.model.recorder.ChannelRecorder;
import kdring.model.session.Channel;
import kdring.model.session.ChannelState;
import kdring.model.session.SessionFactory;
import kdring.model.story.StoryEvent;
import kdring.session.Capture;
import kdring.session.ChannelSession;
import kdring.session.Hypervisors;
import kdring.transport.vm.Hypervisor;
import kdring.transport.vm.VmConnection;

/**
 * The channel session against the real reference guest under QEMU, found through the hypervisor seam
 * (the QEMU adapter's Declarative Services component), not by importing it.
 */
@Tag("vm")
class ChannelSessionVmTest {

    static final Duration WAIT = Duration.ofSeconds(90);
    /** Virtual address of the reference guest's pattern region (docs/channel-protocol.md §9). */
    static final long PATTERN_VA = 0xFFFFF80100000000L;

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

    /**
     * Boots the demo VM {@code name} on the ring (its files under {@code work}) and opens its channel session;
     * @return the session once its ring channel is open (the caller closes it)
     */
    static ChannelSession openRing(String name, Path work) throws Exception {
        VmConnection vm = Hypervisors.demo().launchDemo(new Hypervisor.DemoRequest(name, "ring", 2),
                work.resolve("vm"));
        ChannelSession session = ChannelSession.open(vm,
                new ChannelSession.Options(0, work.resolve("recordings"), work.resolve("captures")));
        try {
            await("the ring channel is open", () -> session.status().state() == ChannelState.OPEN
                    && "ring".equals(session.status().transportName()));
        } catch (Throwable e) {
            session.close();
            throw e;
        }
        return session;
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
            Thread.sleep(20);
        }
    }

    static byte pattern(long i) {
        return (byte) (((int) i * 0x9E3779B1) >>> 24);
    }

    @Test
    void theQemuAdapterIsFoundThroughTheSeam() throws Exception {
        Hypervisor qemu = Hypervisors.find("qemu");
        assertTrue(qemu.launchesDemo());
        assertTrue(qemu.configSnippets("win10", 4096, java.util.Map.of()).values().stream().anyMatch(s -> s.contains("isa-debugcon")));
        var missing = assertThrows(java.io.IOException.class, () -> Hypervisors.find("bhyve"));
        assertTrue(missing.getMessage().contains("installed: qemu"), missing.getMessage());
        var noRam = assertThrows(java.io.IOException.class,
                () -> qemu.attach("x", java.util.Map.of("memory", work.resolve("nothing").toString())));
        assertTrue(noRam.getMessage().contains("no guest RAM file"), noRam.getMessage());
    }

    @Test
    void oneSessionBridgesRecordsCapturesAndDebugs() throws Exception {
        ChannelSession session = demo("core", "ring");
        await("the channel is open on the ring, as live state", () -> session.status().state() == ChannelState.OPEN
                && "ring".equals(session.status().transportName()));
        assertTrue(session.windbgCommand().startsWith("windbg -k com:ipport="), session.windbgCommand());

        Capture first = session.startCapture();
        assertTrue(first.active());
        StateChange stop = session.debugger().breakIn(WAIT);
        assertTrue(session.debugger().targetStopped());
        assertEquals(StateChange.EXCEPTION, stop.newState());
        ModuleList modules = session.debugger().listModules(WAIT);
        assertEquals(150, modules.modules().size());
        assertEquals(150, session.story().modules().size(), "the walk is the story's module table");
        byte[] bytes = session.debugger().readVirtual(PATTERN_VA, 64 * 1024, WAIT);
        for (int i = 0; i < bytes.length; i++) {
            assertEquals(pattern(i), bytes[i], "pattern byte " + i);
        }
        Capture stopped = session.stopCapture();
        assertFalse(stopped.active());
        assertTrue(Files.isRegularFile(SessionStore.metadataFor(stopped.file())), "metadata beside the capture");
        Capture second = session.startCapture();
        assertFalse(second.file().equals(first.file()), "a new file");
        session.debugger().go(WAIT);
        assertFalse(session.debugger().targetStopped());
        KdException running = assertThrows(KdException.class, () -> session.debugger().readVirtual(PATTERN_VA, 16, WAIT));
        assertTrue(running.getMessage().contains("break in first"), running.getMessage());
        await("a DbgPrint after go reaches the story", () -> session.story().subscribe(new kdring.model.story.StoryListener() {
        }).prints().contains("DbgPrint tick"));
        session.stopCapture();

        // the first capture holds the stop, the second the resume: nothing lost or repeated between them
        assertTrue(events(first.file()).stream().anyMatch(e -> e instanceof KdEvent.Stopped));
        assertFalse(events(first.file()).stream().anyMatch(e -> e instanceof KdEvent.Resumed));
        assertTrue(events(second.file()).stream().anyMatch(e -> e instanceof KdEvent.Resumed));
        assertFalse(events(second.file()).stream().anyMatch(e -> e instanceof KdEvent.Stopped));

        // one story: a break-in, a stop, a resume; every packet is in the trace, decoded once
        var page = session.story().events(java.util.Set.of(StoryEvent.Kind.STOPPED), 0, 100);
        assertEquals(1, page.events().size(), page.toString());
        assertTrue(session.trace().count() > 1000, "packets in the trace: " + session.trace().count());
        assertTrue(session.stats().targetPackets() > 150, "the session's decoder counts the packets");
    }

    private static List<KdEvent> events(Path capture) throws Exception {
        List<KdEvent> seen = new ArrayList<>();
        Channel channel = SessionFactory.eINSTANCE.createChannel();
        try (ChannelRecorder replay = ChannelRecorder.replay(channel, capture, 100, new RecorderListener() {
            @Override
            public void onEvent(KdEvent event) {
                seen.add(event);
            }
        })) {
            assertTrue(replay.damage().isEmpty(), "undamaged: " + replay.damage());
        }
        return seen;
    }

    @Test
    void debuggerEndpointsAreConfiguredAndTheirEventsAreInTheStory() throws Exception {
        Hypervisor hypervisor = Hypervisors.demo();
        VmConnection vm = hypervisor.launchDemo(new Hypervisor.DemoRequest("endpoints", "ring", 2), work.resolve("vm"));
        Path unix = work.resolve("endpoints.kd");
        ChannelSession session = ChannelSession.open(vm, new ChannelSession.Options(
                List.of(new ChannelSession.EndpointConfig.Tcp("127.0.0.1", 0), new ChannelSession.EndpointConfig.Unix(unix)),
                work.resolve("recordings"), work.resolve("captures"), Duration.ofSeconds(5)));
        opened.add(session);
        assertEquals(List.of("tcp", "unix"), session.endpoints().stream().map(ChannelSession.Endpoint::kind).toList());
        assertTrue(Files.exists(unix));
        int port = Integer.parseInt(session.windbgCommand().replaceAll(".*ipport=(\\d+),.*", "$1"));

        try (java.nio.channels.SocketChannel first = java.nio.channels.SocketChannel.open(
                new java.net.InetSocketAddress("127.0.0.1", port))) {
            await("the first debugger attached", () -> session.attachedDebugger() != null);
            String firstName = session.attachedDebugger();
            try (java.nio.channels.SocketChannel second = java.nio.channels.SocketChannel.open(
                    new java.net.InetSocketAddress("127.0.0.1", port))) {
                await("the second one refused, in the story", () -> storyHas(session, "debugger refused"));
            }
            assertEquals(firstName, session.attachedDebugger(), "the first keeps the endpoint");
            assertEquals(firstName, session.replaceDebugger());
            try (java.nio.channels.SocketChannel third = java.nio.channels.SocketChannel.open(
                    new java.net.InetSocketAddress("127.0.0.1", port))) {
                await("the third replaced the first, in the story", () -> storyHas(session, "replaced by"));
                assertFalse(firstName.equals(session.attachedDebugger()));
                session.disconnectDebugger("the test is done with it");
                await("its disconnect in the story", () -> storyHas(session, "the test is done with it"));
            }
        }
        assertTrue(storyHas(session, "debugger connected: tcp 127.0.0.1:"));
    }

    private static boolean storyHas(ChannelSession session, String words) {
        return session.story().events(java.util.Set.of(StoryEvent.Kind.CHANNEL), 0, 1000).events().stream()
                .anyMatch(e -> e.detail().contains(words));
    }

    @Test
    void closingTheSessionStopsTheVmItLaunched() throws Exception {
        ChannelSession session = demo("closing", "uart");
        VmConnection vm = session.vm();
        assertTrue(vm.isAlive());
        await("the serial channel's status is live", () -> "uart".equals(session.status().transportName()));
        session.close();
        assertFalse(vm.isAlive(), "QEMU stopped with the session");
        assertTrue(session.isClosed());
    }
}
