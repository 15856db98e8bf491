package kdring.transport.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import kdring.transport.ChannelState;
import kdring.transport.VmChannel;
import kdring.transport.bridge.NamedPipeServer;
import kdring.transport.bridge.SocketDebuggerServer;
import kdring.transport.ring.DescriptorLayout;

/** The socket endpoints WinDbg (or socat) connects to, against the fake guest, over real sockets. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EndpointTest {

    static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path directory;

    /**
     * Reads {@code count} bytes, fewer when the peer closes; fails instead of hanging when they do not come
     * within {@link #WAIT}.
     */
    private static byte[] read(SocketChannel socket, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(count);
        long deadline = System.nanoTime() + WAIT.toNanos();
        socket.configureBlocking(false);
        try (Selector selector = Selector.open()) {
            socket.register(selector, SelectionKey.OP_READ);
            while (buffer.hasRemaining()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError("read " + buffer.position() + " of " + count + " bytes within "
                            + WAIT.toMillis() + " ms");
                }
                selector.select(left);
                selector.selectedKeys().clear();
                if (socket.read(buffer) < 0) {
                    break;
                }
            }
        }
        socket.configureBlocking(true); // the selector is closed, so the channel is deregistered
        return java.util.Arrays.copyOf(buffer.array(), buffer.position());
    }

    private void roundTrip(boolean tcp) throws Exception {
        try (FakeGuest guest = new FakeGuest(directory, tcp ? "tcp" : "unix");
                VmChannel channel = VmChannel.start(guest.config(tcp ? "tcp" : "unix"))) {
            guest.awaitHost(WAIT);
            guest.initialise(0);
            guest.hello();
            assertTrue(channel.awaitState(ChannelState.OPEN, WAIT));
            Path socketPath = directory.resolve("endpoint.sock");
            try (SocketDebuggerServer server = tcp ? SocketDebuggerServer.tcp(channel.hub(), "127.0.0.1", 0)
                    : SocketDebuggerServer.unix(channel.hub(), socketPath);
                    SocketChannel client = tcp ? SocketChannel.open(new InetSocketAddress("127.0.0.1", server.port()))
                            : SocketChannel.open(StandardProtocolFamily.UNIX)) {
                if (!tcp) {
                    client.connect(UnixDomainSocketAddress.of(socketPath));
                } else {
                    assertTrue(server.windbgCommandLine().startsWith("windbg -k com:ipport=" + server.port()
                            + ",port=127.0.0.1"), server.windbgCommandLine());
                }
                assertTrue(guest.awaitStatus(DescriptorLayout.HOST_ATTACHED | DescriptorLayout.DEBUGGER_ATTACHED,
                        WAIT));
                client.write(ByteBuffer.wrap(new byte[] {0x62}));
                assertArrayEquals(new byte[] {0x62}, guest.receive(1, WAIT));
                guest.send("target".getBytes());
                assertArrayEquals("target".getBytes(), read(client, 6));
            }
            assertTrue(guest.awaitStatus(DescriptorLayout.HOST_ATTACHED, WAIT), "cleared when the client leaves");
        }
    }

    @Test
    void tcpEndpointBridgesToTheRings() throws Exception {
        roundTrip(true);
    }

    @Test
    void unixSocketEndpointBridgesToTheRings() throws Exception {
        roundTrip(false);
    }

    @Test
    void namedPipesAreRefusedWithAClearMessageOffWindows() {
        if (NamedPipeServer.isSupported()) {
            return;
        }
        IOException e = assertThrows(IOException.class,
                () -> NamedPipeServer.open(new kdring.transport.bridge.DebuggerHub("x"), "kdring"));
        assertTrue(e.getMessage().contains("Windows"), e.getMessage());
    }
}
