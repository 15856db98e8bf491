package kdring.ui.actions;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import kdring.kd.observer.LoadedModule;
import kdring.ui.Preferences;
import kdring.ui.demo.DemoVm;
import kdring.ui.format.HexDump;
import kdring.ui.session.DebugControl;
import kdring.ui.session.LiveSession;
import kdring.ui.session.SessionRegistry;

/**
 * The workbench's long-running work as Jobs: launching the demo VM, breaking in, going, listing modules,
 * reading memory. Each runs off the UI thread with progress, and a failure ends in a dialog that says what
 * failed and what to do. Stateless.
 */
public final class SessionJobs {

    /** Job family of every kdring job, so tests and shutdown can wait for them. */
    public static final Object FAMILY = SessionJobs.class;
    /** Plugin id for statuses. */
    static final String PLUGIN = "kdring.ui";

    private SessionJobs() {
    }

    /**
     * Boots the reference guest with {@code transport} ("ring" or "uart") and the pattern size of the
     * preferences, and shows its channel.
     */
    public static Job launchDemo(Display display, String name, String transport, int windbgPort, Path captures) {
        Job job = new Job("Launching the demo VM (" + transport + ")") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Booting the reference guest under QEMU", IProgressMonitor.UNKNOWN);
                try {
                    DemoVm demo = DemoVm.launch(DemoVm.options(name, transport, Preferences.demoPatternMiB()),
                            windbgPort, captures);
                    if (monitor.isCanceled()) {
                        demo.close();
                        return Status.CANCEL_STATUS;
                    }
                    demo.session().setControl(demo.debugger());
                    SessionRegistry.getDefault().add(demo.session());
                    SessionRegistry.getDefault().select(demo.session());
                    Runtime.getRuntime().addShutdownHook(new Thread(demo::close, "kdring-demo-shutdown"));
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    fail(display, "Could not launch the demo VM", "Booting the reference guest (" + transport
                            + ") failed: " + e.getMessage() + "\n\nCheck that qemu-system-x86_64 is installed (or set "
                            + "KDRING_QEMU), that the guest is built (make -C guest) and that -Dkdring.root "
                            + "points at the project.");
                    return Status.error("launching the demo VM failed", e);
                } finally {
                    monitor.done();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    /**
     * Closes {@code session} in the workbench: detaches an attached VM, disconnects a remote channel, closes
     * a reopened capture. The demo VM's channel stays until the workbench exits.
     */
    public static Job close(Display display, LiveSession session) {
        return KdringJob.schedule(display, "Closing " + session.info().key(), "Could not close " + session.info().key(),
                "The channel may still be shown; restart the workbench to release it.", monitor -> {
                    if (AttachJobs.detach(session) || RemoteJobs.disconnect(session)) {
                        return Status.OK_STATUS;
                    }
                    if (session.isOffline()) {
                        SessionRegistry.getDefault().remove(session);
                        session.close();
                        return Status.OK_STATUS;
                    }
                    return Status.info(session.info().key() + " is the demo VM's channel; it stops when the "
                            + "workbench exits");
                });
    }

    /** Breaks into the target of {@code session}. */
    public static Job breakIn(Display display, LiveSession session) {
        return run(display, session, "Breaking in", DebugControl::breakIn, line -> { });
    }

    /** Resumes the target of {@code session}. */
    public static Job go(Display display, LiveSession session) {
        return run(display, session, "Resuming the target", c -> {
            c.go();
            return "";
        }, line -> { });
    }

    /** Walks the module list of the stopped target of {@code session}; the Modules view follows. */
    public static Job listModules(Display display, LiveSession session) {
        return run(display, session, "Listing modules", DebugControl::listModules, modules -> { });
    }

    /** Reads memory of the stopped target and shows it as hex. */
    public static Job readMemory(Display display, LiveSession session, long address, int length) {
        return run(display, session, String.format(Locale.ROOT, "Reading %d bytes at 0x%X", length, address),
                c -> HexDump.format(c.readVirtual(address, length), address),
                dump -> display.asyncExec(() -> new HexDialog(activeShell(display),
                        String.format(Locale.ROOT, "Memory at 0x%016X", address), dump).open()));
    }

    /** A debugger operation with a result. */
    @FunctionalInterface
    interface Operation<T> {
        T apply(DebugControl control) throws Exception;
    }

    private static <T> Job run(Display display, LiveSession session, String title, Operation<T> operation,
            java.util.function.Consumer<T> done) {
        Job job = new Job(title + " on " + session.info().vm()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                try {
                    DebugControl control = session.control().orElseThrow(() -> new IllegalStateException(
                            "this channel has no built-in debugger (remote, offline or attached elsewhere)"));
                    done.accept(operation.apply(control));
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    fail(display, title + " failed", title + " on " + session.info().vm() + " failed: "
                            + e.getMessage() + "\n\nIf WinDbg is attached to this channel, kdring only observes: "
                            + "use WinDbg, or detach it and try again. Otherwise check the channel's state in the "
                            + "Channels view and the Events view.");
                    return Status.error(title + " failed", e);
                } finally {
                    monitor.done();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Opens an error dialog on the UI thread, unless the display is gone or dialogs are suppressed (tests). */
    static void fail(Display display, String title, String message) {
        if (Boolean.getBoolean("kdring.ui.noDialogs") || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> MessageDialog.openError(activeShell(display), title, message));
    }

    static Shell activeShell(Display display) {
        Shell shell = display.getActiveShell();
        if (shell == null) {
            Shell[] shells = display.getShells();
            shell = shells.length > 0 ? shells[0] : null;
        }
        return shell;
    }

    /** For logging: module names. */
    static String names(List<LoadedModule> modules) {
        return String.join(", ", modules.stream().map(LoadedModule::name).toList());
    }
}
