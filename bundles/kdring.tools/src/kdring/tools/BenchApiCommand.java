package kdring.tools;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import kdring.hv.qemu.ReferenceGuest;
import kdring.server.ChannelConfig;
import kdring.server.HttpService;
import kdring.server.api.ApiHandler;
import kdring.server.api.ApiModel;
import kdring.server.api.ApiToken;
import kdring.server.api.ServiceBackend.NoSuchChannelException;
import kdring.server.channels.ChannelFactory;
import kdring.server.channels.ChannelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code kdring bench-api [MIB]}: how many packet summaries the service streams to 10 WebSocket clients while
 * a bulk memory read runs through the API, and how much the clients cost the bridge: the same read with 0
 * and with 10 clients, side by side, as a ratio (absolute times are noisy on shared machines).
 *
 * <p>Runs without OSGi: the demo reference guest under QEMU, the real channel, the real Jetty server.
 */
@Command(name = "bench-api", description = { "Stream packet summaries to 10 WebSocket clients of the service during "
        + "a bulk read through its API, and compare the bridge's read rate with and without them." },
        footer = "Exit codes: 0 ok; 1 the benchmark failed (the reason is printed); 2 bad arguments.")
final class BenchApiCommand extends ToolCommand {

    private static final int CLIENTS = 10;

    @Parameters(arity = "0..1", paramLabel = "MIB", description = "MiB to read in each pass (default 8).")
    int mib = 8;

    @Override
    public Integer call() {
        int pattern = ReferenceGuest.Options.of("demo", "ring").patternMiB(); // what the demo guest holds
        if (mib < 1 || mib > pattern) {
            throw badInput("MIB must be 1.." + pattern + " (the demo guest's pattern), not " + mib);
        }
        try (WorkFolder work = WorkFolder.create("kdring-bench-api-")) {
            return measure(work);
        } catch (IOException | IllegalStateException | ExecutionException | TimeoutException
                | NoSuchChannelException e) {
            return fail(Main.FAILED, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(Main.FAILED, "interrupted");
        }
    }

    private int measure(WorkFolder work) throws IOException, InterruptedException, ExecutionException,
            TimeoutException, NoSuchChannelException {
        ApiToken token = ApiToken.loadOrCreate(work.path().resolve("token"));
        try (ChannelRegistry registry = new ChannelRegistry()) {
            registry.add(ChannelFactory.open(ChannelConfig.demo(0), work.path(), work.path().resolve("captures")));
            HttpService service = new HttpService("127.0.0.1", 0, null,
                    new ApiHandler(registry, token, () -> new ApiModel.Health("ok", "bench", "", 1)), registry, token);
            service.start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                waitOpen(registry);
                call(http, service, token, "POST", "/api/channels/demo/break-in");
                read(http, service, token); // warm-up
                double alone = read(http, service, token); // the baseline
                List<Client> clients = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    clients.add(new Client(http, service, token));
                }
                long before = clients.stream().mapToLong(c -> c.packets.get()).sum();
                long start = System.nanoTime();
                double withClients = read(http, service, token);
                Thread.sleep(500); // let the streams drain what the read produced
                double seconds = (System.nanoTime() - start) / 1e9;
                long delivered = clients.stream().mapToLong(c -> c.packets.get()).sum() - before;
                long dropped = clients.stream().mapToLong(c -> c.dropped.get()).sum();
                call(http, service, token, "POST", "/api/channels/demo/continue");
                for (Client c : clients) {
                    c.socket.abort();
                }
                out().printf(Locale.ROOT, "kdring bench-api: %d MiB virtual-memory read through the API (demo guest, "
                        + "ring)%n", mib);
                out().printf(Locale.ROOT, "  bridge read rate, no stream clients : %8.2f MB/s%n", alone);
                out().printf(Locale.ROOT, "  bridge read rate, %d stream clients : %8.2f MB/s  (ratio %.2f)%n", CLIENTS,
                        withClients, withClients / alone);
                out().printf(Locale.ROOT, "  packet summaries streamed           : %8.0f /s to %d clients together "
                        + "(%d delivered, %d dropped)%n", delivered / seconds, CLIENTS, delivered, dropped);
                return 0;
            } finally {
                service.close();
            }
        }
    }

    private static void waitOpen(ChannelRegistry registry) throws InterruptedException, NoSuchChannelException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!registry.channel("demo").state().equals("open")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("demo channel did not open: " + registry.channel("demo").reason());
            }
            Thread.sleep(100);
        }
    }

    /** Reads {@link #mib} MiB of the pattern in 1 MiB requests, verifying it; returns MB/s. */
    private double read(HttpClient http, HttpService service, ApiToken token) throws IOException,
            InterruptedException {
        long start = System.nanoTime();
        for (int i = 0; i < mib; i++) {
            long address = ReferenceGuest.PATTERN_VA + ((long) i << 20);
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(service.baseUri().resolve(
                    "/api/channels/demo/memory?address=0x" + Long.toHexString(address) + "&length=1048576"))
                    .header("Authorization", "Bearer " + token.value()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200
                    || ReferenceGuest.firstPatternMismatch(response.body(), (long) i << 20) != -1) {
                throw new IllegalStateException("read " + i + " failed: HTTP " + response.statusCode());
            }
        }
        return mib * 1048576 / 1e6 / ((System.nanoTime() - start) / 1e9);
    }

    private static void call(HttpClient http, HttpService service, ApiToken token, String method, String path)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.baseUri().resolve(path))
                .header("Authorization", "Bearer " + token.value()).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " "
                    + response.body());
        }
    }

    /** A stream client that reads as fast as it can and counts packet items. */
    private static final class Client implements WebSocket.Listener {
        final AtomicLong packets = new AtomicLong();
        final AtomicLong dropped = new AtomicLong();
        final WebSocket socket;

        Client(HttpClient http, HttpService service, ApiToken token) throws InterruptedException, ExecutionException,
                TimeoutException {
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
