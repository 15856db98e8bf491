package kdring.transport.bridge;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * A debugger endpoint on a socket: TCP (WinDbg: {@code windbg -k com:ipport=PORT,port=127.0.0.1}) or a
 * unix-domain socket (mode 0600; only the service's own user, or root, may connect: the peer's uid is
 * checked with {@code SO_PEERCRED}).
 *
 * <p>The first debugger keeps the endpoint ({@link DebuggerHub#attach}); a later connection is told why in one
 * line and closed. An attached peer's first bytes are held until {@link PeerGreeting} has judged them
 * (a {@link GreetingGate}, as on every endpoint): a peer
 * that does not speak KDCOM (an HTTP request, a browser's {@code fetch}, garbage) is closed, and nothing it
 * sent reaches the guest. Each connection writes through its own bounded {@link OutputQueue} and writer
 * thread, so the channel's thread never waits on a socket.
 *
 * <p>Threads: one acceptor named {@code kdring-endpoint-<vm>}, and per connection a reader
 * {@code kdring-endpoint-<vm>-<n>-in} and a writer {@code kdring-endpoint-<vm>-<n>-out}. {@link #close} may be
 * called from any thread.
 */
public final class SocketDebuggerServer implements AutoCloseable {

    /** Target bytes queued at most for one debugger. */
    public static final int OUTPUT_CAPACITY = 256 * 1024;
    /** How long the reader thread spins inline at most for the answer to what its debugger sent. */
    static final long ANSWER_SPIN_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    /** How long a rejected peer has to read the reason before the socket is closed. */
    static final long LAST_WORDS_NANOS = TimeUnit.SECONDS.toNanos(1);

    private static final System.Logger LOG = System.getLogger("kdring.transport");

    private final DebuggerHub hub;
    private final ServerSocketChannel server;
    private final SocketAddress address;
    private final Path unixPath;
    private final Set<UserPrincipal> allowedUsers;
    private final Thread acceptor;
    private volatile boolean closed;
    private int accepted;

    private SocketDebuggerServer(DebuggerHub hub, ServerSocketChannel server, Path unixPath,
            Set<UserPrincipal> allowedUsers) throws IOException {
        this.hub = Objects.requireNonNull(hub);
        this.server = server;
        this.unixPath = unixPath;
        this.allowedUsers = allowedUsers;
        this.address = server.getLocalAddress();
        this.acceptor = new Thread(this::acceptLoop, "kdring-endpoint-" + hub.name());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Listens on TCP {@code host:port} (port 0 picks a free one; host 127.0.0.1 unless you mean otherwise). */
    public static SocketDebuggerServer tcp(DebuggerHub hub, String host, int port) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.INET);
        try {
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.bind(new InetSocketAddress(host, port));
            return new SocketDebuggerServer(hub, server, null, Set.of());
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Listens on the unix-domain socket {@code path} (a stale socket file is replaced), mode 0600, for the
     * service's own user and root only.
     */
    public static SocketDebuggerServer unix(DebuggerHub hub, Path path) throws IOException {
        return unix(hub, path, Set.of());
    }

    /**
     * As {@link #unix(DebuggerHub, Path)}, with {@code alsoAllowed} users allowed besides the service's own user
     * and root.
     */
    public static SocketDebuggerServer unix(DebuggerHub hub, Path path, Set<UserPrincipal> alsoAllowed)
            throws IOException {
        Files.deleteIfExists(path);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(path));
            // the peer check below is the guard; the mode keeps other users from even connecting
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            Set<UserPrincipal> allowed = new java.util.HashSet<>(alsoAllowed);
            allowed.add(Files.getOwner(path));
            allowed.add(path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("root"));
            return new SocketDebuggerServer(hub, server, path, Set.copyOf(allowed));
        } catch (IOException | RuntimeException e) {
            server.close();
            Files.deleteIfExists(path);
            throw e;
        }
    }

    /** @return the TCP port listened on, or -1 for a unix socket */
    public int port() {
        return address instanceof InetSocketAddress inet ? inet.getPort() : -1;
    }

    /** @return the address listened on */
    public SocketAddress address() {
        return address;
    }

    /** @return the unix socket's path, or null for a TCP endpoint */
    public Path unixPath() {
        return unixPath;
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
            SocketChannel socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(Level.WARNING, "endpoint " + address + " of " + hub.name() + ": accept failed: "
                            + e.getMessage());
                }
                return;
            }
            try {
                admit(socket);
            } catch (IOException | RuntimeException e) {
                closeQuietly(socket);
                LOG.log(Level.WARNING, "endpoint " + address + " of " + hub.name() + ": a connection failed: " + e);
            }
        }
    }

    private void admit(SocketChannel socket) throws IOException {
        String peer = describe(socket);
        if (unixPath != null) {
            UnixDomainPrincipal principal = socket.getOption(ExtendedSocketOptions.SO_PEERCRED);
            if (!allowedUsers.contains(principal.user())) {
                String reason = "user " + principal.user().getName() + " may not use this endpoint";
                turnAway(socket, reason);
                hub.refused(peer + " (user " + principal.user().getName() + ")", reason);
                return;
            }
        } else {
            socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
        }
        Connection connection = new Connection(socket, peer, ++accepted);
        if (hub.attach(connection)) {
            connection.start();
            return;
        }
        String holder = hub.attachedDescription();
        String reason = "the debugger endpoint of " + hub.name() + " is in use by "
                + (holder == null ? "another debugger" : holder) + "; replace that debugger from kdring first";
        turnAway(socket, reason);
        hub.refused(peer, reason);
    }

    /** Tells a peer that was never attached why, in one line, without waiting for it, and closes it. */
    private static void turnAway(SocketChannel socket, String reason) {
        try {
            socket.configureBlocking(false);
            socket.write(ByteBuffer.wrap(("kdring: " + reason + "\n").getBytes(StandardCharsets.UTF_8)));
            socket.read(ByteBuffer.allocate(4096)); // what it sent already, so closing does not reset the line
            socket.shutdownOutput();
        } catch (IOException e) {
            // it is gone already
        }
        closeQuietly(socket);
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

    private static void closeQuietly(SocketChannel socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** Stops accepting; the attached debugger stays until the hub closes it. */
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

    /** One accepted debugger: its reader judges the greeting and queues bytes; its writer drains its queue. */
    private final class Connection implements DebuggerConnection {
        private final SocketChannel socket;
        private final String description;
        private final OutputQueue output;
        private final Thread reader;
        private final Thread writer;
        private volatile boolean gone;
        /** The user disconnected it: {@link #close(String)} tells it why and closes the socket. */
        private volatile boolean farewell;
        /** Why writing to it failed, once it did; the reader then detaches it with this reason. */
        private volatile String writeFailure;
        /** Held while bytes taken from {@link #output} are written: by the writer, or the reader inline. */
        private final ReentrantLock sending = new ReentrantLock();
        private final byte[] inlineBytes = new byte[16384];
        /** Reader thread: what it just passed on asks for an answer. */
        private boolean answerExpected;

        Connection(SocketChannel socket, String description, int number) {
            this.socket = socket;
            this.description = description;
            this.output = new OutputQueue(OUTPUT_CAPACITY, hub::wake);
            String thread = "kdring-endpoint-" + hub.name() + "-" + number;
            this.reader = new Thread(this::readLoop, thread + "-in");
            this.writer = new Thread(this::writeLoop, thread + "-out");
            reader.setDaemon(true);
            writer.setDaemon(true);
        }

        void start() {
            writer.start();
            reader.start();
        }

        private void readLoop() {
            byte[] bytes = new byte[16384];
            GreetingGate gate = new GreetingGate((b, offset, length) -> {
                boolean taken = hub.offerInline(this, b, offset, length);
                answerExpected |= taken && DebuggerHub.asksForAnswer(b, offset, length);
                return taken;
            });
            String why = "it closed the connection";
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            try {
                while (true) {
                    buffer.clear();
                    int n = socket.read(buffer);
                    if (n < 0) {
                        break;
                    }
                    GreetingGate.Outcome outcome = gate.feed(bytes, 0, n);
                    if (outcome == GreetingGate.Outcome.REJECTED) {
                        reject(gate);
                        return;
                    }
                    if (outcome == GreetingGate.Outcome.REFUSED) {
                        break;
                    }
                    if (answerExpected) {
                        answerExpected = false;
                        answerInline();
                    }
                }
            } catch (IOException e) {
                if (!gone) {
                    why = "reading from it failed: " + e.getMessage();
                }
            }
            if (writeFailure != null) {
                why = writeFailure; // what ended it; the reads above took what it sent before it went
            }
            // everything it sent is queued in the hub already: detaching drops none of it
            hub.detach(this, why);
            if (!farewell) {
                close(); // else close(String) is writing the reason and closes the socket after it
            }
        }

        private void reject(GreetingGate gate) {
            hub.rejected(this, gate.reason() + "; nothing it sent reached the guest");
            output.finish(gate.lastWords());
            try {
                writer.join(TimeUnit.NANOSECONDS.toMillis(LAST_WORDS_NANOS));
                socket.shutdownOutput();
                // read what else it sends until it closes, so that closing does not reset the line before the
                // peer read the reason; bounded by the socket closing after LAST_WORDS_NANOS at the latest
                socket.configureBlocking(false);
                long deadline = System.nanoTime() + LAST_WORDS_NANOS;
                ByteBuffer sink = ByteBuffer.allocate(4096);
                while (System.nanoTime() - deadline < 0) {
                    sink.clear();
                    int n = socket.read(sink);
                    if (n < 0) {
                        break;
                    }
                    if (n == 0) {
                        Thread.sleep(10);
                    }
                }
            } catch (IOException e) {
                // it is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            close();
        }

        /**
         * Reader thread, after the debugger sent something that asks for an answer (a packet, a break-in): runs
         * the channel's passes here until the answer is queued and writes it to the socket itself, so neither
         * the channel's thread nor the writer thread has to wake up for it. Whatever this does not take, the
         * writer thread sends as usual.
         */
        private void answerInline() throws IOException {
            output.holdWriter(true);
            try {
                hub.awaitInline(output::hasBytes, ANSWER_SPIN_NANOS);
                if (output.hasBytes() && sending.tryLock()) {
                    try {
                        send(inlineBytes, output.poll(inlineBytes));
                    } finally {
                        sending.unlock();
                    }
                }
            } finally {
                output.holdWriter(false);
            }
        }

        private void send(byte[] bytes, int n) throws IOException {
            if (n <= 0) {
                return;
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, n);
            while (buffer.hasRemaining()) {
                socket.write(buffer);
            }
        }

        private void writeLoop() {
            byte[] bytes = new byte[16384];
            try {
                while (true) {
                    if (!output.awaitBytes(TimeUnit.MILLISECONDS.toNanos(500))) {
                        continue;
                    }
                    sending.lock();
                    try {
                        int n = output.poll(bytes);
                        if (n < 0) {
                            return;
                        }
                        send(bytes, n);
                    } finally {
                        sending.unlock();
                    }
                }
            } catch (IOException e) {
                if (!gone && !output.finished()) {
                    // A peer that closed (or reset) the connection while bytes were on their way to it may have
                    // sent its last bytes just before (a Continue, an ACK): they are still in the socket's
                    // receive queue, readable after the reset. The reader takes them and detaches it; one
                    // that has not finished within the last-words time has nothing more coming.
                    writeFailure = "writing to it failed: " + e.getMessage();
                    try {
                        socket.shutdownOutput();
                    } catch (IOException reset) {
                        // reset already
                    }
                    try {
                        reader.join(TimeUnit.NANOSECONDS.toMillis(LAST_WORDS_NANOS));
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    if (reader.isAlive()) {
                        hub.detach(this, writeFailure);
                        close();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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
        public int room() {
            return output.room();
        }

        @Override
        public long fullSinceNanos() {
            return output.fullSince();
        }

        @Override
        public void deliver(byte[] bytes, int offset, int length) {
            output.put(bytes, offset, length);
        }

        @Override
        public void close() {
            gone = true;
            output.close();
            closeQuietly(socket);
        }

        @Override
        public void close(String reason) {
            if (gone || farewell) {
                close();
                return;
            }
            farewell = true;
            output.finish(("kdring: the debugger was disconnected: " + reason + "\n").getBytes(StandardCharsets.UTF_8));
            try {
                writer.join(TimeUnit.NANOSECONDS.toMillis(LAST_WORDS_NANOS)); // a peer that does not read loses them
                socket.shutdownOutput();
            } catch (IOException e) {
                // it is gone already
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            close();
        }
    }
}
