package kdring.ui.commands;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import kdring.ui.Preferences;
import kdring.ui.actions.CaptureJobs;
import kdring.ui.actions.ChannelAction;
import kdring.ui.actions.ChannelJobs;
import kdring.ui.actions.ExportJobs;
import kdring.ui.actions.RemoteJobs;
import kdring.ui.export.WindbgLauncher;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;

/**
 * The handler of every command on the selected channel (plugin.xml names the action after a colon, e.g.
 * {@code kdring.ui.commands.ChannelHandler:BREAK_IN}). It is enabled exactly when {@link ChannelAction#enabledFor}
 * says so for the current channel, and follows the channel's state and selection, so menus, toolbars and key
 * bindings enable and disable themselves. Running it only opens a dialog or schedules a Job. UI thread.
 */
public final class ChannelHandler extends AbstractHandler implements IExecutableExtension {

    /** Preference key of the Read memory dialog's last input. */
    static final String MEMORY_INPUT = "readMemory";

    private ChannelAction action = ChannelAction.CLOSE;
    private final WorkbenchChannels.Listener listener = new WorkbenchChannels.Listener() {
        @Override
        public void currentChanged(Optional<WorkbenchChannel> current) {
            refreshLater();
        }

        @Override
        public void stateChanged(WorkbenchChannel session) {
            refreshLater();
        }
    };

    /** A handler for the extension registry; {@link #setInitializationData} names its action. */
    public ChannelHandler() {
        WorkbenchChannels.getDefault().addListener(listener);
    }

    /** A handler for {@code action} (tests). */
    public ChannelHandler(ChannelAction action) {
        this();
        this.action = action;
        refresh();
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if (data instanceof String name && !name.isBlank()) {
            action = ChannelAction.valueOf(name.strip());
        }
        refresh();
    }

    /** @return the action this handler runs */
    public ChannelAction action() {
        return action;
    }

    private void refreshLater() {
        Display display = Display.getDefault();
        if (!display.isDisposed()) {
            display.asyncExec(this::refresh);
        }
    }

    /** Enables this handler by the current channel's kind and state. */
    public void refresh() {
        boolean enabled = action.enabledFor(WorkbenchChannels.getDefault().current());
        if (enabled != isEnabled()) {
            setBaseEnabled(enabled);
            requestToolItemUpdate();
        }
    }

    /** Tool items of the e4 workbench re-read their handlers' enablement only when asked to. */
    private static void requestToolItemUpdate() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (broker != null) {
            broker.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Display display = Display.getDefault();
        Shell shell = display.getActiveShell();
        Optional<WorkbenchChannel> current = WorkbenchChannels.getDefault().current();
        if (current.isEmpty()) {
            if (!Boolean.getBoolean("kdring.ui.noDialogs")) {
                MessageDialog.openInformation(shell, action.label(),
                        "No channel is selected. Launch the demo VM or attach to a VM first.");
            }
            return null;
        }
        run(display, shell, current.get());
        return null;
    }

    private void run(Display display, Shell shell, WorkbenchChannel s) {
        switch (action) {
            case BREAK_IN -> ChannelJobs.breakIn(display, s);
            case GO -> ChannelJobs.go(display, s);
            case STEP_INTO -> ChannelJobs.step(display, s, false);
            case STEP_OVER -> ChannelJobs.step(display, s, true);
            case RUN_TO -> runTo(display, shell, s);
            case LIST_MODULES -> ChannelJobs.listModules(display, s);
            case READ_MEMORY -> readMemory(display, shell, s);
            case COPY_WINDBG -> {
                Clipboard clipboard = new Clipboard(display);
                try {
                    clipboard.setContents(new Object[] { s.info().windbgCommand() },
                            new Transfer[] { TextTransfer.getInstance() });
                } finally {
                    clipboard.dispose();
                }
                status("Copied: " + s.info().windbgCommand());
            }
            case SAVE_CRASH_DUMP -> {
                FileDialog dialog = new FileDialog(shell, SWT.SAVE);
                dialog.setText("Save a crash dump of " + s.info().vm() + " (windbg -z opens it)");
                dialog.setFilterPath(Preferences.dialogFolder().toString());
                dialog.setFileName(kdring.model.persist.CaptureFiles.safe(s.info().vm()) + ".dmp");
                dialog.setFilterExtensions(new String[] { "*.dmp" });
                dialog.setFilterNames(new String[] { "Full kernel dump (*.dmp)" });
                dialog.setOverwrite(true);
                String chosen = dialog.open();
                if (chosen != null) {
                    ChannelJobs.saveCrashDump(display, s, Path.of(chosen), kdring.session.CrashDump.Kind.FULL);
                }
            }
            case SAVE_WINDBG_CMD -> {
                FileDialog dialog = new FileDialog(shell, SWT.SAVE);
                dialog.setText("Save the WinDbg launcher of " + s.info().vm());
                dialog.setFilterPath(Preferences.dialogFolder().toString());
                dialog.setFileName(WindbgLauncher.fileName(s.info()));
                dialog.setFilterExtensions(new String[] { "*.cmd" });
                dialog.setOverwrite(true);
                String chosen = dialog.open();
                if (chosen != null) {
                    ExportJobs.saveWindbgCmd(display, s.info(), Path.of(chosen));
                }
            }
            case START_CAPTURE -> {
                if (s.remote().isPresent()) {
                    RemoteJobs.capture(display, s, true);
                } else {
                    CaptureJobs.start(display, s, Preferences.captureFolder());
                }
            }
            case STOP_CAPTURE -> {
                if (s.remote().isPresent()) {
                    RemoteJobs.capture(display, s, false);
                } else {
                    CaptureJobs.stop(display, s);
                }
            }
            case DOWNLOAD_CAPTURE -> RemoteJobs.downloadCapture(display, s, Preferences.captureFolder());
            case REPLACE_DEBUGGER -> ChannelJobs.replaceDebugger(display, s);
            case DISCONNECT_DEBUGGER -> ChannelJobs.disconnectDebugger(display, s);
            case CLOSE -> ChannelJobs.close(display, s);
        }
    }

    /** Preference key of the Run to Address dialog's last input. */
    static final String RUN_TO_INPUT = "runTo";

    private static void runTo(Display display, Shell shell, WorkbenchChannel s) {
        InputDialog ask = runToDialog(shell, s.info().vm());
        if (ask.open() == Window.OK) {
            String expression = ask.getValue().strip();
            Preferences.remember(RUN_TO_INPUT, expression);
            ChannelJobs.runTo(display, s, expression);
        }
    }

    /** What the Run to Address dialog asks. */
    public static final String RUN_TO_PROMPT = "Run the target until it reaches this address (or stops otherwise).\n"
            + "An expression as the kd> console takes it: nt!KeTickHook, nt!KeTickHook+4, rip+0x10, fffff800`00101000.";

    /** The Run to Address dialog of channel {@code vm}, with the last input; not opened. UI thread. */
    public static InputDialog runToDialog(Shell shell, String vm) {
        return new InputDialog(shell, "Run " + vm + " to an address", RUN_TO_PROMPT,
                Preferences.recall(RUN_TO_INPUT, ""), ChannelHandler::checkRunToInput);
    }

    /** @return null when {@code text} can be an address expression (the target judges it), else what is wrong */
    public static String checkRunToInput(String text) {
        return text.isBlank() ? "Give an address expression"
                : text.strip().contains("\n") || text.length() > 1000 ? "Give one address expression" : null;
    }

    private static void readMemory(Display display, Shell shell, WorkbenchChannel s) {
        InputDialog ask = memoryDialog(shell, s.info().vm());
        if (ask.open() == Window.OK) {
            Preferences.remember(MEMORY_INPUT, ask.getValue().strip());
            long[] request = parseMemoryInput(ask.getValue());
            ChannelJobs.readMemory(display, s, request[0], (int) request[1]);
        }
    }

    /** Largest read the dialog asks for (4 MiB: the dump opens in well under a second). */
    public static final int MAX_READ = 4 << 20;

    /** What the Read Memory dialog asks, the cap included (so that nobody learns it from an error). */
    public static final String MEMORY_PROMPT = String.format(Locale.ROOT,
            "Virtual address and length in hex, e.g. fffff80100000000 100.%nAt most 0x%X bytes (%d MiB) a read; "
                    + "for a whole VM write a crash dump (Run > Save Crash Dump).",
            MAX_READ, MAX_READ >> 20);

    /** The Read Memory dialog of channel {@code vm}, with the last input; not opened. UI thread. */
    public static InputDialog memoryDialog(Shell shell, String vm) {
        return new InputDialog(shell, "Read memory of " + vm, MEMORY_PROMPT, Preferences.recall(MEMORY_INPUT, ""),
                ChannelHandler::checkMemoryInput);
    }

    /** @return null when {@code text} is "address [length]" in hex, else what is wrong */
    public static String checkMemoryInput(String text) {
        try {
            long[] parsed = parseMemoryInput(text);
            return parsed[1] <= 0 || parsed[1] > MAX_READ
                    ? String.format(Locale.ROOT, "Give a length from 1 to 0x%X bytes (%d MiB, the most one read shows)",
                            MAX_READ, MAX_READ >> 20)
                    : null;
        } catch (RuntimeException e) {
            return "Give an address in hex, optionally followed by a length in hex";
        }
    }

    /** @return {address, length} from "address [length]" in hex (length 0x100 when left out) */
    public static long[] parseMemoryInput(String text) {
        String[] parts = text.strip().split("\\s+");
        long address = Long.parseUnsignedLong(parts[0].replaceFirst("^0[xX]", "").replace("`", ""), 16);
        long length = parts.length > 1 ? Long.parseLong(parts[1].replaceFirst("^0[xX]", ""), 16) : 0x100;
        return new long[] { address, length };
    }

    private static void status(String message) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null && window.getActivePage().getActivePart() != null) {
            var site = window.getActivePage().getActivePart().getSite();
            if (site instanceof org.eclipse.ui.IViewSite view) {
                view.getActionBars().getStatusLineManager().setMessage(message);
            }
        }
    }

    @Override
    public void dispose() {
        WorkbenchChannels.getDefault().removeListener(listener);
        super.dispose();
    }
}
