package kdring.hv.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import kdring.transport.StreamConnector;
import kdring.transport.memory.GuestMemory;
import kdring.transport.memory.GuestMemoryException;
import kdring.transport.memory.MappedGuestMemory;
import kdring.transport.ring.GuestRamLayout;
import kdring.transport.vm.AttachedPause;
import kdring.transport.vm.Hypervisor;
import kdring.transport.vm.VmConnection;

/**
 * The QEMU/KVM adapter behind kdring's hypervisor seam, registered as a Declarative Services component.
 * Stock QEMU, no patches: the handshake port is an {@code isa-debugcon} chardev socket, guest RAM a
 * {@code memory-backend-file ... share=on} that the host maps, the classic path the VM's serial chardev
 * (docs/channel-protocol.md §8). It launches the built-in demo VM (the reference guest) and attaches to VMs
 * the user started. Stateless and thread-safe.
 */
@Component(service = Hypervisor.class)
public final class QemuHypervisor implements Hypervisor {

    /** The adapter's id in configuration files. */
    public static final String ID = "qemu";
    /** Attach setting: the handshake port's unix socket (optional: without it the VM is serial only). */
    public static final String PORT_SOCKET = "port-socket";
    /** Attach setting: the VM's COM1 unix socket (optional). */
    public static final String SERIAL_SOCKET = "serial-socket";
    /** Attach setting: the guest RAM file (optional: without it the VM is served through its serial port only). */
    public static final String MEMORY = "memory";
    /** Attach setting: the VM's QMP unix socket (optional; needed to pause the VM). */
    public static final String QMP_SOCKET = "qmp-socket";
    /**
     * Attach setting: "yes" lets kdring pause the VM while its target is stopped in the debugger and idle
     * (needs {@link #QMP_SOCKET}); kdring resumes it on every exit, and a watchdog resumes it if kdring dies.
     */
    public static final String PAUSE_IDLE = "pause-idle";

    /** How long the demo guest may take to say it runs. */
    static final Duration BOOT_TIMEOUT = Duration.ofSeconds(90);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "QEMU/KVM";
    }

    @Override
    public boolean launchesDemo() {
        return true;
    }

    @Override
    public VmConnection launchDemo(DemoRequest request, Path workDirectory) throws IOException {
        ReferenceGuest.Options standard = ReferenceGuest.Options.of(request.name(), request.transport());
        ReferenceGuest.Options options = new ReferenceGuest.Options(request.name(), request.transport(),
                request.patternMiB(), standard.modules(), null, standard.memoryMiB());
        Accelerator.Choice accel = Accelerator.detect();
        System.out.println("kdring: " + request.name() + ": starting the reference guest (" + request.transport()
                + " transport) under " + accel);
        QemuVm vm = ReferenceGuest.launch(options, workDirectory, accel.accelerator());
        try {
            QemuVmSpec spec = vm.spec();
            return new Connection(request.name(), accel.accelerator().qemuName(), spec.channelSocket(),
                    spec.serialSocket(), spec.memoryFile() == null ? null : map(spec.memoryFile()), vm, null, null);
        } catch (IOException | RuntimeException e) {
            vm.close();
            throw e;
        }
    }

    /**
     * A connection on a QEMU VM this process launched (e.g. {@link ReferenceGuest#launch}): every control,
     * pausing included; closing it stops the VM.
     *
     * @param accelerator how it runs, e.g. {@code tcg}
     */
    public static VmConnection connection(QemuVm vm, String accelerator) throws IOException {
        QemuVmSpec spec = vm.spec();
        return new Connection(spec.name(), accelerator, spec.channelSocket(), spec.serialSocket(),
                spec.memoryFile() == null ? null : map(spec.memoryFile()), vm, null, null);
    }

    @Override
    public List<Setting> attachSettings() {
        return List.of(new Setting(MEMORY, "guest RAM file (memory-backend-file with share=on; none: serial only)",
                false),
                new Setting(PORT_SOCKET, "unix socket of the isa-debugcon handshake port (none: serial only)", false),
                new Setting(SERIAL_SOCKET, "unix socket of the VM's COM1 chardev (none: ring only)", false),
                new Setting(QMP_SOCKET, "unix socket of the VM's QMP monitor (-qmp unix:PATH,server=on,wait=off)",
                        false),
                new Setting(PAUSE_IDLE, "yes: pause the VM while its target waits in the debugger (needs "
                        + QMP_SOCKET + "; always resumed, even if kdring dies)", false));
    }

    @Override
    public VmConnection attach(String name, Map<String, String> settings) throws IOException {
        for (String key : settings.keySet()) {
            if (attachSettings().stream().noneMatch(s -> s.key().equals(key))) {
                throw new IOException(name + ": unknown QEMU attach setting '" + key + "' (known: " + MEMORY + ", "
                        + PORT_SOCKET + ", " + SERIAL_SOCKET + ", " + QMP_SOCKET + ", " + PAUSE_IDLE + ")");
            }
        }
        String memory = settings.get(MEMORY);
        Path memoryFile = memory == null || memory.isBlank() ? null : Path.of(memory);
        if (memoryFile != null && !Files.isRegularFile(memoryFile)) {
            throw new IOException("there is no guest RAM file at " + memoryFile
                    + " (is the VM running, and is this its mem-path?)");
        }
        Path port = optionalSocket(settings.get(PORT_SOCKET));
        Path serial = optionalSocket(settings.get(SERIAL_SOCKET));
        if (memoryFile == null && port != null) {
            throw new IOException(name + ": a handshake port ('" + PORT_SOCKET + "') needs the guest RAM file ('"
                    + MEMORY + "') the rings live in; leave out the port socket to attach through the serial "
                    + "port only");
        }
        if (memoryFile == null && serial == null) {
            throw new IOException(name + ": a serial-only VM needs its serial socket ('" + SERIAL_SOCKET + "')");
        }
        if (port == null && serial == null) {
            throw new IOException(name + ": neither a handshake port socket nor a serial socket: nothing to debug");
        }
        Path qmp = optionalSocket(settings.get(QMP_SOCKET));
        boolean pause = AttachedPause.setting(name, PAUSE_IDLE, settings.get(PAUSE_IDLE));
        if (pause && qmp == null) {
            throw new IOException(name + ": " + PAUSE_IDLE + "=yes needs the VM's QMP socket ('" + QMP_SOCKET + "')");
        }
        OwnerWatchdog resumer = pause ? OwnerWatchdog.startResumer(qmp) : null;
        try {
            // without a RAM file (stock kdcom on COM1) the serial stream is the whole channel
            return new Connection(name, "", port, serial, memoryFile == null ? null : map(memoryFile), null,
                    qmp == null ? null : new QmpClient(qmp), resumer);
        } catch (IOException | RuntimeException e) {
            if (resumer != null) {
                resumer.close();
            }
            throw e;
        }
    }

    private static Path optionalSocket(String value) throws IOException {
        if (value == null || value.isBlank()) {
            return null;
        }
        Path socket = Path.of(value);
        if (!Files.exists(socket)) {
            throw new IOException("there is no socket at " + socket + " (is the VM running?)");
        }
        return socket;
    }

    private static MappedGuestMemory map(Path file) throws IOException {
        try {
            return MappedGuestMemory.map(file);
        } catch (GuestMemoryException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public Map<String, String> configSnippets(String vmName, int memoryMiB, Map<String, String> settings) {
        Map<String, String> values = settings.isEmpty() ? suggestedSettings(vmName) : settings;
        VmConfigSnippets.Paths paths = new VmConfigSnippets.Paths(vmName, memoryMiB,
                Path.of(values.getOrDefault(MEMORY, "")), Path.of(values.getOrDefault(PORT_SOCKET, "")),
                Path.of(values.getOrDefault(SERIAL_SOCKET, "")));
        Map<String, String> snippets = new LinkedHashMap<>();
        snippets.put("QEMU command line", VmConfigSnippets.qemuArguments(paths));
        snippets.put("libvirt domain XML", VmConfigSnippets.libvirtXml(paths));
        snippets.put("Xen xl.cfg", VmConfigSnippets.xenXlCfg(paths));
        return snippets;
    }

    /** @return the conventional paths: RAM under /dev/shm, sockets under /run/kdring */
    @Override
    public Map<String, String> suggestedSettings(String vmName) {
        VmConfigSnippets.Paths paths = VmConfigSnippets.Paths.standard(vmName, 1);
        return Map.of(MEMORY, paths.memoryFile().toString(), PORT_SOCKET, paths.portSocket().toString(),
                SERIAL_SOCKET, paths.serialSocket().toString());
    }

    /**
     * A QEMU VM's streams and mapped RAM (null: serial only), and the QEMU process when kdring launched it. An
     * attached VM with a QMP socket can be paused only when the user allowed it ({@code resumer} runs then).
     */
    private static final class Connection implements VmConnection {
        private final String name;
        private final String accelerator;
        private final Path port;
        private final Path serial;
        private final MappedGuestMemory memory;
        private final QemuVm launched;
        private final QmpClient qmp;
        private final OwnerWatchdog resumer;

        Connection(String name, String accelerator, Path port, Path serial, MappedGuestMemory memory,
                QemuVm launched, QmpClient qmp, OwnerWatchdog resumer) {
            this.qmp = qmp;
            this.resumer = resumer;
            this.name = name;
            this.accelerator = accelerator;
            this.port = port;
            this.serial = serial;
            this.memory = memory;
            this.launched = launched;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String hypervisor() {
            return ID;
        }

        @Override
        public String accelerator() {
            return accelerator;
        }

        @Override
        public Optional<StreamConnector> portStream() {
            return Optional.ofNullable(port).map(StreamConnector::unixSocket);
        }

        @Override
        public Optional<StreamConnector> serialStream() {
            return Optional.ofNullable(serial).map(StreamConnector::unixSocket);
        }

        @Override
        public Optional<GuestMemory> memory() {
            return Optional.ofNullable(memory);
        }

        @Override
        public GuestRamLayout ramLayout() {
            return GuestRamLayout.pc(memory == null ? 0 : memory.size());
        }

        @Override
        public Set<Control> controls() {
            if (launched != null) {
                return EnumSet.allOf(Control.class);
            }
            return resumer != null ? EnumSet.of(Control.PAUSE) : EnumSet.noneOf(Control.class);
        }

        @Override
        public void pause() throws IOException {
            if (launched != null) {
                launched.pause();
            } else if (resumer != null) {
                qmp.execute("stop");
            } else {
                VmConnection.super.pause();
            }
        }

        @Override
        public void resume() throws IOException {
            if (launched != null) {
                launched.resume();
            } else if (qmp != null) {
                qmp.execute("cont");
            } else {
                VmConnection.super.resume();
            }
        }

        @Override
        public boolean paused() throws IOException {
            if (launched != null) {
                return launched.paused();
            }
            if (qmp == null) {
                return VmConnection.super.paused();
            }
            return qmp.paused();
        }

        @Override
        public void reset() throws IOException {
            if (launched == null) {
                VmConnection.super.reset();
            }
            launched.reset();
        }

        @Override
        public void kill() throws IOException {
            if (launched == null) {
                VmConnection.super.kill();
            }
            try {
                launched.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while killing " + name, e);
            }
        }

        @Override
        public boolean isAlive() {
            return launched == null || launched.isAlive();
        }

        @Override
        public String guestLog() {
            return launched == null ? "" : launched.guestLog();
        }

        @Override
        public void close() {
            if (memory != null) {
                memory.close();
            }
            if (launched != null) {
                launched.close();
            }
            if (qmp != null) {
                qmp.close();
            }
            if (resumer != null) {
                resumer.close();
            }
        }

        @Override
        public String toString() {
            return "QEMU VM " + name + (launched != null ? " (pid " + launched.pid() + ")" : "");
        }
    }
}
