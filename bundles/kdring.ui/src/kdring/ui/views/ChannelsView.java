package kdring.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.ViewPart;

import kdring.ui.Preferences;
import kdring.ui.actions.CaptureJobs;
import kdring.ui.actions.ExportJobs;
import kdring.ui.actions.RemoteJobs;
import kdring.ui.export.WindbgLauncher;
import kdring.ui.actions.ChannelJobs;
import kdring.model.story.ChannelStatus;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;

/**
 * Every KD channel this workbench knows, local and remote, with its state and WinDbg command line.
 * Selecting a channel makes it the one the other views show. Rows are refreshed once a second from the
 * sessions' state (cheap, in-memory reads; no I/O on the UI thread).
 */
public final class ChannelsView extends ViewPart {

    public static final String ID = "kdring.ui.views.channels";

    /** How often states and rates are refreshed. */
    static final int REFRESH_MILLIS = 1000;

    private ChannelsTable table;
    private final Runnable refresh = this::refresh;
    private final WorkbenchChannels.Listener listener = new WorkbenchChannels.Listener() {
        @Override
        public void sessionsChanged(List<WorkbenchChannel> sessions) {
            Display display = table.getControl().getDisplay();
            if (!display.isDisposed()) {
                display.asyncExec(ChannelsView.this::refreshNow);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        table = new ChannelsTable(parent);
        table.onSelect(row -> WorkbenchChannels.getDefault().sessions().stream()
                .filter(s -> s.info().host().equals(row.host()) && s.info().vm().equals(row.vm())).findFirst()
                .ifPresent(WorkbenchChannels.getDefault()::select));
        WorkbenchChannels.getDefault().addListener(listener);
        contributeActions();
        refresh();
    }

    private void contributeActions() {
        Display display = table.getControl().getDisplay();
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        IMenuManager menu = getViewSite().getActionBars().getMenuManager();
        Action ring = action("Launch demo VM (ring)", () -> ChannelJobs.launchDemo(display, "demo-ring", "ring", 0,
                Preferences.captureFolder()));
        Action uart = action("Launch demo VM (UART)", () -> ChannelJobs.launchDemo(display, "demo-uart", "uart", 0,
                Preferences.captureFolder()));
        Action breakIn = onCurrent("Break in", s -> ChannelJobs.breakIn(display, s));
        Action go = onCurrent("Go", s -> ChannelJobs.go(display, s));
        Action modules = onCurrent("List modules", s -> ChannelJobs.listModules(display, s));
        Action memory = onCurrent("Read memory\u2026", s -> {
            InputDialog ask = new InputDialog(getSite().getShell(), "Read memory",
                    "Virtual address and length in hex, e.g. fffff80100000000 100", "", text -> {
                        String[] parts = text.strip().split("\\s+");
                        try {
                            Long.parseUnsignedLong(parts[0].replaceFirst("^0x", ""), 16);
                            if (parts.length > 1) {
                                Integer.parseInt(parts[1].replaceFirst("^0x", ""), 16);
                            }
                            return null;
                        } catch (RuntimeException e) {
                            return "Give an address in hex, optionally followed by a length in hex";
                        }
                    });
            if (ask.open() == Window.OK) {
                String[] parts = ask.getValue().strip().split("\\s+");
                long address = Long.parseUnsignedLong(parts[0].replaceFirst("^0x", ""), 16);
                int length = parts.length > 1 ? Integer.parseInt(parts[1].replaceFirst("^0x", ""), 16) : 0x100;
                ChannelJobs.readMemory(display, s, address, Math.min(length, 0x10000));
            }
        });
        Action copy = onCurrent("Copy WinDbg command line", s -> {
            Clipboard clipboard = new Clipboard(display);
            try {
                clipboard.setContents(new Object[] { s.info().windbgCommand() },
                        new Transfer[] { TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
        });
        Action startCapture = onCurrent("Start capture", s -> {
            if (s.capturing().isPresent()) {
                MessageDialog.openInformation(getSite().getShell(), "Start capture", s.info().vm()
                        + " is already being captured into " + s.capturing().get() + ". Stop that capture first.");
            } else if (s.remote().isPresent()) {
                RemoteJobs.capture(display, s, true);
            } else {
                CaptureJobs.start(display, s, Preferences.captureFolder());
            }
        });
        Action stopCapture = onCurrent("Stop capture", s -> {
            if (s.remote().isPresent()) {
                RemoteJobs.capture(display, s, false);
            } else {
                CaptureJobs.stop(display, s);
            }
        });
        Action saveCmd = onCurrent("Save WinDbg .cmd…", s -> {
            FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
            dialog.setText("Save the WinDbg launcher of " + s.info().vm());
            dialog.setFileName(WindbgLauncher.fileName(s.info()));
            dialog.setFilterExtensions(new String[] { "*.cmd" });
            dialog.setOverwrite(true);
            String chosen = dialog.open();
            if (chosen != null) {
                ExportJobs.saveWindbgCmd(display, s.info(), java.nio.file.Path.of(chosen));
            }
        });
        Action download = onCurrent("Download remote capture and open it", s -> RemoteJobs.downloadCapture(display, s,
                Preferences.captureFolder()));
        Action close = onCurrent("Detach / disconnect / close", s -> ChannelJobs.close(display, s));
        for (Action a : new Action[] { breakIn, go, startCapture, stopCapture }) {
            toolbar.add(a);
        }
        for (Action a : new Action[] { ring, uart, breakIn, go, modules, memory, copy, saveCmd, startCapture,
                stopCapture, download, close }) {
            menu.add(a);
        }
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private Action onCurrent(String text, java.util.function.Consumer<WorkbenchChannel> run) {
        return action(text, () -> WorkbenchChannels.getDefault().current().ifPresentOrElse(run,
                () -> MessageDialog.openInformation(getSite().getShell(), text,
                        "No channel is selected. Launch the demo VM or attach to a VM first.")));
    }

    private void refresh() {
        if (table.getControl().isDisposed()) {
            return;
        }
        refreshNow();
        table.getControl().getDisplay().timerExec(REFRESH_MILLIS, refresh);
    }

    private void refreshNow() {
        if (table.getControl().isDisposed()) {
            return;
        }
        table.setRows(rows(WorkbenchChannels.getDefault().sessions()));
    }

    /** The rows for {@code sessions}, grouped by host. */
    public static List<ChannelRow> rows(List<WorkbenchChannel> sessions) {
        List<ChannelRow> rows = new ArrayList<>();
        for (WorkbenchChannel s : sessions) {
            ChannelStatus status = s.status();
            rows.add(new ChannelRow(s.info().host(), s.info().vm(), status.state(), status.reason(),
                    status.transportName(), s.info().windbgCommand(), s.bytesPerSecond()));
        }
        rows.sort((a, b) -> a.host().equals("local") != b.host().equals("local")
                ? (a.host().equals("local") ? -1 : 1)
                : a.host().compareTo(b.host()));
        return rows;
    }

    @Override
    public void setFocus() {
        table.getTable().setFocus();
    }

    @Override
    public void dispose() {
        WorkbenchChannels.getDefault().removeListener(listener);
        super.dispose();
    }
}
