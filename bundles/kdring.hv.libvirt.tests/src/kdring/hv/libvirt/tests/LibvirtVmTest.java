package kdring.hv.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.qemu.ReferenceGuest;
import kdring.session.ChannelSession;
import kdring.session.Hypervisors;
import kdring.transport.ChannelState;
import kdring.transport.vm.Hypervisor;
import kdring.transport.vm.VmConnection;

/**
 * The libvirt adapter against a real libvirtd (QEMU driver, TCG): the reference guest runs as a transient
 * domain defined with the XML that {@code kdring probe --print-config} prints, and kdring attaches to it by name
 * through the hypervisor seam: ring channel, break-in, modules, memory, continue, and a reset through libvirt
 * that the channel recovers from.
 *
 * <p>Opt-in ({@code KDRING_LIBVIRT_TEST=1}), because it needs a running libvirtd that may start QEMU with a
 * kernel and sockets under the temporary folder; the bundle's README gives the commands that set one up.
 * {@code KDRING_LIBVIRT_URI} picks the connection (default {@code qemu:///system}).
 */
@Tag("vm")
@EnabledIfEnvironmentVariable(named = "KDRING_LIBVIRT_TEST", matches = "1")
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LibvirtVmTest {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final String URI = System.getenv().getOrDefault("KDRING_LIBVIRT_URI", "qemu:///system");

    @TempDir
    Path work;

    @Test
    void aLibvirtDomainByNameIsARingChannelThatSurvivesAReset() throws Exception {
        String name = "kdring-test-" + ProcessHandle.current().pid();
        Path log = work.resolve("guest.log");
        Path xml = work.resolve("domain.xml");
        Files.writeString(xml, domainXml(name, ReferenceGuest.kernel(ReferenceGuest.projectRoot()),
                work.resolve("port"), work.resolve("serial"), log));
        virsh("create", xml.toString());
        try {
            awaitLog(log, ReferenceGuest.RUNNING);
            Hypervisor libvirt = Hypervisors.find("libvirt");
            IOException absent = assertThrows(IOException.class,
                    () -> libvirt.attach("x", Map.of("domain", name + "-absent", "uri", URI)));
            assertTrue(absent.getMessage().contains("dumpxml " + name + "-absent failed: error:"), absent.getMessage());

            VmConnection vm = libvirt.attach("virt", Map.of("domain", name, "uri", URI));
            assertEquals("libvirt", vm.hypervisor());
            assertEquals(128L << 20, vm.memory().orElseThrow().size(), "the RAM file QEMU named through QMP");
            assertTrue(vm.portStream().isPresent() && vm.serialStream().isPresent());
            assertTrue(vm.isAlive());
            try (ChannelSession session = ChannelSession.open(vm,
                    new ChannelSession.Options(0, work.resolve("recordings"), work.resolve("captures")))) {
                assertTrue(session.awaitState(ChannelState.OPEN, WAIT), session.status().toString());
                assertEquals("ring", session.status().transportName());
                session.debugger().breakIn(WAIT);
                assertEquals(150, session.debugger().listModules(WAIT).modules().size());
                byte[] bytes = session.debugger().readVirtual(ReferenceGuest.PATTERN_VA, 4096, WAIT);
                assertEquals(-1, ReferenceGuest.firstPatternMismatch(bytes, 0));
                session.debugger().go(WAIT);

                long resets = session.stats().resets();
                long hellos = session.stats().hellos();
                vm.reset();
                awaitTrue("the rebooted guest's new hello opens the channel",
                        () -> session.stats().hellos() > hellos && session.transportState() == ChannelState.OPEN,
                        () -> session.status());
                assertTrue(session.stats().resets() > resets, "the reset was seen as one");
                session.debugger().breakIn(WAIT);
                session.debugger().go(WAIT);
                assertTrue(vm.isAlive(), "a reset keeps the same QEMU");
            }
        } finally {
            virsh("destroy", name);
        }
    }

    @Test
    void aDomainAllowedToPauseIsSuspendedWhileBrokenInAndIdleAndResumedByTheNextRequest() throws Exception {
        String name = "kdring-pause-" + ProcessHandle.current().pid();
        Path log = work.resolve("guest.log");
        Path xml = work.resolve("domain.xml");
        Files.writeString(xml, domainXml(name, ReferenceGuest.kernel(ReferenceGuest.projectRoot()),
                work.resolve("port"), work.resolve("serial"), log));
        virsh("create", xml.toString());
        try {
            awaitLog(log, ReferenceGuest.RUNNING);
            Hypervisor libvirt = Hypervisors.find("libvirt");
            try (VmConnection plain = libvirt.attach("plain", Map.of("domain", name, "uri", URI))) {
                assertFalse(plain.controls().contains(VmConnection.Control.PAUSE), "never paused without consent");
            }
            VmConnection vm = libvirt.attach("virt", Map.of("domain", name, "uri", URI, "pause-idle", "yes"));
            assertTrue(vm.controls().contains(VmConnection.Control.PAUSE));
            try (ChannelSession session = ChannelSession.open(vm,
                    new ChannelSession.Options(0, work.resolve("recordings"), work.resolve("captures")))) {
                assertTrue(session.awaitState(ChannelState.OPEN, WAIT), session.status().toString());
                session.debugger().breakIn(WAIT);
                awaitTrue("the broken-in, idle domain is suspended", () -> session.pauseStats().paused());
                assertEquals("paused", virsh("domstate", name).strip(), "libvirt says so too");
                long resumes = session.pauseStats().resumes();
                assertEquals(150, session.debugger().listModules(WAIT).modules().size(), "the request is served");
                assertTrue(session.pauseStats().resumes() > resumes, "the request resumed the domain first");
                session.debugger().go(WAIT);
                awaitTrue("the running domain runs", () -> virsh("domstate", name).strip().equals("running"));
                long pauses = session.pauseStats().pauses();
                long checks = session.pauseStats().checks();
                awaitTrue("a dozen more pause decisions", () -> session.pauseStats().checks() >= checks + 12);
                assertEquals(pauses, session.pauseStats().pauses(), "never paused while running");
                session.debugger().breakIn(WAIT);
                awaitTrue("suspended again", () -> session.pauseStats().paused());
            }
            awaitTrue("closing the session leaves the domain running", () -> virsh("domstate", name).strip()
                    .equals("running"));
        } finally {
            virsh("destroy", name);
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(String what, Check check) throws Exception {
        awaitTrue(what, check, () -> "");
    }

    /** Waits up to {@link #WAIT} for {@code check}; a failure says {@code what} and, after it, {@code detail}. */
    private static void awaitTrue(String what, Check check, java.util.function.Supplier<Object> detail)
            throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() >= deadline) {
                String more = String.valueOf(detail.get());
                throw new AssertionError("not within " + WAIT.toSeconds() + " s: " + what
                        + (more.isEmpty() ? "" : ": " + more));
            }
            Thread.sleep(20);
        }
    }

    /** The reference guest as a libvirt domain, with the devices of kdring's libvirt snippet. */
    static String domainXml(String name, Path kernel, Path port, Path serial, Path log) {
        return """
                <domain type='qemu' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>
                  <name>%s</name>
                  <memory unit='MiB'>128</memory>
                  <vcpu>1</vcpu>
                  <memoryBacking><source type='file'/><access mode='shared'/></memoryBacking>
                  <os>
                    <type arch='x86_64' machine='pc'>hvm</type>
                    <kernel>%s</kernel>
                    <cmdline>transport=ring pattern=2 modules=150</cmdline>
                  </os>
                  <devices>
                    <serial type='unix'><source mode='bind' path='%s'/><target port='0'/></serial>
                  </devices>
                  <qemu:commandline>
                    <qemu:arg value='-chardev'/>
                    <qemu:arg value='socket,id=kdport,path=%s,server=on,wait=off'/>
                    <qemu:arg value='-device'/>
                    <qemu:arg value='isa-debugcon,iobase=0x10,chardev=kdport,readback=0x6b'/>
                    <qemu:arg value='-chardev'/>
                    <qemu:arg value='file,id=guestlog,path=%s'/>
                    <qemu:arg value='-device'/>
                    <qemu:arg value='isa-debugcon,iobase=0xe9,chardev=guestlog'/>
                  </qemu:commandline>
                </domain>
                """.formatted(name, kernel, serial, port, log);
    }

    private static void awaitLog(Path log, String line) throws Exception {
        awaitTrue("the guest logs '" + line + "'",
                () -> Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(line));
    }

    private static String virsh(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("virsh", "-q", "-c", URI));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "virsh " + args[0] + " hangs");
        assertEquals(0, process.exitValue(), "virsh " + String.join(" ", args) + ": " + output);
        return output;
    }
}
