package kdring.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.debugger.ModuleList;
import kdring.model.session.ChannelState;
import kdring.session.ChannelSession;
import kdring.session.Hypervisors;
import kdring.transport.vm.Hypervisor;
import kdring.transport.vm.VmConnection;

/**
 * A chaos soak against the reference guest on the ring: an injector disconnects debuggers mid-packet, writes
 * garbage and HTTP to the WinDbg port, attaches a debugger that never reads, tries a second debugger; all the
 * while the channel thread must keep passing (its heartbeat: ring passes). When the faults stop, a fresh
 * built-in debugger breaks in, lists the 150 modules and reads 1 MiB of the pattern region, verified.
 *
 * <p>Runs {@code kdring.soak.seconds} seconds of faults (default 45, about a minute in all); prints the
 * figures (faults injected, worst heartbeat gap).
 */
@Tag("vm")
class ChaosSoakVmTest {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final long PATTERN_VA = 0xFFFFF80100000000L;
    static final byte[] RESET = {0x69, 0x69, 0x69, 0x69, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, (byte) 0xAA};

    @TempDir
    Path work;

    @Test
    void theChannelSurvivesHostilePeersAndAFreshDebuggerStillWorks() throws Exception {
        long soakNanos = Duration.ofSeconds(Long.getLong("kdring.soak.seconds", 45)).toNanos();
        Hypervisor hypervisor = Hypervisors.demo();
        VmConnection vm = hypervisor.launchDemo(new Hypervisor.DemoRequest("soak", "ring", 2), work.resolve("vm"));
        try (ChannelSession session = ChannelSession.open(vm, new ChannelSession.Options(
                List.of(new ChannelSession.EndpointConfig.Tcp("127.0.0.1", 0)), work.resolve("recordings"),
                work.resolve("captures"), Duration.ofSeconds(2)))) {
            ChannelSessionVmTest.await("the ring channel open",
                    () -> session.status().state() == ChannelState.OPEN);
            int port = Integer.parseInt(session.windbgCommand().replaceAll(".*ipport=(\\d+),.*", "$1"));
            int threadsBefore = Thread.activeCount();

            AtomicBoolean soaking = new AtomicBoolean(true);
            AtomicLong worstGap = new AtomicLong();
            Thread heartbeat = new Thread(() -> {
                long lastPasses = session.stats().ringPasses();
                long lastChange = System.nanoTime();
                while (soaking.get()) {
                    long passes = session.stats().ringPasses();
                    long now = System.nanoTime();
                    if (passes != lastPasses) {
                        worstGap.accumulateAndGet(now - lastChange, Math::max);
                        lastPasses = passes;
                        lastChange = now;
                    } else {
                        worstGap.accumulateAndGet(now - lastChange, Math::max);
                    }
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "test-soak-heartbeat");
            heartbeat.setDaemon(true);
            heartbeat.start();

            Random random = new Random(13);
            int[] faults = new int[5];
            long end = System.nanoTime() + soakNanos;
            try {
                while (System.nanoTime() - end < 0) {
                    int kind = random.nextInt(faults.length);
                    faults[kind]++;
                    switch (kind) {
                        case 0 -> disconnectMidPacket(port, random);
                        case 1 -> garbage(port, random);
                        case 2 -> http(port);
                        case 3 -> slowReaderAndASecondDebugger(port, session);
                        default -> reconnectQuickly(port);
                    }
                    // as a debugger that reconnects would: the endpoint is free once the last one's departure was seen
                    ChannelSessionVmTest.await("the endpoint free again", () -> session.attachedDebugger() == null);
                }
            } finally {
                soaking.set(false);
                heartbeat.join(5000);
            }
            System.out.printf("soak: %.0f s of faults: %d mid-packet disconnects, %d garbage, %d HTTP, %d slow readers"
                    + " with a refused second debugger, %d quick reconnects; worst channel heartbeat gap %d ms%n",
                    soakNanos / 1e9, faults[0], faults[1], faults[2], faults[3], faults[4], worstGap.get() / 1_000_000);
            // the backstop is 100 ms; two shared cores and a TCG guest leave room for scheduling delays
            assertTrue(worstGap.get() < Duration.ofSeconds(2).toNanos(),
                    "the channel thread stalled for " + worstGap.get() / 1_000_000 + " ms");
            assertEquals(ChannelState.OPEN, session.status().state());

            long start = System.nanoTime();
            ChannelSessionVmTest.await("every injected debugger gone", () -> session.attachedDebugger() == null);
            session.debugger().breakIn(WAIT);
            ModuleList modules = session.debugger().listModules(WAIT);
            assertEquals(150, modules.modules().size());
            byte[] bytes = session.debugger().readVirtual(PATTERN_VA, 1 << 20, WAIT);
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] != ChannelSessionVmTest.pattern(i)) {
                    throw new AssertionError("pattern byte " + i + " differs after the soak");
                }
            }
            session.debugger().go(WAIT);
            System.out.printf("soak: break-in, 150 modules and 1 MiB verified in %d ms after the faults%n",
                    (System.nanoTime() - start) / 1_000_000);
            ChannelSessionVmTest.await("the injectors' threads ended",
                    () -> Thread.activeCount() <= threadsBefore + 4);
        }
    }

    private static SocketChannel connect(int port) throws IOException {
        return SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
    }

    /**
     * Writes what the endpoint takes; an endpoint that refused this connection (another injector's connection,
     * closed a moment ago, may still hold it) has closed it, and that is fine for an injector.
     */
    private static void write(SocketChannel socket, byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            while (buffer.hasRemaining()) {
                socket.write(buffer);
            }
        } catch (IOException e) {
            // refused and closed by the endpoint
        }
    }

    /** Reads until the endpoint closes the connection; fails after the deadline. */
    private static String readToEnd(SocketChannel socket, Duration timeout) throws IOException {
        socket.configureBlocking(false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Selector selector = Selector.open()) {
            socket.register(selector, SelectionKey.OP_READ);
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                long left = deadline - System.nanoTime();
                assertTrue(left > 0, "the endpoint did not close the connection");
                selector.select(Math.max(1, left / 1_000_000));
                selector.selectedKeys().clear();
                buffer.clear();
                int n;
                try {
                    n = socket.read(buffer);
                } catch (IOException e) {
                    break;
                }
                if (n < 0) {
                    break;
                }
                out.write(buffer.array(), 0, n);
            }
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** A debugger resets the line, starts a data packet and vanishes in the middle of it. */
    private static void disconnectMidPacket(int port, Random random) throws IOException {
        try (SocketChannel socket = connect(port)) {
            write(socket, RESET);
            byte[] half = {0x30, 0x30, 0x30, 0x30, 0x02, 0x00, 0x38, 0x00};
            write(socket, java.util.Arrays.copyOf(half, 5 + random.nextInt(3)));
        }
    }

    /** Bytes that are not KDCOM: closed with a reason, nothing reaches the guest. */
    private static void garbage(int port, Random random) throws IOException {
        try (SocketChannel socket = connect(port)) {
            byte[] bytes = new byte[1 + random.nextInt(200)];
            random.nextBytes(bytes);
            bytes[0] = (byte) (0x01 + random.nextInt(0x2F)); // never a leader or a break-in
            write(socket, bytes);
            String told = readToEnd(socket, Duration.ofSeconds(10));
            // target bytes may come first: the peer was the attached debugger until its first bytes were judged
            assertTrue(told.endsWith("\n") && told.contains("kdring: "), told);
        }
    }

    /** A browser's request to the WinDbg port. */
    private static void http(int port) throws IOException {
        try (SocketChannel socket = connect(port)) {
            write(socket, "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\nbb"
                    .getBytes(StandardCharsets.US_ASCII));
            String told = readToEnd(socket, Duration.ofSeconds(10));
            assertTrue(told.contains("HTTP/1.1 400") || told.contains("kdring: "), told);
        }
    }

    /** A debugger that never reads holds the endpoint; a second one is told it is in use. */
    private static void slowReaderAndASecondDebugger(int port, ChannelSession session) throws Exception {
        try (SocketChannel slow = attachedDebugger(port, session)) {
            String name = "tcp 127.0.0.1:" + ((InetSocketAddress) slow.getLocalAddress()).getPort();
            try (SocketChannel second = connect(port)) {
                String told = readToEnd(second, Duration.ofSeconds(10));
                assertTrue(told.contains("in use by " + name), told);
            }
        }
    }

    /**
     * Connects until the endpoint takes this connection as its debugger: a connection that an injector closed
     * a moment ago may still be accepted and hold the endpoint briefly, and then this one is refused.
     */
    private static SocketChannel attachedDebugger(int port, ChannelSession session) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            SocketChannel socket = connect(port);
            write(socket, RESET);
            String name = "tcp 127.0.0.1:" + ((InetSocketAddress) socket.getLocalAddress()).getPort();
            socket.configureBlocking(false);
            ByteBuffer refusal = ByteBuffer.allocate(512);
            while (!name.equals(session.attachedDebugger())) {
                assertTrue(System.nanoTime() - deadline < 0, "no debugger could attach");
                int n;
                try {
                    n = socket.read(refusal);
                } catch (IOException e) {
                    n = -1;
                }
                if (n != 0) {
                    break; // refused: told why, or closed
                }
                Thread.sleep(5);
            }
            if (name.equals(session.attachedDebugger())) {
                return socket;
            }
            socket.close();
        }
    }

    /** A debugger that connects, says RESET and leaves at once. */
    private static void reconnectQuickly(int port) throws IOException {
        try (SocketChannel socket = connect(port)) {
            write(socket, RESET);
        }
    }
}
