package kdring.ui.actions;

import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import kdring.session.ChannelSession;
import kdring.session.Hypervisors;
import kdring.transport.vm.VmConnection;
import kdring.ui.Preferences;
import kdring.ui.attach.AttachRequest;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;

/** Attaching to a VM the user runs, as a Job. Stateless: an attached channel closes itself. */
public final class AttachJobs {

    private AttachJobs() {
    }

    /**
     * Opens the VM through the adapter it names (found through the hypervisor seam), serves it as a channel
     * session with a WinDbg endpoint and the built-in debugger, and shows it in the views. Closing it in the
     * Channels view detaches; the VM keeps running.
     *
     * @param captures where the session is recorded
     */
    public static Job attach(Display display, AttachRequest request, Path captures) {
        return KdringJob.schedule(display, "Attaching to VM " + request.name(), "Could not attach to " + request.name(),
                "Start the VM with the configuration shown in the Attach dialog (the RAM must be a "
                        + "memory-backend-file with share=on, the sockets chardevs with server=on; a VM with stock "
                        + "kdcom needs only its serial socket), make sure this user may read and write those files, "
                        + "and attach again.",
                monitor -> {
                    VmConnection vm = Hypervisors.find(request.hypervisor()).attach(request.name(),
                            request.settings());
                    ChannelSession channel = ChannelSession.open(vm, new ChannelSession.Options(request.windbgPort(),
                            captures, captures));
                    WorkbenchChannel session = WorkbenchChannel.local(channel);
                    if (monitor.isCanceled()) {
                        session.close();
                        return Status.CANCEL_STATUS;
                    }
                    WorkbenchChannels.getDefault().add(session);
                    WorkbenchChannels.getDefault().select(session);
                    return Status.info("attached to " + request.name() + ": " + session.info().windbgCommand());
                });
    }

    /** As {@link #attach(Display, AttachRequest, Path)}, recording into the preferences' capture folder. */
    public static Job attach(Display display, AttachRequest request) {
        return attach(display, request, Preferences.captureFolder());
    }
}
