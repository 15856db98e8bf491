package kdring.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

import kdring.kd.observer.LoadedModule;
import kdring.ui.session.WorkbenchChannel;
import kdring.model.story.StoryListener;

/**
 * The target's module table: name, base, size, checksum, load order and path; sortable by any column and
 * searchable by name or path. Confined to the UI thread.
 */
public final class ModulesTable {

    /** Column titles, in display order. */
    public static final List<String> COLUMNS = List.of("#", "Name", "Base", "End", "Size", "Checksum", "Source", "Path");

    /** A module with its place in load order. */
    record Entry(int order, LoadedModule module) {
    }

    private final Composite control;
    private final Text search;
    private final Label count;
    private final TableViewer viewer;
    private final List<Comparator<Entry>> orders = new ArrayList<>();
    private int sortColumn;
    private boolean descending;
    private int total;
    private final UiBatcher<List<LoadedModule>> updates;
    private final StoryListener listener;
    private WorkbenchChannel session;

    public ModulesTable(Composite parent) {
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(2, false));
        search = new Text(control, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Filter by name or path");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        count = new Label(control, SWT.NONE);
        count.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        viewer = new TableViewer(control, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(COLUMNS.get(0), 40, e -> Integer.toString(e.order()), Comparator.comparingInt(Entry::order));
        column(COLUMNS.get(1), 200, e -> e.module().name(),
                Comparator.comparing(e -> e.module().name().toLowerCase(Locale.ROOT)));
        column(COLUMNS.get(2), 160, e -> hex(e.module().base()), (a, b) -> Long.compareUnsigned(a.module().base(),
                b.module().base()));
        column(COLUMNS.get(3), 160, e -> hex(e.module().base() + Integer.toUnsignedLong(e.module().size())),
                (a, b) -> Long.compareUnsigned(a.module().base() + Integer.toUnsignedLong(a.module().size()),
                        b.module().base() + Integer.toUnsignedLong(b.module().size())));
        column(COLUMNS.get(4), 80, e -> String.format(Locale.ROOT, "0x%X", Integer.toUnsignedLong(e.module().size())),
                (a, b) -> Integer.compareUnsigned(a.module().size(), b.module().size()));
        column(COLUMNS.get(5), 90, e -> String.format(Locale.ROOT, "%08X", e.module().checksum()),
                (a, b) -> Integer.compareUnsigned(a.module().checksum(), b.module().checksum()));
        column(COLUMNS.get(6), 110, e -> e.module().source() == LoadedModule.Source.MODULE_WALK ? "module walk"
                : "LoadSymbols", Comparator.comparing(e -> e.module().source()));
        column(COLUMNS.get(7), 320, e -> e.module().path(), Comparator.comparing(e -> e.module().path()));
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                int c = orders.get(sortColumn).compare((Entry) a, (Entry) b);
                return descending ? -c : c;
            }
        });
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                String part = search.getText().strip().toLowerCase(Locale.ROOT);
                LoadedModule module = ((Entry) element).module();
                return part.isEmpty() || module.path().toLowerCase(Locale.ROOT).contains(part);
            }
        });
        search.addListener(SWT.Modify, e -> {
            viewer.refresh();
            updateCount();
        });
        viewer.getTable().setSortColumn(viewer.getTable().getColumn(0));
        viewer.getTable().setSortDirection(SWT.UP);
        RowMenu.install(viewer.getTable(), "modules", true);
        setModules(List.of());
        updates = new UiBatcher<>(control, 50, tables -> setModules(tables.get(tables.size() - 1)));
        listener = new StoryListener() {
            @Override
            public void modulesChanged(List<LoadedModule> modules) {
                updates.offer(modules);
            }
        };
        control.addListener(SWT.Dispose, e -> setSession(null));
    }

    /** Follows {@code newSession}'s module table (null: shows nothing). */
    public void setSession(WorkbenchChannel newSession) {
        if (session != null) {
            session.unsubscribe(listener);
        }
        session = newSession;
        if (newSession != null) {
            List<LoadedModule> start = newSession.subscribe(listener).modules();
            if (!control.isDisposed()) {
                setModules(start);
            }
        } else if (!control.isDisposed()) {
            setModules(List.of());
        }
    }

    /** UI thread: applies queued updates now (tests use it to settle). */
    public void flush() {
        updates.deliver();
    }

    private void column(String title, int width, Function<Entry, String> text, Comparator<Entry> order) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Entry) element);
            }
        });
        int index = orders.size();
        orders.add(order);
        column.getColumn().addListener(SWT.Selection, e -> sortBy(index));
    }

    /** Sorts by column {@code index}; sorting by the same column again reverses the order. */
    public void sortBy(int index) {
        descending = index == sortColumn && !descending;
        sortColumn = index;
        TableColumn column = viewer.getTable().getColumn(index);
        viewer.getTable().setSortColumn(column);
        viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    /** Replaces the table's modules (in load order). */
    public void setModules(List<LoadedModule> modules) {
        List<Entry> entries = new ArrayList<>(modules.size());
        for (int i = 0; i < modules.size(); i++) {
            entries.add(new Entry(i, modules.get(i)));
        }
        total = entries.size();
        viewer.setInput(entries);
        updateCount();
    }

    /** Shows only modules whose name or path contains {@code text}. */
    public void setSearch(String text) {
        search.setText(text);
    }

    private void updateCount() {
        int visible = viewer.getTable().getItemCount();
        count.setText(visible == total ? total + " modules" : visible + " of " + total + " modules");
        control.layout();
    }

    private static String hex(long value) {
        return String.format(Locale.ROOT, "%016x", value);
    }

    public Composite getControl() {
        return control;
    }

    public Table getTable() {
        return viewer.getTable();
    }
}
