package kdring.transport.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A test's client of a debugger endpoint over a real socket; every read has a deadline. */
final class Peer implements AutoCloseable {

    final SocketChannel socket;
    private final Selector selector;

    private Peer(SocketChannel socket) throws IOException {
        this.socket = socket;
        socket.configureBlocking(false);
        this.selector = Selector.open();
        socket.register(selector, SelectionKey.OP_READ);
    }

    static Peer tcp(int port) throws IOException {
        return new Peer(SocketChannel.open(new InetSocketAddress("127.0.0.1", port)));
    }

    static Peer of(SocketChannel connected) throws IOException {
        return new Peer(connected);
    }

    void send(byte... bytes) throws IOException {
        socket.configureBlocking(false);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (buffer.hasRemaining()) {
            if (socket.write(buffer) == 0) {
                if (System.nanoTime() - deadline > 0) {
                    throw new IOException("the endpoint did not take the bytes within 10 s");
                }
                Thread.onSpinWait();
            }
        }
    }

    /** Reads until {@code count} bytes, end of stream or the deadline; @return what came */
    byte[] read(int count, Duration timeout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (out.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            selector.select(Math.max(1, left / 1_000_000));
            selector.selectedKeys().clear();
            buffer.clear();
            buffer.limit(Math.min(buffer.capacity(), count - out.size()));
            int n = socket.read(buffer);
            if (n < 0) {
                break;
            }
            out.write(buffer.array(), 0, n);
        }
        return out.toByteArray();
    }

    /** Reads everything until the endpoint closes the connection; fails when it does not within the timeout. */
    String readToEnd(Duration timeout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the endpoint did not close the connection; got: "
                        + out.toString(StandardCharsets.ISO_8859_1));
            }
            selector.select(Math.max(1, left / 1_000_000));
            selector.selectedKeys().clear();
            buffer.clear();
            int n;
            try {
                n = socket.read(buffer);
            } catch (IOException e) {
                break; // reset: closed as well
            }
            if (n < 0) {
                break;
            }
            out.write(buffer.array(), 0, n);
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        selector.close();
        socket.close();
    }
}
