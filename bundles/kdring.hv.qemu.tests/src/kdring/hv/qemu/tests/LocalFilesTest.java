package kdring.hv.qemu.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.qemu.LocalFiles;

/** Work folders and RAM files are private, planted ones are refused, and dead owners' leftovers are swept. */
class LocalFilesTest {

    @TempDir
    Path dir;

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void workFoldersAreCreated0700AndExistingOnesOfOursAreMadePrivate() throws IOException {
        Path fresh = LocalFiles.privateFolder(dir.resolve("kdring-service-1"));
        assertEquals("rwx------", mode(fresh));
        Path open = Files.createDirectory(dir.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        LocalFiles.privateFolder(open);
        assertEquals("rwx------", mode(open));
    }

    @Test
    void aFolderOrRamFileSomeoneElsePlantedIsRefused() throws IOException {
        UserPrincipal nobody;
        try {
            nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        } catch (IOException e) {
            nobody = null;
        }
        Path link = Files.createSymbolicLink(dir.resolve("link"), Files.createDirectory(dir.resolve("target")));
        assertThrows(IOException.class, () -> LocalFiles.privateFolder(link));
        Path plantedRam = Files.createSymbolicLink(dir.resolve("kdring-x-1.ram"), dir.resolve("elsewhere"));
        IOException e = assertThrows(IOException.class, () -> LocalFiles.createMemoryFile(plantedRam, 1 << 20));
        assertTrue(e.getMessage().contains("refusing"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("elsewhere")));
        if (nobody == null || !"root".equals(System.getProperty("user.name"))) {
            System.out.println("LocalFilesTest: not root, so no folder can be planted as another user; skipped that part");
            return;
        }
        Path theirs = Files.createDirectory(dir.resolve("theirs"));
        Files.setOwner(theirs, nobody);
        IOException folder = assertThrows(IOException.class, () -> LocalFiles.privateFolder(theirs));
        assertTrue(folder.getMessage().contains("belongs to nobody"), folder.getMessage());
        Path ram = Files.createFile(dir.resolve("kdring-y-1.ram"));
        Files.setOwner(ram, nobody);
        assertThrows(IOException.class, () -> LocalFiles.createMemoryFile(ram, 1 << 20));
    }

    @Test
    void ramFilesAreNewAnd0600() throws IOException {
        Path ram = dir.resolve("kdring-test-1.ram");
        LocalFiles.createMemoryFile(ram, 4 << 20);
        assertEquals("rw-------", mode(ram));
        assertEquals(4 << 20, Files.size(ram));
    }

    @Test
    void leftoversOfDeadOwnersAreSweptOthersKept() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        assertTrue(gone.waitFor(10, TimeUnit.SECONDS));
        long dead = gone.pid();
        assertTrue(ProcessHandle.of(dead).isEmpty(), "the pid of a finished process was reused at once");
        long me = ProcessHandle.current().pid();
        Path deadRam = Files.createFile(dir.resolve("kdring-demo-" + dead + ".ram"));
        Path deadFolder = Files.createDirectories(dir.resolve("kdring-service-" + dead).resolve("sub"));
        Files.createFile(deadFolder.resolve("vm.log"));
        Path liveRam = Files.createFile(dir.resolve("kdring-demo-" + me + ".ram"));
        Path liveFolder = Files.createDirectory(dir.resolve("kdring-service-" + me));
        Path tempFolder = Files.createDirectory(dir.resolve("kdring-probe-12345678901234567"));
        Path unrelated = Files.createFile(dir.resolve("other-" + dead + ".ram"));

        assertEquals(2, LocalFiles.sweep(dir));
        assertFalse(Files.exists(deadRam));
        assertFalse(Files.exists(deadFolder.getParent()));
        assertTrue(Files.exists(liveRam));
        assertTrue(Files.exists(liveFolder));
        assertTrue(Files.exists(tempFolder));
        assertTrue(Files.exists(unrelated));
    }

    /** Plants {@code name} in the folder as an older release left it: a folder with a file, or a file. */
    private Path planted(String name, boolean folder, java.time.Duration age) throws IOException {
        Path entry = dir.resolve(name);
        if (folder) {
            Files.createDirectories(entry);
            Files.writeString(entry.resolve("demo.log"), "kdring-refvm: ready\n");
        } else {
            Files.writeString(entry, "leftover");
        }
        Files.setLastModifiedTime(entry, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(age)));
        return entry;
    }

    @Test
    void everyNameKdringEverUsedIsSweptWhenNothingUsesItAndOnlyThen() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        assertTrue(gone.waitFor(10, TimeUnit.SECONDS));
        long dead = gone.pid();
        long me = ProcessHandle.current().pid();
        java.time.Duration old = LocalFiles.LEGACY_GRACE.plusMinutes(5);
        java.time.Duration fresh = java.time.Duration.ZERO;
        String random = "4711081512345678901"; // the number Java's createTempDirectory puts after the prefix

        // each form a release left, its owner dead (or, without an owner in the name, nobody using it)
        java.util.List<Path> swept = java.util.List.of(
                planted("kdring-demo-" + dead + ".ram", false, fresh), // /dev/shm RAM file of a dead demo
                planted("kdring-win10-" + dead + ".ram", false, fresh),
                planted("kdring-demo-ui-actions-" + dead, true, fresh), // today's demo work folder
                planted("kdring-service-" + dead, true, fresh),
                planted("kdring-demo-" + random, true, old), // older releases: random-named temp folders
                planted("kdring-probe-" + random, true, old),
                planted("kdring-bench-" + random, true, old),
                planted("kdring-bench-api" + random, true, old),
                planted("kdring-ui-remote" + random, true, old),
                planted("kdring-service-vm" + random, true, old),
                planted("kdring-remote-demo-" + random + ".kdcap", false, old),
                planted("kdring-export-demo" + random + ".json", false, old));
        // and what must stay: a live owner's, a recent temp entry, one a running process uses, others' files
        Path liveRam = planted("kdring-demo-" + me + ".ram", false, old);
        Path liveFolder = planted("kdring-service-" + me, true, old);
        Path recent = planted("kdring-demo-" + random.replace('4', '5'), true, fresh);
        Path inUse = planted("kdring-demo-" + random.replace('4', '6'), true, old);
        Path openFile = planted("kdring-remote-demo-" + random.replace('4', '7') + ".kdcap", false, old);
        Path onCommandLine = planted("kdring-demo-" + random.replace('4', '8'), true, old);
        Path unrelated = planted("other-" + random, true, old);
        java.util.List<Path> kept = new java.util.ArrayList<>(java.util.List.of(liveRam, liveFolder, recent, inUse,
                openFile, onCommandLine, unrelated));
        if ("root".equals(System.getProperty("user.name"))) { // only root can plant another user's files
            Path theirs = planted("kdring-demo-" + random.replace('4', '9'), true, old);
            Files.setOwner(theirs, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
            kept.add(theirs);
        }
        Process cwd = new ProcessBuilder("sleep", "300").directory(inUse.toFile()).start();
        Process reader = new ProcessBuilder("tail", "-f", openFile.toString()).start();
        // as QEMU names its sockets on its command line (two commands, so that the shell does not exec away)
        String socket = onCommandLine.resolve("vm.port").toString();
        Process qemuLike = new ProcessBuilder("sh", "-c", "sleep 300; true", "qemu-like", socket).start();
        try {
            // the processes have their folder, file and arguments before the sweep looks
            awaitLink(cwd.pid(), "cwd", inUse);
            awaitOpen(reader.pid(), openFile);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!Files.readString(Path.of("/proc", Long.toString(qemuLike.pid()), "cmdline")).contains(socket)) {
                assertTrue(System.nanoTime() < deadline, "the shell never showed its arguments");
                Thread.sleep(20);
            }
            assertEquals(swept.size(), LocalFiles.sweep(dir));
        } finally {
            cwd.destroy();
            reader.destroy();
            qemuLike.destroy();
        }
        for (Path path : swept) {
            assertFalse(Files.exists(path), path + " was left");
        }
        for (Path path : kept) {
            assertTrue(Files.exists(path), path + " was swept");
        }
    }

    private static void awaitLink(long pid, String link, Path target) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Path proc = Path.of("/proc", Long.toString(pid), link);
        while (!Files.readSymbolicLink(proc).equals(target.toRealPath())) {
            assertTrue(System.nanoTime() < deadline, "process " + pid + " never had " + target + " as " + link);
            Thread.sleep(20);
        }
    }

    private static void awaitOpen(long pid, Path file) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Path fds = Path.of("/proc", Long.toString(pid), "fd");
        while (true) {
            try (java.util.stream.Stream<Path> list = Files.list(fds)) {
                if (list.anyMatch(fd -> {
                    try {
                        return Files.readSymbolicLink(fd).equals(file.toRealPath());
                    } catch (IOException e) {
                        return false;
                    }
                })) {
                    return;
                }
            }
            assertTrue(System.nanoTime() < deadline, "process " + pid + " never opened " + file);
            Thread.sleep(20);
        }
    }
}
