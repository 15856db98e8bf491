package kdring.ui.attach;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A VM the user asked to attach to. Immutable; handed from the dialog (UI thread) to the attach Job.
 *
 * @param name         the VM's name in the Channels view
 * @param portSocket   the handshake port's unix socket ({@code isa-debugcon} chardev), empty: serial only
 * @param serialSocket the VM's COM1 unix socket, empty: ring only
 * @param memoryFile   the guest RAM file ({@code memory-backend-file ... share=on})
 * @param windbgPort   TCP port of the WinDbg endpoint (0: any free port)
 * @param qmpSocket    the VM's QMP socket, empty: none
 * @param pauseIdle    whether kdring may pause the VM while its target waits in the debugger (needs the QMP socket)
 */
public record AttachRequest(String name, Optional<Path> portSocket, Optional<Path> serialSocket, Path memoryFile,
        int windbgPort, Optional<Path> qmpSocket, boolean pauseIdle) {

    /** The hypervisor adapter this dialog attaches with. */
    public static final String HYPERVISOR = "qemu";
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
        Objects.requireNonNull(portSocket);
        Objects.requireNonNull(serialSocket);
        Objects.requireNonNull(memoryFile);
        Objects.requireNonNull(qmpSocket);
    }

    /** A VM without a QMP socket: never paused. */
    public AttachRequest(String name, Optional<Path> portSocket, Optional<Path> serialSocket, Path memoryFile,
            int windbgPort) {
        this(name, portSocket, serialSocket, memoryFile, windbgPort, Optional.empty(), false);
    }

    /** @return the settings the adapter's attach takes */
    public java.util.Map<String, String> settings() {
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put(MEMORY, memoryFile.toString());
        portSocket.ifPresent(p -> settings.put(PORT_SOCKET, p.toString()));
        serialSocket.ifPresent(p -> settings.put(SERIAL_SOCKET, p.toString()));
        qmpSocket.ifPresent(p -> settings.put(QMP_SOCKET, p.toString()));
        if (pauseIdle) {
            settings.put(PAUSE_IDLE, "yes");
        }
        return settings;
    }

    /** @return "ring" when the VM has the handshake port (the guest can open rings), else "uart" */
    public String transport() {
        return portSocket.isPresent() ? "ring" : "uart";
    }
}
