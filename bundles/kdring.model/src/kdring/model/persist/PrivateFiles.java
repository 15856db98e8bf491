package kdring.model.persist;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read: captures and exports hold guest memory, module lists and debug prints,
 * so they are created mode 0600 (folders 0700) whatever the umask says. On a file system without POSIX
 * permissions the files are created plainly. Stateless.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /**
     * Opens {@code file} for writing from its start, creating it with mode 0600; an existing file is
     * truncated and set to 0600 first, so that no other user ever sees a byte of the new content.
     */
    public static OutputStream newOutputStream(Path file) throws IOException {
        if (Files.exists(file)) {
            restrict(file, FILE);
            return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        }
        try {
            Files.createFile(file, attribute(file, FILE));
        } catch (FileAlreadyExistsException raced) {
            restrict(file, FILE);
        }
        return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** {@link #newOutputStream} as a buffered text writer. */
    public static BufferedWriter newBufferedWriter(Path file, Charset charset) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(newOutputStream(file), charset.newEncoder()));
    }

    /** Writes {@code text} into a private {@code file}. */
    public static void writeString(Path file, String text, Charset charset) throws IOException {
        try (Writer out = newBufferedWriter(file, charset)) {
            out.write(text);
        }
    }

    /** Creates {@code folder} (mode 0700) and its missing parents (mode 0700); an existing folder is kept as is. */
    public static Path createDirectories(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createDirectories(parent);
        }
        try {
            Files.createDirectory(folder, attribute(folder, FOLDER));
        } catch (FileAlreadyExistsException raced) {
            if (!Files.isDirectory(folder)) {
                throw raced;
            }
        }
        return folder;
    }

    /** Sets {@code file} to mode 0600 where the file system knows modes. */
    public static void makePrivate(Path file) throws IOException {
        restrict(file, FILE);
    }

    private static FileAttribute<?>[] attribute(Path path, Set<PosixFilePermission> permissions) {
        return posix(path) ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(permissions) }
                : new FileAttribute<?>[0];
    }

    private static void restrict(Path file, Set<PosixFilePermission> permissions) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, permissions);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
