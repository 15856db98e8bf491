package kdring.ui.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import kdring.kd.debugger.ProcessorContext;
import kdring.kd.observer.LoadedModule;
import kdring.model.capture.CaptureFormat;
import kdring.model.story.StoryEvent;
import kdring.ui.session.DebugControl;
import kdring.ui.session.WorkbenchChannel;

/**
 * The {@code kd>} console of the selected channel: an output area and an input line. A line runs in a Job
 * (never the UI thread), one at a time and in order; the output shows it echoed after {@code kd>}, then what
 * it printed or its one-line error. While a command runs the prompt says {@code *BUSY*} (a {@code g} that
 * lets the target run says so) and comes back when the command ends (at the stop). Stops the console did
 * not cause (Go or a step from the toolbar, a break-in) are printed as they come. Up/Down walk the channel's
 * history, kept across restarts; Tab completes commands, then register and module names (the first command
 * that succeeds on a channel whose module table is empty walks it, once).
 * <p>
 * Confined to the UI thread, except the stop listener, which hops to it.
 */
public final class ConsolePane {

    /** Characters of output kept per channel (the oldest go). */
    public static final int MAX_OUTPUT = 512 * 1024;
    /** The prompt while no command runs. */
    public static final String PROMPT = "kd>";
    /** The prompt while a command runs. */
    public static final String BUSY = "*BUSY*";

    private final Composite control;
    private final StyledText output;
    private final Label prompt;
    private final Text input;
    private final Function<WorkbenchChannel, ConsoleHistory.Store> stores;
    /** One command at a time, in order, per console. */
    private final ISchedulingRule oneAtATime = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };
    private final WorkbenchChannel.StopListener stopListener = this::stoppedElsewhere;
    /** Channels whose module table this console had walked because it was empty (once each); any thread. */
    private final java.util.Set<String> walked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Other channels' output while they are not shown, by channel key. */
    private final Map<String, String> kept = new LinkedHashMap<>();

    private WorkbenchChannel session;
    private ConsoleHistory history = ConsoleHistory.inMemory();
    /** Stops told while a command ran, printed after its output. UI thread. */
    private final List<String> heldStops = new ArrayList<>();
    /** Commands scheduled and not yet printed. UI thread. */
    private int pending;
    private String runningLine = "";
    /** When the command in flight started and ended (epoch nanos, as the story stamps events); any thread. */
    private volatile long commandStart = Long.MAX_VALUE;
    private volatile long commandEnd = Long.MIN_VALUE;

    /** A console whose history is kept by {@code stores} per channel. */
    public ConsolePane(Composite parent, Function<WorkbenchChannel, ConsoleHistory.Store> stores) {
        this.stores = stores;
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        control.setLayout(layout);
        output = new StyledText(control, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        output.setFont(JFaceResources.getTextFont());
        output.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        prompt = new Label(control, SWT.NONE);
        prompt.setFont(JFaceResources.getTextFont());
        prompt.setText(PROMPT);
        input = new Text(control, SWT.SINGLE | SWT.BORDER);
        input.setFont(JFaceResources.getTextFont());
        input.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        input.setMessage("a kd> command: r, db rsp, bp nt!KeTickHook, g, t, p, k, lm (Tab completes, Up recalls)");
        input.addListener(SWT.KeyDown, this::key);
        input.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = false;
                e.detail = SWT.TRAVERSE_NONE;
                complete();
            } else if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                e.detail = SWT.TRAVERSE_NONE;
                submitInput();
            }
        });
        control.addListener(SWT.Dispose, e -> detach());
    }

    private void key(Event e) {
        switch (e.keyCode) {
            case SWT.ARROW_UP -> {
                e.doit = false;
                show(history.previous(input.getText()));
            }
            case SWT.ARROW_DOWN -> {
                e.doit = false;
                show(history.next());
            }
            case SWT.CR, SWT.KEYPAD_CR -> {
                e.doit = false;
                submitInput();
            }
            default -> {
                if (e.character == '\t') {
                    e.doit = false; // completed on traverse; never typed into the line
                }
            }
        }
    }

    private void show(String line) {
        input.setText(line);
        input.setSelection(line.length());
    }

    /** Shows {@code newSession}'s console (null: none); its history is loaded, the last one's output kept. */
    public void setSession(WorkbenchChannel newSession) {
        if (newSession == session) {
            return;
        }
        if (session != null) {
            keep(session.info().key(), output.getText());
        }
        detach();
        heldStops.clear();
        session = newSession;
        if (control.isDisposed()) {
            return;
        }
        output.setText("");
        if (newSession == null) {
            history = ConsoleHistory.inMemory();
            append("No channel is selected: launch the demo VM or attach to a VM.\n", SWT.COLOR_DARK_GRAY);
            return;
        }
        history = new ConsoleHistory(stores.apply(newSession));
        String before = kept.remove(newSession.info().key());
        if (before != null) {
            append(before, SWT.NONE);
        } else {
            append("kd> console of " + newSession.info().vm() + (newSession.control().isEmpty()
                    ? ": a capture reopened offline has no debugger" : ": break in first (Run > Break)") + "\n",
                    SWT.COLOR_DARK_GRAY);
        }
        newSession.addStopListener(stopListener);
    }

    /** Keeps a channel's output while another is shown: the newest {@link #MAX_OUTPUT} characters, 16 channels. */
    private void keep(String key, String text) {
        kept.remove(key);
        kept.put(key, text.length() > MAX_OUTPUT ? text.substring(text.length() - MAX_OUTPUT) : text);
        while (kept.size() > 16) {
            kept.remove(kept.keySet().iterator().next());
        }
    }

    private void detach() {
        if (session != null) {
            session.removeStopListener(stopListener);
        }
    }

    private void submitInput() {
        String line = input.getText();
        input.setText("");
        submit(line);
    }

    /**
     * Runs {@code line} as if typed and Enter pressed: echoed, kept in the history, run in a Job on the
     * current channel. UI thread.
     *
     * @return the Job, or null when nothing ran (an empty line, no channel or no debugger: the output says so)
     */
    public Job submit(String line) {
        String command = line.replace('\r', ' ').replace('\n', ' ').strip();
        append(PROMPT + " " + command + "\n", SWT.COLOR_DARK_BLUE);
        if (command.isEmpty()) {
            return null;
        }
        history.add(command);
        WorkbenchChannel target = session;
        if (target == null) {
            append("no channel is selected\n", SWT.COLOR_RED);
            return null;
        }
        DebugControl debug = target.control().orElse(null);
        if (debug == null) {
            append(target.info().vm() + " has no debugger in this workbench (a capture reopened offline)\n",
                    SWT.COLOR_RED);
            return null;
        }
        pending++;
        runningLine = command;
        updatePrompt();
        Display display = control.getDisplay();
        Job job = new Job("kd> " + command + " on " + target.info().vm()) {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                commandStart = CaptureFormat.epochNanos(System.nanoTime());
                commandEnd = Long.MAX_VALUE;
                String printed;
                boolean failed = false;
                try {
                    printed = debug.console(command);
                } catch (Exception | LinkageError e) {
                    printed = errorText(e);
                    failed = true;
                } finally {
                    commandEnd = CaptureFormat.epochNanos(System.nanoTime());
                }
                if (!failed && target.modules().isEmpty() && walked.add(target.info().key())) {
                    try {
                        debug.listModules(); // once: the module names Tab completes (and the Modules view) need it
                    } catch (Exception e) {
                        // completion offers no module names; the command's own output is what matters
                    }
                }
                String text = printed;
                boolean error = failed;
                if (!display.isDisposed()) {
                    display.asyncExec(() -> printed(target, text, error));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ConsolePane.this;
            }
        };
        job.setRule(oneAtATime);
        job.setSystem(true);
        job.schedule();
        return job;
    }

    /** The one line an exception shows as. */
    static String errorText(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        } else if (e instanceof TimeoutException) {
            message = message + " (the target may still be running: Run > Break stops it)";
        }
        return message.replace('\n', ' ').strip();
    }

    private void printed(WorkbenchChannel target, String text, boolean error) {
        pending--;
        if (control.isDisposed()) {
            return;
        }
        updatePrompt();
        if (target != session) {
            keep(target.info().key(), kept.getOrDefault(target.info().key(), "") + text + "\n");
        } else if (!text.isEmpty()) {
            append(text.endsWith("\n") ? text : text + "\n", error ? SWT.COLOR_RED : SWT.NONE);
        }
        heldStops.forEach(line -> append(line, SWT.COLOR_DARK_RED));
        heldStops.clear();
    }

    /** Story thread: a stop the console did not cause is printed (one the console awaited it prints itself). */
    private void stoppedElsewhere(StoryEvent stop) {
        long at = stop.nanos();
        if (at >= commandStart && at <= commandEnd) {
            return;
        }
        Display display = control.getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (control.isDisposed()) {
                    return;
                }
                String line = "stopped: " + stop.detail() + "\n";
                if (pending > 0) {
                    heldStops.add(line); // printed after the running command's output, not inside it
                } else {
                    append(line, SWT.COLOR_DARK_RED);
                }
            });
        }
    }

    private void updatePrompt() {
        String first = runningLine.split("\\s+")[0].toLowerCase(Locale.ROOT);
        boolean running = pending > 0 && List.of("g", "t", "p").contains(first);
        prompt.setText(pending == 0 ? PROMPT : BUSY);
        prompt.setToolTipText(pending == 0 ? "kd> takes a command"
                : running ? "the target is running; the prompt comes back at the stop (Run > Break stops it)"
                : "a command runs");
        input.setMessage(pending == 0 ? "a kd> command (Tab completes, Up recalls)"
                : running ? "Debuggee is running..." : "a command runs...");
        control.layout(true);
    }

    /** Tab: completes the input line's last word; several candidates are listed in the output. */
    public void complete() {
        String line = input.getText().substring(0, input.getCaretPosition());
        ConsoleCompletion.Result result = completion().complete(line);
        String completed = result.apply(line);
        String rest = input.getText().substring(input.getCaretPosition());
        input.setText(completed + rest);
        input.setSelection(completed.length());
        if (result.candidates().size() > 1) {
            append(String.join("  ", result.candidates()) + "\n", SWT.COLOR_DARK_GRAY);
        }
    }

    private ConsoleCompletion completion() {
        List<String> commands = new ArrayList<>();
        List<String> modules = new ArrayList<>();
        if (session != null) {
            session.control().ifPresent(c -> commands.addAll(c.consoleCommands()));
            List<LoadedModule> table = session.modules();
            for (int i = 0; i < table.size(); i++) {
                modules.add(i == 0 ? "nt" : shortName(table.get(i).name()));
            }
        }
        List<String> registers = ProcessorContext.Layout.AMD64.registers().stream().map(ProcessorContext.Register::name)
                .toList();
        return new ConsoleCompletion(commands, registers, modules);
    }

    private static String shortName(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private void append(String text, int color) {
        int start = output.getCharCount();
        output.append(text);
        if (color != SWT.NONE) {
            StyleRange style = new StyleRange(start, text.length(), output.getDisplay().getSystemColor(color), null);
            output.setStyleRange(style);
        }
        int excess = output.getCharCount() - MAX_OUTPUT;
        if (excess > 0) {
            output.replaceTextRange(0, excess, "");
        }
        output.setTopIndex(Math.max(0, output.getLineCount() - 1));
    }

    /** Empties the output (the history stays). */
    public void clear() {
        output.setText("");
    }

    /** Copies the selected output, or all of it when nothing is selected, to the clipboard. */
    public void copy() {
        String text = output.getSelectionCount() > 0 ? output.getSelectionText() : output.getText();
        if (text.isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(control.getDisplay());
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    /** @return the console's control */
    public Composite getControl() {
        return control;
    }

    /** @return the output area */
    public StyledText output() {
        return output;
    }

    /** @return the input line */
    public Text input() {
        return input;
    }

    /** @return the prompt: {@link #PROMPT}, or {@link #BUSY} while a command runs */
    public String prompt() {
        return prompt.getText();
    }

    /** @return the current channel's history */
    public ConsoleHistory history() {
        return history;
    }
}
