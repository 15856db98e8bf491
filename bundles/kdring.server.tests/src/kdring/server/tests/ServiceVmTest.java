package kdring.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import kdring.hv.qemu.ReferenceGuest;
import kdring.server.ChannelConfig;
import kdring.server.HttpService;
import kdring.server.api.ApiHandler;
import kdring.server.api.ApiModel;
import kdring.server.api.ApiToken;
import kdring.server.channels.ChannelFactory;
import kdring.server.channels.ChannelRegistry;

/**
 * The service end to end: the reference guest under QEMU on the ring transport, the real channel, the real
 * Jetty server, real HTTP and WebSocket clients.
 */
@Tag("vm")
@TestMethodOrder(MethodOrderer.Random.class) // each test stands alone: it waits for the channel it needs
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ServiceVmTest {

    private static Path dir;
    private static ChannelRegistry registry;
    private static HttpService service;
    private static ApiToken token;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("kdring-service-vm");
        token = ApiToken.loadOrCreate(dir.resolve("token"));
        registry = new ChannelRegistry();
        registry.add(ChannelFactory.open(ChannelConfig.demo(0), dir, dir.resolve("captures")));
        ApiHandler api = new ApiHandler(registry, token, () -> new ApiModel.Health("ok", "test", "", 1));
        service = new HttpService("127.0.0.1", 0, null, api, registry, token);
        service.limitSendBuffer(16 * 1024); // so that a client that stops reading pushes back at once
        service.start();
    }

    /** Every test starts on an open channel, whichever test ran before it. */
    @BeforeEach
    void channelIsOpen() throws Exception {
        awaitOpen();
    }

    /** A test that failed between its break-in and its continue leaves no stopped guest to the next one. */
    @AfterEach
    void guestRuns() throws Exception {
        call("POST", "/api/channels/demo/continue"); // 409 when it runs already
        call("POST", "/api/channels/demo/capture/stop");
    }

    private static JsonObject awaitOpen() throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonObject channel;
        do {
            channel = object(call("GET", "/api/channels/demo"));
            if ("open".equals(channel.get("state").getAsString())) {
                return channel;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("the demo channel did not open within 60 s: " + channel);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (registry != null) {
            registry.close();
        }
    }

    private static HttpResponse<String> call(String method, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(service.baseUri().resolve(path)).header("Authorization",
                "Bearer " + token.value()).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject object(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    /** A WebSocket client of the live stream that counts what it receives; {@code slow} reads one message only. */
    static final class StreamClient implements WebSocket.Listener {
        final ConcurrentLinkedQueue<JsonObject> items = new ConcurrentLinkedQueue<>();
        final AtomicLong packets = new AtomicLong();
        final AtomicLong dropped = new AtomicLong();
        private final boolean slow;
        private final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        StreamClient(boolean slow) throws Exception {
            this.slow = slow;
            URI uri = URI.create(service.baseUri().toString().replace("http", "ws") + "/api/channels/demo/stream");
            try {
                socket = CLIENT.newWebSocketBuilder().header("Authorization", "Bearer " + token.value())
                        .buildAsync(uri, this).get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof java.net.http.WebSocketHandshakeException h) {
                    throw new AssertionError("WebSocket handshake refused: " + h.getResponse().statusCode() + " "
                            + h.getResponse().body(), e);
                }
                throw e;
            }
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject item = JsonParser.parseString(partial.toString()).getAsJsonObject();
                partial.setLength(0);
                items.add(item);
                if ("packet".equals(item.get("kind").getAsString())) {
                    packets.incrementAndGet();
                }
                if ("dropped".equals(item.get("kind").getAsString())) {
                    dropped.set(Math.max(dropped.get(), item.get("dropped").getAsLong()));
                }
            }
            if (!slow) {
                webSocket.request(1);
            }
            return null;
        }
    }

    @Test
    void theDemoChannelOpensOnTheRingAndNamesItsWinDbgCommand() throws Exception {
        JsonObject channel = awaitOpen();
        assertEquals("open", channel.get("state").getAsString(), channel.toString());
        assertEquals("ring", channel.get("transport").getAsString());
        String windbg = channel.getAsJsonArray("endpoints").get(0).getAsJsonObject().get("windbgCommand").getAsString();
        assertTrue(windbg.startsWith("windbg -k com:ipport="), windbg);
    }

    @Test
    void theLiveStreamCarriesTheGuestsDebugPrints() throws Exception {
        StreamClient client = new StreamClient(false);
        try {
            // the guest stops sending DbgPrints once they time out unacknowledged (as kdcom does without a
            // debugger); a break-in and continue tells it a debugger is there, whichever test ran before
            object(call("POST", "/api/channels/demo/break-in"));
            assertEquals(200, call("POST", "/api/channels/demo/continue").statusCode());
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline)) {
                for (JsonObject item : client.items) {
                    if (item.has("event") && "print".equals(item.getAsJsonObject("event").get("kind").getAsString())) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
            fail("no DbgPrint event within 30 s; got " + client.items.size() + " items");
        } finally {
            client.socket.abort();
        }
    }

    @Test
    void breakInListModulesReadMemoryAndContinueOverHttp() throws Exception {
        assertTrue(object(call("POST", "/api/channels/demo/capture/start")).get("active").getAsBoolean());
        JsonObject stop = object(call("POST", "/api/channels/demo/break-in"));
        assertEquals("0x80000003", stop.get("exceptionCode").getAsString());
        JsonArray modules = JsonParser.parseString(call("GET", "/api/channels/demo/modules").body()).getAsJsonArray();
        assertEquals(150, modules.size());
        assertEquals("ntoskrnl.exe", modules.get(0).getAsJsonObject().get("name").getAsString());
        HttpResponse<byte[]> memory = CLIENT.send(HttpRequest.newBuilder(service.baseUri().resolve(
                "/api/channels/demo/memory?address=0x" + Long.toHexString(ReferenceGuest.PATTERN_VA) + "&length=65536"))
                .header("Authorization", "Bearer " + token.value()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, memory.statusCode());
        assertEquals(65536, memory.body().length);
        assertEquals(-1, ReferenceGuest.firstPatternMismatch(memory.body(), 0));
        assertEquals(200, call("POST", "/api/channels/demo/continue").statusCode());
        assertEquals(409, call("GET", "/api/channels/demo/memory?address=0x1000").statusCode(),
                "reading memory of a running guest is refused");
        JsonObject events = object(call("GET", "/api/channels/demo/events?kind=breakin"));
        assertTrue(events.getAsJsonArray("events").size() >= 1, events.toString());

        JsonObject capture = object(call("POST", "/api/channels/demo/capture/stop"));
        assertTrue(capture.get("bytes").getAsLong() > 65536, capture.toString());
        HttpResponse<byte[]> download = bytes("/api/channels/demo/capture");
        assertEquals(200, download.statusCode());
        assertEquals("KDRCAP", new String(download.body(), 0, 6, java.nio.charset.StandardCharsets.US_ASCII));
        HttpResponse<byte[]> pcapng = bytes("/api/channels/demo/export?format=pcapng");
        assertEquals(200, pcapng.statusCode());
        assertEquals(0x0A0D0D0A, java.nio.ByteBuffer.wrap(pcapng.body()).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(),
                "a pcapng section header block");
        HttpResponse<byte[]> json = bytes("/api/channels/demo/export?format=json");
        assertEquals(200, json.statusCode());
        JsonObject exported = JsonParser.parseString(new String(json.body(), java.nio.charset.StandardCharsets.UTF_8))
                .getAsJsonObject();
        assertTrue(exported.toString().contains("\"event\":\"stopped\"") && exported.toString().contains("0x80000003"),
                "the export replays the captured break-in stop");
        assertEquals(400, call("GET", "/api/channels/demo/export?format=docx").statusCode());
    }

    /** A raw TCP debugger on the channel's endpoint that reads everything until the endpoint closes it. */
    private static final class RawDebugger implements AutoCloseable {
        final java.net.Socket socket;
        final java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
        final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

        RawDebugger(int port) throws java.io.IOException {
            socket = new java.net.Socket();
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(60_000);
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[4096];
                try (java.io.InputStream in = socket.getInputStream()) {
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        synchronized (received) {
                            received.write(buffer, 0, n);
                        }
                    }
                } catch (java.io.IOException e) {
                    // closed: what was read is kept
                } finally {
                    closed.countDown();
                }
            }, "test-raw-debugger-" + socket.getLocalPort());
            reader.setDaemon(true);
            reader.start();
        }

        String name() {
            return "tcp 127.0.0.1:" + socket.getLocalPort();
        }

        String text() {
            synchronized (received) {
                return received.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
            }
        }

        boolean closedWithin(Duration timeout) throws InterruptedException {
            return closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() throws java.io.IOException {
            socket.close();
        }
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(service.baseUri().resolve(path)).header("Authorization",
                "Bearer " + token.value()).header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean eventSaid(String text) throws Exception {
        JsonObject page = object(call("GET", "/api/channels/demo/events?kind=state&limit=1000"));
        for (var event : page.getAsJsonArray("events")) {
            if (event.getAsJsonObject().get("text").getAsString().contains(text)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theDebuggerIsReplacedAndDisconnectedOverHttp() throws Exception {
        JsonObject channel = awaitOpen();
        String windbg = channel.getAsJsonArray("endpoints").get(0).getAsJsonObject().get("windbgCommand").getAsString();
        int port = Integer.parseInt(windbg.replaceAll(".*ipport=(\\d+).*", "$1"));
        try (RawDebugger first = new RawDebugger(port)) {
            Deadline.await(Duration.ofSeconds(20), "the first debugger attached",
                    () -> eventSaidQuietly("debugger connected: " + first.name()));
            try (RawDebugger second = new RawDebugger(port)) {
                assertTrue(second.closedWithin(Duration.ofSeconds(20)), "a second debugger is turned away");
                assertTrue(second.text().contains("kdring: the debugger endpoint of demo is in use by " + first.name()),
                        second.text());
            }
            JsonObject replace = object(call("POST", "/api/channels/demo/debugger/replace"));
            assertEquals("replace", replace.get("action").getAsString());
            assertEquals(first.name(), replace.get("debugger").getAsString());
            assertTrue(eventSaid("debugger replacement allowed: " + first.name() + " (asked by the API"));
            try (RawDebugger third = new RawDebugger(port)) {
                assertTrue(first.closedWithin(Duration.ofSeconds(20)), "the one replaced is disconnected");
                Deadline.await(Duration.ofSeconds(20), "the replacement reported",
                        () -> eventSaidQuietly("debugger disconnected: " + first.name() + " (replaced by "
                                + third.name()));
                assertTrue(object(call("GET", "/api/channels/demo")).get("debuggerAttached").getAsBoolean());

                JsonObject disconnect = object(post("/api/channels/demo/debugger/disconnect",
                        "{\"reason\": \"the test\\r\\nis done with it\"}"));
                assertEquals(third.name(), disconnect.get("debugger").getAsString());
                assertEquals("the test  is done with it", disconnect.get("detail").getAsString(),
                        "control characters do not reach the log");
                assertTrue(third.closedWithin(Duration.ofSeconds(20)), "the disconnected debugger is closed");
                assertTrue(third.text().endsWith("kdring: the debugger was disconnected: the test  is done with it\n"),
                        "the reason is written to it last: " + third.text());
                assertTrue(eventSaid("debugger disconnected: " + third.name() + " (the test  is done with it)"));
                assertFalse(object(call("GET", "/api/channels/demo")).get("debuggerAttached").getAsBoolean());
            }
        }
        HttpResponse<String> none = call("POST", "/api/channels/demo/debugger/disconnect");
        assertEquals(409, none.statusCode(), none.body());
        assertTrue(none.body().contains("no debugger is attached"), none.body());
        assertEquals(400, post("/api/channels/demo/debugger/disconnect", "{\"reason\": 5}").statusCode());
    }

    private static boolean eventSaidQuietly(String text) {
        try {
            return eventSaid(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<byte[]> bytes(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(service.baseUri().resolve(path))
                .header("Authorization", "Bearer " + token.value()).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void tenConcurrentClientsAreAllServed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int client = 0; client < 10; client++) {
                results.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 20; i++) {
                        ok += call("GET", i % 2 == 0 ? "/api/channels/demo" : "/api/channels/demo/events").statusCode()
                                == 200 ? 1 : 0;
                    }
                    return ok;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(20, result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSlowStreamClientDoesNotHoldUpTheOthers() throws Exception {
        StreamClient fast = new StreamClient(false);
        RawStreamClient slow = new RawStreamClient(service.address(), "/api/channels/demo/stream", token.value());
        try {
            object(call("POST", "/api/channels/demo/break-in"));
            int requests = 0;
            // more packets than the slow client's queue holds (the socket buffers between are small)
            for (int mib = 0; mib < 4; mib++) {
                HttpResponse<byte[]> memory = CLIENT.send(HttpRequest.newBuilder(service.baseUri().resolve(
                        "/api/channels/demo/memory?address=0x" + Long.toHexString(ReferenceGuest.PATTERN_VA + (mib << 20))
                                + "&length=1048576")).header("Authorization", "Bearer " + token.value()).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, memory.statusCode());
                assertEquals(-1, ReferenceGuest.firstPatternMismatch(memory.body(), (long) mib << 20));
                requests += (1 << 20) / 3944 + 1;
            }
            assertEquals(200, call("POST", "/api/channels/demo/continue").statusCode());
            // every read request and its reply is a packet the fast client sees, slow client or not
            int expected = 2 * requests;
            Deadline.await(Duration.ofSeconds(30), "the fast client to see " + expected + " packets",
                    () -> fast.packets.get() >= expected);
            // the slow client now reads on: what its queue held, then how many items it lost
            long read = 0;
            long dropped = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (dropped == 0 && System.nanoTime() < deadline) {
                JsonObject item = JsonParser.parseString(slow.next()).getAsJsonObject();
                read++;
                if ("dropped".equals(item.get("kind").getAsString())) {
                    dropped = item.get("dropped").getAsLong();
                }
            }
            assertTrue(dropped > 0, "the slow client was told it lost items (read " + read + " without a notice)");
            assertTrue(read < fast.items.size(), "the slow client got fewer items than the fast one");
            System.out.println("ServiceVmTest: fast client " + fast.items.size() + " items; slow client read "
                    + read + " items, then was told " + dropped + " were dropped; " + expected
                    + " request/reply packets");
        } finally {
            slow.close();
            fast.socket.abort();
        }
    }
}
