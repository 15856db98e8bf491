package kdring.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

import kdring.server.api.ApiHandler;
import kdring.server.api.ApiToken;
import kdring.server.api.Route;
import kdring.server.api.ServiceBackend;
import kdring.server.api.StreamSockets;

/**
 * The HTTP face of the headless service: Jetty 12 with the REST routes of {@link ApiHandler} and the live
 * WebSocket stream, on loopback unless configured otherwise, optionally over TLS.
 *
 * <p>Lifecycle: {@link #start()} once, {@link #close()} once; both may be called from any thread.
 */
public final class HttpService implements AutoCloseable {

    /** Where TLS material comes from; null fields mean plain HTTP. */
    public record Tls(Path keystore, String password) {
    }

    /**
     * The slowest a request body may arrive, in bytes per second: a client trickling its body is cut off
     * instead of keeping its connection (bodies are read asynchronously, so it never holds a pool thread).
     */
    public static final long MIN_REQUEST_DATA_RATE = 256;
    /** How long an HTTP connection may stay silent (a body that never comes, an idle keep-alive). */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    private final Server server;
    private final ServerConnector connector;
    private final boolean tls;
    private final StreamSockets streams;

    /**
     * @param host the address to bind, e.g. 127.0.0.1
     * @param port the TCP port, 0 for any free port
     * @param tlsConfig keystore for HTTPS, or null for HTTP
     * @param api the REST routes
     * @param backend what the WebSocket stream subscribes to
     * @param token the bearer token the stream requires too
     */
    public HttpService(String host, int port, Tls tlsConfig, ApiHandler api, ServiceBackend backend, ApiToken token) {
        QueuedThreadPool threads = new QueuedThreadPool(32, 4);
        threads.setName("kdring-http");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(16 * 1024);
        http.setMinRequestDataRate(MIN_REQUEST_DATA_RATE);
        this.tls = tlsConfig != null;
        if (tls) {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(tlsConfig.keystore().toString());
            ssl.setKeyStorePassword(tlsConfig.password());
            http.addCustomizer(new SecureRequestCustomizer(false));
            connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                    new HttpConnectionFactory(http));
        } else {
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
        }
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        server.addConnector(connector);

        streams = new StreamSockets(backend);
        Route stream = ApiHandler.ROUTES.stream().filter(r -> r.method().equals("WS")).findFirst().orElseThrow();
        WebSocketUpgradeHandler websockets = WebSocketUpgradeHandler.from(server, container -> {
            container.setMaxTextMessageSize(64 * 1024);
            container.setIdleTimeout(Duration.ofMinutes(10));
            container.addMapping("uri-template|" + stream.template(), (request, response, callback) -> {
                String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
                String query = org.eclipse.jetty.server.Request.extractQueryParameters(request).getValue("token");
                if (!token.accepts(authorization) && !token.accepts(query == null ? null : "Bearer " + query)) {
                    Response.writeError(request, response, callback, HttpStatus.UNAUTHORIZED_401,
                            "missing or wrong bearer token");
                    return null;
                }
                Map<String, String> params = stream.match(org.eclipse.jetty.server.Request.getPathInContext(request));
                String id = params == null ? "" : params.get("id");
                try {
                    backend.channel(id);
                } catch (ServiceBackend.NoSuchChannelException e) {
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404, e.getMessage());
                    return null;
                }
                return streams.create(id);
            });
        });
        websockets.setHandler(api);
        server.setHandler(websockets);
        server.setStopAtShutdown(false);
    }

    /**
     * Checks that the API is not offered in plain text beyond this machine: the bearer token would cross
     * the network readable by anyone on the path.
     *
     * @param host the address the API would bind
     * @param tls whether it is served over TLS
     * @param allowPlainRemote the operator's explicit consent to plain HTTP on a non-loopback address
     * @return why the binding is refused, or null when it is fine
     */
    public static String refusedBinding(String host, boolean tls, boolean allowPlainRemote) {
        if (tls || allowPlainRemote) {
            return null;
        }
        boolean loopback;
        try {
            java.net.InetAddress[] addresses = java.net.InetAddress.getAllByName(host);
            loopback = addresses.length > 0 && java.util.Arrays.stream(addresses)
                    .allMatch(java.net.InetAddress::isLoopbackAddress);
        } catch (java.net.UnknownHostException e) {
            loopback = false;
        }
        if (loopback) {
            return null;
        }
        return "refusing to serve the API on " + host + " over plain HTTP: the bearer token would cross the network"
                + " in the clear. Configure TLS (http.tls-keystore in the config file), bind 127.0.0.1 and tunnel"
                + " (ssh -L), or accept the risk explicitly with --insecure-http";
    }

    /**
     * Caps the kernel's send buffer of each accepted connection (before {@link #start()}). By default the
     * kernel sizes it (up to megabytes on loopback), so a stream client that stops reading is noticed only
     * after that much; a small cap makes the stream's own bounded queue the limit, which tests use to see a
     * slow client lose items.
     */
    public void limitSendBuffer(int bytes) {
        connector.setAcceptedSendBufferSize(bytes);
    }

    /** Starts listening; fails with a message naming the address when it cannot bind. */
    public void start() throws IOException {
        try {
            server.start();
        } catch (IOException e) {
            close();
            throw new IOException("cannot listen on " + connector.getHost() + ":" + connector.getPort() + ": "
                    + e.getMessage(), e);
        } catch (Exception e) {
            close();
            throw new IOException("HTTP service failed to start: " + e.getMessage(), e);
        }
    }

    /** @return the address actually bound (the port is known only after {@link #start()}) */
    public InetSocketAddress address() {
        return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
    }

    /** @return the base URL, e.g. http://127.0.0.1:8765 */
    public URI baseUri() {
        return URI.create((tls ? "https://" : "http://") + connector.getHost() + ":" + connector.getLocalPort());
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
        streams.close();
    }
}
