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
 * @param memoryFile   the guest RAM file ({@code memory-backend-file ... share=on}), empty: serial only (stock
 *                     kdcom; then there is no handshake port either)
 * @param windbgPort   TCP port of the WinDbg endpoint (0: any free port)
 */
public record AttachRequest(String name, Optional<Path> portSocket, Optional<Path> serialSocket, Optional<Path> memoryFile,
        int windbgPort) {

    /** The hypervisor adapter this dialog attaches with. */
    public static final String HYPERVISOR = "qemu";
    /** Its attach setting for the guest RAM file. */
    public static final String MEMORY = "memory";
    /** Its attach setting for the handshake port socket. */
    public static final String PORT_SOCKET = "port-socket";
    /** Its attach setting for the serial socket. */
    public static final String SERIAL_SOCKET = "serial-socket";

    public AttachRequest {
        Objects.requireNonNull(name);
        Objects.requireNonNull(portSocket);
        Objects.requireNonNull(serialSocket);
        Objects.requireNonNull(memoryFile);
    }

    /** @return the settings the adapter's attach takes */
    public java.util.Map<String, String> settings() {
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
        memoryFile.ifPresent(p -> settings.put(MEMORY, p.toString()));
        portSocket.ifPresent(p -> settings.put(PORT_SOCKET, p.toString()));
        serialSocket.ifPresent(p -> settings.put(SERIAL_SOCKET, p.toString()));
        return settings;
    }

    /** @return "ring" when the VM has the handshake port (the guest can open rings), else "uart" */
    public String transport() {
        return portSocket.isPresent() ? "ring" : "uart";
    }
}
