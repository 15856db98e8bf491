package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.model.story.StoryEvent;
import kdring.ui.actions.ChannelAction;
import kdring.ui.actions.ChannelJobs;
import kdring.ui.commands.ChannelHandler;
import kdring.ui.console.ConsoleHistory;
import kdring.ui.console.ConsolePane;
import kdring.ui.session.TargetState;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;
import kdring.ui.views.EventsTable;

/**
 * The Console view's pane against the real demo VM under Xvfb: {@code bp} on an export of the reference guest
 * and {@code g} print the hit (the prompt says {@code *BUSY*} until the stop) and the Events view has
 * "breakpoint 0 hit at nt!KeTickHook"; Up and Down walk the history, which a new console on the same channel
 * finds again; Tab completes {@code l} to {@code lm}; {@code t} advances; {@code .reboot} and bad lines get
 * their one-line errors; Step Over from its command handler moves the program counter, and the console prints
 * that stop, which it did not cause.
 */
@Tag("vm")
class ConsoleVmUiTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private DemoVmShell vm;
    private Display display;
    private Shell shell;
    private WorkbenchChannel demo;
    private final List<ChannelHandler> handlers = new ArrayList<>();
    /** The histories, as the workbench's preferences would keep them between two consoles. */
    private final Map<String, List<String>> kept = new HashMap<>();

    @BeforeEach
    void open() {
        vm = DemoVmShell.open("kd> console", 1200, 600);
        display = vm.display();
        shell = vm.shell();
    }

    @AfterEach
    void close() throws Exception {
        handlers.forEach(ChannelHandler::dispose);
        vm.close();
    }

    private ConsoleHistory.Store store(WorkbenchChannel channel) {
        String key = channel.info().key();
        return new ConsoleHistory.Store() {
            @Override
            public List<String> load() {
                return kept.getOrDefault(key, List.of());
            }

            @Override
            public void save(List<String> lines) {
                kept.put(key, lines);
            }
        };
    }

    @Test
    void breakpointHitHistoryCompletionStepsAndRefusalsInTheConsole() throws Exception {
        demo = vm.launch("ui-console", dir);
        WorkbenchChannels.getDefault().select(demo);
        SashForm split = new SashForm(shell, SWT.VERTICAL);
        ConsolePane console = new ConsolePane(split, this::store);
        EventsTable events = new EventsTable(split);
        console.setSession(demo);
        events.setSession(demo);
        shell.open();

        UiTestSupport.waitUntil(display, WAIT, "the target running on the ring",
                () -> demo.targetState().kind() == TargetState.Kind.RUNNING);
        assertTrue(console.prompt().equals(ConsolePane.PROMPT));
        String running = run(console, "r");
        assertTrue(running.contains("break in first"), running);
        assertTrue(CaptureUiTest.finish(display, ChannelJobs.breakIn(display, demo)).isOK());
        UiTestSupport.waitUntil(display, WAIT, "the target stopped",
                () -> demo.targetState().kind() == TargetState.Kind.STOPPED);
        // the break-in from Run > Break, which the console did not cause, is printed
        UiTestSupport.waitUntil(display, WAIT, "the break-in in the console", () -> console.output().getText()
                .contains("stopped: exception 0x80000003 (breakpoint)"), () -> tail(console));

        // bp on an export of the reference guest, g: BUSY until the stop, then the hit; Events names the breakpoint
        String set = run(console, "bp nt!KeTickHook");
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("breakpoint 0 at (fffff800[0-9a-f]{8}) nt!KeTickHook\n$")
                .matcher(set);
        assertTrue(at.find(), tail(console));
        long hookAddress = Long.parseUnsignedLong(at.group(1), 16);
        Job go = console.submit("g");
        assertEquals(ConsolePane.BUSY, console.prompt(), "the prompt says the target runs");
        assertEquals("Debuggee is running...", console.input().getMessage());
        CaptureUiTest.finish(display, go);
        UiTestSupport.waitUntil(display, WAIT, "the hit in the console and the prompt back",
                () -> console.output().getText().endsWith("kd> g\nBreakpoint 0 hit\nnt!KeTickHook:\n")
                        && console.prompt().equals(ConsolePane.PROMPT),
                () -> console.output().getText());
        UiTestSupport.waitUntil(display, WAIT, "the breakpoint event in the Events view", () -> {
            events.flush();
            for (TableItem row : events.getTable().getItems()) {
                if (row.getText(1).equals(StoryEvent.Kind.STOPPED.label())
                        && row.getText(2).startsWith("breakpoint 0 hit at nt!KeTickHook: exception 0x80000003")) {
                    return true;
                }
            }
            return false;
        }, () -> demo.story().events(Set.of(StoryEvent.Kind.STOPPED), 0, 100).events().toString());
        assertFalse(console.output().getText().contains("stopped: breakpoint"), "the console's own stop is printed "
                + "once, by its g: " + tail(console));

        // Up recalls the last command, and the one before; Down comes back to what was typed
        console.input().setText("db r");
        key(console, SWT.ARROW_UP);
        assertEquals("g", console.input().getText());
        key(console, SWT.ARROW_UP);
        assertEquals("bp nt!KeTickHook", console.input().getText());
        key(console, SWT.ARROW_DOWN);
        assertEquals("g", console.input().getText());
        key(console, SWT.ARROW_DOWN);
        assertEquals("db r", console.input().getText());

        // Tab: l -> lm, a register after r, a module after db
        assertEquals("lm ", tab(console, "l"));
        assertEquals("r rip", tab(console, "r ri"));
        assertEquals("db hal!", tab(console, "db ha"));
        assertEquals("bp n", tab(console, "bp n"), "nt!, ndis!, Ntfs! ... fit: their common prefix, as typed");
        String offered = tail(console);
        assertTrue(offered.contains("nt!") && offered.contains("ndis!") && offered.contains("Ntfs!"), offered);
        assertEquals("b", tab(console, "b"));
        assertTrue(console.output().getText().endsWith("bc  bd  be  bl  bp\n"), console.output().getText());
        console.input().setText("");

        // t advances one instruction (push rbp)
        assertTrue(run(console, "t").endsWith("kd> t\nnt!KeTickHook+0x1:\n"), console.output().getText());

        // k: the call stack, at least two frames named module!export+offset (the hook, then its caller)
        String stack = run(console, "k");
        assertTrue(stack.matches("(?s).*kd> k\n # Child-SP[^\n]*\n00 [0-9a-f]{16} [0-9a-f]{16} nt!KeTickHook\\+0x1 [^\n]*\n"
                + "01 [0-9a-f]{16} \\S+ nt!\\w+\\+0x[0-9a-f]+ .*"), tail(console));

        // .reboot is refused, bad lines get one line each and the console goes on
        assertTrue(run(console, ".reboot").contains("kd> .reboot\n.reboot refused: "), console.output().getText());
        assertTrue(run(console, "frobnicate").matches("(?s).*kd> frobnicate\nunknown command frobnicate \\(known: r, "
                + "db, [^\n]*\\)\n"), tail(console));
        String longLine = "db " + "z".repeat(5000);
        assertTrue(run(console, longLine).endsWith("\nunknown term '" + "z".repeat(5000) + "' in " + "z".repeat(5000)
                + ": not a number, register, module or module!export\n"), tail(console));
        // 64 KiB dumped (4,096 lines) with a heartbeat on the UI thread: the command ran off it
        UiStall stall = new UiStall(display).start();
        String dumped = run(console, "db nt!KeTickHook L10000");
        long stallMillis = stall.stopMillis();
        System.out.printf("kdring ui: console db of 64 KiB: longest UI-thread stall %d ms%n", stallMillis);
        assertTrue(dumped.contains(String.format("%016x  55 ", hookAddress)), "the dump starts at KeTickHook, the "
                + "breakpoint shown as the byte it replaced: " + tail(console));
        assertTrue(stallMillis < 2000, "the UI thread stalled for " + stallMillis + " ms");
        assertTrue(run(console, "bd 0").endsWith("kd> bd 0\n"));
        assertTrue(run(console, "bl").matches("(?s).*kd> bl\n 0 d fffff800[0-9a-f]{8}     nt!KeTickHook\n"),
                tail(console));

        // Step Over from its command handler: the program counter moves, and the console prints that stop
        ChannelHandler stepOver = new ChannelHandler(ChannelAction.STEP_OVER);
        handlers.add(stepOver);
        UiTestSupport.waitUntil(display, WAIT, "Step Over enabled on the stopped target", stepOver::isEnabled);
        long before = demo.targetState().address();
        assertTrue(before != 0, demo.targetState().text());
        int stopsBefore = stops();
        stepOver.execute(new ExecutionEvent());
        UiTestSupport.waitUntil(display, WAIT, "a new stop after Step Over",
                () -> stops() > stopsBefore && demo.targetState().stopped(), () -> demo.targetState().text());
        long after = demo.targetState().address();
        assertEquals(before + 3, after, "mov %rsp,%rbp stepped: " + demo.targetState().text());
        UiTestSupport.waitUntil(display, WAIT, "the console prints the stop it did not cause",
                () -> console.output().getText().contains("stopped: exception 0x80000004 (single step)"),
                () -> tail(console));
        assertTrue(run(console, "r rip").endsWith(String.format("rip=%016x\n", after)), tail(console));
        Screenshots.save(shell, "console.png");

        // Step Into at KeTickHook+4 (call KeTickWork) enters it; Run to Address comes back after the call
        long hook = before - 1;
        assertEquals(hookAddress, hook);
        ChannelHandler stepInto = new ChannelHandler(ChannelAction.STEP_INTO);
        handlers.add(stepInto);
        UiTestSupport.waitUntil(display, WAIT, "Step Into enabled on the stopped target", stepInto::isEnabled);
        int stopsBeforeInto = stops();
        stepInto.execute(new ExecutionEvent());
        UiTestSupport.waitUntil(display, WAIT, "a new stop after Step Into",
                () -> stops() > stopsBeforeInto && demo.targetState().stopped(), () -> demo.targetState().text());
        long work = demo.targetState().address();
        assertTrue(work != hook + 9 && work != hook + 4, "into the call: " + demo.targetState().text());
        assertTrue(CaptureUiTest.finish(display, ChannelJobs.runTo(display, demo, "nt!KeTickHook+9")).isOK());
        UiTestSupport.waitUntil(display, WAIT, "stopped after the call", () -> demo.targetState().address() == hook + 9,
                () -> demo.targetState().text());
        // the console prints that stop, the run's temporary breakpoint named (before the next command's output)
        UiTestSupport.waitUntil(display, WAIT, "the run's stop in the console", () -> console.output().getText()
                .contains("stopped: breakpoint 1 hit at nt!KeTickHook+0x9: exception 0x80000003"), () -> tail(console));
        assertTrue(run(console, "bl").endsWith("kd> bl\n 0 d fffff800" + String.format("%08x", hook & 0xFFFFFFFFL)
                + "     nt!KeTickHook\n"), "the run's temporary breakpoint is gone: " + tail(console));
        assertEquals(null, ChannelHandler.checkRunToInput("nt!KeTickHook+9"));
        assertEquals("Give an address expression", ChannelHandler.checkRunToInput(" "));

        // a second console on the same channel (as after a restart) finds the history
        Shell again = new Shell(display);
        try {
            again.setLayout(new FillLayout());
            ConsolePane second = new ConsolePane(again, this::store);
            second.setSession(demo);
            assertEquals(List.of("r", "bp nt!KeTickHook", "g", "t", "k", ".reboot", "frobnicate", longLine.substring(0, ConsoleHistory.MAX_LINE),
                    "db nt!KeTickHook L10000", "bd 0", "bl",
                    "r rip", "bl"), second.history().lines());
            key(second, SWT.ARROW_UP);
            assertEquals("bl", second.input().getText());
        } finally {
            again.dispose();
        }

        assertTrue(run(console, "bc *").endsWith("kd> bc *\n"));
        Job resume = console.submit("g");
        // nothing stops the target now: Break ends the g, and its prompt comes back at that stop
        UiTestSupport.waitUntil(display, WAIT, "the target running under g",
                () -> demo.targetState().kind() == TargetState.Kind.RUNNING);
        assertEquals(ConsolePane.BUSY, console.prompt());
        assertTrue(CaptureUiTest.finish(display, ChannelJobs.breakIn(display, demo)).isOK());
        CaptureUiTest.finish(display, resume);
        UiTestSupport.waitUntil(display, WAIT, "the prompt back after the break-in",
                () -> console.prompt().equals(ConsolePane.PROMPT) && console.output().getText().contains(
                        "kd> g\nBreak instruction exception - code 80000003\n"), () -> tail(console));
    }

    private int stops() {
        return demo.story().events(Set.of(StoryEvent.Kind.STOPPED), 0, 10_000).events().size();
    }

    /** Types {@code line} and runs it as Enter does; waits for its output; @return the console's whole output. */
    private String run(ConsolePane console, String line) {
        console.input().setText(line);
        Event enter = new Event();
        enter.keyCode = SWT.CR;
        enter.character = '\r';
        enter.doit = true;
        console.input().notifyListeners(SWT.KeyDown, enter);
        assertEquals("", console.input().getText(), "Enter took the line");
        assertEquals(ConsolePane.BUSY, console.prompt(), "a command runs");
        // the prompt comes back when the command's output has been printed
        UiTestSupport.waitUntil(display, WAIT, "the output of " + line,
                () -> console.prompt().equals(ConsolePane.PROMPT), () -> tail(console));
        return console.output().getText();
    }

    private static void key(ConsolePane console, int keyCode) {
        Event e = new Event();
        e.keyCode = keyCode;
        e.doit = true;
        console.input().notifyListeners(SWT.KeyDown, e);
    }

    private static String tab(ConsolePane console, String typed) {
        console.input().setText(typed);
        console.input().setSelection(typed.length());
        Event e = new Event();
        e.detail = SWT.TRAVERSE_TAB_NEXT;
        e.doit = true;
        console.input().notifyListeners(SWT.Traverse, e);
        assertNotNull(console.input().getText());
        return console.input().getText();
    }

    private static String tail(ConsolePane console) {
        String text = console.output().getText();
        return text.substring(Math.max(0, text.length() - 600));
    }
}
