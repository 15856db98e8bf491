package kdring.transport.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.transport.ChannelState;
import kdring.transport.ChannelStats;
import kdring.transport.VmChannel;
import kdring.transport.bridge.DebuggerEvent;
import kdring.transport.bridge.LocalDebuggerChannel;
import kdring.transport.bridge.SocketDebuggerServer;
import kdring.transport.ring.DescriptorLayout;

/**
 * The channel thread is never held: not by a debugger that stops reading, not by a guest that keeps tx full,
 * not by a VM serial port nobody reads. Real sockets, real channel, the {@link FakeGuest}.
 */
class ChannelNeverStuckTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path directory;
    final List<AutoCloseable> cleanup = new ArrayList<>();
    final List<DebuggerEvent> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            cleanup.get(i).close();
        }
    }

    private FakeGuest guest(String name) throws Exception {
        FakeGuest guest = new FakeGuest(directory, name);
        cleanup.add(guest);
        return guest;
    }

    private VmChannel open(FakeGuest guest, String name, boolean hello) throws Exception {
        VmChannel channel = VmChannel.start(guest.config(name));
        cleanup.add(channel);
        channel.hub().addListener(events::add);
        guest.awaitHost(WAIT);
        if (hello) {
            guest.initialise(0);
            guest.hello();
            assertTrue(channel.awaitState(ChannelState.OPEN, WAIT));
        }
        return channel;
    }

    /** A debugger that breaks in and then reads nothing; the guest fills it until its tx ring stays full. */
    private Peer stalledDebugger(FakeGuest guest, VmChannel channel) throws Exception {
        SocketDebuggerServer server = SocketDebuggerServer.tcp(channel.hub(), "127.0.0.1", 0);
        cleanup.add(server);
        Peer peer = Peer.tcp(server.port());
        cleanup.add(peer);
        Await.until("attached", WAIT, () -> channel.hub().debuggerAttached());
        peer.send((byte) 0x62);
        assertArrayEquals(new byte[] {0x62}, guest.receive(1, WAIT));
        byte[] chunk = new byte[32 * 1024];
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int idle = 0;
        // tx stays full once the endpoint's queue and the socket buffers are: the host took nothing for 200 passes
        // (or the hub already let the debugger go for reading nothing: a loaded machine may take longer than a
        // short stall timeout over those passes, and then the host drops target bytes as on an unplugged line)
        while (idle < 200 && channel.hub().debuggerAttached()) {
            assertTrue(System.nanoTime() - deadline < 0, "the host kept taking bytes from a debugger that reads none");
            if (guest.send(chunk) == 0) {
                idle++;
                Thread.sleep(1);
            } else {
                idle = 0;
            }
        }
        return peer;
    }

    @Test
    void aDebuggerThatStopsReadingDoesNotFreezeTheChannel() throws Exception {
        FakeGuest guest = guest("frozen");
        VmChannel channel = open(guest, "frozen", true);
        channel.hub().setStallTimeout(Duration.ofMinutes(5));
        stalledDebugger(guest, channel);
        assertTrue(channel.hub().debuggerAttached(), "still attached: it has minutes to read");
        guest.goodbye();
        assertTrue(channel.awaitState(ChannelState.WAITING, WAIT), "the goodbye was served while the debugger stalls");
        guest.initialise(0x40);
        guest.hello();
        assertTrue(channel.awaitState(ChannelState.OPEN, WAIT), "and the next hello");
    }

    @Test
    void aDebuggerWhoseQueueStaysFullIsDisconnectedWithAReason() throws Exception {
        FakeGuest guest = guest("slow");
        VmChannel channel = open(guest, "slow", true);
        channel.hub().setStallTimeout(Duration.ofSeconds(1));
        Peer peer = stalledDebugger(guest, channel);
        Await.until("the slow debugger disconnected with a reason", WAIT, () -> events.stream()
                .anyMatch(e -> e.kind() == DebuggerEvent.Kind.SLOW && e.detail().contains("read nothing")));
        assertTrue(!channel.hub().debuggerAttached());
        assertTrue(guest.awaitStatus(DescriptorLayout.HOST_ATTACHED, WAIT), "DEBUGGER_ATTACHED cleared");
        Await.until("tx drained again (nobody attached: dropped as on an unplugged line)", WAIT, () -> {
            try {
                return guest.send(new byte[1000]) > 0;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        peer.readToEnd(Duration.ofSeconds(30)); // what was queued for it, then the end of the connection
    }

    @Test
    void aGuestThatKeepsTxFullCannotHoldTheChannelThread() throws Exception {
        FakeGuest guest = guest("flood");
        VmChannel channel = open(guest, "flood", true);
        LocalDebuggerChannel debugger = LocalDebuggerChannel.attach(channel.hub(), "reader", false);
        cleanup.add(debugger::close);
        AtomicBoolean flooding = new AtomicBoolean(true);
        // a hostile guest: the tx producer always a full ring ahead of whatever the host consumed
        Thread flood = new Thread(() -> {
            try {
                while (flooding.get()) {
                    int consumer = guest.getInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_CONSUMER);
                    guest.putInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_PRODUCER,
                            consumer + FakeGuest.RING);
                }
            } catch (Exception e) {
                // the memory went away with the test
            }
        }, "test-tx-flood");
        flood.setDaemon(true);
        cleanup.add(() -> {
            flooding.set(false);
            flood.join(5000);
        });
        guest.port((byte) 0x6B);
        flood.start();
        Await.until("the flood moving", WAIT, () -> channel.stats().targetBytes() > 4 * FakeGuest.RING);
        guest.goodbye();
        assertTrue(channel.awaitState(ChannelState.WAITING, WAIT), "the goodbye was served during the flood: "
                + channel.lifecycle());
        flooding.set(false);
        flood.join(5000);
        guest.initialise(0x80);
        guest.hello();
        assertTrue(channel.awaitState(ChannelState.OPEN, WAIT));
        flooding.set(true);
        Thread again = new Thread(() -> {
            try {
                while (flooding.get()) {
                    int consumer = guest.getInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_CONSUMER);
                    guest.putInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_PRODUCER,
                            consumer + FakeGuest.RING);
                }
            } catch (Exception e) {
                // the memory went away with the test
            }
        }, "test-tx-flood-2");
        again.setDaemon(true);
        cleanup.add(() -> {
            flooding.set(false);
            again.join(5000);
        });
        again.start();
        long before = channel.stats().targetBytes();
        Await.until("the flood moving again", WAIT, () -> channel.stats().targetBytes() > before + 4 * FakeGuest.RING);
        channel.close();
        channel.ownerThread().join(WAIT.toMillis());
        assertTrue(!channel.ownerThread().isAlive(), "close() ended the channel thread during the flood");
    }

    @Test
    void aGuestThatStormsWithNoDebuggerAttachedIsLoggedOnceWithFigures() throws Exception {
        List<java.util.logging.LogRecord> records = new CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record.getMessage() != null && record.getMessage().contains("channel storm: guest storm")) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("kdring.transport");
        log.addHandler(handler);
        cleanup.add(() -> log.removeHandler(handler));
        FakeGuest guest = guest("storm");
        VmChannel channel = open(guest, "storm", true);
        AtomicBoolean storming = new AtomicBoolean(true);
        Thread resender = new Thread(() -> {
            byte[] packet = new byte[4096];
            try {
                while (storming.get()) {
                    if (guest.send(packet) == 0) {
                        Thread.sleep(1);
                    }
                }
            } catch (Exception e) {
                // the guest went away with the test
            }
        }, "test-resender");
        resender.setDaemon(true);
        cleanup.add(() -> {
            storming.set(false);
            resender.join(5000);
        });
        resender.start();
        Await.until("the storm logged", Duration.ofSeconds(20), () -> records.stream()
                .anyMatch(r -> r.getMessage().contains("guest storm: the target has sent more than 10 KB/s")));
        assertTrue(channel.stats().targetBytesUnheard() > 5 * 10_000, channel.stats().toString());
        storming.set(false);
        resender.join(5000);
        Await.until("the storm's end logged", WAIT, () -> records.stream()
                .anyMatch(r -> r.getMessage().contains("guest storm over after about")));
        assertEquals(2, records.size(), "one line when it began, one when it ended: " + records.size());
    }

    @Test
    void aSerialPortNobodyReadsBuffersBoundedlyCountsDropsAndNeverSpins() throws Exception {
        FakeGuest guest = guest("uart");
        VmChannel channel = open(guest, "uart", false);
        LocalDebuggerChannel debugger = LocalDebuggerChannel.attach(channel.hub(), "writer", false);
        cleanup.add(debugger::close);
        int total = 4 << 20;
        byte[] chunk = new byte[64 * 1024];
        for (int sent = 0; sent < total; sent += chunk.length) {
            debugger.write(chunk);
        }
        Await.until("every debugger byte taken", WAIT, () -> channel.stats().debuggerBytes() == total);
        ChannelStats stats = channel.stats();
        assertTrue(stats.serialDropped() > 0 && stats.serialDropped() < total, stats.toString());
        long cpuBefore = ManagementFactory.getThreadMXBean().getThreadCpuTime(channel.ownerThread().threadId());
        long start = System.nanoTime();
        Await.until("a second passed", WAIT, () -> System.nanoTime() - start > 1_000_000_000L);
        long cpu = ManagementFactory.getThreadMXBean().getThreadCpuTime(channel.ownerThread().threadId()) - cpuBefore;
        assertTrue(cpu < 100_000_000L, "the channel sleeps while the UART is full (used " + cpu / 1_000_000
                + " ms of CPU in 1 s)");
        // the sentinel: once the VM reads its UART again, the buffered bytes come, then new ones
        byte[] drained = guest.readSerial(total, Duration.ofSeconds(2));
        assertTrue(drained.length > 0 && drained.length <= total - stats.serialDropped(),
                drained.length + " bytes drained");
        debugger.write(new byte[] {0x62});
        byte[] next = guest.readSerial(1, WAIT);
        assertArrayEquals(new byte[] {0x62}, next);
        assertEquals(stats.serialDropped(), channel.stats().serialDropped());
    }
}
