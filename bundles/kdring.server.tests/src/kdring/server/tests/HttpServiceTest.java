package kdring.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import kdring.server.HttpService;

/** Starts the real Jetty server on loopback and talks real HTTP to it. */
class HttpServiceTest {

    private HttpService service;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        service = new HttpService("127.0.0.1", 0, "test");
        service.start();
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(service.baseUri().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAnswersJsonOnLoopback() throws Exception {
        assertEquals("127.0.0.1", service.address().getHostString());
        HttpResponse<String> response = get("/api/health");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        assertEquals("ok", body.get("status").getAsString());
        assertEquals("test", body.get("version").getAsString());
    }

    @Test
    void unknownRoutesAreJson404WithoutStackTraces() throws Exception {
        HttpResponse<String> response = get("/api/nothing-here");
        assertEquals(404, response.statusCode());
        assertTrue(JsonParser.parseString(response.body()).getAsJsonObject().get("error").getAsString()
                .contains("/api/nothing-here"));
        assertFalse(response.body().contains("Exception"));
    }

    @Test
    void wrongMethodIs405() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(service.baseUri().resolve("/api/health"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, response.statusCode());
    }

    @Test
    void aBusyPortIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            HttpService second = new HttpService("127.0.0.1", taken.getLocalPort(), "test");
            IOException e = assertThrows(IOException.class, second::start);
            assertTrue(e.getMessage().contains(":" + taken.getLocalPort()), e.getMessage());
            second.close();
        }
    }
}
