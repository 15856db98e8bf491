package kdring.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
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

import kdring.session.debug.Instruction;
import kdring.ui.session.DebugControl;
import kdring.ui.session.TargetState;
import kdring.ui.session.WorkbenchChannel;

/**
 * The stopped target's code: address, bytes and instruction per row, a label row where a listing starts and
 * where it enters an export ({@code nt!KeTickHook:}), the program counter's row highlighted. It shows the code
 * at the program counter, or at the address expression typed above it ({@code nt!KeTickHook+0x10}, {@code rsp}),
 * and follows the channel: each change of the target's state (a stop, a step, running again) reloads it.
 * Scrolling to the last row loads the next page. Every request to the target runs in a Job; results come back
 * to the UI thread, where a newer request makes an older one's result moot. Confined to the UI thread.
 */
public final class DisassemblyTable {

    /** Column titles, in display order. */
    public static final List<String> COLUMNS = List.of("Address", "Bytes", "Instruction");
    /** Instructions per request: a screenful, and one more page each time the last row is shown. */
    static final int PAGE = 40;
    /** The listing stops growing here (a view that was scrolled down for a long time). */
    static final int MAX_ROWS = 4096;

    /** A row of the listing. */
    sealed interface Row permits LabelRow, CodeRow {
    }

    /** {@code module!export+offset:} above the instructions it names. */
    record LabelRow(String label) implements Row {
    }

    /** One instruction. */
    record CodeRow(Instruction instruction) implements Row {
    }

    private final Composite control;
    private final Text address;
    private final Label message;
    private final Table table;
    private final Font bold;
    private final Color highlight;
    private final Runnable stateListener;
    private final List<Row> rows = new ArrayList<>();
    private WorkbenchChannel session;
    /** The typed address expression; empty: the program counter. */
    private String where = "";
    private long programCounter;
    private long next;
    private boolean ended;
    /** Bumped by every new listing: a Job's result for an older one is dropped. */
    private int generation;
    private boolean loading;
    private TargetState shownState;

    public DisassemblyTable(Composite parent) {
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(3, false));
        Label label = new Label(control, SWT.NONE);
        label.setText("Address:");
        address = new Text(control, SWT.SINGLE | SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        address.setMessage("program counter; or an expression, e.g. nt!KeTickHook+0x10, rsp (Enter)");
        address.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        address.addListener(SWT.DefaultSelection, e -> {
            if (e.detail == SWT.ICON_CANCEL) {
                address.setText("");
            }
            showAt(address.getText());
        });
        Button pc = new Button(control, SWT.PUSH);
        pc.setText("Program counter");
        pc.setToolTipText("Show the code at the program counter and follow it");
        pc.addListener(SWT.Selection, e -> {
            address.setText("");
            showAt("");
        });
        message = new Label(control, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        table = new Table(control, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL
                | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        table.setHeaderVisible(true);
        table.setFont(JFaceResources.getTextFont());
        int[] widths = { 190, 190, 460 };
        for (int i = 0; i < COLUMNS.size(); i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(COLUMNS.get(i));
            column.setWidth(widths[i]);
        }
        FontData[] data = table.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        bold = new Font(table.getDisplay(), data);
        highlight = new Color(198, 226, 255);
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int index = table.indexOf(item);
            if (index >= 0 && index < rows.size()) {
                fill(item, rows.get(index));
                if (index == rows.size() - 1) {
                    loadMore(); // the last row is on screen: the next page
                }
            }
        });
        RowMenu.install(table, "instructions", true);
        Display display = control.getDisplay();
        stateListener = () -> display.asyncExec(this::stateChanged);
        control.addListener(SWT.Dispose, e -> {
            setSession(null);
            bold.dispose();
        });
        say("No channel selected.");
    }

    /** Follows {@code newSession}'s target (null: none). */
    public void setSession(WorkbenchChannel newSession) {
        if (session != null) {
            session.removeChangeListener(stateListener);
        }
        session = newSession;
        if (newSession != null) {
            newSession.addChangeListener(stateListener);
        }
        if (!control.isDisposed()) {
            reload();
        }
    }

    /**
     * Shows the code at {@code expression} (evaluated on the target, as the console does), or at the program
     * counter when it is empty, and keeps showing it there at each stop.
     */
    public void showAt(String expression) {
        where = expression.strip();
        if (!address.getText().strip().equals(where)) {
            address.setText(where);
        }
        reload();
    }

    private void stateChanged() {
        if (control.isDisposed() || session == null) {
            return;
        }
        TargetState now = session.targetState();
        if (!now.equals(shownState)) {
            reload();
        }
    }

    /** Throws the listing away and asks the target for a new one (UI thread). */
    public void reload() {
        generation++;
        loading = false;
        ended = false;
        setRows(List.of());
        WorkbenchChannel channel = session;
        if (channel == null) {
            shownState = null;
            say("No channel selected.");
            return;
        }
        TargetState state = channel.targetState();
        shownState = state;
        Optional<DebugControl> debug = channel.control();
        if (debug.isEmpty()) {
            say("No debugger here: " + channel.info().vm() + " is " + state.text() + ".");
            return;
        }
        if (!state.stopped()) {
            say(state.kind() == TargetState.Kind.RUNNING
                    ? "The target is running: break in to see its code (Run > Break)."
                    : "No code to show: the target is " + state.text() + ".");
            return;
        }
        say("Disassembling" + (where.isEmpty() ? " at the program counter" : " at " + where) + "...");
        int asked = generation;
        String expression = where;
        loading = true;
        run("Disassembling " + channel.info().vm(), () -> {
            DebugControl.Stop stop = debug.get().stop();
            long start = expression.isEmpty() ? stop.programCounter() : debug.get().evaluate(expression);
            List<Instruction> code = debug.get().disassemble(start, PAGE);
            return () -> {
                programCounter = stop.programCounter();
                next = start;
                if (code.isEmpty()) {
                    say(String.format(Locale.ROOT, "The memory at %016x is not readable.", start));
                    ended = true;
                    return;
                }
                say("");
                append(code);
            };
        }, asked);
    }

    /** Asks for the next page after the last row, unless a request is out or the listing has ended. */
    private void loadMore() {
        WorkbenchChannel channel = session;
        if (loading || ended || rows.isEmpty() || channel == null || channel.control().isEmpty()) {
            return;
        }
        if (rows.size() >= MAX_ROWS) {
            ended = true;
            say("The listing ends after " + MAX_ROWS + " rows: type an address to go on from there.");
            return;
        }
        DebugControl debug = channel.control().get();
        long from = next;
        int asked = generation;
        loading = true;
        run("Disassembling " + channel.info().vm(), () -> {
            List<Instruction> code = debug.disassemble(from, PAGE);
            return () -> {
                if (code.isEmpty()) {
                    ended = true;
                    say(String.format(Locale.ROOT, "The memory at %016x is not readable: the listing ends there.",
                            from));
                    return;
                }
                append(code);
            };
        }, asked);
    }

    /** Target work that returns what to do with its result on the UI thread. */
    @FunctionalInterface
    private interface Fetch {
        Runnable run() throws Exception;
    }

    /** Runs {@code fetch} in a Job; its result is applied on the UI thread while {@code asked} is current. */
    private void run(String name, Fetch fetch, int asked) {
        Display display = control.getDisplay();
        Job job = Job.create(name, monitor -> {
            Runnable apply;
            try {
                apply = fetch.run();
            } catch (UnsupportedOperationException e) {
                String why = e.getMessage();
                apply = () -> say(why);
            } catch (Exception e) {
                String why = e.getMessage() != null ? e.getMessage() : e.toString();
                apply = () -> say("Cannot disassemble: " + why);
            }
            Runnable result = apply;
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!control.isDisposed() && asked == generation) {
                        loading = false;
                        result.run();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Adds {@code code}'s rows: a label where the listing starts and where an export starts. */
    private void append(List<Instruction> code) {
        List<Row> more = new ArrayList<>(rows);
        for (Instruction i : code) {
            if (!i.label().isEmpty() && (more.isEmpty() || !i.label().contains("+"))) {
                more.add(new LabelRow(i.label()));
            }
            more.add(new CodeRow(i));
        }
        next = code.get(code.size() - 1).next();
        setRows(more);
    }

    private void setRows(List<Row> newRows) {
        int before = rows.size();
        boolean extend = newRows.size() >= before && newRows.subList(0, before).equals(rows);
        rows.clear();
        rows.addAll(newRows);
        if (!extend) {
            table.clearAll();
        }
        table.setItemCount(rows.size());
    }

    private void fill(TableItem item, Row row) {
        item.setText(texts(row).toArray(String[]::new));
        item.setFont(0, row instanceof LabelRow ? bold : null);
        item.setBackground(row instanceof CodeRow c && c.instruction().address() == programCounter ? highlight : null);
    }

    /** A row's column texts: {@code label:} alone, or address, bytes and instruction. */
    static List<String> texts(Row row) {
        return switch (row) {
            case LabelRow l -> List.of(l.label() + ":", "", "");
            case CodeRow c -> {
                Instruction i = c.instruction();
                StringBuilder hex = new StringBuilder();
                for (byte b : i.bytes()) {
                    hex.append(String.format(Locale.ROOT, "%02x", b & 0xFF));
                }
                yield List.of(String.format(Locale.ROOT, "%016x", i.address()), hex.toString(),
                        (String.format(Locale.ROOT, "%-7s ", i.mnemonic()) + i.operands()).strip());
            }
        };
    }

    private void say(String text) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
        ((GridData) message.getLayoutData()).exclude = text.isEmpty();
        control.layout();
    }

    /** The row index of the program counter's instruction, or -1 when it is not in the listing. */
    public int programCounterRow() {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof CodeRow c && c.instruction().address() == programCounter) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The rows as the table shows them, column texts per row (a label row has the label first); read from
     * the listing, so that asking does not page in more rows the way showing the last one does.
     */
    public List<List<String>> rowTexts() {
        return rows.stream().map(DisassemblyTable::texts).toList();
    }

    /** What the view says above the listing (empty when the listing speaks for itself). */
    public String message() {
        return message.getText();
    }

    /** The highlight the program counter's row has. */
    public Color highlight() {
        return highlight;
    }

    public Text getAddressField() {
        return address;
    }

    public Composite getControl() {
        return control;
    }

    public Table getTable() {
        return table;
    }
}
