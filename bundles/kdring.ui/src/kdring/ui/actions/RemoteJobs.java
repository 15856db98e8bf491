package kdring.ui.actions;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import kdring.ui.remote.RemoteService;
import kdring.ui.remote.RemoteChannelFeed;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.RemoteControl;
import kdring.ui.session.WorkbenchChannels;

/** Connecting to a remote kdring service, and disconnecting, as Jobs. Thread-safe. */
public final class RemoteJobs {

    private RemoteJobs() {
    }

    /**
     * Lists the service's channels and follows each of them; they appear in the Channels view under the
     * service's host.
     *
     * @param url   e.g. http://dom0:8765
     * @param token the service's bearer token
     */
    public static Job connect(Display display, String url, String token) {
        return KdringJob.schedule(display, "Connecting to the kdring service at " + url,
                "Could not connect to " + url,
                "Check the URL (the service prints it at startup; default http://127.0.0.1:8765), that the service "
                        + "runs and is reachable from here, and the token (the service's token file).",
                monitor -> {
                    RemoteService service = new RemoteService(URI.create(url.strip()), token);
                    List<RemoteService.RemoteChannel> channels = service.channels();
                    SubMonitor progress = SubMonitor.convert(monitor, channels.size());
                    List<RemoteChannelFeed> opened = new ArrayList<>();
                    try {
                        for (RemoteService.RemoteChannel channel : channels) {
                            if (progress.isCanceled()) {
                                opened.forEach(RemoteChannelFeed::close);
                                return Status.CANCEL_STATUS;
                            }
                            progress.subTask("Following " + channel.vm());
                            opened.add(RemoteChannelFeed.open(service, channel));
                            progress.worked(1);
                        }
                    } catch (Exception e) {
                        opened.forEach(RemoteChannelFeed::close);
                        throw e;
                    }
                    for (RemoteChannelFeed remote : opened) {
                        WorkbenchChannels.getDefault().add(remote.session());
                    }
                    if (!opened.isEmpty()) {
                        WorkbenchChannels.getDefault().select(opened.get(0).session());
                    }
                    if (opened.isEmpty()) {
                        // connected, but nothing to show: say so, or the user sees nothing happen
                        String none = "Connected to " + url + ", which serves no channels yet. Start a VM on that "
                                + "host (./kdring serve --demo, or its configuration) and connect again.";
                        ChannelJobs.inform(display, "Connected, no channels", none);
                        return Status.info(none);
                    }
                    return Status.info("following " + opened.size() + " channel(s) of " + service.host());
                });
    }

    /**
     * Downloads the service's capture of the remote channel {@code session} into {@code folder} and opens it
     * offline, so that the packet trace shows every packet.
     */
    public static Job downloadCapture(Display display, WorkbenchChannel session, java.nio.file.Path folder) {
        return KdringJob.schedule(display, "Downloading the capture of " + session.info().key(),
                "Could not download the capture",
                "Check that the service is reachable and records this channel, and that the capture folder "
                        + "(Preferences > kdring) can be written.",
                monitor -> {
                    RemoteControl remote = session.remote().orElseThrow(() -> new IllegalStateException(
                            session.info().key() + " is not a channel of a remote service; its capture is already "
                                    + "local (" + session.capture() + ")"));
                    java.nio.file.Path capture = remote.downloadCapture(folder);
                    monitor.subTask("Opening " + capture.getFileName());
                    return CaptureJobs.openNow(capture, monitor);
                });
    }

    /** Starts or stops the remote service's capture of the remote channel {@code session}. */
    public static Job capture(Display display, WorkbenchChannel session, boolean start) {
        return KdringJob.schedule(display, (start ? "Starting" : "Stopping") + " the service's capture of "
                + session.info().key(), "Could not " + (start ? "start" : "stop") + " the capture",
                "Check that the service is reachable and that its capture folder can be written.", monitor -> {
                    RemoteControl remote = session.remote().orElseThrow(() -> new IllegalStateException(
                            session.info().key() + " is not a remote channel"));
                    return Status.info((start ? "capturing into " : "captured into ") + remote.capture(start)
                            + " on " + session.info().host());
                });
    }
}
