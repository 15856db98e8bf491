package kdring.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless kdring service as an Equinox application ({@code ./kdring serve}). Its settings come from
 * the configuration file named by the system property {@code kdring.config} (see {@link ServiceConfig}),
 * else from defaults; {@code kdring.http.host} and {@code kdring.http.port} override the file. Runs until
 * the framework stops it (SIGTERM), then closes the HTTP service.
 */
public final class ServiceApplication implements IApplication {

    /** Exit code when the configuration (file or command line) is unusable. */
    public static final Integer EXIT_CONFIG = 2;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile HttpService http;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        ServiceConfig config;
        try {
            String file = System.getProperty("kdring.config");
            config = file == null ? ServiceConfig.defaults() : ServiceConfig.load(Path.of(file));
            config = config.withOverrides(System.getProperty("kdring.http.host"), portOverride());
        } catch (ConfigFile.ConfigException e) {
            System.err.println("kdring service: configuration error: " + e.getMessage());
            return EXIT_CONFIG;
        }
        String version = context.getBrandingBundle() == null ? "dev"
                : context.getBrandingBundle().getVersion().toString();
        http = new HttpService(config.httpHost(), config.httpPort(), version);
        try {
            http.start();
        } catch (IOException e) {
            System.err.println("kdring service: " + e.getMessage());
            return EXIT_CONFIG;
        }
        context.applicationRunning();
        System.out.println("kdring service: API at " + http.baseUri() + "/api (health: " + http.baseUri()
                + "/api/health)");
        System.out.flush();
        stopped.await();
        return IApplication.EXIT_OK;
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
    public void stop() {
        HttpService service = http;
        if (service != null) {
            service.close();
        }
        stopped.countDown();
    }
}
