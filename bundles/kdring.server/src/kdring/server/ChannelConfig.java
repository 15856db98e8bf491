package kdring.server;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One channel the service serves, from a {@code [channel NAME]} section of the configuration (or from
 * {@code --demo}).
 *
 * <pre>
 * [channel demo]            # launch the reference guest
 * vm = demo
 * transport = ring          # ring | uart | auto
 * debugger-port = 50001     # WinDbg: -k com:ipport=50001,port=127.0.0.1 (0 = any free port)
 *
 * [channel win10]           # attach to a QEMU VM started elsewhere (docs/channel-protocol.md §8)
 * vm = attach
 * port-socket = /run/kdring/win10.port
 * serial-socket = /run/kdring/win10.serial
 * memory = /dev/shm/win10
 * debugger-port = 50002
 * qmp-socket = /run/kdring/win10.qmp   # the VM's QMP monitor (-qmp unix:PATH,server=on,wait=off)
 * pause-idle = yes          # pause the VM while its target waits in the debugger (needs qmp-socket)
 *
 * [channel win7]            # stock kdcom: the serial port only (no kdring device, no RAM file)
 * vm = attach
 * serial-socket = /run/kdring/win7.serial
 *
 * [channel winxen]          # a Xen HVM domain, from dom0
 * vm = xen
 * domain = win10-hvm
 *
 * [channel winvirt]         # a libvirt domain by name
 * vm = libvirt
 * domain = win11
 * uri = qemu:///system      # the default
 *
 * [channel win11]           # WinDbg endpoints of your choice
 * vm = attach
 * ...
 * debugger-host = 127.0.0.1 # the TCP endpoint's address (default 127.0.0.1)
 * debugger-port = off       # no TCP endpoint
 * debugger-socket = /run/kdring/win11.kd   # a unix-socket endpoint (mode 0600, own user only)
 * debugger-stall-timeout = 10              # seconds a debugger may leave target bytes unread
 * </pre>
 *
 * @param name the channel's id
 * @param kind launch the demo guest, or attach to an existing VM
 * @param transport the demo guest's transport
 * @param hypervisor the id of the hypervisor adapter an attached VM is opened with ({@code qemu} for
 *        {@code vm = attach}); the service finds the adapter through the hypervisor seam and never names one
 * @param settings the attach settings handed to the adapter ({@code memory}, {@code port-socket},
 *        {@code serial-socket}, {@code domain}, {@code uri}, as the configuration names them; paths absolute)
 * @param debuggerPort the TCP port of the WinDbg endpoint, 0 for any free port, negative for none
 * @param debuggerHost the address of the TCP endpoint
 * @param debuggerSocket the path of a unix-socket endpoint, or null for none
 * @param debuggerStallTimeout how long a debugger may leave the target's bytes unread before it is disconnected
 */
public record ChannelConfig(String name, Kind kind, String transport, String hypervisor, Map<String, String> settings,
        int debuggerPort, String debuggerHost, Path debuggerSocket, java.time.Duration debuggerStallTimeout) {

    /** The default address of the TCP endpoint: loopback only. */
    public static final String DEFAULT_DEBUGGER_HOST = "127.0.0.1";
    /** The adapter {@code vm = attach} means: QEMU, by its sockets and RAM file. */
    public static final String QEMU = "qemu";

    /** Where the channel's VM comes from. */
    public enum Kind {
        DEMO, ATTACH
    }

    public ChannelConfig {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(hypervisor);
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        Objects.requireNonNull(debuggerHost);
        Objects.requireNonNull(debuggerStallTimeout);
    }

    /** @return the debugger endpoints the channel's session opens */
    public java.util.List<kdring.session.ChannelSession.EndpointConfig> endpoints() {
        java.util.List<kdring.session.ChannelSession.EndpointConfig> endpoints = new java.util.ArrayList<>();
        if (debuggerPort >= 0) {
            endpoints.add(new kdring.session.ChannelSession.EndpointConfig.Tcp(debuggerHost, debuggerPort));
        }
        if (debuggerSocket != null) {
            endpoints.add(new kdring.session.ChannelSession.EndpointConfig.Unix(debuggerSocket));
        }
        return endpoints;
    }

    /** @return the attach settings handed to the hypervisor adapter */
    public Map<String, String> attachSettings() {
        return settings;
    }

    /** @return the handshake port's socket, or null */
    public Path portSocket() {
        return path("port-socket");
    }

    /** @return the VM's COM1 socket, or null */
    public Path serialSocket() {
        return path("serial-socket");
    }

    /** @return the VM's memory-backend file, or null (serial only, or memory the adapter maps itself) */
    public Path memoryFile() {
        return path("memory");
    }

    /** @return the VM's QMP socket, or null */
    public Path qmpSocket() {
        return path("qmp-socket");
    }

    private Path path(String key) {
        String value = settings.get(key);
        return value == null ? null : Path.of(value);
    }

    /** The built-in demo: the reference guest on the ring transport, WinDbg endpoint on {@code port}. */
    public static ChannelConfig demo(int port) {
        return new ChannelConfig("demo", Kind.DEMO, "ring", QEMU, Map.of(), port, DEFAULT_DEBUGGER_HOST, null,
                kdring.transport.bridge.DebuggerHub.DEFAULT_STALL_TIMEOUT);
    }
}
