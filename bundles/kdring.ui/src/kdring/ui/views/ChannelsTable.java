package kdring.ui.views;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/**
 * The table of channels, kept apart from {@link ChannelsView} so that tests can build it in a plain
 * Shell. Confined to the UI thread.
 */
public final class ChannelsTable {

    /** Column titles, in display order. */
    public static final List<String> COLUMNS = List.of("Host", "VM", "State", "Transport", "Rate", "Capture",
            "WinDbg command");
    /** What an offline capture shows where a live channel has a rate or a WinDbg command. */
    public static final String NOT_LIVE = "\u2014";

    private final Composite control;
    private final Label emptyHint;
    private final TableViewer viewer;

    public ChannelsTable(Composite parent) {
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        emptyHint = new Label(control, SWT.WRAP);
        emptyHint.setText("No channels yet. Start the demo VM (./kdring demo) or attach to a VM to see its KD channel.");
        emptyHint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new TableViewer(control, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        column(COLUMNS.get(0), 70, ChannelRow::host);
        column(COLUMNS.get(1), 160, ChannelRow::vm);
        column(COLUMNS.get(2), 330, row -> row.target().text());
        column(COLUMNS.get(3), 90, ChannelRow::transport);
        column(COLUMNS.get(4), 80, row -> row.offline() ? NOT_LIVE : formatRate(row.bytesPerSecond()));
        column(COLUMNS.get(5), 260, ChannelRow::capture);
        column(COLUMNS.get(6), 330, row -> row.offline() || row.windbgCommand().isEmpty() ? NOT_LIVE
                : row.windbgCommand());
        setRows(List.of());
    }

    private void column(String title, int width, Function<ChannelRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ChannelRow) element);
            }

            @Override
            public String getToolTipText(Object element) {
                ChannelRow row = (ChannelRow) element;
                return row.target().text() + (row.reason().isEmpty() ? "" : "\n" + row.reason())
                        + (row.capture().isEmpty() ? "" : "\ncapturing into " + row.capture());
            }
        });
    }

    /** Calls {@code action} with the row the user selects. */
    public void onSelect(java.util.function.Consumer<ChannelRow> action) {
        viewer.addSelectionChangedListener(e -> {
            Object first = viewer.getStructuredSelection().getFirstElement();
            if (first instanceof ChannelRow row) {
                action.accept(row);
            }
        });
    }

    /** Replaces the rows shown, keeping the selection where the same channel is still there. */
    public void setRows(List<ChannelRow> rows) {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        viewer.setInput(List.copyOf(rows));
        if (selected instanceof ChannelRow old) {
            rows.stream().filter(r -> r.host().equals(old.host()) && r.vm().equals(old.vm())).findFirst()
                    .ifPresent(r -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(r)));
        }
        emptyHint.setVisible(rows.isEmpty());
        ((GridData) emptyHint.getLayoutData()).exclude = !rows.isEmpty();
        control.layout(true, true);
    }

    /** Human-readable byte rate, e.g. "12.3 KB/s". */
    public static String formatRate(double bytesPerSecond) {
        if (bytesPerSecond < 1000) {
            return String.format(Locale.ROOT, "%.0f B/s", bytesPerSecond);
        }
        if (bytesPerSecond < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f KB/s", bytesPerSecond / 1000);
        }
        return String.format(Locale.ROOT, "%.1f MB/s", bytesPerSecond / 1_000_000);
    }

    public Composite getControl() {
        return control;
    }

    /** @return the viewer, the view's selection provider and context-menu host */
    public TableViewer getViewer() {
        return viewer;
    }

    public Table getTable() {
        return viewer.getTable();
    }

    public boolean isEmptyHintVisible() {
        return emptyHint.getVisible();
    }
}
