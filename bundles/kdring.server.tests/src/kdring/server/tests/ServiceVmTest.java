package kdring.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
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
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
        service.start();
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
                "Bearer " + token.value()).method(method, HttpRequest.BodyPublishers.noBody()).build(),
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
    @Order(1)
    void theDemoChannelOpensOnTheRingAndNamesItsWinDbgCommand() throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonObject channel;
        do {
            channel = object(call("GET", "/api/channels/demo"));
            if ("open".equals(channel.get("state").getAsString())) {
                break;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        assertEquals("open", channel.get("state").getAsString(), channel.toString());
        assertEquals("ring", channel.get("transport").getAsString());
        String windbg = channel.getAsJsonArray("endpoints").get(0).getAsJsonObject().get("windbgCommand").getAsString();
        assertTrue(windbg.startsWith("windbg -k com:ipport="), windbg);
    }

    @Test
    @Order(2)
    void theLiveStreamCarriesTheGuestsDebugPrints() throws Exception {
        StreamClient client = new StreamClient(false);
        try {
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
    @Order(3)
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

    private static HttpResponse<byte[]> bytes(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(service.baseUri().resolve(path))
                .header("Authorization", "Bearer " + token.value()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    @Order(4)
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
    @Order(5)
    void aSlowStreamClientDoesNotHoldUpTheOthers() throws Exception {
        StreamClient slow = new StreamClient(true);
        StreamClient fast = new StreamClient(false);
        try {
            object(call("POST", "/api/channels/demo/break-in"));
            int requests = 0;
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
            Instant deadline = Instant.now().plusSeconds(20);
            while (fast.packets.get() < 2L * requests && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            assertTrue(fast.packets.get() >= 2L * requests, "fast client saw " + fast.packets.get()
                    + " packets of at least " + 2 * requests);
            assertTrue(slow.items.size() <= 1, "the slow client read only one message");
            System.out.println("ServiceVmTest: fast client " + fast.items.size() + " items, slow client "
                    + slow.items.size() + " read; " + (2 * requests) + " request/reply packets");
        } finally {
            slow.socket.abort();
            fast.socket.abort();
        }
    }
}
