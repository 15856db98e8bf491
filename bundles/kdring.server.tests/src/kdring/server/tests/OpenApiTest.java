package kdring.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import kdring.server.HttpService;
import kdring.server.api.ApiHandler;
import kdring.server.api.ApiModel;
import kdring.server.api.ApiToken;
import kdring.server.api.Route;

/**
 * docs/openapi.yaml documents exactly the routes the server serves, and each route answers with the shape
 * the document gives it (a route missing from the handler would answer 500 and fail here).
 */
class OpenApiTest {

    @TempDir
    Path dir;

    private static Path doc() {
        return Path.of(System.getProperty("kdring.root", "../..")).resolve("docs/openapi.yaml");
    }

    @Test
    void documentedAndServedRoutesAreTheSame() throws Exception {
        Path doc = doc();
        Set<String> documented = new TreeSet<>();
        String path = null;
        Pattern pathLine = Pattern.compile("^  (/api\\S*):\\s*$");
        Pattern methodLine = Pattern.compile("^    (get|post|put|delete|patch):\\s*$");
        boolean websocket = false;
        for (String line : Files.readAllLines(doc)) {
            Matcher p = pathLine.matcher(line);
            Matcher m = methodLine.matcher(line);
            if (p.matches()) {
                path = p.group(1);
            } else if (m.matches() && path != null) {
                documented.add(m.group(1).toUpperCase() + " " + path);
            } else if (line.strip().equals("x-websocket: true") && path != null) {
                documented.remove("GET " + path);
                documented.add("WS " + path);
                websocket = true;
            } else if (!line.startsWith(" ") && !line.isEmpty()) {
                path = null;
            }
        }
        Set<String> served = new TreeSet<>();
        for (Route route : ApiHandler.ROUTES) {
            served.add(route.method() + " " + route.template());
        }
        assertEquals(served, documented);
        assertEquals(true, websocket, "the stream route is marked x-websocket");
    }

    /** A documented route: its method, path, and what its 200 answer holds. */
    private record Documented(String method, String path, String schema, boolean array, boolean json) {
    }

    private static List<Documented> documentedRoutes(List<String> lines) {
        List<Documented> routes = new ArrayList<>();
        Pattern pathLine = Pattern.compile("^  (/api\\S*):\\s*$");
        Pattern methodLine = Pattern.compile("^    (get|post):\\s*$");
        Pattern ok = Pattern.compile("^\\s+\"200\": (.*)$");
        Pattern ref = Pattern.compile("\\$ref: \"#/components/schemas/(\\w+)\"");
        String path = null;
        String method = null;
        for (String line : lines) {
            Matcher p = pathLine.matcher(line);
            Matcher m = methodLine.matcher(line);
            Matcher answer = ok.matcher(line);
            if (p.matches()) {
                path = p.group(1);
                method = null;
            } else if (m.matches() && path != null) {
                method = m.group(1).toUpperCase();
            } else if (answer.matches() && method != null) {
                Matcher r = ref.matcher(answer.group(1));
                routes.add(new Documented(method, path, r.find() ? r.group(1) : null,
                        answer.group(1).contains("type: array"), answer.group(1).contains("application/json")));
            } else if (!line.startsWith(" ") && !line.isEmpty()) {
                path = null;
            }
        }
        return routes;
    }

    /** The property names of schema {@code name} in components/schemas. */
    private static Set<String> properties(List<String> lines, String name) {
        String text = null;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("    " + name + ":")) {
                String rest = lines.get(i).substring(("    " + name + ":").length());
                for (int j = i + 1; !rest.contains("properties:") && j < lines.size() && lines.get(j).startsWith("      "); j++) {
                    rest = rest + lines.get(j);
                }
                text = rest;
                break;
            }
        }
        assertNotNull(text, "schema " + name + " is documented");
        String body = text.substring(text.indexOf("properties:") + "properties:".length()).strip();
        Set<String> names = new TreeSet<>();
        int depth = 0;
        StringBuilder key = new StringBuilder();
        boolean inKey = true;
        for (char c : body.substring(1).toCharArray()) {
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && c == ':' && inKey) {
                names.add(key.toString().strip());
                key.setLength(0);
                inKey = false;
            } else if (depth == 0 && c == ',') {
                inKey = true;
            } else if (depth == 0 && inKey) {
                key.append(c);
            }
        }
        return names;
    }

    /** A well-formed body for each route that requires one (the example values the document gives). */
    private static final java.util.Map<String, String> REQUEST_BODIES = java.util.Map.of(
            "POST /api/channels/{id}/target/registers", "{\"name\": \"rax\", \"value\": \"0x1234\"}",
            "POST /api/channels/{id}/target/memory", "{\"address\": \"0xFFFFF80000100000\", \"data\": \"90 90\"}",
            "POST /api/channels/{id}/target/evaluate", "{\"expression\": \"nt!KeTickHook+4\"}",
            "POST /api/channels/{id}/target/breakpoints", "{\"expression\": \"nt!KeTickHook\"}",
            "POST /api/channels/{id}/target/breakpoints/clear", "{\"breakpoint\": 0}",
            "POST /api/channels/{id}/target/run-to", "{\"expression\": \"nt!KeTickHook\"}",
            "POST /api/channels/{id}/target/console", "{\"command\": \"dq @rsp L4\"}");

    @Test
    void everyDocumentedRouteAnswersWithItsDocumentedShape() throws Exception {
        List<String> lines = Files.readAllLines(doc());
        ApiToken token = ApiToken.loadOrCreate(dir.resolve("token"));
        FakeBackend backend = new FakeBackend(dir);
        ApiHandler api = new ApiHandler(backend, token, () -> new ApiModel.Health("ok", "test", "now", 1));
        HttpService service = new HttpService("127.0.0.1", 0, null, api, backend, token);
        service.start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            List<Documented> routes = documentedRoutes(lines);
            Set<String> called = new TreeSet<>();
            for (Documented route : routes) {
                String path = route.path().replace("{id}", FakeBackend.ID);
                if (route.method().equals("GET") && path.endsWith("/memory")) {
                    path += "?address=0x1000&length=16";
                } else if (path.endsWith("/export")) {
                    path += "?format=json";
                } else if (path.endsWith("/target/describe")) {
                    path += "?address=0x1000";
                } else if (path.endsWith("/target/disassembly")) {
                    path += "?address=0x1000&count=1";
                }
                String requestBody = REQUEST_BODIES.get(route.method() + " " + route.path());
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(service.baseUri().resolve(path))
                        .header("Authorization", "Bearer " + token.value()).timeout(Duration.ofSeconds(20))
                        .method(route.method(), requestBody == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(requestBody)).build(),
                        HttpResponse.BodyHandlers.ofString());
                String what = route.method() + " " + route.path();
                assertEquals(200, response.statusCode(), what + ": " + response.body());
                called.add(what);
                String type = response.headers().firstValue("content-type").orElse("");
                if (route.schema() == null) {
                    continue; // bytes, or a documented answer without a body schema
                }
                assertTrue(type.startsWith("application/json"), what + " answers " + type);
                JsonElement body = JsonParser.parseString(response.body());
                Set<String> documented = properties(lines, route.schema());
                List<JsonElement> objects = new ArrayList<>();
                if (route.array()) {
                    assertTrue(body.isJsonArray(), what + " answers an array: " + body);
                    assertFalse(body.getAsJsonArray().isEmpty(), what + ": the fake backend gives one element");
                    body.getAsJsonArray().forEach(objects::add);
                } else {
                    objects.add(body);
                }
                for (JsonElement object : objects) {
                    assertTrue(object.isJsonObject(), what + ": " + object);
                    assertEquals(documented, new TreeSet<>(object.getAsJsonObject().keySet()),
                            what + " answers the properties of " + route.schema());
                }
            }
            Set<String> served = new TreeSet<>();
            for (Route route : ApiHandler.ROUTES) {
                if (!route.method().equals("WS")) {
                    served.add(route.method() + " " + route.template());
                }
            }
            assertEquals(served, called, "every served REST route was called");

            // the stream: a WebSocket whose items are StreamItems
            List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.net.http.WebSocket socket = client.newWebSocketBuilder()
                    .header("Authorization", "Bearer " + token.value())
                    .buildAsync(URI.create(service.baseUri().toString().replace("http", "ws") + "/api/channels/"
                            + FakeBackend.ID + "/stream"), new java.net.http.WebSocket.Listener() {
                                @Override
                                public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket ws,
                                        CharSequence data, boolean last) {
                                    received.add(data.toString());
                                    ws.request(1);
                                    return null;
                                }
                            }).get(10, TimeUnit.SECONDS);
            try {
                Deadline.await(Duration.ofSeconds(10), "a stream item", () -> !received.isEmpty());
                JsonObject item = JsonParser.parseString(received.get(0)).getAsJsonObject();
                assertTrue(properties(lines, "StreamItem").containsAll(item.keySet()), item.toString());
                // every documented field but the stop, which only a breakin event has
                java.util.Set<String> eventKeys = item.getAsJsonObject("event").keySet();
                java.util.Set<String> documented = new java.util.TreeSet<>(properties(lines, "Event"));
                assertTrue(documented.containsAll(eventKeys), eventKeys + " documented as " + documented);
                documented.remove("stop");
                assertTrue(eventKeys.containsAll(documented), eventKeys + " lacks some of " + documented);
            } finally {
                socket.abort();
            }
        } finally {
            service.close();
        }
    }
}
