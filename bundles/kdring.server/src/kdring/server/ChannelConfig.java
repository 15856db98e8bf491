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
 * </pre>
 *
 * @param name the channel's id
 * @param kind launch the demo guest, or attach to an existing VM
 * @param transport the demo guest's transport
 * @param portSocket the handshake port's socket (attach; may be null for a serial-only VM)
 * @param serialSocket the VM's COM1 socket (attach)
 * @param memoryFile the VM's memory-backend file (attach)
 * @param debuggerPort the TCP port of the WinDbg endpoint, 0 for any free port
 */
public record ChannelConfig(String name, Kind kind, String transport, Path portSocket, Path serialSocket,
        Path memoryFile, int debuggerPort) {

    /** Where the channel's VM comes from. */
    public enum Kind {
        DEMO, ATTACH
    }

    public ChannelConfig {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
    }

    /** @return the id of the hypervisor adapter an attached VM is opened with */
    public String hypervisor() {
        return "qemu";
    }

    /**
     * @return the attach settings handed to the hypervisor adapter: the configuration's own keys
     *         ({@code memory}, {@code port-socket}, {@code serial-socket}), as the QEMU adapter names them
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
        return settings;
    }

    /** The built-in demo: the reference guest on the ring transport, WinDbg endpoint on {@code port}. */
    public static ChannelConfig demo(int port) {
        return new ChannelConfig("demo", Kind.DEMO, "ring", null, null, null, port);
    }
}
