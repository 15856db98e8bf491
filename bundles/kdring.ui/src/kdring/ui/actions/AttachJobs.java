package kdring.ui.actions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import kdring.hv.qemu.QemuVm;
import kdring.ui.Preferences;
import kdring.ui.attach.AttachRequest;
import kdring.ui.demo.LocalChannel;
import kdring.ui.session.LiveSession;
import kdring.ui.session.SessionRegistry;

/** Attaching to a VM the user runs, as a Job, and detaching. Thread-safe. */
public final class AttachJobs {

    /** The channels attached so far, to detach them. */
    private static final java.util.Map<LiveSession, LocalChannel> ATTACHED = new java.util.concurrent.ConcurrentHashMap<>();

    private AttachJobs() {
    }

    /**
     * Checks the VM's files, maps its RAM, opens its channel with a WinDbg endpoint and the built-in
     * debugger, and shows it in the views. The channel stays until the workbench exits.
     *
     * @param captures where the session is recorded
     */
    public static Job attach(Display display, AttachRequest request, Path captures) {
        return KdringJob.schedule(display, "Attaching to VM " + request.name(), "Could not attach to " + request.name(),
                "Start the VM with the configuration shown in the Attach dialog (the RAM must be a "
                        + "memory-backend-file with share=on, the sockets chardevs with server=on), make sure this "
                        + "user may read and write those files, and attach again.",
                monitor -> {
                    if (!Files.isRegularFile(request.memoryFile())) {
                        throw new IOException("there is no guest RAM file at " + request.memoryFile()
                                + " (is the VM running, and is this its mem-path?)");
                    }
                    for (Path socket : new Path[] { request.portSocket().orElse(null),
                            request.serialSocket().orElse(null) }) {
                        if (socket != null && !Files.exists(socket)) {
                            throw new IOException("there is no socket at " + socket + " (is the VM running?)");
                        }
                    }
                    QemuVm.AttachedVm attached = QemuVm.AttachedVm.open(request.name(),
                            request.portSocket().orElse(null), request.serialSocket().orElse(null),
                            request.memoryFile());
                    LocalChannel channel = LocalChannel.open(attached, request.name(), request.transport(),
                            request.windbgPort(), captures);
                    if (monitor.isCanceled()) {
                        channel.close();
                        return Status.CANCEL_STATUS;
                    }
                    ATTACHED.put(channel.session(), channel);
                    Runtime.getRuntime().addShutdownHook(new Thread(channel::close, "kdring-detach-" + request.name()));
                    SessionRegistry.getDefault().add(channel.session());
                    SessionRegistry.getDefault().select(channel.session());
                    return Status.info("attached to " + request.name() + ": "
                            + channel.session().info().windbgCommand());
                });
    }

    /**
     * Stops serving the attached channel of {@code session} and removes it from the views; its capture
     * stays. Blocking (threads stop): call it off the UI thread.
     *
     * @return whether {@code session} was an attached channel
     */
    public static boolean detach(LiveSession session) {
        LocalChannel channel = ATTACHED.remove(session);
        if (channel != null) {
            SessionRegistry.getDefault().remove(session);
            channel.close();
        }
        return channel != null;
    }

    /** Detaches every attached channel. */
    public static void detachAll() {
        ATTACHED.keySet().forEach(AttachJobs::detach);
    }

    /** As {@link #attach(Display, AttachRequest, Path)}, recording into the preferences' capture folder. */
    public static Job attach(Display display, AttachRequest request) {
        return attach(display, request, Preferences.captureFolder());
    }
}
