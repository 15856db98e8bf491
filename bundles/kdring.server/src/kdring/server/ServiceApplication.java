package kdring.server;

import java.util.concurrent.CountDownLatch;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless kdring service as an Equinox application ({@code ./kdring serve}). Reads its settings from
 * system properties (a configuration file comes with the service issue): {@code kdring.http.host}
 * (default 127.0.0.1) and {@code kdring.http.port} (default 8765). Runs until the framework stops it
 * (SIGTERM), then closes the HTTP service.
 */
public final class ServiceApplication implements IApplication {

    /** The default HTTP port of the service. */
    public static final int DEFAULT_PORT = 8765;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile HttpService http;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String host = System.getProperty("kdring.http.host", "127.0.0.1");
        int port = Integer.getInteger("kdring.http.port", DEFAULT_PORT);
        String version = context.getBrandingBundle() == null ? "dev"
                : context.getBrandingBundle().getVersion().toString();
        http = new HttpService(host, port, version);
        http.start();
        context.applicationRunning();
        System.out.println("kdring service: API at " + http.baseUri() + "/api (health: " + http.baseUri()
                + "/api/health)");
        System.out.flush();
        stopped.await();
        return IApplication.EXIT_OK;
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
