package kdring.server.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import kdring.model.story.StoryEvent;

import kdring.server.api.ServiceBackend.ActionFailedException;
import kdring.server.api.ServiceBackend.BadRequestException;
import kdring.server.api.ServiceBackend.NotAvailableException;
import kdring.server.api.ServiceBackend.NoSuchChannelException;

/**
 * The REST half of the API (Jetty 12 core handler, no servlets). Checks the bearer token on every route but
 * health, limits request bodies, answers every error as JSON {@code {"error": "..."}} with no stack trace,
 * and maps the routes in {@link #ROUTES} onto a {@link ServiceBackend}. Thread-safe: Jetty calls it from
 * its pool.
 */
public final class ApiHandler extends Handler.Abstract {

    /** The API. docs/openapi.yaml documents exactly these. */
    public static final List<Route> ROUTES = List.of(
            new Route("GET", "/api/health", false),
            new Route("GET", "/api/channels", true),
            new Route("GET", "/api/channels/{id}", true),
            new Route("GET", "/api/channels/{id}/modules", true),
            new Route("GET", "/api/channels/{id}/events", true),
            new Route("GET", "/api/channels/{id}/trace", true),
            new Route("GET", "/api/channels/{id}/throughput", true),
            new Route("POST", "/api/channels/{id}/break-in", true),
            new Route("POST", "/api/channels/{id}/continue", true),
            new Route("POST", "/api/channels/{id}/debugger/replace", true),
            new Route("POST", "/api/channels/{id}/debugger/disconnect", true),
            new Route("GET", "/api/channels/{id}/memory", true),
            new Route("POST", "/api/channels/{id}/capture/start", true),
            new Route("POST", "/api/channels/{id}/capture/stop", true),
            new Route("POST", "/api/channels/{id}/dump", true),
            new Route("GET", "/api/channels/{id}/capture", true),
            new Route("GET", "/api/channels/{id}/export", true),
            new Route("GET", "/api/channels/{id}/target/stop", true),
            new Route("GET", "/api/channels/{id}/target/registers", true),
            new Route("POST", "/api/channels/{id}/target/registers", true),
            new Route("GET", "/api/channels/{id}/target/memory", true),
            new Route("POST", "/api/channels/{id}/target/memory", true),
            new Route("POST", "/api/channels/{id}/target/evaluate", true),
            new Route("GET", "/api/channels/{id}/target/describe", true),
            new Route("GET", "/api/channels/{id}/target/disassembly", true),
            new Route("GET", "/api/channels/{id}/target/breakpoints", true),
            new Route("POST", "/api/channels/{id}/target/breakpoints", true),
            new Route("POST", "/api/channels/{id}/target/breakpoints/clear", true),
            new Route("POST", "/api/channels/{id}/target/step", true),
            new Route("POST", "/api/channels/{id}/target/run-to", true),
            new Route("POST", "/api/channels/{id}/target/console", true),
            new Route("WS", "/api/channels/{id}/stream", true));

    /** Request bodies larger than this are refused with 413. */
    public static final int MAX_BODY = 64 * 1024;
    /** The most bytes one memory read returns. */
    public static final int MAX_READ = 1 << 20;
    /** The most events one page returns. */
    public static final int MAX_PAGE = 1000;

    private static final System.Logger LOG = System.getLogger(ApiHandler.class.getName());

    private final ServiceBackend backend;
    private final ApiToken token;
    private final Supplier<ApiModel.Health> health;
    private final Gson gson = new GsonBuilder().disableHtmlEscaping().create();

    public ApiHandler(ServiceBackend backend, ApiToken token, Supplier<ApiModel.Health> health) {
        this.backend = backend;
        this.token = token;
        this.health = health;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        try {
            Matched matched = resolve(request, response, path);
            if ("POST".equals(request.getMethod())) {
                // read the body without holding a pool thread: a client trickling its body (or never sending
                // it) costs one connection, not one of the threads every other route needs. The action then
                // runs on a pool thread (it may wait for the debugger), never on the thread that read the body.
                Content.Source.asByteArrayAsync(request, MAX_BODY + 1).whenCompleteAsync((body, failure) -> {
                    if (failure != null) {
                        bodyFailed(request, response, callback, path, failure);
                    } else {
                        answer(request, response, callback, path,
                                () -> route(request, response, callback, matched, parseJsonBody(body)));
                    }
                }, request.getComponents().getExecutor());
                return true;
            }
            return answer(request, response, callback, path, () -> route(request, response, callback, matched, null));
        } catch (ApiError e) {
            return json(response, callback, e.status, new ApiModel.Error(e.getMessage()));
        }
    }

    /** One step of answering a request, which may fail with any of the errors {@link #answer} maps. */
    @FunctionalInterface
    private interface Step {
        boolean run() throws ApiError, NoSuchChannelException, ActionFailedException, BadRequestException,
                NotAvailableException, IOException;
    }

    private boolean answer(Request request, Response response, Callback callback, String path, Step step) {
        try {
            return step.run();
        } catch (ApiError e) {
            return json(response, callback, e.status, new ApiModel.Error(e.getMessage()));
        } catch (NoSuchChannelException e) {
            return json(response, callback, HttpStatus.NOT_FOUND_404, new ApiModel.Error(e.getMessage()));
        } catch (ActionFailedException e) {
            return json(response, callback, HttpStatus.CONFLICT_409, new ApiModel.Error(e.getMessage()));
        } catch (BadRequestException e) {
            return json(response, callback, HttpStatus.BAD_REQUEST_400, new ApiModel.Error(e.getMessage()));
        } catch (NotAvailableException e) {
            return json(response, callback, HttpStatus.NOT_IMPLEMENTED_501, new ApiModel.Error(e.getMessage()));
        } catch (RuntimeException | IOException e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(System.Logger.Level.ERROR, "API request " + request.getMethod() + " " + path + " failed (incident "
                    + incident + ")", e);
            return json(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500,
                    new ApiModel.Error("internal error (incident " + incident + "; see the service log)"));
        }
    }

    /**
     * The body could not be read: too large (413), or the client went away or was too slow (one log line
     * without a stack trace: this is the client's doing, not the service's).
     */
    private void bodyFailed(Request request, Response response, Callback callback, String path, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof IllegalArgumentException || cause instanceof ArithmeticException) {
            json(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413,
                    new ApiModel.Error("request body is over the " + MAX_BODY + "-byte limit"));
            return;
        }
        LOG.log(System.Logger.Level.INFO, "API request " + request.getMethod() + " " + path + " from "
                + Request.getRemoteAddr(request) + ": body not received (" + describe(cause) + ")");
        callback.failed(cause);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** A request's route and its path parameters. */
    private record Matched(Route route, Map<String, String> params) {
    }

    /** Finds the route, checks the token and the declared body length; answers nothing yet. */
    private Matched resolve(Request request, Response response, String path) throws ApiError {
        Route route = null;
        Map<String, String> params = null;
        boolean pathKnown = false;
        for (Route candidate : ROUTES) {
            Map<String, String> match = candidate.match(path);
            if (match != null) {
                pathKnown = true;
                String method = candidate.method().equals("WS") ? "GET" : candidate.method();
                if (method.equals(request.getMethod()) || ("GET".equals(method) && "HEAD".equals(request.getMethod()))) {
                    route = candidate;
                    params = match;
                    break;
                }
            }
        }
        if (route == null) {
            if (pathKnown) {
                throw new ApiError(HttpStatus.METHOD_NOT_ALLOWED_405, "method " + request.getMethod()
                        + " is not allowed on " + path);
            }
            throw new ApiError(HttpStatus.NOT_FOUND_404, "no such route: " + path);
        }
        // ?token= is accepted on the WebSocket upgrade only (browsers cannot set its headers): in a REST URL
        // it ends up in logs, histories and Referer headers
        if (route.authenticated() && !token.accepts(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"kdring\"");
            throw new ApiError(HttpStatus.UNAUTHORIZED_401,
                    "missing or wrong bearer token (send 'Authorization: Bearer <token>'; the service printed the"
                            + " token file's path when it started)");
        }
        long length = request.getLength();
        if (length > MAX_BODY) {
            throw new ApiError(HttpStatus.PAYLOAD_TOO_LARGE_413, "request body of " + length + " bytes is over the "
                    + MAX_BODY + "-byte limit");
        }
        if (route.method().equals("WS")) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "this route is a WebSocket: connect with an upgrade request");
        }
        return new Matched(route, params);
    }

    /** Answers a resolved request; {@code body} is a POST's JSON object (null when it sent none). */
    private boolean route(Request request, Response response, Callback callback, Matched matched, JsonElement body)
            throws ApiError, NoSuchChannelException, ActionFailedException, BadRequestException, NotAvailableException,
            IOException {
        Route route = matched.route();
        Map<String, String> params = matched.params();
        String id = params.get("id");
        Fields query = Request.extractQueryParameters(request);
        return switch (route.template()) {
            case "/api/health" -> json(response, callback, 200, health.get());
            case "/api/channels" -> json(response, callback, 200, backend.channels());
            case "/api/channels/{id}" -> json(response, callback, 200, backend.channel(id));
            case "/api/channels/{id}/modules" -> json(response, callback, 200, backend.modules(id));
            case "/api/channels/{id}/events" -> json(response, callback, 200, backend.events(id, kinds(query),
                    longParam(query, "from", 0, 0, Long.MAX_VALUE), (int) longParam(query, "limit", 100, 1, MAX_PAGE)));
            case "/api/channels/{id}/trace" -> json(response, callback, 200, backend.trace(id,
                    longParam(query, "from", 0, 0, Long.MAX_VALUE), (int) longParam(query, "limit", 100, 1, MAX_PAGE)));
            case "/api/channels/{id}/throughput" -> json(response, callback, 200,
                    backend.throughput(id, longParam(query, "since", 0, 0, Long.MAX_VALUE)));
            case "/api/channels/{id}/break-in" -> json(response, callback, 200, backend.breakIn(id));
            case "/api/channels/{id}/continue" -> {
                backend.go(id);
                yield json(response, callback, 200, Map.of("state", "running"));
            }
            case "/api/channels/{id}/debugger/replace" -> json(response, callback, 200,
                    backend.replaceDebugger(id, "the API (" + Request.getRemoteAddr(request) + ")"));
            case "/api/channels/{id}/debugger/disconnect" -> json(response, callback, 200, backend.disconnectDebugger(id,
                    reason(body, "disconnected through the API (" + Request.getRemoteAddr(request) + ")")));
            case "/api/channels/{id}/memory" -> bytes(response, callback, backend.readMemory(id,
                    addressParam(query), (int) longParam(query, "length", 256, 1, MAX_READ)));
            case "/api/channels/{id}/capture/start" -> json(response, callback, 200, backend.startCapture(id));
            case "/api/channels/{id}/capture/stop" -> json(response, callback, 200, backend.stopCapture(id));
            case "/api/channels/{id}/dump" -> json(response, callback, 200, backend.dump(id, dumpKind(query)));
            case "/api/channels/{id}/capture" -> download(response, callback, id);
            case "/api/channels/{id}/export" -> export(response, callback, id, query.getValue("format"));
            default -> {
                if (route.template().startsWith("/api/channels/{id}/target/")) {
                    yield json(response, callback, 200, TargetRoutes.answer(route, query, body, () -> backend.target(id)));
                }
                throw new IllegalStateException("route without a handler: " + route);
            }
        };
    }

    private boolean download(Response response, Callback callback, String id)
            throws NoSuchChannelException, ApiError, IOException {
        Path file = backend.captureFile(id).orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND_404,
                "channel '" + id + "' has no capture; start one with POST /api/channels/" + id + "/capture/start"));
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/octet-stream");
        response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + file.getFileName() + "\"");
        // the capture may still be growing: send what is there now (record-aligned reading is the client's),
        // streamed from the file so that a capture of any size costs a buffer, not the heap
        long size = Files.size(file);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, size);
        Content.copy(Content.Source.from(file, 0, size), response, callback);
        return true;
    }

    /** The most characters of a reason kept; it goes to the log, the event log and the debugger. */
    static final int MAX_REASON = 200;

    /**
     * The optional {@code "reason"} of an action's body, one line of at most {@link #MAX_REASON} printable
     * characters (it is logged: no line breaks or control characters get through), or {@code fallback}.
     */
    private static String reason(JsonElement body, String fallback) throws ApiError {
        if (body == null || !body.getAsJsonObject().has("reason")) {
            return fallback;
        }
        JsonElement value = body.getAsJsonObject().get("reason");
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "'reason' must be a string");
        }
        String text = value.getAsString().replaceAll("\\p{Cntrl}", " ").strip();
        if (text.isEmpty()) {
            return fallback;
        }
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "…" : text;
    }

    private static String dumpKind(Fields query) throws ApiError {
        String kind = query.getValue("kind");
        if (kind == null) {
            return "full";
        }
        if (!kind.equals("full") && !kind.equals("bitmap")) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "parameter 'kind' must be full or bitmap, not '" + kind + "'");
        }
        return kind;
    }

    private static long addressParam(Fields query) throws ApiError {
        String value = query.getValue("address");
        if (value == null) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "parameter 'address' is required (hex, e.g. 0xFFFFF80100000000)");
        }
        try {
            String digits = value.strip().toLowerCase(java.util.Locale.ROOT);
            return Long.parseUnsignedLong(digits.startsWith("0x") ? digits.substring(2) : digits, 16);
        } catch (NumberFormatException e) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "parameter 'address' is not a hex address: '" + value + "'");
        }
    }

    private static boolean bytes(Response response, Callback callback, byte[] data) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/octet-stream");
        response.write(true, ByteBuffer.wrap(data), callback);
        return true;
    }

    private boolean export(Response response, Callback callback, String id, String format)
            throws NoSuchChannelException, ActionFailedException, ApiError, IOException {
        if (!"pcapng".equals(format) && !"json".equals(format)) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "parameter 'format' must be pcapng or json (csv and windbg"
                    + " exports are folders: use ./kdring export on the downloaded capture)");
        }
        Path file = backend.export(id, format);
        try {
            response.setStatus(200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE,
                    "json".equals(format) ? "application/json" : "application/octet-stream");
            response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION,
                    "attachment; filename=\"" + id + "." + format + "\"");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Files.size(file));
            Content.copy(Content.Source.from(file), response, Callback.from(callback, () -> deleteQuietly(file)));
            return true;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot delete the export " + file + ": " + e.getMessage());
        }
    }

    private static JsonElement parseJsonBody(byte[] body) throws ApiError {
        if (body.length > MAX_BODY) {
            throw new ApiError(HttpStatus.PAYLOAD_TOO_LARGE_413, "request body is over the " + MAX_BODY + "-byte limit");
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            JsonElement json = JsonParser.parseString(text);
            if (!json.isJsonObject()) {
                throw new ApiError(HttpStatus.BAD_REQUEST_400, "request body must be a JSON object");
            }
            return json;
        } catch (JsonParseException e) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "request body is not valid JSON");
        }
    }

    private static Set<StoryEvent.Kind> kinds(Fields query) throws ApiError {
        Set<StoryEvent.Kind> kinds = new HashSet<>();
        String value = query.getValue("kind");
        if (value != null && !value.isBlank()) {
            for (String name : value.split(",")) {
                StoryEvent.Kind kind = StoryEvent.Kind.ofApiName(name.strip()).orElse(null);
                if (kind == null) {
                    throw new ApiError(HttpStatus.BAD_REQUEST_400, "unknown event kind '" + name.strip() + "' (known: "
                            + String.join(", ", java.util.Arrays.stream(StoryEvent.Kind.values())
                                    .map(StoryEvent.Kind::apiName).toList()) + ")");
                }
                kinds.add(kind);
            }
        }
        return kinds;
    }

    static long longParam(Fields query, String name, long fallback, long min, long max) throws ApiError {
        String value = query.getValue(name);
        if (value == null) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed < min || parsed > max) {
                throw new ApiError(HttpStatus.BAD_REQUEST_400, "parameter '" + name + "' must be between " + min
                        + " and " + max + ", got " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new ApiError(HttpStatus.BAD_REQUEST_400, "parameter '" + name + "' is not a number: '" + value + "'");
        }
    }

    private boolean json(Response response, Callback callback, int status, Object body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap((gson.toJson(body) + "\n").getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    /** An error answer with its HTTP status. */
    static final class ApiError extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        ApiError(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
