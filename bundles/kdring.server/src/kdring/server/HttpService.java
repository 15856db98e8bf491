package kdring.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import com.google.gson.JsonObject;

/**
 * The HTTP face of the headless service (Jetty 12, no servlets). Binds to loopback unless told otherwise.
 * This first version serves {@code GET /api/health}; every other path is a JSON 404.
 *
 * <p>Lifecycle: {@link #start()} once, {@link #close()} once; both may be called from any thread.
 */
public final class HttpService implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final Instant started = Instant.now();
    private final String version;

    /**
     * @param host the address to bind, e.g. 127.0.0.1
     * @param port the TCP port, 0 for any free port
     * @param version the kdring version reported by health
     */
    public HttpService(String host, int port, String version) {
        this.version = Objects.requireNonNull(version);
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("kdring-http");
        server = new Server(threads);
        connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new Routes());
        server.setStopAtShutdown(false);
    }

    /** Starts listening; fails with a message naming the address when it cannot bind. */
    public void start() throws IOException {
        try {
            server.start();
        } catch (IOException e) {
            throw new IOException("cannot listen on " + connector.getHost() + ":" + connector.getPort() + ": "
                    + e.getMessage(), e);
        } catch (Exception e) {
            throw new IOException("HTTP service failed to start: " + e.getMessage(), e);
        }
    }

    /** @return the address actually bound (the port is known only after {@link #start()}) */
    public InetSocketAddress address() {
        return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
    }

    /** @return the base URL, e.g. http://127.0.0.1:8765 */
    public URI baseUri() {
        return URI.create("http://" + connector.getHost() + ":" + connector.getLocalPort());
    }

    /** Blocks until the server has stopped. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort; the process is going away
        }
    }

    private final class Routes extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String path = Request.getPathInContext(request);
            if ("/api/health".equals(path)) {
                if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                    return json(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405,
                            error("method " + request.getMethod() + " is not allowed on " + path));
                }
                JsonObject health = new JsonObject();
                health.addProperty("status", "ok");
                health.addProperty("version", version);
                health.addProperty("started", started.toString());
                return json(response, callback, HttpStatus.OK_200, health);
            }
            return json(response, callback, HttpStatus.NOT_FOUND_404, error("no such route: " + path));
        }
    }

    private static JsonObject error(String message) {
        JsonObject error = new JsonObject();
        error.addProperty("error", message);
        return error;
    }

    private static boolean json(Response response, Callback callback, int status, JsonObject body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap((body + "\n").getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
