package kdring.ui.views;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import kdring.model.story.StoryEvent;
import kdring.ui.session.WorkbenchChannel;
import kdring.model.story.StoryListener;
import kdring.ui.trace.TraceFormat;

/**
 * The session's events, newest last: break-ins with exception code, address and processor, resumes,
 * resets, protocol errors, channel connects, disconnects and faults. Keeps the last
 * {@link WorkbenchChannel#EVENT_WINDOW} rows. Confined to the UI thread.
 */
public final class EventsTable {

    /** Column titles, in display order. */
    public static final List<String> COLUMNS = List.of("Time", "Event", "Detail");

    private final Composite control;
    private final Table table;
    private final UiBatcher<StoryEvent> updates;
    private final StoryListener listener;
    private WorkbenchChannel session;

    public EventsTable(Composite parent) {
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new FillLayout());
        table = new Table(control, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        int[] widths = { 120, 140, 600 };
        for (int i = 0; i < COLUMNS.size(); i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(COLUMNS.get(i));
            column.setWidth(widths[i]);
        }
        RowMenu.install(table, "events", true);
        updates = new UiBatcher<>(control, 50, this::append);
        listener = new StoryListener() {
            @Override
            public void event(StoryEvent row) {
                if (shown(row)) {
                    updates.offer(row);
                }
            }
        };
        control.addListener(SWT.Dispose, e -> setSession(null));
    }

    /** Follows {@code newSession}'s events (null: shows nothing). */
    public void setSession(WorkbenchChannel newSession) {
        if (session != null) {
            session.unsubscribe(listener);
        }
        session = newSession;
        if (control.isDisposed()) {
            return;
        }
        table.removeAll();
        if (newSession != null) {
            append(newSession.subscribe(listener).events().stream().filter(EventsTable::shown).toList());
        }
    }

    /** UI thread: applies queued updates now (tests use it to settle). */
    public void flush() {
        updates.deliver();
    }

    private void append(List<StoryEvent> rows) {
        table.setRedraw(false);
        try {
            for (StoryEvent row : rows) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { TraceFormat.time(row.nanos()), row.kind().label(),
                        kdring.ui.format.EventText.readable(row) });
                Color color = color(row);
                if (color != null) {
                    item.setForeground(color);
                }
            }
            int excess = table.getItemCount() - WorkbenchChannel.EVENT_WINDOW;
            if (excess > 0) {
                table.remove(0, excess - 1);
            }
            if (table.getItemCount() > 0) {
                table.showItem(table.getItem(table.getItemCount() - 1));
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /** Debug output has its own view and module loads fill the Modules view: the rest is shown here. */
    static boolean shown(StoryEvent row) {
        return row.kind() != StoryEvent.Kind.PRINT && row.kind() != StoryEvent.Kind.MODULE;
    }

    private Color color(StoryEvent row) {
        return switch (row.kind()) {
            case STOPPED, RESTARTED -> control.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
            case PROTOCOL_ERROR, FAULT -> control.getDisplay().getSystemColor(SWT.COLOR_RED);
            case RESUMED -> control.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
            case CAPTURE -> control.getDisplay().getSystemColor(SWT.COLOR_DARK_MAGENTA);
            case CHANNEL -> row.detail().startsWith("faulted") ? control.getDisplay().getSystemColor(SWT.COLOR_RED)
                    : control.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE);
            default -> null;
        };
    }

    public Composite getControl() {
        return control;
    }

    public Table getTable() {
        return table;
    }
}
