package kdring.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;

import kdring.ui.session.LiveSession;
import kdring.ui.session.SessionRegistry;

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
    private final SessionRegistry.Listener listener = new SessionRegistry.Listener() {
        @Override
        public void sessionsChanged(List<LiveSession> sessions) {
            Display display = table.getControl().getDisplay();
            if (!display.isDisposed()) {
                display.asyncExec(ChannelsView.this::refreshNow);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        table = new ChannelsTable(parent);
        table.onSelect(row -> SessionRegistry.getDefault().sessions().stream()
                .filter(s -> s.info().host().equals(row.host()) && s.info().vm().equals(row.vm())).findFirst()
                .ifPresent(SessionRegistry.getDefault()::select));
        SessionRegistry.getDefault().addListener(listener);
        refresh();
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
        table.setRows(rows(SessionRegistry.getDefault().sessions()));
    }

    /** The rows for {@code sessions}, grouped by host. */
    public static List<ChannelRow> rows(List<LiveSession> sessions) {
        List<ChannelRow> rows = new ArrayList<>();
        for (LiveSession s : sessions) {
            rows.add(new ChannelRow(s.info().host(), s.info().vm(), s.state(), s.reason(), s.info().transport(),
                    s.info().windbgCommand(), s.bytesPerSecond()));
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
        SessionRegistry.getDefault().removeListener(listener);
        super.dispose();
    }
}
