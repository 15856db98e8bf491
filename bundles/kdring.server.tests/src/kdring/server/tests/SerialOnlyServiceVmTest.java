package kdring.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.server.ChannelConfig;
import kdring.server.HttpService;
import kdring.server.ServiceConfig;
import kdring.server.api.ApiHandler;
import kdring.server.api.ApiModel;
import kdring.server.api.ApiToken;
import kdring.server.channels.ChannelFactory;
import kdring.server.channels.ChannelRegistry;

/**
 * The service serving a VM with stock kdcom from its configuration file: the reference guest on its UART with
 * no kdring device and no RAM file, a {@code [channel]} that names only its serial socket, real HTTP.
 */
@Tag("vm")
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class SerialOnlyServiceVmTest {

    @TempDir
    Path dir;

    @Test
    void aSerialOnlyChannelFromTheConfigurationBreaksInListsModulesAndRefusesADump() throws Exception {
        ApiToken token = ApiToken.loadOrCreate(dir.resolve("token"));
        try (QemuVm qemu = ReferenceGuest.launchSerialOnly("win7", dir.resolve("vm"),
                Accelerator.detect().accelerator())) {
            Path file = dir.resolve("kdring.conf");
            Files.writeString(file, "[channel win7]\nvm = attach\nserial-socket = " + qemu.spec().serialSocket()
                    + "\ndebugger-port = 0\n");
            ChannelConfig config = ServiceConfig.load(file).channels().get(0);
            try (ChannelRegistry registry = new ChannelRegistry()) {
                registry.add(ChannelFactory.open(config, dir, dir.resolve("captures")));
                HttpService service = new HttpService("127.0.0.1", 0, null,
                        new ApiHandler(registry, token, () -> new ApiModel.Health("ok", "test", "", 1)), registry,
                        token);
                service.start();
                try {
                    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                    JsonObject channel = JsonParser.parseString(get(client, service, token, "/api/channels/win7")
                            .body()).getAsJsonObject();
                    assertEquals("uart", channel.get("transport").getAsString(), channel.toString());
                    assertEquals(1, channel.getAsJsonArray("endpoints").size(), channel.toString());

                    HttpResponse<String> stop = post(client, service, token, "/api/channels/win7/break-in");
                    assertEquals(200, stop.statusCode(), stop.body());
                    HttpResponse<String> modules = get(client, service, token, "/api/channels/win7/modules");
                    assertEquals(150, JsonParser.parseString(modules.body()).getAsJsonArray().size());
                    HttpResponse<String> dump = post(client, service, token, "/api/channels/win7/dump");
                    assertEquals(409, dump.statusCode(), dump.body());
                    assertTrue(dump.body().contains("a crash dump needs guest memory"), dump.body());
                    HttpResponse<String> go = post(client, service, token, "/api/channels/win7/continue");
                    assertEquals(200, go.statusCode(), go.body());
                } finally {
                    service.close();
                }
            }
        }
    }

    private static HttpResponse<String> get(HttpClient client, HttpService service, ApiToken token, String path)
            throws Exception {
        return client.send(HttpRequest.newBuilder(service.baseUri().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token.value()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, HttpService service, ApiToken token, String path)
            throws Exception {
        return client.send(HttpRequest.newBuilder(service.baseUri().resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token.value()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
