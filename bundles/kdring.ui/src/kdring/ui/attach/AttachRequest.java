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
 */
public record AttachRequest(String name, Optional<Path> portSocket, Optional<Path> serialSocket, Path memoryFile,
        int windbgPort) {
    public AttachRequest {
        Objects.requireNonNull(name);
        Objects.requireNonNull(portSocket);
        Objects.requireNonNull(serialSocket);
        Objects.requireNonNull(memoryFile);
    }

    /** @return "ring" when the VM has the handshake port (the guest can open rings), else "uart" */
    public String transport() {
        return portSocket.isPresent() ? "ring" : "uart";
    }
}
