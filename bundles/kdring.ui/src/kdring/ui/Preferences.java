package kdring.ui;

import java.nio.file.Path;

/**
 * The workbench's settings and their defaults. Read from system properties for now
 * ({@code -Dkdring.captures=DIR}, {@code -Dkdring.demo.port=N}); a preferences page is to come.
 */
public final class Preferences {

    private Preferences() {
    }

    /** @return where captures are written: {@code kdring.captures}, else ~/.kdring/captures */
    public static Path captureFolder() {
        String configured = System.getProperty("kdring.captures");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".kdring", "captures");
    }

    /** @return the demo VM's WinDbg TCP port: {@code kdring.demo.port}, else 50001 */
    public static int demoPort() {
        return Integer.getInteger("kdring.demo.port", 50001);
    }
}
