package kdring.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder for one command's VM files (sockets, guest RAM, logs), deleted with everything in it
 * on {@link #close()}. Confined to the thread that created it.
 */
final class WorkFolder implements AutoCloseable {

    private final Path path;

    private WorkFolder(Path path) {
        this.path = path;
    }

    /** Creates a new empty folder whose name starts with {@code prefix} in the system's temporary folder. */
    static WorkFolder create(String prefix) throws IOException {
        return new WorkFolder(Files.createTempDirectory(prefix));
    }

    Path path() {
        return path;
    }

    /** Deletes the folder and its contents, as far as it can: a leftover temporary file is no failure. */
    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
