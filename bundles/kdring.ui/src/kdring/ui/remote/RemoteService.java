package kdring.ui.remote;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import kdring.kd.observer.LoadedModule;

/**
 * A client of a remote kdring service's HTTP API (docs/openapi.yaml) with {@link HttpClient}: channels,
 * modules, break-in, continue, memory, and the WebSocket stream. Every call blocks (call it off the UI
 * thread) and fails with an {@link IOException} whose message says what went wrong in the user's terms.
 * Thread-safe.
 */
public final class RemoteService {

    /** Timeout of ordinary calls; break-in may take longer (the guest must stop). */
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final Duration BREAK_IN_TIMEOUT = Duration.ofSeconds(70);

    /**
     * One remote channel as the service lists it. Immutable.
     *
     * @param id            the channel id in the API
     * @param vm            the VM
     * @param state         waiting, open, closed or faulted
     * @param reason        why
     * @param transport     ring or uart
     * @param windbgCommand the first endpoint's WinDbg command line, "" when none
     */
    public record RemoteChannel(String id, String vm, String state, String reason, String transport,
            String windbgCommand) {
    }

    private final URI base;
    private final String token;
    private final HttpClient client;

    /**
     * @param base  e.g. http://dom0.example:8765 (a trailing slash or path is ignored)
     * @param token the service's bearer token
     */
    public RemoteService(URI base, String token) {
        if (base.getScheme() == null || !(base.getScheme().equals("http") || base.getScheme().equals("https"))
                || base.getHost() == null) {
            throw new IllegalArgumentException("'" + base + "' is not an http:// or https:// URL of a kdring service");
        }
        this.base = URI.create(base.getScheme() + "://" + base.getRawAuthority() + "/");
        this.token = token.strip();
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** @return "host:port" of the service, how the Channels view groups its channels */
    public String host() {
        return base.getRawAuthority();
    }

    /** @return every channel of the service */
    public List<RemoteChannel> channels() throws IOException {
        JsonArray array = json(get("api/channels", TIMEOUT)).getAsJsonArray();
        List<RemoteChannel> channels = new ArrayList<>();
        for (JsonElement element : array) {
            channels.add(channel(element.getAsJsonObject()));
        }
        return channels;
    }

    /** @return one channel */
    public RemoteChannel channel(String id) throws IOException {
        return channel(json(get("api/channels/" + id, TIMEOUT)).getAsJsonObject());
    }

    private static RemoteChannel channel(JsonObject o) {
        String command = "";
        if (o.has("endpoints")) {
            for (JsonElement endpoint : o.getAsJsonArray("endpoints")) {
                JsonObject e = endpoint.getAsJsonObject();
                if (command.isEmpty() && e.has("windbgCommand") && !e.get("windbgCommand").isJsonNull()) {
                    command = e.get("windbgCommand").getAsString();
                }
            }
        }
        return new RemoteChannel(text(o, "id"), text(o, "vm"), text(o, "state"), text(o, "reason"),
                text(o, "transport").toLowerCase(Locale.ROOT), command);
    }

    /** @return the channel's module table in load order */
    public List<LoadedModule> modules(String id) throws IOException {
        List<LoadedModule> modules = new ArrayList<>();
        for (JsonElement element : json(get("api/channels/" + id + "/modules", TIMEOUT)).getAsJsonArray()) {
            JsonObject m = element.getAsJsonObject();
            modules.add(new LoadedModule(text(m, "path").isEmpty() ? text(m, "name") : text(m, "path"),
                    Long.parseUnsignedLong(text(m, "base").replaceFirst("^0[xX]", ""), 16), m.get("size").getAsInt(),
                    (int) Long.parseLong(text(m, "checksum").replaceFirst("^0[xX]", "").isEmpty() ? "0"
                            : text(m, "checksum").replaceFirst("^0[xX]", ""), 16),
                    0, LoadedModule.Source.MODULE_WALK));
        }
        return modules;
    }

    /** Breaks in; @return a line describing the stop */
    /**
     * One row of the service's packet trace: its position, direction, time, and exact wire bytes.
     *
     * @param index     the row's index in the service's trace
     * @param toDebugger whether the target sent it
     * @param timeNanos when it crossed, nanoseconds since the Unix epoch
     * @param bytes     the wire bytes
     */
    public record TraceRow(long index, boolean toDebugger, long timeNanos, byte[] bytes) {
    }

    /** @return rows {@code from} on (at most {@code limit}) of the channel's packet trace, oldest first */
    public List<TraceRow> trace(String id, long from, int limit) throws IOException {
        JsonObject page = json(get("api/channels/" + id + "/trace?from=" + from + "&limit=" + limit, TIMEOUT))
                .getAsJsonObject();
        List<TraceRow> rows = new java.util.ArrayList<>();
        for (JsonElement element : page.getAsJsonArray("rows")) {
            JsonObject row = element.getAsJsonObject();
            rows.add(new TraceRow(row.get("index").getAsLong(), "target".equals(text(row, "direction")),
                    row.get("timeNanos").getAsLong(), java.util.Base64.getDecoder().decode(text(row, "bytes"))));
        }
        return rows;
    }

    public String breakIn(String id) throws IOException {
        JsonObject stop = json(send("POST", "api/channels/" + id + "/break-in", BREAK_IN_TIMEOUT)).getAsJsonObject();
        return "stopped: exception " + text(stop, "exceptionCode") + " at " + text(stop, "address") + " on processor "
                + (stop.has("processor") ? stop.get("processor").getAsInt() : 0);
    }

    /** Lets the stopped guest run. */
    public void resume(String id) throws IOException {
        send("POST", "api/channels/" + id + "/continue", TIMEOUT);
    }

    /** Reads guest virtual memory while the guest is stopped. */
    public byte[] memory(String id, long address, int length) throws IOException {
        return call(request(String.format(Locale.ROOT, "api/channels/%s/memory?address=0x%X&length=%d", id, address,
                length), TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Downloads the channel's capture file (docs/capture-format.md) to {@code target}.
     *
     * @throws IOException also when the service records no capture of the channel (start one first)
     */
    public Path downloadCapture(String id, Path target) throws IOException {
        HttpResponse.BodyHandler<Object> handler = info -> info.statusCode() == 200
                ? HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofFile(target), p -> (Object) p)
                : HttpResponse.BodySubscribers.mapping(
                        HttpResponse.BodySubscribers.ofString(java.nio.charset.StandardCharsets.UTF_8), t -> (Object) t);
        try {
            return (Path) call(request("api/channels/" + id + "/capture", Duration.ofMinutes(10)).GET().build(), handler);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("not found")) {
                throw new IOException("the service has no capture of " + id + " (" + e.getMessage()
                        + "); start a capture of the channel first (Start capture), then download it", e);
            }
            throw e;
        }
    }

    /**
     * Starts or stops the service's capture of the channel.
     *
     * @return the capture file on the service's host
     */
    public String capture(String id, boolean start) throws IOException {
        JsonObject capture = json(send("POST", "api/channels/" + id + "/capture/" + (start ? "start" : "stop"),
                TIMEOUT)).getAsJsonObject();
        return text(capture, "file");
    }

    /** Opens the channel's live stream; {@code listener} gets its text messages. */
    public CompletableFuture<WebSocket> stream(String id, WebSocket.Listener listener) {
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "api/channels/" + id + "/stream");
        return client.newWebSocketBuilder().header("Authorization", "Bearer " + token).connectTimeout(TIMEOUT)
                .buildAsync(uri, listener);
    }

    private String get(String path, Duration timeout) throws IOException {
        return call(request(path, timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String send(String method, String path, Duration timeout) throws IOException {
        return call(request(path, timeout).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Authorization", "Bearer " + token);
    }

    /**
     * The service refused a debugging front-end request ({@code /target} routes): {@link #status()} is the HTTP
     * status, the message is the service's own one-line error, fit to show as it is.
     */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        /** 400 bad input, 404 no such channel or route, 409 the target runs or refused, 501 not on this service. */
        public int status() {
            return status;
        }
    }

    /**
     * One request to the channel's debugging routes, {@code /api/channels/ID/target/ROUTE}.
     *
     * @param method GET or POST
     * @param route  e.g. {@code registers?processor=0} (the caller encodes the query)
     * @param body   a POST's JSON body, or null
     * @return the JSON answer
     * @throws Refused with the service's message when it answers anything but 200
     */
    public JsonElement target(String id, String method, String route, JsonObject body, Duration timeout)
            throws IOException {
        HttpRequest request = request("api/channels/" + id + "/target/" + route, timeout)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new Refused(response.statusCode(), errorText(response.body()));
        }
        return json(response.body());
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return client.send(request, handler);
        } catch (ConnectException e) {
            throw new IOException("no kdring service answers at " + base + " (is ./kdring serve running there, and "
                    + "is the port reachable from here?)", e);
        } catch (HttpTimeoutException e) {
            throw new IOException("the kdring service at " + base + " did not answer in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private <T> T call(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        HttpResponse<T> response = exchange(request, handler);
        int status = response.statusCode();
        if (status == 200) {
            return response.body();
        }
        String error = errorText(response.body());
        throw new IOException(switch (status) {
            case 401 -> "the service at " + base + " refused the token (" + error + "); use the token from the "
                    + "service's token file";
            case 404 -> "not found: " + error;
            case 409 -> "not now: " + error;
            default -> "the service answered " + status + ": " + error;
        });
    }

    private static String errorText(Object body) {
        String text = body instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                : String.valueOf(body);
        try {
            JsonObject o = JsonParser.parseString(text).getAsJsonObject();
            return o.has("error") ? o.get("error").getAsString() : text;
        } catch (RuntimeException e) {
            return text;
        }
    }

    private JsonElement json(String body) throws IOException {
        try {
            return JsonParser.parseString(body);
        } catch (JsonParseException e) {
            throw new IOException("the service at " + base + " sent something that is not JSON: " + e.getMessage(), e);
        }
    }

    static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }
}
