package kdring.transport.bridge;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A debugger endpoint on a socket: TCP (WinDbg: {@code windbg -k com:ipport=PORT,port=127.0.0.1}) or a
 * unix-domain socket. Each accepted connection becomes the VM's attached debugger (replacing the previous
 * one, so a WinDbg that reconnects simply takes over); its bytes go to the {@link DebuggerHub}.
 *
 * <p>Threads: one acceptor named {@code kdring-endpoint-<vm>} and one reader per connection named
 * {@code kdring-debugger-<vm>-<n>}. Target bytes are written by the channel's owner thread. {@link #close}
 * may be called from any thread.
 */
public final class SocketDebuggerServer implements AutoCloseable {

    private final DebuggerHub hub;
    private final ServerSocketChannel server;
    private final SocketAddress address;
    private final Path unixPath;
    private final Thread acceptor;
    private volatile boolean closed;
    private int accepted;

    private SocketDebuggerServer(DebuggerHub hub, ServerSocketChannel server, Path unixPath) throws IOException {
        this.hub = Objects.requireNonNull(hub);
        this.server = server;
        this.unixPath = unixPath;
        this.address = server.getLocalAddress();
        this.acceptor = new Thread(this::acceptLoop, "kdring-endpoint-" + hub.name());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Listens on TCP {@code host:port} (port 0 picks a free one; host 127.0.0.1 unless you mean otherwise). */
    public static SocketDebuggerServer tcp(DebuggerHub hub, String host, int port) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.INET);
        server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        server.bind(new InetSocketAddress(host, port));
        return new SocketDebuggerServer(hub, server, null);
    }

    /** Listens on the unix-domain socket {@code path} (a stale socket file is replaced). */
    public static SocketDebuggerServer unix(DebuggerHub hub, Path path) throws IOException {
        Files.deleteIfExists(path);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        return new SocketDebuggerServer(hub, server, path);
    }

    /** @return the TCP port listened on, or -1 for a unix socket */
    public int port() {
        return address instanceof InetSocketAddress inet ? inet.getPort() : -1;
    }

    /** @return the address listened on */
    public SocketAddress address() {
        return address;
    }

    /** @return the WinDbg command line that reaches this endpoint, when it is a TCP one */
    public String windbgCommandLine() {
        if (address instanceof InetSocketAddress inet) {
            return "windbg -k com:ipport=" + inet.getPort() + ",port=" + inet.getHostString();
        }
        return "socat - UNIX-CONNECT:" + unixPath;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                SocketChannel socket = server.accept();
                if (address instanceof InetSocketAddress) {
                    socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
                }
                Connection connection = new Connection(socket, describe(socket), ++accepted);
                if (hub.attach(connection)) {
                    connection.start();
                } else {
                    connection.close();
                }
            } catch (IOException e) {
                if (!closed) {
                    System.getLogger("kdring.transport").log(System.Logger.Level.WARNING,
                            "endpoint " + address + " of " + hub.name() + ": accept failed: " + e.getMessage());
                }
                return;
            }
        }
    }

    private static String describe(SocketChannel socket) {
        try {
            SocketAddress remote = socket.getRemoteAddress();
            return remote instanceof InetSocketAddress inet ? "tcp " + inet.getHostString() + ":" + inet.getPort()
                    : "unix socket client";
        } catch (IOException e) {
            return "socket client";
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        if (unixPath != null) {
            try {
                Files.deleteIfExists(unixPath);
            } catch (IOException e) {
                // best effort
            }
        }
    }

    /** One accepted debugger. */
    private final class Connection implements DebuggerConnection {
        private final SocketChannel socket;
        private final String description;
        private final Thread reader;

        Connection(SocketChannel socket, String description, int number) {
            this.socket = socket;
            this.description = description;
            this.reader = new Thread(this::readLoop, "kdring-debugger-" + hub.name() + "-" + number);
            reader.setDaemon(true);
        }

        void start() {
            reader.start();
        }

        private void readLoop() {
            byte[] bytes = new byte[16384];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            try {
                while (true) {
                    buffer.clear();
                    int n = socket.read(buffer);
                    if (n < 0 || !hub.offer(this, bytes, 0, n)) {
                        break;
                    }
                }
            } catch (IOException e) {
                // the debugger went away
            } finally {
                hub.detach(this);
                close();
            }
        }

        @Override
        public String describe() {
            return description;
        }

        @Override
        public boolean external() {
            return true;
        }

        @Override
        public void deliver(byte[] bytes, int offset, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
            while (buffer.hasRemaining()) {
                socket.write(buffer);
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
