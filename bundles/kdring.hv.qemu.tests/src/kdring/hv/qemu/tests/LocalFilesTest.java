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
}
