package kdring.hv.qemu.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.kd.observer.KdObserver;
import kdring.transport.VmChannel;

/**
 * VMs never outlive their owner: a JVM that launched the reference guest is killed with SIGKILL (no shutdown
 * hook runs), and its QEMU and RAM file are gone within a deadline anyway. A VM kdring only attached to is
 * never killed and never left paused: the owner JVM pauses it and is killed, and the VM runs again.
 */
@Tag("vm")
class OwnerDeathVmTest {

    @TempDir
    Path work;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void qemuAndItsRamFileDieWithTheJvmThatLaunchedThem() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dkdring.root=" + ReferenceGuest.projectRoot(), "-cp", classPath(), OwnerProcess.class.getName(),
                work.toString(), "orphan"));
        Process owner = new ProcessBuilder(command).redirectErrorStream(true).start();
        long qemuPid = -1;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String l; (l = out.readLine()) != null;) {
                        if (l.startsWith("qemu ")) {
                            return l;
                        }
                        seen.append(l).append('\n');
                    }
                    return null;
                } catch (java.io.IOException e) {
                    return null;
                }
            }).get(150, TimeUnit.SECONDS);
            assertTrue(line != null, "the owner JVM did not boot the guest:\n" + seen);
            String[] parts = line.split(" ");
            qemuPid = Long.parseLong(parts[1]);
            Path ram = Path.of(parts[2]);
            assertTrue(alive(qemuPid), "QEMU runs");
            assertTrue(Files.exists(ram), "the RAM file exists");

            owner.destroyForcibly(); // SIGKILL: no shutdown hook, no close()
            owner.waitFor(10, TimeUnit.SECONDS);

            long pid = qemuPid;
            await(Duration.ofSeconds(20), "QEMU " + pid + " to die with its owner", () -> !alive(pid));
            await(Duration.ofSeconds(10), "the RAM file " + ram + " to be removed", () -> !Files.exists(ram));
        } finally {
            owner.destroyForcibly();
            if (qemuPid > 0) {
                ProcessHandle.of(qemuPid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void anAttachedVmPausedByAJvmThatIsKilledRunsAgainAndLives() throws Exception {
        try (QemuVm vm = ReferenceGuest.launch(ReferenceGuest.Options.of("attached", "ring"), work.resolve("vm"),
                Accelerator.detect().accelerator())) {
            vm.awaitLog(ReferenceGuest.RUNNING, Duration.ofSeconds(150));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath(),
                    OwnerProcess.class.getName(), work.toString(), "attach-pause", vm.qmpSocket().toString(),
                    vm.spec().memoryFile().toString(), vm.spec().serialSocket().toString()));
            Process owner = new ProcessBuilder(command).redirectErrorStream(true).start();
            try {
                String line = firstLine(owner, "paused ");
                assertEquals("paused true", line, "the owner JVM paused the VM (QMP query-status)");

                owner.destroyForcibly(); // SIGKILL: no shutdown hook, no close()
                owner.waitFor(10, TimeUnit.SECONDS);

                // the guest ticks again (a paused VM does not); QMP is left to the watchdog meanwhile, since a
                // QMP socket serves one client at a time
                int ticks = vm.guestLog().split("kdring-refvm: tick ", -1).length;
                await(Duration.ofSeconds(60), "the guest to tick again",
                        () -> vm.guestLog().split("kdring-refvm: tick ", -1).length > ticks + 1);
                assertTrue(vm.isAlive(), "a VM kdring only attached to is never killed");
                assertFalse(vm.paused(), "QMP query-status says the VM runs");
            } finally {
                owner.destroyForcibly();
            }
        }
    }

    private static String firstLine(Process process, String prefix) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                for (String l; (l = out.readLine()) != null;) {
                    if (l.startsWith(prefix)) {
                        return l;
                    }
                    seen.append(l).append('\n');
                }
                return null;
            } catch (java.io.IOException e) {
                return null;
            }
        }).get(150, TimeUnit.SECONDS);
        assertTrue(line != null, "the owner JVM did not say '" + prefix + "':\n" + seen);
        return line;
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** The class path of the child JVM: this test bundle, kdring.hv.qemu, kdring.transport and kdring.kd. */
    private static String classPath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        Path bundles = ReferenceGuest.projectRoot().resolve("bundles");
        for (Class<?> type : List.of(OwnerProcess.class, QemuVm.class, VmChannel.class, KdObserver.class)) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            Path location = source == null || source.getLocation() == null
                    || !"file".equals(source.getLocation().getProtocol()) ? null : Path.of(source.getLocation().toURI());
            Path classes = bundles.resolve(bundleOf(type)).resolve("target/classes");
            entries.add((location != null && Files.exists(location) ? location : classes).toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static String bundleOf(Class<?> type) {
        String name = type.getPackageName();
        for (String bundle : List.of("kdring.hv.qemu.tests", "kdring.hv.qemu", "kdring.transport", "kdring.kd")) {
            if (name.startsWith(bundle)) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle for " + type);
    }
}
