package kdring.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import kdring.server.api.ApiHandler;
import kdring.server.api.ApiModel;
import kdring.server.api.ApiToken;
import kdring.server.channels.ChannelFactory;
import kdring.server.channels.ChannelRegistry;

/**
 * The headless kdring service as an Equinox application ({@code ./kdring serve}). Its settings come from
 * the configuration file named by the system property {@code kdring.config} (see {@link ServiceConfig}),
 * else from defaults; {@code kdring.http.host} and {@code kdring.http.port} override the file. Runs until
 * the framework stops it (SIGTERM), then closes the HTTP service.
 */
public final class ServiceApplication implements IApplication {

    /** The WinDbg port of the built-in demo channel ({@code ./kdring serve --demo}). */
    public static final int DEMO_DEBUGGER_PORT = 50001;

    /** Exit code when the configuration (file or command line) is unusable. */
    public static final Integer EXIT_CONFIG = 2;
    /** Exit code when the service failed to start for any other reason. */
    public static final Integer EXIT_FAILURE = 1;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile HttpService http;
    private volatile ChannelRegistry registry;

    /**
     * Runs the service until it is stopped. Whatever goes wrong while starting ends the process with a
     * non-zero exit code and one clear line (a supervisor such as systemd's {@code Restart=on-failure} must
     * see it), never a silent 0.
     */
    @Override
    public Object start(IApplicationContext context) throws Exception {
        try {
            return run(context);
        } catch (RuntimeException | Error e) {
            System.err.println("kdring service: failed to start: " + e);
            stop();
            return EXIT_FAILURE;
        }
    }

    private Object run(IApplicationContext context) throws Exception {
        ServiceConfig config;
        try {
            String file = System.getProperty("kdring.config");
            config = file == null ? ServiceConfig.defaults() : ServiceConfig.load(Path.of(file));
            config = config.withOverrides(System.getProperty("kdring.http.host"), portOverride());
            if (Boolean.getBoolean("kdring.demo")) {
                config = config.withDemo(DEMO_DEBUGGER_PORT);
            }
        } catch (ConfigFile.ConfigException e) {
            System.err.println("kdring service: configuration error: " + e.getMessage());
            return EXIT_CONFIG;
        }
        String refused = HttpService.refusedBinding(config.httpHost(), config.tlsKeystore() != null,
                Boolean.getBoolean("kdring.http.insecure"));
        if (refused != null) {
            System.err.println("kdring service: " + refused);
            return EXIT_CONFIG;
        }
        String version = context.getBrandingBundle() == null ? "dev"
                : context.getBrandingBundle().getVersion().toString();
        ApiToken token;
        try {
            token = ApiToken.loadOrCreate(config.tokenFile());
        } catch (IOException e) {
            System.err.println("kdring service: " + e.getMessage());
            return EXIT_CONFIG;
        }
        ChannelRegistry channels = new ChannelRegistry();
        registry = channels;
        Instant started = Instant.now();
        ApiHandler api = new ApiHandler(channels, token,
                () -> new ApiModel.Health("ok", version, started.toString(), channels.served().size()));
        HttpService.Tls tls = config.tlsKeystore() == null ? null
                : new HttpService.Tls(config.tlsKeystore(), config.tlsPassword());
        http = new HttpService(config.httpHost(), config.httpPort(), tls, api, channels, token);
        try {
            http.start();
        } catch (IOException e) {
            System.err.println("kdring service: " + e.getMessage());
            channels.close();
            return EXIT_CONFIG;
        }
        // SIGTERM: whether or not the framework stops this application first, close everything it owns
        Thread cleanup = new Thread(this::stop, "kdring-service-shutdown");
        Runtime.getRuntime().addShutdownHook(cleanup);
        openChannels(config, channels);
        context.applicationRunning();
        System.out.println("kdring service: API at " + http.baseUri() + "/api (health: " + http.baseUri()
                + "/api/health)");
        System.out.println("kdring service: API token in " + token.file()
                + (token.created() ? " (new; give it to remote workbenches)" : ""));
        for (ApiModel.Channel channel : channels.channels()) {
            for (ApiModel.Endpoint endpoint : channel.endpoints()) {
                System.out.println("kdring service: channel " + channel.id() + ": " + endpoint.windbgCommand());
            }
        }
        System.out.flush();
        stopped.await();
        return IApplication.EXIT_OK;
    }

    /** Opens every configured channel; one that fails is reported and skipped, the others still serve. */
    private static void openChannels(ServiceConfig config, ChannelRegistry channels) {
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "kdring-service-" + ProcessHandle.current().pid());
        for (ChannelConfig channel : config.channels()) {
            try {
                channels.add(ChannelFactory.open(channel, work, config.captureDirectory()));
            } catch (IOException | RuntimeException e) {
                System.err.println("kdring service: channel " + channel.name() + " not served: " + e.getMessage());
            }
        }
    }

    private static Integer portOverride() throws ConfigFile.ConfigException {
        String port = System.getProperty("kdring.http.port");
        if (port == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(port);
            if (value >= 0 && value <= 65535) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigFile.ConfigException(Path.of("command line"), 0, "--port", "not a TCP port: '" + port + "'");
    }

    @Override
    public synchronized void stop() {
        HttpService service = http;
        http = null;
        if (service != null) {
            service.close();
        }
        ChannelRegistry channels = registry;
        registry = null;
        if (channels != null) {
            channels.close();
        }
        stopped.countDown();
    }
}
