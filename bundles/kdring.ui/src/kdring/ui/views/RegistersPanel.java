package kdring.ui.views;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import kdring.kd.debugger.ProcessorContext;
import kdring.ui.session.DebugControl;
import kdring.ui.session.TargetState;
import kdring.ui.session.WorkbenchChannel;

/**
 * The Registers view's control: the stopped processor's context in the layout's names (x64 or x86), values
 * that changed since the previous stop in red, a processor selector, and in-place edits written with
 * SetContext. It follows the channel: each stop or step refreshes it (the channel's change listener, no
 * polling); while the target runs it says so. Every request to the target runs in a Job; answers older than
 * the latest request are dropped. Confined to the UI thread (except the change listener, which only hops).
 */
public final class RegistersPanel {

    private final Composite control;
    private final Combo processors;
    private final Label status;
    private final Table table;
    private final TableEditor editor;
    private final RegisterRows.History history = new RegisterRows.History();
    private final Runnable listener = this::targetChanged;
    /** Counts the stops seen (any thread): a new number means a new stop, for the changed-value marks. */
    private final AtomicLong stops = new AtomicLong();
    private volatile TargetState lastSeen;
    /** The latest request; a Job whose number is older delivers nothing. UI thread. */
    private long request;
    private volatile WorkbenchChannel session;
    private ProcessorContext shown;
    private int shownProcessor = -1;
    /** The processor the user picked, or -1: follow the stop. */
    private int picked = -1;
    private Text editing;

    public RegistersPanel(Composite parent) {
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(2, false));
        new Label(control, SWT.NONE).setText("Processor:");
        processors = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
        processors.setToolTipText("The processor whose registers are shown (the one that stopped by default)");
        processors.addListener(SWT.Selection, e -> {
            picked = processors.getSelectionIndex();
            refresh();
        });
        // its own line, wrapped: "Processor 0 of 1 (x64): nt!KeTickHook+0x1 (exception 80000004 …)" is long
        status = new Label(control, SWT.WRAP);
        GridData line = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        line.widthHint = 200;
        status.setLayoutData(line);
        table = new Table(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setFont(JFaceResources.getTextFont());
        for (String[] column : new String[][] { { "Register", "80" }, { "Value", "200" } }) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        table.setToolTipText("Double-click a value (or press Enter) to change it; changed since the last stop: red");
        editor = new TableEditor(table);
        editor.horizontalAlignment = SWT.LEFT;
        editor.grabHorizontal = true;
        table.addListener(SWT.DefaultSelection, e -> {
            if (e.item instanceof TableItem item) {
                beginEdit(item.getText(0));
            }
        });
        control.addListener(SWT.Dispose, e -> setSession(null));
        setSession(null);
    }

    /** @return the panel */
    public Composite getControl() {
        return control;
    }

    /** @return the register table: name, value; red rows changed since the previous stop */
    public Table getTable() {
        return table;
    }

    /** @return the processor selector */
    public Combo getProcessors() {
        return processors;
    }

    /** @return what the panel says: where the target stopped, that it runs, or what failed */
    public String getStatus() {
        return status.getText();
    }

    /** @return the value shown for {@code register}, or empty when it is not shown */
    public Optional<String> value(String register) {
        for (TableItem item : table.getItems()) {
            if (item.getText(0).equals(register)) {
                return Optional.of(item.getText(1));
            }
        }
        return Optional.empty();
    }

    /** @return whether {@code register} is marked as changed since the previous stop */
    public boolean changed(String register) {
        for (TableItem item : table.getItems()) {
            if (item.getText(0).equals(register)) {
                return Boolean.TRUE.equals(item.getData("changed"));
            }
        }
        return false;
    }

    /** Shows {@code channel} (null: none) and follows its stops. UI thread. */
    public void setSession(WorkbenchChannel channel) {
        if (session != null) {
            session.removeChangeListener(listener);
        }
        session = channel;
        history.clear();
        picked = -1;
        lastSeen = null;
        if (channel != null) {
            channel.addChangeListener(listener);
        }
        refresh();
    }

    /** Any thread: the target state may have changed; counts a new stop and refreshes on the UI thread. */
    private void targetChanged() {
        WorkbenchChannel channel = session;
        if (channel != null) {
            TargetState now = channel.targetState();
            if (now.stopped() && !now.equals(lastSeen)) {
                stops.incrementAndGet();
            }
            lastSeen = now;
        }
        Display display = control.isDisposed() ? null : control.getDisplay();
        if (display != null && !display.isDisposed()) {
            display.asyncExec(() -> {
                if (!control.isDisposed()) {
                    refresh();
                }
            });
        }
    }

    /** Reads the registers again (or says why there are none). UI thread. */
    public void refresh() {
        refresh(0);
    }

    /**
     * How often a read is tried again when the channel says stopped but the debugger does not yet: the story
     * tells a stop when the bytes cross, a moment before the debugger that waits for them has taken them.
     */
    static final int RETRIES = 20;
    static final long RETRY_MILLIS = 250;

    private void refresh(int attempt) {
        long mine = ++request;
        cancelEdit();
        if (session == null) {
            clear("No channel: pick one in the Channels view.");
            return;
        }
        TargetState state = session.targetState();
        Optional<DebugControl> debug = session.control();
        if (!state.stopped() || debug.isEmpty()) {
            clear(notStopped(state, debug.isPresent()));
            return;
        }
        if (lastSeen == null) {
            lastSeen = state;
            stops.incrementAndGet();
        }
        long stop = stops.get();
        int wanted = picked;
        status.setText("Reading registers\u2026");
        DebugControl target = debug.get();
        WorkbenchChannel channel = session;
        TargetJob.schedule(control, "Read registers", attempt == 0 ? 0 : RETRY_MILLIS, () -> {
            DebugControl.Stop where = target.stop();
            int processor = RegisterRows.chooseProcessor(where.processorCount(), where.processor(), wanted);
            ProcessorContext context = target.registers(processor);
            return () -> show(mine, stop, where, processor, context);
        }, why -> {
            if (mine != request) {
                return;
            }
            if (attempt < RETRIES && channel == session && channel.targetState().stopped()
                    && why.contains("running")) {
                refresh(attempt + 1);
            } else {
                status.setText(why);
            }
        });
    }

    private static String notStopped(TargetState state, boolean hasDebugger) {
        if (!hasDebugger) {
            return "This channel has no debugger of kdring's (" + state.text() + ").";
        }
        return switch (state.kind()) {
            case RUNNING -> "The target is running: break in (Ctrl+Break) to see its registers.";
            case WAITING -> "No target yet: " + state.text() + ".";
            case OFFLINE -> "An offline capture has no registers to read.";
            default -> "No registers: the target is " + state.text() + ".";
        };
    }

    private void show(long mine, long stop, DebugControl.Stop where, int processor, ProcessorContext context) {
        if (mine != request) {
            return;
        }
        List<String> labels = RegisterRows.processorLabels(where.processorCount(), where.processor());
        if (!labels.equals(List.of(processors.getItems()))) {
            processors.setItems(labels.toArray(String[]::new));
        }
        processors.select(processor);
        processors.setEnabled(true);
        shown = context;
        shownProcessor = processor;
        fill(history.update(processor, stop, context));
        status.setText(String.format(Locale.ROOT, "Processor %d of %d (%s): %s", processor, where.processorCount(),
                context.layout() == ProcessorContext.Layout.AMD64 ? "x64" : "x86", where.description()));
        control.layout(true);
    }

    private void fill(List<RegisterRows.Row> rows) {
        Display display = control.getDisplay();
        table.setRedraw(false);
        try {
            table.setItemCount(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                RegisterRows.Row row = rows.get(i);
                TableItem item = table.getItem(i);
                item.setText(new String[] { row.name(), row.value() });
                item.setData("changed", row.changed());
                item.setForeground(1, row.changed() ? display.getSystemColor(SWT.COLOR_RED) : null);
                item.setForeground(0, row.changed() ? display.getSystemColor(SWT.COLOR_RED) : null);
            }
        } finally {
            table.setRedraw(true);
        }
    }

    private void clear(String why) {
        shown = null;
        shownProcessor = -1;
        table.removeAll();
        processors.setEnabled(false);
        status.setText(why);
        control.layout(true);
    }

    /**
     * Opens the in-place editor on {@code register}'s value (what a double-click does). UI thread.
     *
     * @return the editor's text field, or empty when no such register is shown
     */
    public Optional<Text> beginEdit(String register) {
        cancelEdit();
        if (shown == null) {
            return Optional.empty();
        }
        ProcessorContext.Register r = shown.layout().register(register);
        TableItem item = null;
        for (TableItem candidate : table.getItems()) {
            if (candidate.getText(0).equals(register)) {
                item = candidate;
            }
        }
        if (r == null || item == null) {
            return Optional.empty();
        }
        Text text = new Text(table, SWT.SINGLE);
        text.setFont(table.getFont());
        text.setText(item.getText(1));
        text.selectAll();
        editor.setEditor(text, item, 1);
        text.setFocus();
        editing = text;
        ProcessorContext context = shown;
        int processor = shownProcessor;
        text.addListener(SWT.DefaultSelection, e -> commit(text, r, processor, context));
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                cancelEdit();
            }
        });
        return Optional.of(text);
    }

    private void commit(Text text, ProcessorContext.Register r, int processor, ProcessorContext context) {
        long value;
        try {
            value = RegisterRows.parse(r, text.getText());
        } catch (IllegalArgumentException refused) {
            // refused in place: the editor stays open with the reason, nothing is written
            text.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_RED));
            text.setToolTipText(refused.getMessage());
            status.setText("Not written: " + refused.getMessage());
            return;
        }
        cancelEdit();
        if (context.get(r.name()) == value) {
            return;
        }
        Optional<DebugControl> debug = session == null ? Optional.empty() : session.control();
        if (debug.isEmpty()) {
            return;
        }
        long mine = ++request;
        long stop = stops.get();
        status.setText("Writing " + r.name() + "\u2026");
        DebugControl target = debug.get();
        schedule("Write register " + r.name(), () -> {
            ProcessorContext now = target.setRegister(processor, r.name(), value);
            DebugControl.Stop where = target.stop();
            return () -> {
                show(mine, stop, where, processor, now);
                if (mine == request) {
                    status.setText(String.format(Locale.ROOT, "%s = %s written (SetContext); processor %d",
                            r.name(), RegisterRows.format(r, now.get(r.name())), processor));
                }
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
