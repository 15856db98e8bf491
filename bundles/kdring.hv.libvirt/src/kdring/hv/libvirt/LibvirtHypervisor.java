package kdring.hv.libvirt;

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
import kdring.transport.memory.GuestMemoryException;
import kdring.transport.memory.MappedGuestMemory;
import kdring.transport.ring.GuestRamLayout;
import kdring.transport.vm.AttachedPause;
import kdring.transport.vm.Hypervisor;
import kdring.transport.vm.VmConnection;

/**
 * The libvirt adapter behind kdring's hypervisor seam: a running libvirt domain (QEMU driver) by its name.
 * It reads the domain's live XML for the handshake device's socket ({@code isa-debugcon} in
 * {@code <qemu:commandline>}), the serial port's socket and whether RAM is a shared file; asks QEMU through
 * libvirt's monitor connection where that file is; and resets or destroys the domain through libvirt. A
 * domain with only a unix-socket serial port is a serial-only channel (stock kdcom). A domain without what
 * kdring needs gets the XML to add, from the same snippet generator as {@code kdring probe --print-config}.
 *
 * <p>Stateless and thread-safe.
 */
@Component(service = Hypervisor.class)
public final class LibvirtHypervisor implements Hypervisor {

    /** The adapter's id in configuration files ({@code vm = libvirt}). */
    public static final String ID = "libvirt";
    /** Attach setting: the domain's name (required). */
    public static final String DOMAIN = "domain";
    /** Attach setting: the connection URI. */
    public static final String URI = "uri";
    /** Attach setting: the RAM file, when QEMU's monitor may not be asked (optional). */
    public static final String MEMORY = "memory";
    /**
     * Attach setting: "yes" lets kdring suspend the domain while its target is stopped in the debugger and idle
     * ({@code virsh suspend}); kdring resumes it before the debugger's next bytes, on every exit, and a watcher
     * resumes it if kdring dies.
     */
    public static final String PAUSE_IDLE = "pause-idle";
    /** The URI used when none is given. */
    public static final String DEFAULT_URI = "qemu:///system";
    /**
     * Guest-physical address equals RAM-file offset only below the PCI hole; kdring accepts ring pages in the
     * first 2 GiB (a q35 machine with more than 2.75 GiB splits its RAM there, a pc machine at 3.5 GiB).
     */
    static final long LOW_RAM = 2L << 30;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "libvirt";
    }

    /** @return why not, where libvirt's client is not installed */
    @Override
    public String unavailableReason() {
        return Virsh.find() == null ? "virsh is not installed (Debian: apt-get install libvirt-clients)" : null;
    }

    @Override
    public List<Setting> attachSettings() {
        return List.of(new Setting(DOMAIN, "the libvirt domain's name", true),
                new Setting(URI, "libvirt connection URI (default " + DEFAULT_URI + ")", false),
                new Setting(MEMORY, "the domain's RAM file, when kdring may not ask QEMU's monitor for it", false),
                new Setting(PAUSE_IDLE, "yes: suspend the domain while its target waits in the debugger (always "
                        + "resumed, even if kdring dies)", false));
    }

    @Override
    public Map<String, String> suggestedSettings(String vmName) {
        return Map.of(DOMAIN, vmName, URI, DEFAULT_URI);
    }

    @Override
    public Map<String, String> configSnippets(String vmName, int memoryMiB, Map<String, String> settings) {
        Map<String, String> snippets = new LinkedHashMap<>();
        snippets.put("libvirt domain XML", VmConfigSnippets.libvirtXml(VmConfigSnippets.Paths.standard(vmName,
                memoryMiB)));
        return snippets;
    }

    @Override
    public VmConnection attach(String name, Map<String, String> settings) throws IOException {
        for (String key : settings.keySet()) {
            if (attachSettings().stream().noneMatch(s -> s.key().equals(key))) {
                throw new IOException(name + ": unknown libvirt attach setting '" + key + "' (known: " + DOMAIN + ", "
                        + URI + ", " + MEMORY + ", " + PAUSE_IDLE + ")");
            }
        }
        String domainName = settings.getOrDefault(DOMAIN, "").strip();
        if (domainName.isEmpty()) {
            throw new IOException(name + ": the libvirt domain's name ('" + DOMAIN + "') is required");
        }
        String uri = settings.getOrDefault(URI, "").isBlank() ? DEFAULT_URI : settings.get(URI).strip();
        Path binary = Virsh.find();
        if (binary == null) {
            throw new IOException("virsh is not installed (Debian: apt-get install libvirt-clients); kdring reads "
                    + "libvirt domains through it");
        }
        Virsh virsh = new Virsh(binary, uri);
        DomainXml.Domain domain = DomainXml.parse(virsh.dumpXml(domainName));
        String memorySetting = settings.getOrDefault(MEMORY, "").strip();
        boolean pause = AttachedPause.setting(name, PAUSE_IDLE, settings.get(PAUSE_IDLE));
        VmConnection vm = open(name, virsh, domain, memorySetting.isEmpty() ? null : Path.of(memorySetting));
        if (pause) {
            ((Connection) vm).allowPausing();
        }
        return vm;
    }

    /**
     * Opens a channel's VM on {@code domain} as read from its live XML: checks that it runs and has what kdring
     * needs (else says what to add), then finds and maps its RAM when it has a handshake port.
     */
    static VmConnection open(String name, Virsh virsh, DomainXml.Domain domain, Path memoryFile) throws IOException {
        String who = check(domain, virsh.uri(), memoryFile);
        MappedGuestMemory memory = null;
        if (domain.portSocket().isPresent()) {
            Path file = memoryFile != null ? memoryFile : findMemoryFile(who, virsh, domain);
            if (!Files.isRegularFile(file)) {
                throw new IOException(who + ": there is no RAM file at " + file);
            }
            try {
                memory = MappedGuestMemory.map(file);
            } catch (GuestMemoryException e) {
                throw new IOException(who + ": " + e.getMessage()
                        + " (kdring must run as a user that may read and write it, e.g. root or libvirt-qemu)", e);
            }
        }
        return new Connection(name, virsh, domain, memory);
    }

    /**
     * Says exactly what keeps kdring from {@code domain}, with the XML to add: it does not run; it has neither
     * the handshake device nor a unix-socket serial port; it has the device but no shared file-backed RAM (and
     * no {@code memoryFile} was given).
     *
     * @return how messages name the domain
     * @throws IOException saying what is missing and what to do
     */
    public static String check(DomainXml.Domain domain, String uri, Path memoryFile) throws IOException {
        String who = "libvirt domain " + domain.name() + " (" + uri + ")";
        if (!domain.running()) {
            throw new IOException(who + " is not running; start it (virsh -c " + uri + " start " + domain.name()
                    + ") and attach again");
        }
        String snippet = VmConfigSnippets.libvirtXml(VmConfigSnippets.Paths.standard(domain.name(),
                (int) Math.max(1, domain.memoryBytes() >> 20)));
        String edit = "\nAdd to its XML (virsh edit " + domain.name() + "), restart it, and attach again:\n" + snippet;
        if (domain.portSocket().isEmpty() && domain.serialSocket().isEmpty()) {
            String serial = domain.serialType().isEmpty() ? "no serial port"
                    : "a serial port of type '" + domain.serialType() + "', not 'unix'";
            throw new IOException(who + " has no kdring handshake device (isa-debugcon in <qemu:commandline>) and "
                    + serial + ": nothing kdring can reach." + edit);
        }
        if (domain.portSocket().isPresent() && !domain.sharedFileMemory() && memoryFile == null) {
            throw new IOException(who + " has the kdring handshake device but its RAM is not a shared file "
                    + "(<memoryBacking><source type='file'/><access mode='shared'/>), which the rings need." + edit);
        }
        return who;
    }

    /** Asks QEMU, through libvirt's monitor connection, for the path of the domain's file-backed RAM. */
    private static Path findMemoryFile(String who, Virsh virsh, DomainXml.Domain domain) throws IOException {
        try {
            List<String> backends = QmpReplies.fileBackends(virsh.qmp(domain.name(), QmpReplies.LIST_OBJECTS));
            if (backends.isEmpty()) {
                throw new IOException("QEMU has no memory-backend-file object");
            }
            return Path.of(QmpReplies.value(virsh.qmp(domain.name(), QmpReplies.get(backends.get(0), "mem-path"))));
        } catch (IOException e) {
            throw new IOException(who + ": cannot find its RAM file through QEMU's monitor: " + e.getMessage()
                    + "; give it as 'memory = PATH' (it lies under memory_backing_dir of /etc/libvirt/qemu.conf, "
                    + "default /var/lib/libvirt/qemu/ram)", e);
        }
    }

    /** A running libvirt domain's streams and mapped RAM (null: serial only). */
    private static final class Connection implements VmConnection {
        private final String name;
        private final Virsh virsh;
        private final DomainXml.Domain domain;
        private final MappedGuestMemory memory;
        private final AttachedPause pausing;

        Connection(String name, Virsh virsh, DomainXml.Domain domain, MappedGuestMemory memory) {
            this.name = name;
            this.virsh = virsh;
            this.domain = domain;
            this.memory = memory;
            this.pausing = new AttachedPause("libvirt domain " + domain.name(), PAUSE_IDLE, new AttachedPause.Commands() {
                @Override
                public void pause() throws IOException {
                    virsh.suspend(domain.name());
                }

                @Override
                public void resume() throws IOException {
                    virsh.resume(domain.name());
                }

                @Override
                public boolean paused() throws IOException {
                    return virsh.state(domain.name()).equals("paused");
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
            return switch (domain.type()) {
                case "kvm" -> "kvm";
                case "qemu" -> "tcg";
                default -> "";
            };
        }

        @Override
        public Optional<StreamConnector> portStream() {
            return memory == null ? Optional.empty() : domain.portSocket().map(StreamConnector::unixSocket);
        }

        @Override
        public Optional<StreamConnector> serialStream() {
            return domain.serialSocket().map(StreamConnector::unixSocket);
        }

        @Override
        public Optional<GuestMemory> memory() {
            return Optional.ofNullable(memory);
        }

        @Override
        public GuestRamLayout ramLayout() {
            return GuestRamLayout.pc(memory == null ? 0 : Math.min(memory.size(), LOW_RAM));
        }

        /** Offers {@link Control#PAUSE}: starts the watcher that resumes the domain if this JVM dies. */
        void allowPausing() throws IOException {
            pausing.allow(virsh.resumeCommand(domain.name()));
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
            virsh.reset(domain.name());
        }

        @Override
        public void kill() throws IOException {
            virsh.destroy(domain.name());
        }

        /** Whether the same domain still runs: a new id means QEMU was restarted (the mapping is stale). */
        @Override
        public boolean isAlive() {
            try {
                return virsh.id(domain.name()).equals(Integer.toString(domain.id()));
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void close() {
            pausing.close(); // never left paused by kdring
            if (memory != null) {
                memory.close();
            }
        }

        @Override
        public String toString() {
            return "libvirt domain " + domain.name() + " (id " + domain.id() + ", " + virsh.uri() + ")";
        }
    }
}
