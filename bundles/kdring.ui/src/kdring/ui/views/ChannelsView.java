package kdring.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;

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

        @Override
        public void stateChanged(WorkbenchChannel session) {
            sessionsChanged(List.of());
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        table = new ChannelsTable(parent);
        table.onSelect(row -> WorkbenchChannels.getDefault().sessions().stream()
                .filter(s -> s.info().host().equals(row.host()) && s.info().vm().equals(row.vm())).findFirst()
                .ifPresent(WorkbenchChannels.getDefault()::select));
        WorkbenchChannels.getDefault().addListener(listener);
        contributeMenus();
        refresh();
    }

    /**
     * The view's toolbar, menu and context menu come from plugin.xml (the channel commands, enabled by the
     * selected channel's state); the context menu is registered here so that contributions find it.
     */
    private void contributeMenus() {
        MenuManager popup = new MenuManager("#PopupMenu", ID);
        popup.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        Menu menu = popup.createContextMenu(table.getTable());
        table.getTable().setMenu(menu);
        getSite().registerContextMenu(ID, popup, table.getViewer());
        getSite().setSelectionProvider(table.getViewer());
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
            String capture = s.captureProgress().map(c -> String.format(Locale.ROOT, "\u25CF %s, %s, %d:%02d",
                    c.file().getFileName(), formatSize(c.bytes()), c.running().toMinutes(), c.running().toSecondsPart()))
                    .orElse("");
            rows.add(new ChannelRow(s.info().host(), s.info().vm(), s.kind(), s.targetState(), status.reason(),
                    status.transportName(), s.info().windbgCommand(), s.bytesPerSecond(), capture));
        }
        rows.sort((a, b) -> a.host().equals("local") != b.host().equals("local")
                ? (a.host().equals("local") ? -1 : 1)
                : a.host().compareTo(b.host()));
        return rows;
    }

    /** @return {@code bytes} for people: "812 B", "12.3 KB", "4.1 MB" */
    public static String formatSize(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1000.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    /** @return the table of channels (tests open its context menu) */
    public ChannelsTable getChannelsTable() {
        return table;
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
