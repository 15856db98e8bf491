package kdring.ui.actions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import kdring.model.export.Exports;
import kdring.ui.export.ExportRequest;
import kdring.ui.export.WindbgLauncher;
import kdring.ui.session.ChannelInfo;

/** Exports and WinDbg launchers written as Jobs. Stateless. */
public final class ExportJobs {

    private ExportJobs() {
    }

    /** Runs {@code request}; the Job's status says what was written (and any damage in the capture). */
    public static Job export(Display display, ExportRequest request) {
        return KdringJob.schedule(display, "Exporting " + request.capture().getFileName() + " as "
                + request.format().name().toLowerCase(java.util.Locale.ROOT), "Export failed",
                "Check that the capture file exists and is a kdring capture, and that the target "
                        + (request.format().writesFolder() ? "folder" : "file")
                        + " can be written (its folder exists, you may write there, no folder of that name is in the way).",
                monitor -> {
                    if (!Files.isRegularFile(request.capture())) {
                        throw new java.io.IOException("there is no capture file at " + request.capture());
                    }
                    if (!request.format().writesFolder() && Files.isDirectory(request.target())) {
                        throw new java.io.IOException(request.target() + " is a folder; give a file name");
                    }
                    Path parent = request.target().toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    Exports.Result result = request.format().export(request.capture(), request.target(),
                            request.endpoint());
                    String damage = result.damage().map(d -> "; the capture is damaged (" + d
                            + "), everything before the damage was exported").orElse("");
                    String wrote = "wrote " + request.target() + " (" + result.packets() + " packets, "
                            + result.events() + " events" + damage + ")";
                    ChannelJobs.confirmWritten(display, "Export finished", "Exported " + request.capture().getFileName()
                            + " as " + request.format().label() + ":\n\n" + wrote.substring("wrote ".length()),
                            request.target());
                    return Status.info(wrote);
                });
    }

    /** Writes the WinDbg launcher of {@code info} to {@code file}. */
    public static Job saveWindbgCmd(Display display, ChannelInfo info, Path file) {
        return KdringJob.schedule(display, "Saving " + file.getFileName(), "Could not save the WinDbg launcher",
                "Choose a folder you may write to.", monitor -> {
                    Files.writeString(file, WindbgLauncher.cmd(info), StandardCharsets.UTF_8);
                    ChannelJobs.confirmWritten(display, "WinDbg launcher saved", "Saved the WinDbg launcher of "
                            + info.vm() + " to\n\n" + file, file);
                    return Status.info("wrote " + file);
                });
    }
}
