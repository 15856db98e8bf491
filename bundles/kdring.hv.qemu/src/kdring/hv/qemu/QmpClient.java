package kdring.hv.qemu;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A QEMU Machine Protocol client on one unix socket, kept connected so that {@code stop} and {@code cont}
 * cost one line each way (a QMP socket serves one client at a time: every kdring command for the VM goes
 * through this one client). Each command has a deadline; a broken connection is opened again once.
 *
 * <p>Wire: QEMU greets with one {@code {"QMP": ...}} line; the client answers
 * {@code {"execute":"qmp_capabilities"}}; then each {@code {"execute":"NAME"}} line is answered by a line
 * holding {@code "return"} or {@code "error"}, with asynchronous {@code {"event": ...}} lines interleaved.
 *
 * <p>Thread-safe: commands are serialised.
 */
final class QmpClient implements AutoCloseable {

    /** How long one command may take, connecting included. */
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** A QMP line longer than this is not QEMU's. */
    private static final int MAX_LINE = 1 << 20;

    private final Path socket;
    private SocketChannel channel;
    private Selector selector;
    private final ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    private final StringBuilder line = new StringBuilder();
    private boolean closed;

    QmpClient(Path socket) {
        this.socket = socket;
    }

    /** @return the QMP socket */
    Path socket() {
        return socket;
    }

    /**
     * Runs {@code command} (no arguments) and returns its answer line.
     *
     * @throws IOException with QEMU's error, or saying that QEMU did not answer in time
     */
    synchronized String execute(String command) throws IOException {
        if (closed) {
            throw new IOException("QMP client for " + socket + " is closed");
        }
        try {
            return executeOnce(command);
        } catch (QmpError e) {
            throw e;
        } catch (IOException first) {
            disconnect();
            return executeOnce(command); // a stale connection (QEMU restarted its monitor): once more
        }
    }

    private String executeOnce(String command) throws IOException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        if (channel == null) {
            connect(deadline);
        }
        write("{\"execute\":\"" + command + "\"}\n", deadline);
        return readReturn(deadline);
    }

    /** @return whether {@code query-status} says the CPUs are not running */
    synchronized boolean paused() throws IOException {
        String answer = execute("query-status");
        return answer.replace(" ", "").contains("\"running\":false");
    }

    private void connect(long deadline) throws IOException {
        SocketChannel opened = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            opened.connect(UnixDomainSocketAddress.of(socket));
            opened.configureBlocking(false);
            selector = Selector.open();
            opened.register(selector, SelectionKey.OP_READ);
            channel = opened;
            in.clear().flip();
            line.setLength(0);
            String greeting = readLine(deadline);
            if (!greeting.contains("\"QMP\"")) {
                throw new IOException("not a QMP socket: " + socket + " said " + abbreviate(greeting));
            }
            write("{\"execute\":\"qmp_capabilities\"}\n", deadline);
            readReturn(deadline);
        } catch (IOException | RuntimeException e) {
            disconnect();
            opened.close();
            throw e;
        }
    }

    private void write(String text, long deadline) throws IOException {
        ByteBuffer out = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (out.hasRemaining()) {
            if (channel.write(out) == 0) {
                waitFor(SelectionKey.OP_WRITE, deadline);
            }
        }
    }

    private String readReturn(long deadline) throws IOException {
        while (true) {
            String answer = readLine(deadline);
            if (answer.contains("\"return\"")) {
                return answer;
            }
            if (answer.contains("\"error\"")) {
                throw new QmpError("QMP " + socket + ": " + abbreviate(answer));
            }
            // an event: skip it
        }
    }

    private String readLine(long deadline) throws IOException {
        while (true) {
            while (in.hasRemaining()) {
                char c = (char) (in.get() & 0xFF);
                if (c == '\n') {
                    String result = line.toString();
                    line.setLength(0);
                    return result;
                }
                if (line.length() >= MAX_LINE) {
                    throw new IOException("QMP " + socket + ": a line longer than " + MAX_LINE + " bytes");
                }
                line.append(c);
            }
            in.clear();
            int n = channel.read(in);
            in.flip();
            if (n < 0) {
                throw new IOException("QMP " + socket + " closed the connection");
            }
            if (n == 0) {
                waitFor(SelectionKey.OP_READ, deadline);
            }
        }
    }

    private void waitFor(int op, long deadline) throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new IOException("QMP " + socket + " did not answer within " + TIMEOUT.toSeconds()
                    + " s (is another client holding it?)");
        }
        SelectionKey key = channel.keyFor(selector);
        key.interestOps(op);
        selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        selector.selectedKeys().clear();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private void disconnect() {
        try {
            if (channel != null) {
                channel.close();
            }
            if (selector != null) {
                selector.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        channel = null;
        selector = null;
    }

    /** Closes the connection; further commands fail. */
    @Override
    public synchronized void close() {
        closed = true;
        disconnect();
    }

    /** QEMU refused a command (not a connection problem: not retried). */
    static final class QmpError extends IOException {
        private static final long serialVersionUID = 1L;

        QmpError(String message) {
            super(message);
        }
    }
}
