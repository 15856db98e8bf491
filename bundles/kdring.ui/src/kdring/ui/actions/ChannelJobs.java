package kdring.ui.actions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import kdring.session.ChannelSession;
import kdring.session.Hypervisors;
import kdring.transport.vm.Hypervisor;
import kdring.transport.vm.VmConnection;
import kdring.ui.Preferences;
import kdring.ui.session.DebugControl;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;

/**
 * The workbench's long-running work as Jobs: launching the demo VM, breaking in, going, listing modules,
 * reading memory. Each runs off the UI thread with progress, and a failure ends in a dialog that says what
 * failed and what to do. Stateless.
 */
public final class ChannelJobs {

    /** Job family of every kdring job, so tests and shutdown can wait for them. */
    public static final Object FAMILY = ChannelJobs.class;
    /** Plugin id for statuses. */
    static final String PLUGIN = "kdring.ui";

    private ChannelJobs() {
    }

    /**
     * Boots the reference guest with {@code transport} ("ring" or "uart") and the pattern size of the
     * preferences, and shows its channel.
     */
    public static Job launchDemo(Display display, String name, String transport, int windbgPort, Path captures) {
        return KdringJob.schedule(display, "Launching the demo VM (" + transport + ")", "Could not launch the demo VM",
                "Check that qemu-system-x86_64 is installed (or set KDRING_QEMU), that the guest is built "
                        + "(make -C guest) and that -Dkdring.root points at the project.",
                monitor -> {
                    monitor.subTask("Booting the reference guest (" + transport + ")");
                    // named kdring-demo-NAME-PID, so that a later kdring sweeps it should this one die unexpectedly
                    // (the adapter creates it 0700 and ours); removed when the channel closes
                    Path work = Path.of(System.getProperty("java.io.tmpdir"), "kdring-demo-"
                            + kdring.model.persist.CaptureFiles.safe(name) + "-" + ProcessHandle.current().pid());
                    VmConnection vm = Hypervisors.demo().launchDemo(new Hypervisor.DemoRequest(name, transport,
                            Preferences.demoPatternMiB()), work);
                    ChannelSession channel = ChannelSession.open(vm, new ChannelSession.Options(windbgPort, captures,
                            captures));
                    WorkbenchChannel session = WorkbenchChannel.local(channel).owning(() -> deleteTree(work));
                    if (monitor.isCanceled()) {
                        session.close();
                        return Status.CANCEL_STATUS;
                    }
                    WorkbenchChannels.getDefault().add(session);
                    WorkbenchChannels.getDefault().select(session);
                    return Status.OK_STATUS;
                });
    }

    /**
     * Closes {@code session} in the workbench: a local channel stops (a demo VM with it, an attached VM keeps
     * running), a remote channel is no longer followed, a reopened capture is released. Captures stay.
     */
    public static Job close(Display display, WorkbenchChannel session) {
        return KdringJob.schedule(display, "Closing " + session.info().key(), "Could not close " + session.info().key(),
                "The channel may still be shown; restart the workbench to release it.", monitor -> {
                    WorkbenchChannels.getDefault().remove(session);
                    session.close();
                    return Status.OK_STATUS;
                });
    }

    /** Closes every session of the workbench (at exit): channels stop, demo VMs with them. Blocking. */
    public static void closeAll() {
        for (WorkbenchChannel session : WorkbenchChannels.getDefault().sessions()) {
            WorkbenchChannels.getDefault().remove(session);
            try {
                session.close();
            } catch (Exception e) {
                System.err.println("kdring: closing " + session.info().key() + ": " + e.getMessage());
            }
        }
    }

    /** Breaks into the target of {@code session}. */
    public static Job breakIn(Display display, WorkbenchChannel session) {
        return run(display, session, ChannelAction.BREAK_IN, "Breaking in", DebugControl::breakIn, line -> { });
    }

    /** Resumes the target of {@code session}. */
    public static Job go(Display display, WorkbenchChannel session) {
        return run(display, session, ChannelAction.GO, "Resuming the target", c -> {
            c.go();
            return "";
        }, line -> { });
    }

    /**
     * Steps the stopped target of {@code session}: one instruction ({@code t}), or over a call ({@code p}) when
     * {@code over}. The views follow the stop through the channel's stop listeners.
     */
    public static Job step(Display display, WorkbenchChannel session, boolean over) {
        return run(display, session, over ? ChannelAction.STEP_OVER : ChannelAction.STEP_INTO,
                over ? "Stepping over" : "Stepping into", c -> c.step(over), stop -> { });
    }

    /** Runs the stopped target of {@code session} to the address {@code expression} names ({@code g address}). */
    public static Job runTo(Display display, WorkbenchChannel session, String expression) {
        return run(display, session, ChannelAction.RUN_TO, "Running to " + expression, c -> c.runTo(expression),
                stop -> { });
    }

    /** Why the workbench's "Disconnect Debugger" disconnects: written to the debugger, the log and the events. */
    public static final String DISCONNECT_REASON = "disconnected from the workbench";

    /**
     * Lets the next debugger that connects to the channel's endpoint take over from the attached one (which
     * keeps the endpoint until then). Logged and told in the Events view.
     */
    public static Job replaceDebugger(Display display, WorkbenchChannel session) {
        return debuggerAction(display, session, ChannelAction.REPLACE_DEBUGGER, "Allowing a debugger to replace",
                channel -> {
                    String replaced = channel.replaceDebugger("the workbench");
                    return "the next debugger to connect within "
                            + kdring.transport.bridge.DebuggerHub.REPLACE_WINDOW.toSeconds() + " s replaces "
                            + (replaced == null ? "nobody" : replaced);
                });
    }

    /** Disconnects the channel's attached debugger, telling it why; what it sent still reaches the guest. */
    public static Job disconnectDebugger(Display display, WorkbenchChannel session) {
        return debuggerAction(display, session, ChannelAction.DISCONNECT_DEBUGGER, "Disconnecting the debugger",
                channel -> {
                    String was = channel.disconnectDebugger(DISCONNECT_REASON);
                    if (was == null) {
                        throw new NotNowException("no debugger is attached to " + session.info().vm() + " any more");
                    }
                    return "disconnected " + was;
                });
    }

    private static Job debuggerAction(Display display, WorkbenchChannel session, ChannelAction action, String title,
            Operation<String, kdring.session.ChannelSession> operation) {
        return KdringJob.schedule(display, title + " on " + session.info().vm(), title + " failed",
                "Check the channel's state in the Channels view and the Events view.", monitor -> {
                    java.util.Optional<String> whyNot = action.whyNot(session);
                    if (whyNot.isPresent()) {
                        throw new NotNowException(whyNot.get());
                    }
                    // may wait about a second for a debugger that does not read: this is a Job, not the UI thread
                    return Status.info(operation.apply(session.channelSession().orElseThrow()));
                });
    }

    /** Removes {@code folder} and what is in it; what cannot be removed is left (a later sweep takes it). */
    static void deleteTree(Path folder) {
        if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (java.io.IOException e) {
                    // left for the sweep
                }
            });
        } catch (java.io.IOException e) {
            // left for the sweep
        }
    }

    /**
     * Writes a crash dump ({@code kind}) of the stopped target of {@code session} into {@code file}, with
     * progress and cancel; the target stays stopped. A cancelled or failed dump leaves no file.
     */
    public static Job saveCrashDump(Display display, WorkbenchChannel session, java.nio.file.Path file,
            kdring.session.CrashDump.Kind kind) {
        return KdringJob.schedule(display, "Saving a crash dump of " + session.info().vm(), "Could not save the crash dump",
                "Break in first; check that the folder can be written and has room for the dump (a full dump is "
                        + "as large as the VM's RAM).",
                monitor -> {
                    java.util.Optional<String> why = ChannelAction.SAVE_CRASH_DUMP.whyNot(session);
                    if (why.isPresent()) {
                        throw new IllegalStateException(why.get());
                    }
                    org.eclipse.core.runtime.SubMonitor progress = org.eclipse.core.runtime.SubMonitor.convert(monitor,
                            "Writing " + file.getFileName(), 1000);
                    kdring.session.CrashDump.Result result = session.channelSession().orElseThrow()
                            .writeCrashDump(file, kind, (done, total) -> {
                                progress.setWorkRemaining(1000);
                                progress.worked(0);
                                progress.subTask(done + " of " + total + " pages");
                                return !monitor.isCanceled();
                            });
                    if (monitor.isCanceled()) {
                        return org.eclipse.core.runtime.Status.CANCEL_STATUS;
                    }
                    String wrote = String.format(java.util.Locale.ROOT, "%s (%d pages, %d bytes)", result.file(),
                            result.pages(), result.bytes());
                    confirmWritten(display, "Crash dump saved", "Saved a crash dump of " + session.info().vm()
                            + " to\n\n" + wrote + "\n\nOpen it with windbg -z " + result.file(), result.file());
                    return org.eclipse.core.runtime.Status.info("wrote " + wrote);
                });
    }

    /** Walks the module list of the stopped target of {@code session}; the Modules view follows. */
    public static Job listModules(Display display, WorkbenchChannel session) {
        return run(display, session, ChannelAction.LIST_MODULES, "Listing modules", DebugControl::listModules,
                modules -> { });
    }

    /**
     * Reads memory of the stopped target and shows it in a {@link MemoryDialog} that does not block: the
     * dialog formats only the lines it paints, so a megabyte costs the UI thread no more than a page.
     */
    public static Job readMemory(Display display, WorkbenchChannel session, long address, int length) {
        return run(display, session, ChannelAction.READ_MEMORY,
                String.format(Locale.ROOT, "Reading %d bytes at 0x%X", length, address),
                c -> c.readVirtual(address, length),
                bytes -> display.asyncExec(() -> {
                    if (!display.isDisposed()) {
                        MemoryDialog.show(activeShell(display), session.info().vm(), address, bytes);
                    }
                }));
    }

    /** An operation on what a channel offers ({@code C}: its debugger control, or its session) with a result. */
    @FunctionalInterface
    interface Operation<T, C> {
        T apply(C control) throws Exception;
    }

    private static <T> Job run(Display display, WorkbenchChannel session, ChannelAction action, String title,
            Operation<T, DebugControl> operation, java.util.function.Consumer<T> done) {
        return KdringJob.schedule(display, title + " on " + session.info().vm(), title + " failed",
                "If WinDbg is attached to this channel, kdring only observes: use WinDbg, or detach it and try "
                        + "again. Otherwise check the channel's state in the Channels view and the Events view.",
                monitor -> {
                    java.util.Optional<String> whyNot = action.whyNot(session);
                    if (whyNot.isPresent()) {
                        throw new NotNowException(whyNot.get());
                    }
                    DebugControl control = session.control().orElseThrow(() -> new IllegalStateException(
                            "this channel has no built-in debugger (offline capture)"));
                    done.accept(operation.apply(control));
                    return Status.OK_STATUS;
                });
    }

    /** An action that does not apply to the channel's state: the message says what to do, no advice follows. */
    static final class NotNowException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NotNowException(String message) {
            super(message);
        }
    }

    /** Opens an error dialog on the UI thread, unless the display is gone or dialogs are suppressed (tests). */
    static void fail(Display display, String title, String message) {
        if (Boolean.getBoolean("kdring.ui.noDialogs") || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> MessageDialog.openError(activeShell(display), title, message));
    }

    /** Tells the user something worth knowing (not an error), unless dialogs are suppressed (tests). */
    static void inform(Display display, String title, String message) {
        if (Boolean.getBoolean("kdring.ui.noDialogs") || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> MessageDialog.openInformation(activeShell(display), title, message));
    }

    /**
     * Tells the user that {@code file} was written, with a button that shows it in its folder
     * ({@link DesktopOpener#showInFolder}); unless the display is gone or dialogs are suppressed (tests: the
     * Job's status keeps the text).
     */
    static void confirmWritten(Display display, String title, String message, java.nio.file.Path file) {
        if (Boolean.getBoolean("kdring.ui.noDialogs") || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            MessageDialog dialog = new MessageDialog(activeShell(display), title, null, message,
                    MessageDialog.INFORMATION, 0, "Close", "Show in Folder");
            if (dialog.open() == 1) {
                try {
                    DesktopOpener.showInFolder(file);
                } catch (java.io.IOException | RuntimeException e) {
                    MessageDialog.openError(activeShell(display), "Could not show the folder",
                            "Could not show " + file + " in its folder: " + e.getMessage());
                }
            }
        });
    }

    static Shell activeShell(Display display) {
        Shell shell = display.getActiveShell();
        if (shell == null) {
            Shell[] shells = display.getShells();
            shell = shells.length > 0 ? shells[0] : null;
        }
        return shell;
    }
}
