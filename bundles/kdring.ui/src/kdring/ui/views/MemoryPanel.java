package kdring.ui.views;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import kdring.ui.session.DebugControl;
import kdring.ui.session.TargetState;
import kdring.ui.session.WorkbenchChannel;

/**
 * The Memory view's control: a page ({@value MemoryRows#PAGE} bytes) of the stopped target's memory at a typed
 * expression ({@code rip}, {@code hal+0x1000}, {@code poi(rsp)}, a number), virtual or physical, as hex and
 * ASCII with {@code ??} where a byte is unreadable and each row labelled {@code module!export+offset} inside a
 * module. Back and Forward page by {@value MemoryRows#PAGE} bytes. A row's bytes are edited in place
 * (double-click): written with WriteVirtualMemory and read back. On each stop or step the expression is
 * evaluated again and the page read again. Every request runs in a Job; answers older than the latest request
 * are dropped. Confined to the UI thread (except the change listener, which only hops).
 */
public final class MemoryPanel {

    private final Composite control;
    private final Text expression;
    private final Button physical;
    private final Button back;
    private final Button forward;
    private final Label status;
    private final Table table;
    private final TableEditor editor;
    private final Runnable listener = this::targetChanged;
    private long request;
    private WorkbenchChannel session;
    private MemoryRows.Page page;
    /** The rows of {@link #page}, formatted once; the virtual table asks for those it paints. */
    private List<MemoryRows.Line> lines;
    private Text editing;

    public MemoryPanel(Composite parent) {
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(5, false));
        new Label(control, SWT.NONE).setText("Address:");
        expression = new Text(control, SWT.BORDER | SWT.SINGLE);
        expression.setMessage("rip, rsp, nt!KeTickHook, hal+0x1000, poi(rsp), fffff800`00100000");
        expression.setToolTipText("An address expression, as the kd> console takes it; Enter reads the page");
        GridData field = new GridData(SWT.FILL, SWT.CENTER, true, false);
        field.minimumWidth = 200;
        expression.setLayoutData(field);
        expression.addListener(SWT.DefaultSelection, e -> go());
        physical = new Button(control, SWT.CHECK);
        physical.setText("Physical");
        physical.setToolTipText("Read guest-physical memory instead of virtual (read-only here)");
        physical.addListener(SWT.Selection, e -> go());
        back = new Button(control, SWT.PUSH);
        back.setText("\u25C0 Back");
        back.setToolTipText("The previous " + MemoryRows.PAGE + " bytes");
        back.addListener(SWT.Selection, e -> page(-MemoryRows.PAGE));
        forward = new Button(control, SWT.PUSH);
        forward.setText("Forward \u25B6");
        forward.setToolTipText("The next " + MemoryRows.PAGE + " bytes");
        forward.addListener(SWT.Selection, e -> page(MemoryRows.PAGE));
        status = new Label(control, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        // virtual: a page's 256 rows are formatted as they are painted, so paging costs the UI thread little
        table = new Table(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL
                | SWT.VIRTUAL);
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int row = table.indexOf(item);
            if (lines != null && row >= 0 && row < lines.size()) {
                MemoryRows.Line line = lines.get(row);
                item.setText(new String[] { line.addressText(), line.hex(), line.ascii(), line.symbol() });
            }
        });
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        table.setHeaderVisible(true);
        table.setFont(JFaceResources.getTextFont());
        for (String[] column : new String[][] { { "Address", "150" }, { "Bytes", "400" }, { "ASCII", "150" },
                { "Symbol", "260" } }) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        table.setToolTipText("Double-click a row (or press Enter) to change its bytes; ?? could not be read");
        editor = new TableEditor(table);
        editor.horizontalAlignment = SWT.LEFT;
        editor.grabHorizontal = true;
        table.addListener(SWT.DefaultSelection, e -> {
            if (e.item instanceof TableItem item) {
                beginEdit(table.indexOf(item));
            }
        });
        control.addListener(SWT.Dispose, e -> setSession(null));
        setSession(null);
    }

    /** @return the panel */
    public Composite getControl() {
        return control;
    }

    /** @return the rows: address, bytes, ASCII, symbol */
    public Table getTable() {
        return table;
    }

    /** @return the expression field */
    public Text getExpression() {
        return expression;
    }

    /** @return the physical-memory toggle */
    public Button getPhysical() {
        return physical;
    }

    /** @return what the panel says: what is shown, that the target runs, or what failed */
    public String getStatus() {
        return status.getText();
    }

    /** @return the page shown, if one is */
    public Optional<MemoryRows.Page> page() {
        return Optional.ofNullable(page);
    }

    /** Shows {@code channel} (null: none) and follows its stops. UI thread. */
    public void setSession(WorkbenchChannel channel) {
        if (session != null) {
            session.removeChangeListener(listener);
        }
        session = channel;
        page = null;
        if (channel != null) {
            channel.addChangeListener(listener);
        }
        refresh();
    }

    /** Shows memory at {@code text} (what typing it and pressing Enter does). UI thread. */
    public void show(String text, boolean physicalMemory) {
        expression.setText(text);
        physical.setSelection(physicalMemory);
        go();
    }

    private void targetChanged() {
        Display display = control.isDisposed() ? null : control.getDisplay();
        if (display != null && !display.isDisposed()) {
            display.asyncExec(() -> {
                if (!control.isDisposed()) {
                    refresh();
                }
            });
        }
    }

    /** Evaluates the expression again and reads its page, or says why not. UI thread. */
    public void refresh() {
        Optional<DebugControl> debug = target();
        if (debug.isEmpty()) {
            return;
        }
        if (expression.getText().isBlank()) {
            status.setText("Type an address expression and press Enter.");
            return;
        }
        go();
    }

    /** @return the debugger, when the target is stopped; else empty, with the reason shown */
    private Optional<DebugControl> target() {
        if (session == null) {
            clear("No channel: pick one in the Channels view.");
            return Optional.empty();
        }
        TargetState state = session.targetState();
        Optional<DebugControl> debug = session.control();
        if (debug.isEmpty()) {
            clear("This channel has no debugger of kdring's (" + state.text() + ").");
            return Optional.empty();
        }
        if (!state.stopped()) {
            clear(state.kind() == TargetState.Kind.RUNNING
                    ? "The target is running: break in (Ctrl+Break) to read its memory."
                    : "No memory to read: the target is " + state.text() + ".");
            return Optional.empty();
        }
        return debug;
    }

    private void go() {
        go(0);
    }

    private void go(int attempt) {
        long mine = ++request;
        cancelEdit();
        Optional<DebugControl> debug = target();
        String text = expression.getText().strip();
        if (debug.isEmpty() || text.isEmpty()) {
            return;
        }
        boolean phys = physical.getSelection();
        status.setText("Reading " + text + "\u2026");
        DebugControl target = debug.get();
        WorkbenchChannel channel = session;
        TargetJob.schedule(control, "Read memory at " + text, attempt == 0 ? 0 : RegistersPanel.RETRY_MILLIS, () -> {
            long address = target.evaluate(text);
            MemoryRows.Page read = MemoryRows.read(target, address, MemoryRows.PAGE, phys);
            List<MemoryRows.Line> rows = read.lines(); // formatted here, not on the UI thread
            return () -> showPage(mine, read, rows, text);
        }, why -> {
            if (mine != request) {
                return;
            }
            // the channel tells a stop a moment before the debugger has taken it: try again (see RegistersPanel)
            if (attempt < RegistersPanel.RETRIES && channel == session && channel.targetState().stopped()
                    && why.contains("running")) {
                go(attempt + 1);
            } else {
                status.setText(why);
            }
        });
    }

    private void page(int delta) {
        MemoryRows.Page current = page;
        if (current == null) {
            return;
        }
        long address = current.address() + delta;
        long mine = ++request;
        cancelEdit();
        Optional<DebugControl> debug = target();
        if (debug.isEmpty()) {
            return;
        }
        String text = String.format(Locale.ROOT, "%016x", address);
        expression.setText(text); // a later stop reads this page again, not the first one
        boolean phys = current.physical();
        status.setText("Reading " + text + "\u2026");
        DebugControl target = debug.get();
        schedule("Read memory at " + text, () -> {
            MemoryRows.Page read = MemoryRows.read(target, address, MemoryRows.PAGE, phys);
            List<MemoryRows.Line> rows = read.lines(); // formatted here, not on the UI thread
            return () -> showPage(mine, read, rows, text);
        }, mine);
    }

    private void showPage(long mine, MemoryRows.Page read, List<MemoryRows.Line> rows, String text) {
        if (mine != request) {
            return;
        }
        page = read;
        fill(rows);
        int readable = read.readableCount();
        status.setText(String.format(Locale.ROOT, "%s memory at %s = 0x%016x: %s", read.physical() ? "Physical"
                : "Virtual", text, read.address(), readable == read.data().length ? "all readable"
                        : readable == 0 ? "unreadable (shown as ??)"
                                : String.format(Locale.ROOT, "%,d of %,d bytes readable (the rest ??)", readable,
                                        read.data().length)));
        back.setEnabled(true);
        forward.setEnabled(true);
    }

    private void fill(List<MemoryRows.Line> rows) {
        lines = rows;
        table.setItemCount(rows.size());
        table.clearAll();
    }

    private void clear(String why) {
        cancelEdit();
        page = null;
        lines = null;
        table.removeAll();
        back.setEnabled(false);
        forward.setEnabled(false);
        status.setText(why);
    }

    /**
     * Opens the in-place editor over row {@code row}'s bytes (what a double-click does). UI thread.
     *
     * @return the editor's text field, or empty when there is no such row
     */
    public Optional<Text> beginEdit(int row) {
        cancelEdit();
        MemoryRows.Page current = page;
        if (current == null || row < 0 || row >= table.getItemCount()) {
            return Optional.empty();
        }
        TableItem item = table.getItem(row);
        Text text = new Text(table, SWT.SINGLE);
        text.setFont(table.getFont());
        text.setText(item.getText(1));
        text.selectAll();
        editor.setEditor(text, item, 1);
        text.setFocus();
        editing = text;
        long address = current.address() + (long) row * MemoryRows.ROW;
        text.addListener(SWT.DefaultSelection, e -> commit(text, current, address));
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                cancelEdit();
            }
        });
        return Optional.of(text);
    }

    private void commit(Text text, MemoryRows.Page current, long address) {
        byte[] bytes;
        try {
            if (current.physical()) {
                throw new IllegalArgumentException("physical memory is read-only here: untick Physical to edit");
            }
            int offset = (int) (address - current.address());
            int readable = 0;
            while (readable < MemoryRows.ROW && current.readable().get(offset + readable)) {
                readable++;
            }
            if (readable == 0) {
                throw new IllegalArgumentException("this row could not be read, so it cannot be written");
            }
            bytes = MemoryRows.parseBytes(text.getText(), readable);
        } catch (IllegalArgumentException refused) {
            text.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_RED));
            text.setToolTipText(refused.getMessage());
            status.setText("Not written: " + refused.getMessage());
            return;
        }
        cancelEdit();
        Optional<DebugControl> debug = target();
        if (debug.isEmpty()) {
            return;
        }
        long mine = ++request;
        String where = String.format(Locale.ROOT, "0x%016x", address);
        status.setText("Writing " + bytes.length + " bytes at " + where + "\u2026");
        DebugControl target = debug.get();
        schedule("Write memory at " + where, () -> {
            target.writeVirtual(address, bytes);
            byte[] back = target.read(address, bytes.length, false);
            return () -> {
                if (mine != request || page != current) {
                    return;
                }
                page = current.with(address, back, bytes.length);
                fill(page.lines());
                boolean same = java.util.Arrays.equals(bytes, back);
                status.setText(String.format(Locale.ROOT, "Wrote %d bytes at %s; read back: %s", bytes.length, where,
                        same ? "the same" : "DIFFERENT (" + MemoryRows.hex(back) + ")"));
            };
        }, mine);
    }

    private void cancelEdit() {
        if (editing != null && !editing.isDisposed()) {
            editing.dispose();
        }
        editing = null;
        editor.setEditor(null);
    }

    /** @return the open editor, if any */
    public Optional<Text> editor() {
        return editing == null || editing.isDisposed() ? Optional.empty() : Optional.of(editing);
    }

    private void schedule(String name, TargetJob.Work work, long mine) {
        TargetJob.schedule(control, name, work, why -> {
            if (mine == request) {
                status.setText(why);
            }
        });
    }
}
