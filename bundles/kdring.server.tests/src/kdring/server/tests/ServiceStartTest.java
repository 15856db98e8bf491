package kdring.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.server.ServiceApplication;

/**
 * {@code ./kdring serve} ends with a non-zero exit code (which systemd's Restart=on-failure sees) whenever
 * it cannot start: a broken token file or a plain-HTTP public address included.
 */
class ServiceStartTest {

    @TempDir
    Path dir;

    private static final IApplicationContext CONTEXT = (IApplicationContext) Proxy.newProxyInstance(
            IApplicationContext.class.getClassLoader(), new Class<?>[] { IApplicationContext.class },
            (proxy, method, args) -> null);

    @AfterEach
    void clear() {
        System.clearProperty("kdring.config");
        System.clearProperty("kdring.http.host");
        System.clearProperty("kdring.http.port");
    }

    private Object startWith(String config) throws Exception {
        Path file = Files.writeString(dir.resolve("kdring.conf"), config);
        System.setProperty("kdring.config", file.toString());
        System.setProperty("kdring.http.port", "0");
        return new ServiceApplication().start(CONTEXT);
    }

    @Test
    void aDanglingTokenLinkEndsWithTheConfigurationExitCode() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("token"), dir.resolve("nowhere"));
        assertEquals(ServiceApplication.EXIT_CONFIG, startWith("[api]\ntoken-file = " + link + "\n"));
    }

    @Test
    void plainHttpOnAPublicAddressEndsWithTheConfigurationExitCode() throws Exception {
        System.setProperty("kdring.http.host", "0.0.0.0");
        assertEquals(ServiceApplication.EXIT_CONFIG, startWith("[api]\ntoken-file = " + dir.resolve("t") + "\n"));
    }
}
