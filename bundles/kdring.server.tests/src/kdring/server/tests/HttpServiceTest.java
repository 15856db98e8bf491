package kdring.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import kdring.server.HttpService;
import kdring.server.api.ApiHandler;
import kdring.server.api.ApiModel;
import kdring.server.api.ApiToken;
import kdring.server.channels.ChannelRegistry;

/** Starts the real Jetty server on loopback and talks real HTTP to it (no channels: the API's guard rails). */
class HttpServiceTest {

    @TempDir
    Path dir;

    private HttpService service;
    private ChannelRegistry registry;
    private ApiToken token;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException {
        token = ApiToken.loadOrCreate(dir.resolve("token"));
        registry = new ChannelRegistry();
        ApiHandler api = new ApiHandler(registry, token,
                () -> new ApiModel.Health("ok", "test", Instant.EPOCH.toString(), 0));
        service = new HttpService("127.0.0.1", 0, null, api, registry, token);
        service.start();
    }

    @AfterEach
    void stop() {
        service.close();
        registry.close();
    }

    private HttpResponse<String> send(String method, String path, String bearer, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.baseUri().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String error(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject().get("error").getAsString();
    }

    @Test
    void healthNeedsNoTokenAndAnswersJsonOnLoopback() throws Exception {
        assertEquals("127.0.0.1", service.address().getHostString());
        HttpResponse<String> response = send("GET", "/api/health", null, null);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        assertEquals("ok", body.get("status").getAsString());
        assertEquals("test", body.get("version").getAsString());
    }

    @Test
    void tokenFileIsPrivateAndStableAcrossStarts() throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(token.file())));
        assertTrue(token.created());
        ApiToken again = ApiToken.loadOrCreate(token.file());
        assertFalse(again.created());
        assertEquals(token.value(), again.value());
        Files.setPosixFilePermissions(token.file(), PosixFilePermissions.fromString("rw-r--r--"));
        IOException e = assertThrows(IOException.class, () -> ApiToken.loadOrCreate(token.file()));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    }

    @Test
    void everyOtherRouteNeeds401WithoutOrWithAWrongToken() throws Exception {
        for (String path : new String[] { "/api/channels", "/api/channels/x", "/api/channels/x/modules" }) {
            HttpResponse<String> none = send("GET", path, null, null);
            assertEquals(401, none.statusCode(), path);
            assertTrue(none.headers().firstValue("www-authenticate").isPresent());
            assertTrue(error(none).contains("bearer token"));
            assertEquals(401, send("GET", path, "0".repeat(64), null).statusCode(), path);
        }
        assertEquals(401, send("POST", "/api/channels/x/break-in", "wrong", "{}").statusCode());
        // ?token= is for the WebSocket upgrade only: in a REST URL it would end up in logs and histories
        assertEquals(401, send("GET", "/api/channels?token=" + token.value(), null, null).statusCode());
    }

    @Test
    void unknownChannelsAre404AndUnknownRoutesToo() throws Exception {
        HttpResponse<String> response = send("GET", "/api/channels/nope", token.value(), null);
        assertEquals(404, response.statusCode());
        assertEquals("no channel named 'nope'", error(response));
        assertEquals(404, send("POST", "/api/channels/nope/break-in", token.value(), null).statusCode());
        HttpResponse<String> route = send("GET", "/api/nothing-here", token.value(), null);
        assertEquals(404, route.statusCode());
        assertFalse(route.body().contains("Exception"));
        assertEquals("[]", send("GET", "/api/channels", token.value(), null).body().strip());
    }

    @Test
    void badJsonAndBadParametersAre400() throws Exception {
        HttpResponse<String> json = send("POST", "/api/channels/nope/break-in", token.value(), "{not json");
        assertEquals(400, json.statusCode());
        assertEquals("request body is not valid JSON", error(json));
        assertEquals(400, send("POST", "/api/channels/nope/continue", token.value(), "[1,2]").statusCode());
        HttpResponse<String> limit = send("GET", "/api/channels/nope/events?limit=5000", token.value(), null);
        assertEquals(400, limit.statusCode());
        assertTrue(error(limit).contains("'limit' must be between 1 and 1000"), error(limit));
        HttpResponse<String> kind = send("GET", "/api/channels/nope/events?kind=breakin,bogus", token.value(), null);
        assertEquals(400, kind.statusCode());
        assertTrue(error(kind).contains("unknown event kind 'bogus'"));
        assertEquals(400, send("GET", "/api/channels/nope/throughput?since=yesterday", token.value(), null).statusCode());
    }

    @Test
    void targetRoutesCheckTheirInputFirstAndNameTheBadField() throws Exception {
        String base = "/api/channels/nope/target/";
        // the token and the body limit hold here as everywhere
        assertEquals(401, send("GET", base + "registers", null, null).statusCode());
        assertEquals(401, send("POST", base + "console", "wrong", "{\"command\": \"r\"}").statusCode());
        assertEquals(413, send("POST", base + "memory", token.value(), "{\"address\": \"0x1000\", \"data\": \""
                + "00".repeat(ApiHandler.MAX_BODY / 2) + "\"}").statusCode());
        // bad JSON, missing and ill-typed fields
        HttpResponse<String> json = send("POST", base + "console", token.value(), "{\"command\": ");
        assertEquals(400, json.statusCode());
        assertEquals("request body is not valid JSON", error(json));
        assertBad("'command' is required", send("POST", base + "console", token.value(), "{}"));
        assertBad("this route needs a JSON object body", send("POST", base + "console", token.value(), null));
        assertBad("'command' must be a string", send("POST", base + "console", token.value(), "{\"command\": 5}"));
        assertBad("'command' must be one line", send("POST", base + "console", token.value(),
                "{\"command\": \"r\\ng\"}"));
        assertBad("'expression' is longer than 1000", send("POST", base + "evaluate", token.value(),
                "{\"expression\": \"" + "1".repeat(1001) + "\"}"));
        assertBad("'over' must be true or false", send("POST", base + "step", token.value(), "{\"over\": \"yes\"}"));
        assertBad("'breakpoint' must be an integer between 0", send("POST", base + "breakpoints/clear", token.value(),
                "{\"breakpoint\": 1.5}"));
        // bad hex: addresses, register values, data to write
        assertBad("'address' is not a 64-bit hex value: '0xZZ'", send("POST", base + "memory", token.value(),
                "{\"address\": \"0xZZ\", \"data\": \"90\"}"));
        assertBad("'address' is not a 64-bit hex value", send("POST", base + "memory", token.value(),
                "{\"address\": \"0x1ffffffffffffffff\", \"data\": \"90\"}"));
        assertBad("'data' is not hex: 'g' at character 2", send("POST", base + "memory", token.value(),
                "{\"address\": \"0x1000\", \"data\": \"90gg\"}"));
        assertBad("'data' has an odd number of hex digits (3)", send("POST", base + "memory", token.value(),
                "{\"address\": \"0x1000\", \"data\": \"909\"}"));
        assertBad("'data' holds 16385 bytes; one write takes at most 16384", send("POST", base + "memory",
                token.value(), "{\"address\": \"0x1000\", \"data\": \"" + "90".repeat(16385) + "\"}"));
        assertBad("'value' must be a hex string", send("POST", base + "registers", token.value(),
                "{\"name\": \"rax\", \"value\": 4660}"));
        assertBad("parameter 'address' is not a 64-bit hex value: 'rip'", send("GET", base + "describe?address=rip",
                token.value(), null));
        assertBad("parameter 'address' is required", send("GET", base + "memory?length=16", token.value(), null));
        // an unknown register, counts and lengths over their caps, an unknown address space
        HttpResponse<String> register = send("POST", base + "registers", token.value(),
                "{\"name\": \"rqx\", \"value\": \"0x1\"}");
        assertBad("'name': no register 'rqx' (known: rax, rbx", register);
        assertBad("parameter 'count' must be between 1 and 256, got 257", send("GET", base
                + "disassembly?address=0x1000&count=257", token.value(), null));
        assertBad("parameter 'length' must be between 1 and 65536, got 65537", send("GET", base
                + "memory?address=0x1000&length=65537", token.value(), null));
        assertBad("parameter 'processor' must be between 0 and 2047", send("GET", base + "registers?processor=-1",
                token.value(), null));
        assertBad("parameter 'space' must be virtual or physical, not 'io'", send("GET", base
                + "memory?address=0x1000&space=io", token.value(), null));
        // well-formed requests get as far as the channel, which does not exist
        assertEquals(404, send("POST", base + "registers", token.value(),
                "{\"name\": \"@rax\", \"value\": \"0xfffff800`00100000\"}").statusCode());
        assertEquals(404, send("POST", base + "memory", token.value(), "{\"address\": \"1000\", \"data\": \"90 90\"}")
                .statusCode());
        assertEquals(404, send("GET", base + "disassembly?address=0x1000&count=256", token.value(), null).statusCode());
        assertEquals(404, send("POST", base + "step", token.value(), null).statusCode());
        assertEquals(405, send("DELETE", base + "breakpoints", token.value(), null).statusCode());
    }

    private static void assertBad(String expected, HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(error(response).startsWith(expected), "'" + error(response) + "' starts with '" + expected + "'");
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void oversizedBodiesAre413() throws Exception {
        HttpResponse<String> response = send("POST", "/api/channels/x/capture/start", token.value(),
                "{\"pad\":\"" + "x".repeat(ApiHandler.MAX_BODY) + "\"}");
        assertEquals(413, response.statusCode());
    }

    @Test
    void wrongMethodIs405() throws Exception {
        assertEquals(405, send("POST", "/api/health", null, "{}").statusCode());
        assertEquals(405, send("DELETE", "/api/channels", token.value(), null).statusCode());
    }

    @Test
    void aBusyPortIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ApiHandler api = new ApiHandler(registry, token, () -> null);
            HttpService second = new HttpService("127.0.0.1", taken.getLocalPort(), null, api, registry, token);
            IOException e = assertThrows(IOException.class, second::start);
            assertTrue(e.getMessage().contains(":" + taken.getLocalPort()), e.getMessage());
        }
    }

    @Test
    void slowRequestBodiesDoNotStarveOtherRequests() throws Exception {
        List<Socket> tricklers = new ArrayList<>();
        try {
            // more trickling clients than the pool has threads, each one byte into a 1000-byte body
            for (int i = 0; i < 48; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), service.address().getPort());
                socket.getOutputStream().write(("POST /api/channels/x/break-in HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + token.value() + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                tricklers.add(socket);
            }
            for (int round = 0; round < 3; round++) {
                for (Socket socket : tricklers) {
                    socket.getOutputStream().write(' ');
                    socket.getOutputStream().flush();
                }
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(service.baseUri()
                        .resolve("/api/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode());
                HttpResponse<String> channels = client.send(HttpRequest.newBuilder(service.baseUri()
                        .resolve("/api/channels")).header("Authorization", "Bearer " + token.value())
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, channels.statusCode());
            }
        } finally {
            for (Socket socket : tricklers) {
                socket.close();
            }
        }
    }

    @Test
    void aClientLeavingMidBodyLogsOneLineWithoutAStackTrace() throws Exception {
        Logger logger = Logger.getLogger(ApiHandler.class.getName());
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), service.address().getPort())) {
                socket.getOutputStream().write(("POST /api/channels/x/continue HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + token.value() + "\r\nContent-Length: 500\r\n\r\n{\"a\":")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                Thread.sleep(200); // let the server start reading the body
            }
            Deadline.await(Duration.ofSeconds(10), "a log line about the lost body",
                    () -> records.stream().anyMatch(r -> r.getMessage().contains("body not received")));
            assertEquals(List.of(), records.stream().filter(r -> r.getThrown() != null).map(LogRecord::getMessage)
                    .toList());
            assertEquals(1, records.size(), records.stream().map(LogRecord::getMessage).toList().toString());
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void aDanglingTokenLinkIsAClearError() throws Exception {
        Path link = dir.resolve("link-token");
        Files.createSymbolicLink(link, dir.resolve("nowhere"));
        IOException e = assertThrows(IOException.class, () -> ApiToken.loadOrCreate(link));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aTokenFileOthersMayWriteOrReadIsRefused() throws Exception {
        for (String mode : new String[] { "rw--w----", "rw-----w-", "rw----r--", "rwx---r-x", "rw-r-----" }) {
            Files.setPosixFilePermissions(token.file(), PosixFilePermissions.fromString(mode));
            IOException e = assertThrows(IOException.class, () -> ApiToken.loadOrCreate(token.file()), mode);
            assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
        }
        Files.setPosixFilePermissions(token.file(), PosixFilePermissions.fromString("rw-------"));
        assertEquals(token.value(), ApiToken.loadOrCreate(token.file()).value());
    }

    @Test
    void plainHttpBeyondLoopbackNeedsConsent() {
        assertNull(HttpService.refusedBinding("127.0.0.1", false, false));
        assertNull(HttpService.refusedBinding("localhost", false, false));
        String refused = HttpService.refusedBinding("0.0.0.0", false, false);
        assertNotNull(refused);
        assertTrue(refused.contains("--insecure-http"), refused);
        assertNull(HttpService.refusedBinding("0.0.0.0", true, false));
        assertNull(HttpService.refusedBinding("0.0.0.0", false, true));
    }

    @Test
    void aBodyThatArrivesLateIsStillAnswered() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), service.address().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/channels/nope/break-in HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token.value() + "\r\nContent-Length: 2\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Thread.sleep(300); // the handler has asked for the body by now and holds no thread waiting for it
            socket.getOutputStream().write("{}".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 404 Not Found", status);
        }
    }
}
