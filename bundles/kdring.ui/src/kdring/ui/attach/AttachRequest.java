package kdring.ui.attach;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A VM the user asked to attach to. Immutable; handed from the dialog (UI thread) to the attach Job.
 *
 * @param name       the VM's name in the Channels view
 * @param hypervisor the id of the hypervisor adapter that opens it ({@link #QEMU}, or e.g. libvirt, xen)
 * @param settings   the adapter's attach settings
 * @param windbgPort TCP port of the WinDbg endpoint (0: any free port)
 */
public record AttachRequest(String name, String hypervisor, Map<String, String> settings, int windbgPort) {

    /** The QEMU adapter, which the dialog's file fields are for. */
    public static final String QEMU = "qemu";
    /** Its attach setting for the guest RAM file. */
    public static final String MEMORY = "memory";
    /** Its attach setting for the handshake port socket. */
    public static final String PORT_SOCKET = "port-socket";
    /** Its attach setting for the serial socket. */
    public static final String SERIAL_SOCKET = "serial-socket";
    /** Its attach setting for the QMP socket. */
    public static final String QMP_SOCKET = "qmp-socket";
    /** Its attach setting that allows pausing the idle VM. */
    public static final String PAUSE_IDLE = "pause-idle";

    public AttachRequest {
        Objects.requireNonNull(name);
        Objects.requireNonNull(hypervisor);
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /**
     * A QEMU VM by its files.
     *
     * @param portSocket   the handshake port's unix socket ({@code isa-debugcon} chardev), empty: serial only
     * @param serialSocket the VM's COM1 unix socket, empty: ring only
     * @param memoryFile   the guest RAM file ({@code memory-backend-file ... share=on}), empty: serial only
     *                     (stock kdcom; then there is no handshake port either)
     */
    public static AttachRequest qemu(String name, Optional<Path> portSocket, Optional<Path> serialSocket,
            Optional<Path> memoryFile, int windbgPort) {
        return qemu(name, portSocket, serialSocket, memoryFile, windbgPort, Optional.empty(), false);
    }

    /**
     * A QEMU VM by its files, with its QMP socket.
     *
     * @param qmpSocket the VM's QMP socket, empty: none
     * @param pauseIdle whether kdring may pause the VM while its target waits in the debugger (needs the QMP
     *                  socket)
     */
    public static AttachRequest qemu(String name, Optional<Path> portSocket, Optional<Path> serialSocket,
            Optional<Path> memoryFile, int windbgPort, Optional<Path> qmpSocket, boolean pauseIdle) {
        Map<String, String> settings = new LinkedHashMap<>();
        memoryFile.ifPresent(p -> settings.put(MEMORY, p.toString()));
        portSocket.ifPresent(p -> settings.put(PORT_SOCKET, p.toString()));
        serialSocket.ifPresent(p -> settings.put(SERIAL_SOCKET, p.toString()));
        qmpSocket.ifPresent(p -> settings.put(QMP_SOCKET, p.toString()));
        if (pauseIdle) {
            settings.put(PAUSE_IDLE, "yes");
        }
        return new AttachRequest(name, QEMU, settings, windbgPort);
    }

    /**
     * @return for a QEMU VM "ring" when it has the handshake port (the guest can open rings), else "uart";
     *         "auto" for other adapters, which find out from the VM
     */
    public String transport() {
        if (!hypervisor.equals(QEMU)) {
            return "auto";
        }
        return settings.containsKey(PORT_SOCKET) ? "ring" : "uart";
    }
}
