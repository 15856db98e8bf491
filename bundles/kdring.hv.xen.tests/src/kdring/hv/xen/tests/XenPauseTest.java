package kdring.hv.xen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.xen.XenDomains;
import kdring.hv.xen.XenHypervisor;
import kdring.transport.tests.FakeGuest;
import kdring.transport.vm.VmConnection;

/**
 * Pausing a broken-in Xen domain ({@code pause-idle = yes}): {@code xl pause}/{@code unpause}, the state read
 * back from {@code xl list}, never left paused on close, and refused with the setting's name where it was not
 * allowed. No Xen runs on these machines, so {@code xl} is a script that keeps a domain's state flags in a file
 * and answers in xl's own formats (the parsing of the real format is checked on a captured listing).
 */
class XenPauseTest {

    @TempDir
    Path dir;

    private Path fakeXl() throws IOException {
        Path state = dir.resolve("state");
        Files.writeString(state, "-b----\n");
        Path xl = dir.resolve("xl");
        Files.writeString(xl, String.join("\n",
                "#!/bin/sh",
                "echo \"$*\" >> '" + dir.resolve("calls") + "'",
                "case \"$1\" in",
                "  pause) echo '--p---' > '" + state + "' ;;",
                "  unpause) echo '-b----' > '" + state + "' ;;",
                "  list) printf 'Name                                        ID   Mem VCPUs\\tState\\tTime(s)\\n"
                        + "%-40s %5d %5d %5d     %s %8.1f\\n' \"$2\" 3 2048 1 \"$(cat '" + state + "')\" 12.5 ;;",
                "  domid) echo 3 ;;",
                "  *) echo \"xl: unknown command $1\" >&2; exit 1 ;;",
                "esac", ""));
        Files.setPosixFilePermissions(xl, PosixFilePermissions.fromString("rwx------"));
        return xl;
    }

    private List<String> calls() throws IOException {
        Path calls = dir.resolve("calls");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    private VmConnection connect(boolean pauseIdle) throws Exception {
        FakeGuest guest = new FakeGuest(dir, "xenpause");
        Path serial = Files.createFile(dir.resolve("serial.sock")); // the connection only checks it exists
        XenDomains domains = new XenDomains(fakeXl());
        XenDomains.Domain domain = new XenDomains.Domain("win10", 3, "hvm", FakeGuest.RAM);
        return XenHypervisor.connect("xenpause", domains, domain, new FileForeignMemory(guest.memoryFile(), 3),
                dir.resolve("no-port.sock"), serial, pauseIdle);
    }

    @Test
    void aDomainAllowedToPauseIsPausedResumedAndNeverLeftPaused() throws Exception {
        VmConnection vm = connect(true);
        try {
            assertTrue(vm.controls().contains(VmConnection.Control.PAUSE), vm.controls().toString());
            assertFalse(vm.paused());
            vm.pause();
            assertTrue(vm.paused());
            vm.pause(); // idempotent: no second xl pause
            vm.resume();
            assertFalse(vm.paused());
            vm.pause();
        } finally {
            vm.close(); // paused by kdring: close unpauses it
        }
        List<String> commands = calls().stream().filter(c -> !c.startsWith("list")).toList();
        assertEquals(List.of("pause win10", "unpause win10", "pause win10", "unpause win10"), commands);
    }

    @Test
    void withoutTheSettingPausingIsRefusedByName() throws Exception {
        try (VmConnection vm = connect(false)) {
            assertFalse(vm.controls().contains(VmConnection.Control.PAUSE));
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, vm::pause);
            assertTrue(e.getMessage().contains("pause-idle = yes"), e.getMessage());
        }
        assertTrue(calls().stream().noneMatch(c -> c.startsWith("pause")), calls().toString());
    }

    @Test
    void xlListStatesAreReadAndNonsenseIsAnError() throws IOException {
        String listing = "Name                                        ID   Mem VCPUs\tState\tTime(s)\n"
                + "win10                                        7  4096     2     --p---      31.8\n";
        assertTrue(XenDomains.parsePaused("win10", listing));
        assertFalse(XenDomains.parsePaused("win10", listing.replace("--p---", "-b----")));
        IOException missing = assertThrows(IOException.class, () -> XenDomains.parsePaused("other", listing));
        assertTrue(missing.getMessage().contains("did not list"), missing.getMessage());
        IOException bad = assertThrows(IOException.class,
                () -> XenDomains.parsePaused("win10", listing.replace("--p---", "paused")));
        assertTrue(bad.getMessage().contains("six flags"), bad.getMessage());
    }

    @Test
    void aBadPauseSettingIsNamedBeforeAnythingElse() {
        IOException e = assertThrows(IOException.class, () -> new XenHypervisor().attach("x",
                Map.of(XenHypervisor.DOMAIN, "win10", XenHypervisor.PAUSE_IDLE, "maybe")));
        assertTrue(e.getMessage().contains("pause-idle is yes or no, not 'maybe'"), e.getMessage());
    }
}
