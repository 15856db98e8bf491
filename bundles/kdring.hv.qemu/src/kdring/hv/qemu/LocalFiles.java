package kdring.hv.qemu;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files a VM leaves on the host, private and swept: work folders are 0700 and must belong to this user,
 * RAM files are created new with mode 0600 (guest RAM holds whatever the guest had in memory), and the RAM
 * files and work folders of kdring processes that died without cleaning up are removed at the next start.
 * Names carry the owner's process id ({@code kdring-NAME-PID.ram}, {@code kdring-PURPOSE-PID}), which is how
 * a leftover is told from a file a running kdring still uses.
 *
 * <p>Older releases also left entries named by Java's temporary-file numbers, with no owner in the name
 * ({@code /tmp/kdring-demo-<random digits>}, {@code kdring-probe-…}, {@code kdring-bench-…},
 * {@code kdring-ui-remote…}, {@code kdring-remote-CHANNEL-….kdcap}, {@code kdring-export-….json}). Those are
 * swept once nothing refers to them: they are older than {@link #LEGACY_GRACE} and no running process has
 * them open, as its working folder, or on its command line (QEMU names its sockets and RAM file there).
 * Every sweep keeps what a running process refers to, links, and other users' entries. Thread-safe.
 */
public final class LocalFiles {

    /** Where RAM files live. */
    public static final Path SHARED_MEMORY = Path.of("/dev/shm");

    private static final Pattern OWNED = Pattern.compile("kdring-.*-(\\d+)(\\.ram)?");
    /** An older release's temporary entry: a purpose, then Java's random number (8 to 20 digits), maybe a suffix. */
    private static final Pattern RANDOM = Pattern.compile("kdring-[a-z][a-z0-9-]*?(\\d{8,20})(\\.[a-z]+)?");
    /** How old an entry without an owner in its name must be before a sweep may take it. */
    public static final java.time.Duration LEGACY_GRACE = java.time.Duration.ofHours(1);
    private static final AtomicBoolean SWEPT = new AtomicBoolean();

    private LocalFiles() {
    }

    /**
     * Makes {@code folder} a private work folder: created with mode 0700 when missing; an existing one must
     * be a real folder (no link) of this user, and is set to 0700.
     *
     * @throws IOException naming the folder and its owner when it belongs to someone else or others may
     *         write into it (their files would then be taken for kdring's)
     */
    public static Path privateFolder(Path folder) throws IOException {
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            return folder;
        } catch (FileAlreadyExistsException exists) {
            // checked below
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("work folder " + folder + " exists and is not a folder (or is a link); remove it");
        }
        UserPrincipal owner = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS);
        UserPrincipal me = currentUser();
        if (me != null && !owner.equals(me)) {
            throw new IOException("work folder " + folder + " belongs to " + owner.getName() + ", not to " + me.getName()
                    + "; refusing to put VM sockets and RAM into someone else's folder");
        }
        if (!Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS)
                .equals(PosixFilePermissions.fromString("rwx------"))) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        return folder;
    }

    /**
     * Creates a RAM file of {@code bytes} bytes, new, mode 0600. A file of this user's already at that path
     * (left by an earlier run with the same process id) is replaced; anyone else's file, or a link, is
     * refused: QEMU would map a file an attacker planted and could read.
     */
    public static void createMemoryFile(Path file, long bytes) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            UserPrincipal me = currentUser();
            if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || (me != null && !Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).equals(me))) {
                throw new IOException("RAM file " + file + " already exists and is not this user's own file;"
                        + " refusing to give a VM memory someone else can read (remove it)");
            }
            Files.delete(file);
        }
        try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
            channel.truncate(0);
            channel.position(bytes - 1);
            channel.write(java.nio.ByteBuffer.wrap(new byte[1]));
        }
    }

    /**
     * Once per JVM: removes the RAM files in {@code /dev/shm} and the work folders in the temporary folder
     * that kdring processes of this user left when they died (their process id no longer runs).
     *
     * @return how many leftovers were removed
     */
    public static int sweepLeftovers() {
        if (!SWEPT.compareAndSet(false, true)) {
            return 0;
        }
        return sweep(SHARED_MEMORY) + sweep(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Removes the leftovers of dead kdring processes of this user directly inside {@code folder}: entries named
     * after a process id that no longer runs, and older releases' random-named entries that nothing refers to
     * (see the class comment).
     */
    public static int sweep(Path folder) {
        int removed = 0;
        UserPrincipal me = currentUser();
        if (me == null || !Files.isDirectory(folder)) {
            return 0;
        }
        List<String> references = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "kdring-*")) {
            for (Path entry : entries) {
                if (Files.isSymbolicLink(entry) || !Files.getOwner(entry, LinkOption.NOFOLLOW_LINKS).equals(me)
                        || !leftover(entry)) {
                    continue;
                }
                if (references == null) {
                    references = liveReferences();
                }
                String path = entry.toAbsolutePath().toString();
                if (references.stream().anyMatch(reference -> reference.contains(path))) {
                    continue; // a running process (an orphan QEMU, an older kdring) still uses it
                }
                try {
                    deleteTree(entry);
                    removed++;
                } catch (IOException e) {
                    System.getLogger(LocalFiles.class.getName()).log(System.Logger.Level.WARNING,
                            "cannot remove the leftover " + entry + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            // nothing to sweep there
        }
        return removed;
    }

    /** @return whether {@code entry}'s name says it is a leftover: its owner is dead, or it is an old temp entry */
    private static boolean leftover(Path entry) throws IOException {
        String name = entry.getFileName().toString();
        Matcher owned = OWNED.matcher(name);
        // process ids have at most 7 digits; longer numbers are the random suffixes of temporary entries
        if (owned.matches() && owned.group(1).length() <= 7) {
            long pid = Long.parseLong(owned.group(1));
            return pid > 0 && ProcessHandle.of(pid).isEmpty();
        }
        if (RANDOM.matcher(name).matches()) {
            java.time.Instant modified = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant();
            return modified.isBefore(java.time.Instant.now().minus(LEGACY_GRACE));
        }
        return false;
    }

    /**
     * What the running processes this user can see refer to: their open files, working folders and
     * command-line arguments. Read once per sweep, and only when there is a leftover to check.
     */
    private static List<String> liveReferences() {
        List<String> references = new ArrayList<>();
        ProcessHandle.allProcesses().forEach(process -> {
            Path proc = Path.of("/proc", Long.toString(process.pid()));
            try {
                references.add(Files.readSymbolicLink(proc.resolve("cwd")).toString());
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // gone, or not ours to read
            }
            try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
                for (Path fd : fds) {
                    try {
                        references.add(Files.readSymbolicLink(fd).toString());
                    } catch (IOException e) {
                        // closed meanwhile
                    }
                }
            } catch (IOException | SecurityException e) {
                // gone, or not ours to read
            }
            try {
                for (String argument : new String(Files.readAllBytes(proc.resolve("cmdline")),
                        java.nio.charset.StandardCharsets.UTF_8).split("\0")) {
                    if (argument.contains("kdring-")) {
                        references.add(argument);
                    }
                }
            } catch (IOException | SecurityException e) {
                // gone, or not ours to read
            }
        });
        return references;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(root);
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** @return the user this process runs as (the owner of /proc/self), or null when unknown */
    static UserPrincipal currentUser() {
        try {
            return Files.getOwner(Path.of("/proc/self"));
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
