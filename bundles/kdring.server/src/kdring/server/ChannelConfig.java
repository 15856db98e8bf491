package kdring.server;

import java.nio.file.Path;
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
 * [channel win10]           # attach to a VM started elsewhere (docs/channel-protocol.md §8)
 * vm = attach
 * port-socket = /run/kdring/win10.port
 * serial-socket = /run/kdring/win10.serial
 * memory = /dev/shm/win10
 * debugger-port = 50002
 * qmp-socket = /run/kdring/win10.qmp   # the VM's QMP monitor (-qmp unix:PATH,server=on,wait=off)
 * pause-idle = yes          # pause the VM while its target waits in the debugger (needs qmp-socket)
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
 * @param portSocket the handshake port's socket (attach; may be null for a serial-only VM)
 * @param serialSocket the VM's COM1 socket (attach)
 * @param memoryFile the VM's memory-backend file (attach)
 * @param debuggerPort the TCP port of the WinDbg endpoint, 0 for any free port, negative for none
 * @param debuggerHost the address of the TCP endpoint
 * @param debuggerSocket the path of a unix-socket endpoint, or null for none
 * @param debuggerStallTimeout how long a debugger may leave the target's bytes unread before it is disconnected
 * @param qmpSocket the VM's QMP socket (attach), or null
 * @param pauseIdle whether kdring may pause the attached VM while its target waits in the debugger (needs
 *        {@code qmpSocket}; a VM kdring launched is always paused then)
 */
public record ChannelConfig(String name, Kind kind, String transport, Path portSocket, Path serialSocket,
        Path memoryFile, int debuggerPort, String debuggerHost, Path debuggerSocket,
        java.time.Duration debuggerStallTimeout, Path qmpSocket, boolean pauseIdle) {

    /** The default address of the TCP endpoint: loopback only. */
    public static final String DEFAULT_DEBUGGER_HOST = "127.0.0.1";

    /** Where the channel's VM comes from. */
    public enum Kind {
        DEMO, ATTACH
    }

    public ChannelConfig {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(debuggerHost);
        Objects.requireNonNull(debuggerStallTimeout);
    }

    /** A channel without a QMP socket. */
    public ChannelConfig(String name, Kind kind, String transport, Path portSocket, Path serialSocket,
            Path memoryFile, int debuggerPort, String debuggerHost, Path debuggerSocket,
            java.time.Duration debuggerStallTimeout) {
        this(name, kind, transport, portSocket, serialSocket, memoryFile, debuggerPort, debuggerHost, debuggerSocket,
                debuggerStallTimeout, null, false);
    }

    /** A channel with one TCP endpoint on 127.0.0.1:{@code debuggerPort} and the default stall timeout. */
    public ChannelConfig(String name, Kind kind, String transport, Path portSocket, Path serialSocket,
            Path memoryFile, int debuggerPort) {
        this(name, kind, transport, portSocket, serialSocket, memoryFile, debuggerPort, DEFAULT_DEBUGGER_HOST, null,
                kdring.transport.bridge.DebuggerHub.DEFAULT_STALL_TIMEOUT);
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

    /** @return the id of the hypervisor adapter an attached VM is opened with */
    public String hypervisor() {
        return "qemu";
    }

    /**
     * @return the attach settings handed to the hypervisor adapter: the configuration's own keys
     *         ({@code memory}, {@code port-socket}, {@code serial-socket}, {@code qmp-socket},
     *         {@code pause-idle}), as the QEMU adapter names them
     */
    public java.util.Map<String, String> attachSettings() {
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
        if (memoryFile != null) {
            settings.put("memory", memoryFile.toString());
        }
        if (portSocket != null) {
            settings.put("port-socket", portSocket.toString());
        }
        if (serialSocket != null) {
            settings.put("serial-socket", serialSocket.toString());
        }
        if (qmpSocket != null) {
            settings.put("qmp-socket", qmpSocket.toString());
        }
        if (pauseIdle) {
            settings.put("pause-idle", "yes");
        }
        return settings;
    }

    /** The built-in demo: the reference guest on the ring transport, WinDbg endpoint on {@code port}. */
    public static ChannelConfig demo(int port) {
        return new ChannelConfig("demo", Kind.DEMO, "ring", null, null, null, port);
    }
}
