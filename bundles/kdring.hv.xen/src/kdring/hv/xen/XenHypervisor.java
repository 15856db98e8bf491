package kdring.hv.xen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import kdring.hv.qemu.VmConfigSnippets;
import kdring.transport.StreamConnector;
import kdring.transport.memory.GuestMemory;
import kdring.transport.ring.GuestRamLayout;
import kdring.transport.vm.AttachedPause;
import kdring.transport.vm.Hypervisor;
import kdring.transport.vm.VmConnection;

/**
 * The Xen adapter behind kdring's hypervisor seam (docs/channel-protocol.md §8.1): an HVM domain, from dom0,
 * by its name. The port and serial streams come from the domain's device model (qemu-xen) as on QEMU:
 * {@code device_model_args} adds the {@code isa-debugcon} chardev at 0xE10 and {@code serial=} names a unix
 * socket ({@code kdring probe --print-config} prints the xl.cfg lines); guest memory is mapped page by page
 * through Xen's foreign-memory interface ({@link XenForeignMemory}, FFM), and the domain is found and
 * controlled with {@code xl} ({@link XenDomains}).
 *
 * <p>Stateless and thread-safe.
 */
@Component(service = Hypervisor.class)
public final class XenHypervisor implements Hypervisor {

    /** The adapter's id in configuration files ({@code vm = xen}). */
    public static final String ID = "xen";
    /** Attach setting: the domain's name (required). */
    public static final String DOMAIN = "domain";
    /**
     * Attach setting: {@code yes} lets kdring pause the domain ({@code xl pause}) while its target waits in the
     * debugger; kdring unpauses it before the debugger's next bytes, on every exit, and a watcher unpauses it if
     * kdring dies.
     */
    public static final String PAUSE_IDLE = "pause-idle";
    /** Attach setting: the handshake port's unix socket (default /run/kdring/DOMAIN.port). */
    public static final String PORT_SOCKET = "port-socket";
    /** Attach setting: the serial port's unix socket (default /run/kdring/DOMAIN.serial). */
    public static final String SERIAL_SOCKET = "serial-socket";
    /** Where dom0's kernel shows Xen (xenfs). */
    static final Path PROC_XEN = Path.of("/proc/xen");
    /**
     * Where an HVM guest's low RAM ends at most (hvmloader's default MMIO hole starts at 0xF0000000); RAM beyond
     * it continues above 4 GiB. Frames in the hole are not the domain's, and mapping them is a fault.
     */
    static final long LOW_RAM_END = 0xF000_0000L;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Xen";
    }

    /** @return why not, outside a Xen dom0 */
    @Override
    public String unavailableReason() {
        return XenDomains.whyNotDom0(PROC_XEN);
    }

    @Override
    public List<Setting> attachSettings() {
        return List.of(new Setting(DOMAIN, "the Xen HVM domain's name (xl list)", true),
                new Setting(PORT_SOCKET, "the handshake device's unix socket (default /run/kdring/DOMAIN.port)", false),
                new Setting(SERIAL_SOCKET, "the serial port's unix socket (default /run/kdring/DOMAIN.serial)", false),
                new Setting(PAUSE_IDLE, "yes: pause the domain while its target waits in the debugger (always "
                        + "unpaused, even if kdring dies)", false));
    }

    @Override
    public Map<String, String> suggestedSettings(String vmName) {
        VmConfigSnippets.Paths paths = VmConfigSnippets.Paths.standard(vmName, 1);
        return Map.of(DOMAIN, vmName, PORT_SOCKET, paths.portSocket().toString(), SERIAL_SOCKET,
                paths.serialSocket().toString());
    }

    @Override
    public Map<String, String> configSnippets(String vmName, int memoryMiB, Map<String, String> settings) {
        Map<String, String> values = settings.isEmpty() ? suggestedSettings(vmName) : settings;
        VmConfigSnippets.Paths standard = VmConfigSnippets.Paths.standard(vmName, memoryMiB);
        VmConfigSnippets.Paths paths = new VmConfigSnippets.Paths(vmName, memoryMiB, standard.memoryFile(),
                Path.of(values.getOrDefault(PORT_SOCKET, standard.portSocket().toString())),
                Path.of(values.getOrDefault(SERIAL_SOCKET, standard.serialSocket().toString())));
        Map<String, String> snippets = new LinkedHashMap<>();
        snippets.put("Xen xl.cfg", VmConfigSnippets.xenXlCfg(paths));
        return snippets;
    }

    @Override
    public VmConnection attach(String name, Map<String, String> settings) throws IOException {
        for (String key : settings.keySet()) {
            if (attachSettings().stream().noneMatch(s -> s.key().equals(key))) {
                throw new IOException(name + ": unknown Xen attach setting '" + key + "' (known: " + DOMAIN + ", "
                        + PORT_SOCKET + ", " + SERIAL_SOCKET + ", " + PAUSE_IDLE + ")");
            }
        }
        String domainName = settings.getOrDefault(DOMAIN, "").strip();
        if (domainName.isEmpty()) {
            throw new IOException(name + ": the Xen domain's name ('" + DOMAIN + "') is required");
        }
        Map<String, String> standard = suggestedSettings(domainName);
        Path port = Path.of(settings.getOrDefault(PORT_SOCKET, standard.get(PORT_SOCKET)));
        Path serial = Path.of(settings.getOrDefault(SERIAL_SOCKET, standard.get(SERIAL_SOCKET)));
        boolean pauseIdle = AttachedPause.setting(name, PAUSE_IDLE, settings.get(PAUSE_IDLE));
        String notDom0 = XenDomains.whyNotDom0(PROC_XEN);
        // the library first: a missing package is the one thing a user can fix anywhere
        XenForeignMemory foreign = null;
        try {
            foreign = XenForeignMemory.open();
        } catch (IOException e) {
            throw new IOException(name + ": " + (notDom0 != null && e.getMessage().contains(XenForeignMemory.LIBRARY
                    + " is not installed") ? e.getMessage() + "; and " + notDom0 : e.getMessage()), e);
        }
        try {
            if (notDom0 != null) {
                throw new IOException(name + ": " + notDom0);
            }
            Path xl = XenDomains.findXl();
            if (xl == null) {
                throw new IOException(name + ": xl is not installed (Debian: apt-get install xen-utils)");
            }
            XenDomains domains = new XenDomains(xl);
            XenDomains.Domain domain;
            try {
                domain = domains.find(domainName);
            } catch (IOException e) {
                throw new IOException(name + ": no Xen domain '" + domainName + "' (" + e.getMessage()
                        + "); start it with xl create, or check the name with xl list", e);
            }
            if (!domain.type().equals("hvm")) {
                throw new IOException(name + ": Xen domain " + domainName + " is " + domain.type()
                        + "; kdring needs an HVM domain with the qemu-xen device model (type = \"hvm\")");
            }
            return connect(name, domains, domain, foreign, port, serial, pauseIdle);
        } catch (IOException | RuntimeException e) {
            foreign.close();
            throw e;
        }
    }

    /**
     * The channel's VM on {@code domain}: its device model's sockets and its memory mapped through
     * {@code foreign}, which the connection owns from here on. Public for tests and tools that bring their own
     * mapping call and {@code xl}; {@link #attach} is the way in otherwise.
     *
     * @param pauseIdle whether the connection offers {@link VmConnection.Control#PAUSE} (it then starts the
     *                  watcher that unpauses the domain if this JVM dies)
     */
    public static VmConnection connect(String name, XenDomains domains, XenDomains.Domain domain,
            ForeignMemory foreign, Path port, Path serial, boolean pauseIdle) throws IOException {
        boolean hasPort = Files.exists(port);
        boolean hasSerial = Files.exists(serial);
        if (!hasPort && !hasSerial) {
            throw new IOException(name + ": Xen domain " + domain.name() + " has neither " + port + " nor " + serial
                    + ": add to its xl.cfg and restart it:\n" + VmConfigSnippets.xenXlCfg(new VmConfigSnippets.Paths(
                            domain.name(), (int) (domain.maxMemoryBytes() >> 20), Path.of(""), port, serial)));
        }
        XenGuestMemory memory = new XenGuestMemory(foreign, domain.name(), domain.domid(),
                addressSpace(domain.maxMemoryBytes()), () -> domains.currentId(domain.name()), XenGuestMemory.MAX_PAGES);
        Connection connection = new Connection(name, domains, domain, memory, hasPort ? port : null,
                hasSerial ? serial : null);
        if (pauseIdle) {
            try {
                connection.allowPausing();
            } catch (IOException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }

    /** @return the guest-physical bytes an HVM domain with that much RAM spans: low RAM, the hole, high RAM */
    static long addressSpace(long maxMemoryBytes) {
        return maxMemoryBytes <= LOW_RAM_END ? maxMemoryBytes : (4L << 30) + (maxMemoryBytes - LOW_RAM_END);
    }

    /** A Xen HVM domain's device-model sockets and its foreign-mapped memory. */
    private static final class Connection implements VmConnection {
        private final String name;
        private final XenDomains domains;
        private final XenDomains.Domain domain;
        private final XenGuestMemory memory;
        private final Path port;
        private final Path serial;
        private final AttachedPause pausing;

        Connection(String name, XenDomains domains, XenDomains.Domain domain, XenGuestMemory memory, Path port,
                Path serial) {
            this.name = name;
            this.domains = domains;
            this.domain = domain;
            this.memory = memory;
            this.port = port;
            this.serial = serial;
            this.pausing = new AttachedPause("Xen domain " + domain.name(), PAUSE_IDLE, new AttachedPause.Commands() {
                @Override
                public void pause() throws IOException {
                    domains.pause(domain.name());
                }

                @Override
                public void resume() throws IOException {
                    domains.unpause(domain.name());
                }

                @Override
                public boolean paused() throws IOException {
                    return domains.paused(domain.name());
                }
            });
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
            return "xen-hvm";
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
            return Optional.of(memory);
        }

        @Override
        public GuestRamLayout ramLayout() {
            return GuestRamLayout.pc(memory.size());
        }

        /** Offers {@link Control#PAUSE}: starts the watcher that unpauses the domain if this JVM dies. */
        void allowPausing() throws IOException {
            pausing.allow(domains.unpauseCommand(domain.name()));
        }

        @Override
        public Set<Control> controls() {
            return pausing.allowed() ? EnumSet.of(Control.RESET, Control.KILL, Control.PAUSE)
                    : EnumSet.of(Control.RESET, Control.KILL);
        }

        @Override
        public void pause() throws IOException {
            pausing.pause();
        }

        @Override
        public void resume() throws IOException {
            pausing.resume();
        }

        @Override
        public boolean paused() throws IOException {
            return pausing.paused();
        }

        @Override
        public void reset() throws IOException {
            domains.reset(domain.name());
        }

        @Override
        public void kill() throws IOException {
            domains.destroy(domain.name());
        }

        @Override
        public boolean isAlive() {
            return domains.currentId(domain.name()).isPresent();
        }

        @Override
        public void close() {
            pausing.close(); // never left paused by kdring
            memory.close();
        }

        @Override
        public String toString() {
            return "Xen domain " + domain.name() + " (id " + memory.domid() + ")";
        }
    }
}
