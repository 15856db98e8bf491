package kdring.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import kdring.hv.qemu.ReferenceGuest;
import kdring.server.ChannelConfig;
import kdring.server.HttpService;
import kdring.server.api.ApiHandler;
import kdring.server.api.ApiModel;
import kdring.server.api.ApiToken;
import kdring.server.channels.ChannelFactory;
import kdring.server.channels.ChannelRegistry;

/**
 * {@code ./kdring bench-api}: how many packet summaries the service streams to 10 WebSocket clients while a
 * bulk memory read runs through the API, and how much the clients cost the bridge: the same read with 0
 * and with 10 clients, side by side, as a ratio (absolute times are noisy on shared machines).
 *
 * <p>Runs without OSGi: the demo reference guest under QEMU, the real channel, the real Jetty server.
 */
public final class StreamBenchmark {

    private static final int CLIENTS = 10;

    private StreamBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int mib = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Path dir = Files.createTempDirectory("kdring-bench-api");
        ApiToken token = ApiToken.loadOrCreate(dir.resolve("token"));
        try (ChannelRegistry registry = new ChannelRegistry()) {
            registry.add(ChannelFactory.open(ChannelConfig.demo(0), dir, dir.resolve("captures")));
            HttpService service = new HttpService("127.0.0.1", 0, null,
                    new ApiHandler(registry, token, () -> new ApiModel.Health("ok", "bench", "", 1)), registry, token);
            service.start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                waitOpen(registry);
                call(http, service, token, "POST", "/api/channels/demo/break-in");
                double alone = read(http, service, token, mib); // warm-up and the baseline
                alone = read(http, service, token, mib);
                List<Client> clients = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    clients.add(new Client(http, service, token));
                }
                long before = clients.stream().mapToLong(c -> c.packets.get()).sum();
                long start = System.nanoTime();
                double withClients = read(http, service, token, mib);
                Thread.sleep(500); // let the streams drain what the read produced
                double seconds = (System.nanoTime() - start) / 1e9;
                long delivered = clients.stream().mapToLong(c -> c.packets.get()).sum() - before;
                long dropped = clients.stream().mapToLong(c -> c.dropped.get()).sum();
                call(http, service, token, "POST", "/api/channels/demo/continue");
                for (Client c : clients) {
                    c.socket.abort();
                }
                System.out.printf(Locale.ROOT, "kdring bench-api: %d MiB virtual-memory read through the API (demo guest, ring)%n", mib);
                System.out.printf(Locale.ROOT, "  bridge read rate, no stream clients : %8.2f MB/s%n", alone);
                System.out.printf(Locale.ROOT, "  bridge read rate, %d stream clients : %8.2f MB/s  (ratio %.2f)%n", CLIENTS,
                        withClients, withClients / alone);
                System.out.printf(Locale.ROOT, "  packet summaries streamed           : %8.0f /s to %d clients together (%d delivered, %d dropped)%n",
                        delivered / seconds, CLIENTS, delivered, dropped);
            } finally {
                service.close();
            }
        }
    }

    private static void waitOpen(ChannelRegistry registry) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!registry.channel("demo").state().equals("open")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("demo channel did not open: " + registry.channel("demo").reason());
            }
            Thread.sleep(100);
        }
    }

    /** Reads {@code mib} MiB of the pattern in 1 MiB requests, verifying it; returns MB/s. */
    private static double read(HttpClient http, HttpService service, ApiToken token, int mib) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < mib; i++) {
            long address = ReferenceGuest.PATTERN_VA + ((long) i << 20);
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(service.baseUri().resolve(
                    "/api/channels/demo/memory?address=0x" + Long.toHexString(address) + "&length=1048576"))
                    .header("Authorization", "Bearer " + token.value()).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || ReferenceGuest.firstPatternMismatch(response.body(), (long) i << 20) != -1) {
                throw new IllegalStateException("read " + i + " failed: HTTP " + response.statusCode());
            }
        }
        return mib * 1048576 / 1e6 / ((System.nanoTime() - start) / 1e9);
    }

    private static void call(HttpClient http, HttpService service, ApiToken token, String method, String path)
            throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.baseUri().resolve(path))
                .header("Authorization", "Bearer " + token.value()).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    /** A stream client that reads as fast as it can and counts packet items. */
    private static final class Client implements WebSocket.Listener {
        final AtomicLong packets = new AtomicLong();
        final AtomicLong dropped = new AtomicLong();
        final WebSocket socket;

        Client(HttpClient http, HttpService service, ApiToken token) throws Exception {
            URI uri = URI.create(service.baseUri().toString().replace("http", "ws") + "/api/channels/demo/stream");
            socket = http.newWebSocketBuilder().header("Authorization", "Bearer " + token.value()).buildAsync(uri, this)
                    .get(10, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (last) {
                String text = data.toString();
                if (text.startsWith("{\"kind\":\"packet\"")) {
                    packets.incrementAndGet();
                }
                if (text.startsWith("{\"kind\":\"dropped\"")) {
                    dropped.set(Math.max(dropped.get(), Long.parseLong(text.replaceAll("[^0-9]", ""))));
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
