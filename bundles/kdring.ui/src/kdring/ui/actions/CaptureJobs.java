package kdring.ui.actions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import kdring.model.persist.CaptureFiles;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;

/**
 * Captures as Jobs: start and stop capturing a channel into the capture folder, and reopen a capture
 * offline so that every view shows it. Stateless.
 */
public final class CaptureJobs {

    private CaptureJobs() {
    }

    /** Starts capturing {@code session} into a new file in {@code folder}. */
    public static Job start(Display display, WorkbenchChannel session, Path folder) {
        return KdringJob.schedule(display, "Starting a capture of " + session.info().vm(), "Could not start the capture",
                "Check that the capture folder (Preferences > kdring) exists or can be created and is writable.",
                monitor -> {
                    Files.createDirectories(folder);
                    session.startCapture(CaptureFiles.newCapture(folder, session.info().vm()));
                    return Status.OK_STATUS;
                });
    }

    /** Stops capturing {@code session} and writes the session metadata beside the capture. */
    public static Job stop(Display display, WorkbenchChannel session) {
        return KdringJob.schedule(display, "Stopping the capture of " + session.info().vm(),
                "Could not finish the capture",
                "What was captured up to now is in the capture file; only its .kdsession metadata may be missing.",
                monitor -> {
                    var result = session.stopCapture();
                    if (result.isPresent()) {
                        return Status.info(String.format(Locale.ROOT, "captured %d records (%d bytes) into %s",
                                result.get().records(), result.get().bytes(), result.get().file()));
                    }
                    return Status.OK_STATUS;
                });
    }

    /**
     * Reopens {@code capture} offline: the whole capture is replayed (decoded, indexed) in the Job, then the
     * session joins the registry as host "capture" and becomes the one every view shows.
     */
    public static Job open(Display display, Path capture) {
        return KdringJob.schedule(display, "Opening capture " + capture.getFileName(), "Could not open the capture",
                "Choose a .kdcap file written by kdring (the workbench or ./kdring serve). "
                        + "A damaged capture opens up to the damage; a file that is not a capture does not open.",
                monitor -> openNow(capture, monitor));
    }

    /** Replays {@code capture} and shows it, in the calling Job. */
    static org.eclipse.core.runtime.IStatus openNow(Path capture, org.eclipse.core.runtime.IProgressMonitor monitor)
            throws java.io.IOException {
        if (!Files.isRegularFile(capture)) {
            throw new java.io.IOException("there is no capture file at " + capture);
        }
        monitor.subTask("Decoding " + Files.size(capture) + " bytes");
        WorkbenchChannel session = WorkbenchChannel.replay(capture);
        if (monitor.isCanceled()) {
            session.close();
            return Status.CANCEL_STATUS;
        }
        WorkbenchChannels.getDefault().add(session);
        WorkbenchChannels.getDefault().select(session);
        return Status.OK_STATUS;
    }
}
