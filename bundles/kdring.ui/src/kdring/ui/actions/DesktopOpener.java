package kdring.ui.actions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.program.Program;

/**
 * Opens a folder, a file or a link the way the desktop does: "Show in Folder" after an export, the document
 * links of Help &gt; About. By default the platform's handler opens it (SWT {@link Program#launch}, which is
 * the desktop's default application on GTK; on Windows "Show in Folder" runs {@code explorer /select,} so
 * that the file is selected in its folder). The system property {@value #OPENER_PROPERTY} names a program to
 * run instead, with the folder, file or link as its one argument (e.g. {@code -Dkdring.ui.opener=thunar}).
 * Stateless; the program is started, never waited for.
 */
public final class DesktopOpener {

    /** System property: a program that opens what it is given, instead of the desktop's handler. */
    public static final String OPENER_PROPERTY = "kdring.ui.opener";

    private DesktopOpener() {
    }

    /**
     * The command that shows {@code file} in its folder, or an empty list when the platform's handler opens
     * the folder instead ({@link Program#launch}).
     *
     * @param os the value of {@code os.name}
     */
    public static List<String> showInFolderCommand(Path file, String os) {
        Path absolute = file.toAbsolutePath().normalize();
        boolean folder = Files.isDirectory(absolute);
        Path parent = folder ? absolute : absolute.getParent();
        String opener = System.getProperty(OPENER_PROPERTY, "");
        if (!opener.isBlank()) {
            return List.of(opener, parent.toString());
        }
        if (os.toLowerCase(Locale.ROOT).startsWith("windows")) {
            return folder ? List.of("explorer.exe", absolute.toString())
                    : List.of("explorer.exe", "/select," + absolute);
        }
        return List.of();
    }

    /** Shows {@code file} in its folder (or opens the folder {@code file} names). */
    public static void showInFolder(Path file) throws IOException {
        List<String> command = showInFolderCommand(file, System.getProperty("os.name", ""));
        if (command.isEmpty()) {
            Path absolute = file.toAbsolutePath().normalize();
            launch(Files.isDirectory(absolute) ? absolute.toString() : absolute.getParent().toString());
        } else {
            start(command);
        }
    }

    /** Opens {@code target} (a file path or a URL) with the desktop's handler, or the configured opener. */
    public static void open(String target) throws IOException {
        String opener = System.getProperty(OPENER_PROPERTY, "");
        if (!opener.isBlank()) {
            start(List.of(opener, target));
        } else {
            launch(target);
        }
    }

    private static void launch(String target) throws IOException {
        if (!Program.launch(target)) {
            throw new IOException("the desktop has no program to open " + target + " (set -D" + OPENER_PROPERTY
                    + "=PROGRAM to name one)");
        }
    }

    private static void start(List<String> command) throws IOException {
        List<String> copy = new ArrayList<>(command);
        new ProcessBuilder(copy).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
