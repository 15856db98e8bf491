package kdring.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import kdring.server.ChannelConfig;
import kdring.server.HttpService;
import kdring.server.api.ApiHandler;
import kdring.server.api.ApiModel;
import kdring.server.api.ApiToken;
import kdring.server.channels.ChannelFactory;
import kdring.server.channels.ChannelRegistry;

/** POST /api/channels/{id}/dump against the real service and the reference guest. */
@Tag("vm")
class DumpApiVmTest {

    @TempDir
    Path dir;

    @Test
    void aStoppedGuestIsDumpedIntoTheCaptureFolderAndARunningOneIsRefused() throws Exception {
        ApiToken token = ApiToken.loadOrCreate(dir.resolve("token"));
        try (ChannelRegistry registry = new ChannelRegistry()) {
            registry.add(ChannelFactory.open(ChannelConfig.demo(0), dir, dir.resolve("captures")));
            HttpService service = new HttpService("127.0.0.1", 0, null,
                    new ApiHandler(registry, token, () -> new ApiModel.Health("ok", "test", "", 1)), registry, token);
            service.start();
            try {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                Deadline.await(Duration.ofSeconds(90), "demo channel open",
                        () -> registry.channels().stream()
                                .anyMatch(c -> c.id().equals("demo") && c.state().equals("open")));
                HttpResponse<String> running = post(client, service, token, "/api/channels/demo/dump");
                assertEquals(409, running.statusCode(), running.body());
                assertTrue(running.body().contains("break in first"), running.body());
                assertEquals(200, post(client, service, token, "/api/channels/demo/break-in").statusCode());
                HttpResponse<String> bad = post(client, service, token, "/api/channels/demo/dump?kind=tiny");
                assertEquals(400, bad.statusCode(), bad.body());
                HttpResponse<String> dumped = post(client, service, token, "/api/channels/demo/dump?kind=bitmap");
                assertEquals(200, dumped.statusCode(), dumped.body());
                JsonObject answer = JsonParser.parseString(dumped.body()).getAsJsonObject();
                Path file = Path.of(answer.get("file").getAsString());
                assertTrue(file.startsWith(dir.resolve("captures")), file.toString());
                assertEquals(Files.size(file), answer.get("bytes").getAsLong());
                assertEquals("bitmap", answer.get("kind").getAsString());
                byte[] head = new byte[8];
                try (var in = Files.newInputStream(file)) {
                    assertEquals(8, in.readNBytes(head, 0, 8));
                }
                assertEquals("PAGEDU64", new String(head, StandardCharsets.US_ASCII));
                assertEquals(200, post(client, service, token, "/api/channels/demo/continue").statusCode());
            } finally {
                service.close();
            }
        }
    }

    private static HttpResponse<String> post(HttpClient client, HttpService service, ApiToken token, String path)
            throws Exception {
        return client.send(HttpRequest.newBuilder(service.baseUri().resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token.value()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
