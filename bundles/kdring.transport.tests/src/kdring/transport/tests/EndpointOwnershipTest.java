package kdring.transport.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.transport.ChannelState;
import kdring.transport.VmChannel;
import kdring.transport.bridge.DebuggerEvent;
import kdring.transport.bridge.SocketDebuggerServer;
import kdring.transport.ring.DescriptorLayout;

/**
 * Who may hold a channel's debugger endpoint, and what reaches the guest from it: the first debugger keeps
 * it, peers that do not speak KDCOM are closed before any of their bytes reach the guest, the unix socket is
 * private, and a debugger's last bytes arrive even when it closes at once. Real sockets, real channel, the
 * {@link FakeGuest}.
 */
class EndpointOwnershipTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final byte[] RESET = {0x69, 0x69, 0x69, 0x69, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, (byte) 0xAA};

    @TempDir
    Path directory;
    final List<AutoCloseable> cleanup = new ArrayList<>();
    final List<DebuggerEvent> events = new CopyOnWriteArrayList<>();
    FakeGuest guest;
    VmChannel channel;
    SocketDebuggerServer server;

    @AfterEach
    void tearDown() throws Exception {
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            cleanup.get(i).close();
        }
    }

    private void open(String name) throws Exception {
        guest = new FakeGuest(directory, name);
        cleanup.add(guest);
        channel = VmChannel.start(guest.config(name));
        cleanup.add(channel);
        channel.hub().addListener(events::add);
        guest.awaitHost(WAIT);
        guest.initialise(0);
        guest.hello();
        assertTrue(channel.awaitState(ChannelState.OPEN, WAIT));
        server = SocketDebuggerServer.tcp(channel.hub(), "127.0.0.1", 0);
        cleanup.add(server);
    }

    private Peer connect() throws Exception {
        Peer peer = Peer.tcp(server.port());
        cleanup.add(peer);
        return peer;
    }

    private boolean seen(DebuggerEvent.Kind kind, String detail) {
        return events.stream().anyMatch(e -> e.kind() == kind && e.detail().contains(detail));
    }

    @Test
    void theFirstDebuggerKeepsTheEndpointAndASecondIsToldWhy() throws Exception {
        open("owner");
        Peer first = connect();
        Await.until("the first debugger attached", WAIT, () -> channel.hub().debuggerAttached());
        first.send(RESET);
        assertArrayEquals(RESET, guest.receive(RESET.length, WAIT));

        Peer second = connect();
        String told = second.readToEnd(WAIT);
        assertTrue(told.startsWith("kdring: ") && told.contains("in use by tcp 127.0.0.1:") && told.endsWith("\n")
                && told.indexOf('\n') == told.length() - 1, told);
        Await.until("the refusal reported", WAIT, () -> seen(DebuggerEvent.Kind.REFUSED, "in use"));

        guest.send("still yours".getBytes(StandardCharsets.US_ASCII));
        assertEquals("still yours", new String(first.read(11, WAIT), StandardCharsets.US_ASCII));
        assertTrue(events.stream().noneMatch(e -> e.kind() == DebuggerEvent.Kind.DISCONNECTED), events.toString());
    }

    @Test
    void refusalsKeepWorkingRoundAfterRound() throws Exception {
        open("rounds");
        for (int round = 0; round < 30; round++) {
            try (Peer first = connect()) {
                first.send(RESET);
                String name = "tcp 127.0.0.1:" + ((java.net.InetSocketAddress) first.socket.getLocalAddress()).getPort();
                Await.until("round " + round + ": the first debugger attached", WAIT,
                        () -> name.equals(channel.hub().attachedDescription()));
                try (Peer second = connect()) {
                    String told = second.readToEnd(WAIT);
                    assertTrue(told.contains("in use by " + name), "round " + round + ": " + told);
                }
            }
            Await.until("the endpoint free again", WAIT, () -> !channel.hub().debuggerAttached());
        }
    }

    @Test
    void replaceDebuggerLetsTheNextOneTakeOver() throws Exception {
        open("replace");
        Peer first = connect();
        Await.until("the first debugger attached", WAIT, () -> channel.hub().debuggerAttached());
        String firstName = channel.hub().attachedDescription();
        assertEquals(firstName, channel.hub().replaceDebugger());
        Peer second = connect();
        assertEquals("", first.readToEnd(WAIT), "the replaced debugger is closed");
        Await.until("the second debugger attached", WAIT,
                () -> !firstName.equals(channel.hub().attachedDescription()));
        second.send(RESET);
        assertArrayEquals(RESET, guest.receive(RESET.length, WAIT));
        Await.until("the replacement reported", WAIT, () -> seen(DebuggerEvent.Kind.DISCONNECTED, "replaced by"));
        Peer third = connect();
        assertTrue(third.readToEnd(WAIT).contains("in use"), "a replacement is good for one debugger");
    }

    @Test
    void anHttpRequestIsClosedAndNothingOfItReachesTheGuest() throws Exception {
        open("http");
        Peer web = connect();
        web.send(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\n"
                + "\u0062\u0062\u0062\u0062").getBytes(StandardCharsets.US_ASCII));
        String answer = web.readToEnd(WAIT);
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        assertTrue(answer.contains("KDCOM"), answer);
        Await.until("the rejection reported", WAIT, () -> seen(DebuggerEvent.Kind.REJECTED, "HTTP"));
        Await.until("the endpoint free again", WAIT, () -> !channel.hub().debuggerAttached());

        // the sentinel: a real debugger's bytes arrive, and they are the first bytes the guest ever got
        Peer debugger = connect();
        debugger.send(RESET);
        assertArrayEquals(RESET, guest.receive(RESET.length, WAIT));
        assertEquals(0, guest.receive().length);
    }

    @Test
    void garbageIsClosedAndBreakInsAndPacketsPass() throws Exception {
        open("garbage");
        byte[][] garbage = {{0x16, 0x03, 0x01, 0x02, 0x00}, {0x62, 0x62, 0x41}, {0x30, 0x30, 0x69, 0x69},
            "SSH-2.0-OpenSSH\r\n".getBytes(StandardCharsets.US_ASCII)};
        for (byte[] bytes : garbage) {
            Peer peer = connect();
            peer.send(bytes);
            String answer = peer.readToEnd(WAIT);
            assertTrue(answer.startsWith("kdring: ") && answer.contains("not KDCOM"), answer);
            Await.until("the endpoint free again", WAIT, () -> !channel.hub().debuggerAttached());
        }
        Peer debugger = connect();
        debugger.send((byte) 0x62);
        assertArrayEquals(new byte[] {0x62}, guest.receive(1, WAIT), "a lone break-in passes at once");
        debugger.send(RESET);
        assertArrayEquals(RESET, guest.receive(RESET.length, WAIT));
        assertEquals(0, guest.receive().length, "nothing of the garbage came through");
    }

    @Test
    void aSilentDebuggerGetsTargetBytesBeforeItSaysAnything() throws Exception {
        open("silent");
        Peer windbg = connect();
        Await.until("attached", WAIT, () -> channel.hub().debuggerAttached());
        assertTrue(guest.awaitStatus(DescriptorLayout.HOST_ATTACHED | DescriptorLayout.DEBUGGER_ATTACHED, WAIT));
        guest.send(RESET);
        assertArrayEquals(RESET, windbg.read(RESET.length, WAIT));
    }

    @Test
    void everyByteSentBeforeClosingReachesTheGuestInOrder() throws Exception {
        open("last-bytes");
        byte[] bytes = new byte[300_000]; // more than rx and the channel's rx buffer hold together
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + (i >> 8));
        }
        System.arraycopy(RESET, 0, bytes, 0, RESET.length);
        Peer debugger = connect();
        Await.until("attached", WAIT, () -> channel.hub().debuggerAttached());
        debugger.send(bytes);
        debugger.close();
        Await.until("the debugger's departure noticed", WAIT, () -> !channel.hub().debuggerAttached());
        assertArrayEquals(bytes, guest.receive(bytes.length, WAIT));
        Await.until("DEBUGGER_ATTACHED cleared once they were placed", WAIT, () -> {
            try {
                return guest.status() == DescriptorLayout.HOST_ATTACHED;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aDebuggerThatResetsTheLineWhileTargetBytesFlowStillDeliversItsLastBytes() throws Exception {
        // a debugger sends its last packet and closes with target bytes unread in its socket: its kernel resets
        // the connection, the endpoint's next write fails, and what it sent before must still reach the guest
        // (it is in the endpoint's receive queue, readable after the reset)
        open("reset-last-bytes");
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        for (int round = 0; round < 20; round++) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
                socket.setSoTimeout((int) WAIT.toMillis());
                Await.until("attached", WAIT, () -> channel.hub().debuggerAttached());
                guest.send(RESET);
                Await.until("target bytes unread at the debugger", WAIT, () -> {
                    try {
                        return socket.getInputStream().available() > 0;
                    } catch (java.io.IOException e) {
                        throw new AssertionError(e);
                    }
                });
                byte[] last = RESET.clone();
                last[8] = (byte) round; // each round's packet differs, so a lost or repeated one shows
                socket.getOutputStream().write(last);
                sent.write(last);
                socket.setSoLinger(true, 0); // close resets the line at once, as with unread bytes
            }
            for (int i = 0; i < 4 && channel.hub().debuggerAttached(); i++) {
                guest.send(RESET); // target bytes toward the departed debugger: the endpoint's write fails
            }
            Await.until("the debugger's departure noticed", WAIT, () -> !channel.hub().debuggerAttached());
        }
        assertArrayEquals(sent.toByteArray(), guest.receive(sent.size(), WAIT));
    }

    @Test
    void theUnixSocketIsPrivateAndOtherUsersAreRefused() throws Exception {
        guest = new FakeGuest(directory, "unix");
        cleanup.add(guest);
        channel = VmChannel.start(guest.config("unix"));
        cleanup.add(channel);
        channel.hub().addListener(events::add);
        Path socket = directory.resolve("kd.sock");
        SocketDebuggerServer unix = SocketDebuggerServer.unix(channel.hub(), socket);
        cleanup.add(unix);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));

        Path python = Path.of("/usr/bin/python3");
        Path setpriv = Path.of("/usr/bin/setpriv");
        if (!(Files.isExecutable(python) && Files.isExecutable(setpriv)
                && "root".equals(System.getProperty("user.name")))) {
            return; // being another user needs root, setpriv and python3; the mode was checked
        }
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-")); // only the uid check left
        Process other = new ProcessBuilder(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups",
                python.toString(), "-c", "import socket,sys\ns=socket.socket(socket.AF_UNIX)\ns.settimeout(10)\n"
                        + "s.connect(sys.argv[1])\nd=b''\nwhile True:\n c=s.recv(4096)\n if not c: break\n d+=c\n"
                        + "sys.stdout.write(d.decode())\n", socket.toString()).redirectErrorStream(true).start();
        assertTrue(other.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS), "the other user's client finished");
        String told = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(told.contains("kdring: user nobody may not use this endpoint"), told);
        Await.until("the refusal reported", WAIT, () -> seen(DebuggerEvent.Kind.REFUSED, "nobody"));
        assertEquals(false, channel.hub().debuggerAttached());
    }
}
