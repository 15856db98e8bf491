package kdring.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;

/**
 * The workbench's settings: the kdring preference page (instance scope, node {@value #NODE}) with the
 * defaults below; a system property, when given, overrides the page ({@code -Dkdring.captures=DIR},
 * {@code -Dkdring.demo.port=N}, {@code -Dkdring.demo.transport=ring|uart}, {@code -Dkdring.demo.pattern=MiB}),
 * so that launch scripts and tests stay in control. Thread-safe.
 */
public final class Preferences {

    /** The preference node of the workbench. */
    public static final String NODE = "kdring.ui";
    /** Key: TCP port of the demo VM's WinDbg endpoint. */
    public static final String DEMO_PORT = "demo.port";
    /** Key: the demo VM's transport, "ring" or "uart". */
    public static final String DEMO_TRANSPORT = "demo.transport";
    /** Key: the demo VM's pattern region in MiB. */
    public static final String DEMO_PATTERN_MIB = "demo.patternMiB";
    /** Key: the folder captures are written to. */
    public static final String CAPTURE_FOLDER = "captures.folder";

    /** Default WinDbg port of the demo. */
    public static final int DEFAULT_DEMO_PORT = 50001;
    /** Default demo transport. */
    public static final String DEFAULT_DEMO_TRANSPORT = "ring";
    /** Default pattern region of the demo guest. */
    public static final int DEFAULT_DEMO_PATTERN_MIB = 16;
    /** Largest pattern region the demo guest's 128 MiB of RAM holds (it starts at 64 MiB). */
    public static final int MAX_DEMO_PATTERN_MIB = 48;

    private Preferences() {
    }

    /** @return the default capture folder, ~/.kdring/captures */
    public static Path defaultCaptureFolder() {
        return Path.of(System.getProperty("user.home"), ".kdring", "captures");
    }

    /** @return where captures are written: {@code kdring.captures}, else the preference */
    public static Path captureFolder() {
        String configured = System.getProperty("kdring.captures");
        if (configured == null || configured.isBlank()) {
            configured = string(CAPTURE_FOLDER, "");
        }
        return configured.isBlank() ? defaultCaptureFolder() : Path.of(configured.strip());
    }

    /**
     * The folder every file dialog starts in: the capture folder, created if it is not there yet (a dialog
     * given a folder that does not exist opens on an empty "Recent" list instead), else the home folder.
     * Blocking file I/O, cheap.
     */
    public static Path dialogFolder() {
        Path folder = captureFolder();
        try {
            java.nio.file.Files.createDirectories(folder);
            return folder;
        } catch (java.io.IOException | RuntimeException e) {
            return Path.of(System.getProperty("user.home"));
        }
    }

    /** @return the demo VM's WinDbg TCP port: {@code kdring.demo.port}, else the preference (50001) */
    public static int demoPort() {
        Integer configured = Integer.getInteger("kdring.demo.port");
        return configured != null ? configured : integer(DEMO_PORT, DEFAULT_DEMO_PORT);
    }

    /** @return the demo VM's transport: {@code kdring.demo.transport}, else the preference ("ring") */
    public static String demoTransport() {
        String configured = System.getProperty("kdring.demo.transport");
        String transport = configured != null && !configured.isBlank() ? configured
                : string(DEMO_TRANSPORT, DEFAULT_DEMO_TRANSPORT);
        return "uart".equals(transport) ? "uart" : "ring";
    }

    /** @return the demo guest's pattern region in MiB: {@code kdring.demo.pattern}, else the preference (16) */
    public static int demoPatternMiB() {
        Integer configured = Integer.getInteger("kdring.demo.pattern");
        int mib = configured != null ? configured : integer(DEMO_PATTERN_MIB, DEFAULT_DEMO_PATTERN_MIB);
        return Math.max(1, Math.min(MAX_DEMO_PATTERN_MIB, mib));
    }

    /**
     * @return what the user last typed into the dialog field {@code key} (remembered per user by
     *         {@link #remember}), or {@code fallback}
     */
    public static String recall(String key, String fallback) {
        return string("last." + key, fallback);
    }

    /** Remembers what the user typed into the dialog field {@code key}, for the next time the dialog opens. */
    public static void remember(String key, String value) {
        try {
            org.osgi.service.prefs.Preferences node = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
                    .getNode(NODE);
            node.put("last." + key, value);
            node.flush();
        } catch (org.osgi.service.prefs.BackingStoreException | RuntimeException | LinkageError e) {
            // outside OSGi or a read-only instance area: the dialog just starts empty next time
        }
    }

    private static String string(String key, String fallback) {
        IPreferencesService service = service();
        return service == null ? fallback : service.getString(NODE, key, fallback, null);
    }

    private static int integer(String key, int fallback) {
        IPreferencesService service = service();
        return service == null ? fallback : service.getInt(NODE, key, fallback, null);
    }

    /** The preference service, or null outside OSGi (plain unit tests, tools): then defaults apply. */
    private static IPreferencesService service() {
        try {
            return Platform.getPreferencesService();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
