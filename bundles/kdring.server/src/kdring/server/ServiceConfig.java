package kdring.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kdring.server.ConfigFile.ConfigException;
import kdring.server.ConfigFile.Entry;
import kdring.server.ConfigFile.Section;

/**
 * The headless service's settings, with defaults that work when there is no configuration file
 * (docs/operator-guide.md describes the file). Every key the file does not know is an error naming its
 * line, so that a typo never silently falls back to a default.
 *
 * @param httpHost the address the API binds to (loopback unless told otherwise)
 * @param httpPort the API's TCP port
 * @param tlsKeystore a PKCS#12 or JKS keystore for HTTPS, or null for plain HTTP
 * @param tlsPassword the keystore's password ("" when none)
 * @param tokenFile where the API's bearer token is kept (created with mode 0600 at first start)
 * @param captureDirectory where captures are written
 * @param channels the channels to serve ({@code [channel NAME]} sections, see {@link ChannelConfig})
 */
public record ServiceConfig(String httpHost, int httpPort, Path tlsKeystore, String tlsPassword, Path tokenFile,
        Path captureDirectory, List<ChannelConfig> channels) {

    public ServiceConfig {
        channels = List.copyOf(channels);
    }

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8765;

    private static Path home() {
        return Path.of(System.getProperty("user.home"), ".kdring");
    }

    /** The settings used when no file is given. */
    public static ServiceConfig defaults() {
        return new ServiceConfig(DEFAULT_HOST, DEFAULT_PORT, null, "", home().resolve("api-token"),
                home().resolve("captures"), List.of());
    }

    /** Reads {@code file}; keys it leaves out keep their defaults. Relative paths are relative to the file. */
    public static ServiceConfig load(Path file) throws ConfigException {
        ConfigFile config = ConfigFile.read(file);
        Path base = file.toAbsolutePath().getParent();
        ServiceConfig d = defaults();
        String host = d.httpHost();
        int port = d.httpPort();
        Path keystore = null;
        String password = "";
        Path tokenFile = d.tokenFile();
        Path captures = d.captureDirectory();
        List<ChannelConfig> channels = new ArrayList<>();
        for (Section section : config.sections()) {
            switch (section.kind()) {
                case "http" -> {
                    for (Entry entry : section.entries()) {
                        switch (entry.key()) {
                            case "host" -> host = requireNonEmpty(config, entry);
                            case "port" -> port = config.intValue(entry, 1, 65535);
                            case "tls-keystore" -> keystore = base.resolve(requireNonEmpty(config, entry));
                            case "tls-password" -> password = entry.value();
                            default -> throw unknown(config, "http", entry, "host, port, tls-keystore, tls-password");
                        }
                    }
                }
                case "api" -> {
                    for (Entry entry : section.entries()) {
                        switch (entry.key()) {
                            case "token-file" -> tokenFile = base.resolve(requireNonEmpty(config, entry));
                            default -> throw unknown(config, "api", entry, "token-file");
                        }
                    }
                }
                case "capture" -> {
                    for (Entry entry : section.entries()) {
                        switch (entry.key()) {
                            case "directory" -> captures = base.resolve(requireNonEmpty(config, entry));
                            default -> throw unknown(config, "capture", entry, "directory");
                        }
                    }
                }
                case "channel" -> channels.add(channel(config, section, base, channels));
                default -> throw new ConfigException(file, section.line(), "[" + section.kind() + "]",
                        "unknown section (known: [http], [api], [capture], [channel NAME])");
            }
        }
        if (keystore != null && !java.nio.file.Files.isReadable(keystore)) {
            throw new ConfigException(file, 0, "http.tls-keystore", "cannot read " + keystore);
        }
        return new ServiceConfig(host, port, keystore, password, tokenFile, captures, channels);
    }

    private static ChannelConfig channel(ConfigFile config, Section section, Path base, List<ChannelConfig> earlier)
            throws ConfigException {
        String name = section.name();
        if (name.isEmpty() || !name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new ConfigException(config.file(), section.line(), "[channel]",
                    "needs a name of letters, digits, '.', '_' or '-', e.g. [channel win10]");
        }
        for (ChannelConfig other : earlier) {
            if (other.name().equals(name)) {
                throw new ConfigException(config.file(), section.line(), "[channel " + name + "]", "defined twice");
            }
        }
        String vm = null;
        int vmLine = section.line();
        String transport = "ring";
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
        int debuggerPort = 0;
        String debuggerHost = ChannelConfig.DEFAULT_DEBUGGER_HOST;
        Path debuggerSocket = null;
        java.time.Duration stallTimeout = kdring.transport.bridge.DebuggerHub.DEFAULT_STALL_TIMEOUT;
        Path qmpSocket = null;
        boolean pauseIdle = false;
        for (Entry entry : section.entries()) {
            String field = "channel." + name + "." + entry.key();
            switch (entry.key()) {
                case "vm" -> {
                    vm = entry.value();
                    vmLine = entry.line();
                    if (!vm.matches("[a-z][a-z0-9-]{0,31}")) {
                        throw new ConfigException(config.file(), entry.line(), field, "must be 'demo', 'attach' (a QEMU"
                                + " VM by its sockets and RAM file) or a hypervisor adapter's id, e.g. 'xen' or 'libvirt'");
                    }
                }
                case "transport" -> {
                    transport = entry.value();
                    if (!transport.matches("ring|uart|auto")) {
                        throw new ConfigException(config.file(), entry.line(), field, "must be ring, uart or auto");
                    }
                }
                case "port-socket", "serial-socket", "memory" -> settings.put(entry.key(),
                        base.resolve(requireNonEmpty(config, entry)).toString());
                case "domain", "uri" -> settings.put(entry.key(), requireNonEmpty(config, entry));
                case "debugger-port" -> debuggerPort = entry.value().equals("off") ? -1
                        : config.intValue(entry, 0, 65535);
                case "debugger-host" -> debuggerHost = requireNonEmpty(config, entry);
                case "debugger-socket" -> debuggerSocket = base.resolve(requireNonEmpty(config, entry));
                case "debugger-stall-timeout" -> stallTimeout = java.time.Duration.ofSeconds(
                        config.intValue(entry, 1, 3600));
                case "qmp-socket" -> {
                    qmpSocket = base.resolve(requireNonEmpty(config, entry));
                    settings.put(entry.key(), qmpSocket.toString());
                }
                case "pause-idle" -> {
                    pauseIdle = switch (entry.value()) {
                        case "yes" -> true;
                        case "no" -> false;
                        default -> throw new ConfigException(config.file(), entry.line(), field, "must be yes or no");
                    };
                    if (pauseIdle) {
                        settings.put(entry.key(), "yes");
                    } else {
                        settings.remove(entry.key());
                    }
                }
                default -> throw new ConfigException(config.file(), entry.line(), field, "unknown setting (known: vm,"
                        + " transport, port-socket, serial-socket, memory, domain, uri, debugger-port, debugger-host,"
                        + " debugger-socket, debugger-stall-timeout, qmp-socket, pause-idle)");
            }
        }
        if (vm == null) {
            throw new ConfigException(config.file(), section.line(), "channel." + name + ".vm",
                    "missing: say 'vm = demo', 'vm = attach', 'vm = xen' or 'vm = libvirt'");
        }
        String hypervisor = vm.equals("demo") || vm.equals("attach") ? ChannelConfig.QEMU : vm;
        if (vm.equals("demo")) {
            if (!settings.isEmpty()) {
                throw new ConfigException(config.file(), vmLine, "channel." + name, "the demo VM is launched by kdring:"
                        + " it takes no " + String.join(", ", settings.keySet()));
            }
        } else if (hypervisor.equals(ChannelConfig.QEMU)) {
            checkQemu(config, section, name, settings);
        } else if (!settings.containsKey("domain")) {
            throw new ConfigException(config.file(), section.line(), "channel." + name + ".domain",
                    "missing: 'vm = " + vm + "' names the VM by its domain name, e.g. 'domain = win10'");
        }
        if (pauseIdle && qmpSocket == null && hypervisor.equals(ChannelConfig.QEMU)) {
            throw new ConfigException(config.file(), section.line(), "channel." + name + ".pause-idle",
                    "pausing an attached VM needs its QMP socket: add 'qmp-socket = PATH'");
        }
        return new ChannelConfig(name, vm.equals("demo") ? ChannelConfig.Kind.DEMO : ChannelConfig.Kind.ATTACH,
                transport, hypervisor, settings, debuggerPort, debuggerHost, debuggerSocket, stallTimeout);
    }

    /**
     * A QEMU VM attached by its files: the rings need the handshake port and the RAM file together; a VM with
     * stock kdcom needs only its serial socket.
     */
    private static void checkQemu(ConfigFile config, Section section, String name, java.util.Map<String, String> settings)
            throws ConfigException {
        boolean memory = settings.containsKey("memory");
        boolean port = settings.containsKey("port-socket");
        boolean serial = settings.containsKey("serial-socket");
        if (port && !memory) {
            throw new ConfigException(config.file(), section.line(), "channel." + name,
                    "'port-socket' needs 'memory' (the rings live in the VM's RAM); for stock kdcom give only"
                            + " 'serial-socket'");
        }
        if (!port && !serial) {
            throw new ConfigException(config.file(), section.line(), "channel." + name,
                    "an attached VM needs 'serial-socket' (stock kdcom), or 'memory' with 'port-socket' (the rings),"
                            + " or all three");
        }
        for (String key : settings.keySet()) {
            if (key.equals("domain") || key.equals("uri")) {
                throw new ConfigException(config.file(), section.line(), "channel." + name + "." + key,
                        "'vm = attach' takes sockets and a RAM file; '" + key + "' is for 'vm = xen' or 'vm = libvirt'");
            }
        }
    }

    /** This configuration with the demo channel added (unless one named "demo" exists). */
    public ServiceConfig withDemo(int debuggerPort) {
        if (channels.stream().anyMatch(c -> c.name().equals("demo"))) {
            return this;
        }
        List<ChannelConfig> all = new ArrayList<>(channels);
        all.add(ChannelConfig.demo(debuggerPort));
        return new ServiceConfig(httpHost, httpPort, tlsKeystore, tlsPassword, tokenFile, captureDirectory, all);
    }

    private static ConfigException unknown(ConfigFile config, String section, Entry entry, String known) {
        return new ConfigException(config.file(), entry.line(), section + "." + entry.key(),
                "unknown setting (known: " + known + ")");
    }

    /** This configuration with the HTTP address overridden where the command line said so. */
    public ServiceConfig withOverrides(String host, Integer port) {
        return new ServiceConfig(host != null ? host : httpHost, port != null ? port : httpPort, tlsKeystore,
                tlsPassword, tokenFile, captureDirectory, channels);
    }

    private static String requireNonEmpty(ConfigFile config, Entry entry) throws ConfigException {
        if (entry.value().isEmpty()) {
            throw new ConfigException(config.file(), entry.line(), entry.key(), "must not be empty");
        }
        return entry.value();
    }
}
