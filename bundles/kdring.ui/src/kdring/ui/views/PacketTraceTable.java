package kdring.ui.views;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.resource.JFaceResources;

import kdring.kd.observer.Direction;
import kdring.model.session.PacketKind;
import kdring.model.trace.PacketFilter;
import kdring.model.trace.PacketRow;
import kdring.model.trace.PacketTrace;
import kdring.ui.format.HexDump;
import kdring.ui.trace.PacketFields;
import kdring.ui.trace.TraceFormat;
import kdring.ui.trace.TraceQuery;

/**
 * The packet trace: a virtual table over a channel's {@link PacketTrace}, a filter bar, follow-tail and
 * pause, and a details pane with every decoded field and the hex bytes of the selected packet.
 * <p>
 * The UI thread never touches the capture file: counting, filtering and paging run on one worker thread
 * ({@code kdring-trace-pager}) and come back as immutable rows through {@link Display#asyncExec}. Until a
 * row's page has arrived the table shows a placeholder. Confined to the UI thread.
 */
public final class PacketTraceTable {

    /** Column titles, in display order. */
    public static final List<String> COLUMNS = List.of("#", "Time", "Dir", "Type", "API / state", "Id", "Length",
            "Checksum", "Summary");
    /** Rows fetched together. */
    static final int PAGE_SIZE = 256;
    /** Pages kept in memory. */
    static final int CACHED_PAGES = 64;
    /** How often the view looks for new packets. */
    static final int REFRESH_MILLIS = 100;
    /** UI thread only: refresh ticks run so far. */
    private long ticks;
    /** What a row shows until its page has been read. */
    static final String PLACEHOLDER = "\u2026";

    private static final String[] DIRECTIONS = { "Both directions", "T\u2192D (target)", "D\u2192T (debugger)" };

    private final Display display;
    private final Composite control;
    private final Combo direction;
    private final Combo kind;
    private final Text api;
    private final Text search;
    private final Button follow;
    private final Button pause;
    private final Label status;
    private final Table table;
    private final Table details;
    private final Text hex;
    private final ExecutorService pager;
    private final Map<Long, List<PacketRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<PacketRow>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private final Set<Long> pending = new HashSet<>();
    private final Runnable tick = this::tick;

    private PacketTrace trace;
    private TraceQuery query;
    private int generation;
    private boolean counting;
    private long total;
    private long shown;

    public PacketTraceTable(Composite parent) {
        display = parent.getDisplay();
        pager = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "kdring-trace-pager");
            thread.setDaemon(true);
            return thread;
        });
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));

        Composite bar = new Composite(control, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new GridLayout(8, false));
        direction = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        direction.setItems(DIRECTIONS);
        direction.select(0);
        direction.setToolTipText("Show packets of one direction only");
        kind = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        kind.add("All types");
        for (PacketKind k : PacketKind.VALUES) {
            kind.add(k.getLiteral());
        }
        kind.select(0);
        new Label(bar, SWT.NONE).setText("API:");
        api = new Text(bar, SWT.BORDER | SWT.SEARCH);
        api.setMessage("e.g. ReadVirtual");
        api.setLayoutData(new GridData(120, SWT.DEFAULT));
        search = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search summaries");
        GridData searchData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        searchData.minimumWidth = 160;
        search.setLayoutData(searchData);
        follow = new Button(bar, SWT.CHECK);
        follow.setText("Follow tail");
        follow.setSelection(true);
        follow.setToolTipText("Scroll to each new packet; off, new packets never move the rows you look at");
        pause = new Button(bar, SWT.TOGGLE);
        pause.setText("Pause");
        pause.setToolTipText("Stop updating the table; packets are still recorded");
        // the count has a line of its own: as it grows it must not squeeze the filter fields (at 1024×700 the
        // first wave lost the search field)
        status = new Label(control, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("no session");
        direction.addListener(SWT.Selection, e -> applyFilter());
        kind.addListener(SWT.Selection, e -> applyFilter());
        api.addListener(SWT.DefaultSelection, e -> applyFilter());
        search.addListener(SWT.DefaultSelection, e -> applyFilter());
        pause.addListener(SWT.Selection, e -> updateStatus());

        SashForm sash = new SashForm(control, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new Table(sash, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        int[] widths = { 70, 120, 45, 160, 300, 90, 70, 90, 420 };
        for (int i = 0; i < COLUMNS.size(); i++) {
            TableColumn column = new TableColumn(table, i == 0 || i == 6 ? SWT.RIGHT : SWT.LEFT);
            column.setText(COLUMNS.get(i));
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, e.index));
        table.addListener(SWT.Selection, e -> showDetails());
        // scrolling back (wheel up) means the user reads older rows: stop following; scrolling down does not
        table.addListener(SWT.MouseVerticalWheel, e -> {
            if (e.count > 0) {
                follow.setSelection(false);
            }
        });
        RowMenu.install(table, "packets", false);

        SashForm bottom = new SashForm(sash, SWT.HORIZONTAL);
        details = new Table(bottom, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        details.setHeaderVisible(true);
        details.setLinesVisible(true);
        new TableColumn(details, SWT.LEFT).setText("Field");
        new TableColumn(details, SWT.LEFT).setText("Value");
        details.getColumn(0).setWidth(130);
        details.getColumn(1).setWidth(380);
        hex = new Text(bottom, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        Font mono = JFaceResources.getTextFont();
        hex.setFont(mono);
        bottom.setWeights(45, 55);
        sash.setWeights(50, 50);

        control.addListener(SWT.Dispose, e -> pager.shutdownNow());
        display.timerExec(REFRESH_MILLIS, tick);
    }

    /** Shows {@code newTrace} (null: nothing), keeping the filter. */
    public void setTrace(PacketTrace newTrace) {
        trace = newTrace;
        restart();
    }

    /** Sets the filter bar to {@code filter} and applies it. Only the first direction and kind are shown. */
    public void setFilter(PacketFilter filter) {
        direction.select(filter.directions().size() != 1 ? 0
                : filter.directions().contains(Direction.TARGET_TO_DEBUGGER) ? 1 : 2);
        kind.select(filter.kinds().isEmpty() ? 0 : kind.indexOf(filter.kinds().iterator().next().getLiteral()));
        api.setText(filter.api());
        search.setText(filter.text());
        applyFilter();
    }

    /** @return the filter the bar describes */
    public PacketFilter filter() {
        PacketFilter filter = PacketFilter.ALL;
        if (direction.getSelectionIndex() > 0) {
            filter = filter.withDirection(direction.getSelectionIndex() == 1 ? Direction.TARGET_TO_DEBUGGER
                    : Direction.DEBUGGER_TO_TARGET);
        }
        if (kind.getSelectionIndex() > 0) {
            filter = filter.withKinds(PacketKind.get(kind.getText()));
        }
        if (!api.getText().isBlank()) {
            filter = filter.withApi(api.getText().strip());
        }
        if (!search.getText().isBlank()) {
            filter = filter.withText(search.getText().strip());
        }
        return filter;
    }

    /** Follow the newest packet (the table scrolls with the trace). */
    public void setFollowTail(boolean on) {
        follow.setSelection(on);
    }

    /** Stop (or resume) updating the table. */
    public void setPaused(boolean on) {
        pause.setSelection(on);
        updateStatus();
    }

    /** @return rows in the table now (the filtered count, as of the last refresh) */
    public long shownRows() {
        return shown;
    }

    /** @return how many refresh ticks have run (each would fetch the count unless paused); tests wait on it */
    public long refreshTicks() {
        return ticks;
    }

    /** @return whether every visible row has its data (no page is being read) */
    public boolean isSettled() {
        return pending.isEmpty() && !counting;
    }

    public Composite getControl() {
        return control;
    }

    /** @return the filter bar's search field (tests check that it keeps its width) */
    public org.eclipse.swt.widgets.Text getSearchField() {
        return search;
    }

    public Table getTable() {
        return table;
    }

    /** @return the details pane's field table */
    public Table getDetails() {
        return details;
    }

    /** @return the hex dump of the selected packet */
    public String getHex() {
        return hex.getText();
    }

    /** @return the status line, e.g. "1,000,000 packets, 12 shown" */
    public String getStatus() {
        return status.getText();
    }

    private void applyFilter() {
        restart();
    }

    private void restart() {
        generation++;
        pages.clear();
        pending.clear();
        counting = false;
        query = trace == null ? null : new TraceQuery(trace, filter());
        shown = 0;
        total = 0;
        table.setItemCount(0);
        details.removeAll();
        hex.setText("");
        updateStatus();
        tick();
    }

    /** Asks the worker for the current count, unless paused or a count is already on its way. */
    private void tick() {
        if (control.isDisposed()) {
            return;
        }
        ticks++;
        display.timerExec(-1, tick);
        display.timerExec(REFRESH_MILLIS, tick);
        if (query == null || counting || pause.getSelection()) {
            return;
        }
        counting = true;
        TraceQuery q = query;
        int gen = generation;
        PacketTrace t = trace;
        submit(() -> {
            long count = q.count();
            long all = t.count();
            asyncIfCurrent(gen, () -> {
                counting = false;
                applyCount(count, all);
            });
        });
    }

    private void applyCount(long count, long all) {
        total = all;
        if (count != shown) {
            long previous = shown;
            shown = count;
            // A growing last page must be read again for its new rows.
            pages.remove(previous / PAGE_SIZE);
            int top = table.getTopIndex();
            table.setItemCount((int) Math.min(count, Integer.MAX_VALUE));
            if (follow.getSelection() && count > 0) {
                table.setTopIndex((int) Math.min(count - 1, Integer.MAX_VALUE));
            } else if (count > previous && top != table.getTopIndex()) {
                // Follow tail is off: new rows must not move the rows under the user's cursor
                table.setTopIndex(top);
            }
        }
        updateStatus();
    }

    private void fill(TableItem item, int index) {
        long pageNo = index / PAGE_SIZE;
        List<PacketRow> page = pages.get(pageNo);
        int at = index % PAGE_SIZE;
        if (page != null && at < page.size()) {
            item.setText(texts(page.get(at)));
            item.setData(page.get(at));
            return;
        }
        if (page != null) {
            pages.remove(pageNo);
        }
        item.setText(0, Integer.toString(index));
        item.setText(8, PLACEHOLDER);
        request(pageNo);
    }

    private void request(long pageNo) {
        if (query == null || !pending.add(pageNo)) {
            return;
        }
        TraceQuery q = query;
        int gen = generation;
        submit(() -> {
            List<PacketRow> rows = q.page(pageNo * PAGE_SIZE, PAGE_SIZE);
            asyncIfCurrent(gen, () -> {
                pending.remove(pageNo);
                pages.put(pageNo, rows);
                int first = (int) (pageNo * PAGE_SIZE);
                int last = Math.min(first + rows.size(), table.getItemCount()) - 1;
                if (last >= first) {
                    table.clear(first, last);
                }
            });
        });
    }

    private void showDetails() {
        int index = table.getSelectionIndex();
        if (index < 0 || query == null) {
            return;
        }
        TraceQuery q = query;
        int gen = generation;
        submit(() -> {
            List<PacketRow> rows = q.page(index, 1);
            if (rows.isEmpty()) {
                return;
            }
            PacketRow row = rows.get(0);
            byte[] raw = q.rawBytes(row);
            List<PacketFields.Field> fields = PacketFields.of(row, raw);
            String dump = HexDump.format(raw, 0);
            asyncIfCurrent(gen, () -> {
                details.removeAll();
                for (PacketFields.Field field : fields) {
                    new TableItem(details, SWT.NONE).setText(new String[] { field.name(), field.value() });
                }
                hex.setText(dump);
            });
        });
    }

    private void submit(Runnable work) {
        try {
            pager.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    String message = "Reading the trace failed: " + e.getMessage();
                    display.asyncExec(() -> {
                        if (!status.isDisposed()) {
                            status.setText(message);
                            counting = false;
                            pending.clear();
                        }
                    });
                }
            });
        } catch (RejectedExecutionException e) {
            // disposed
        }
    }

    private void asyncIfCurrent(int gen, Runnable update) {
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (!control.isDisposed() && gen == generation) {
                update.run();
            }
        });
    }

    private void updateStatus() {
        if (status.isDisposed()) {
            return;
        }
        String text = trace == null ? "no session"
                : String.format(Locale.ROOT, "%,d packets, %,d shown%s", total, shown,
                        pause.getSelection() ? " (paused)" : "");
        status.setText(text);
        status.getParent().layout();
    }

    static String[] texts(PacketRow row) {
        boolean control = row.kind() == PacketKind.ACKNOWLEDGE || row.kind() == PacketKind.RESEND
                || row.kind() == PacketKind.RESET || row.kind() == PacketKind.BREAK_IN;
        return new String[] { Long.toString(row.index()), TraceFormat.time(row.timeNanos()),
                TraceFormat.direction(row.direction()), row.kind().getLiteral(),
                row.status().isEmpty() ? row.api() : row.api() + " \u2192 " + row.status(),
                String.format(Locale.ROOT, "%08X", row.packetId()), Integer.toString(row.length()),
                control ? "n/a" : row.retransmission() ? "ok (retx)" : "ok", row.summary() };
    }

    /** For tests: the texts a row would show. */
    public static List<String> rowTexts(PacketRow row) {
        return new ArrayList<>(List.of(texts(row)));
    }
}
