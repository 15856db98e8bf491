package kdring.ui.export;

import java.nio.file.Path;
import java.util.Objects;

import kdring.model.export.WindbgEndpoint;

/**
 * One export the user asked for. Immutable; handed from the wizard (UI thread) to the export Job.
 *
 * @param capture  the capture file to export
 * @param format   the format
 * @param target   the file or folder to write
 * @param endpoint where WinDbg reaches the channel (WinDbg export)
 */
public record ExportRequest(Path capture, ExportFormat format, Path target, WindbgEndpoint endpoint) {
    public ExportRequest {
        Objects.requireNonNull(capture);
        Objects.requireNonNull(format);
        Objects.requireNonNull(target);
        Objects.requireNonNull(endpoint);
    }
}
