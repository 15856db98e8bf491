package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.ui.actions.ChannelJobs;
import kdring.ui.session.DebugControl;
import kdring.ui.session.TargetState;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.views.DisassemblyTable;

/**
 * The Disassembly view's table on the demo VM (the reference guest, ring transport), disassembled by Debian's
 * Capstone: a running target is said to run; after a break-in the program counter's instruction (the int3 of
 * nt!DbgBreakPointWithStatus) is highlighted under its label; typing an export shows that function; scrolling to
 * the end pages in more; a breakpoint hit and a single step move the highlight with the target; and running
 * again is said again.
 */
@Tag("vm")
class DisassemblyVmUiTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private DemoVmShell vm;
    private Display display;
    private Shell shell;
    private WorkbenchChannel demo;

    @BeforeEach
    void open() {
        vm = DemoVmShell.open("disassembly", 1000, 520);
        display = vm.display();
        shell = vm.shell();
    }

    @AfterEach
    void close() throws Exception {
        vm.close();
    }

    @Test
    void followsTheStopShowsTypedExportsAndPages() throws Exception {
        demo = vm.launch("ui-disasm", dir);
        DisassemblyTable view = new DisassemblyTable(shell);
        view.setSession(demo);
        shell.open();
        UiTestSupport.waitUntil(display, WAIT, "the view saying the target runs",
                () -> view.message().contains("The target is running"), view::message);
        assertEquals(0, view.rowTexts().size());

        // break in: the program counter's row, highlighted, under the export's label (cc: the break-in's int3)
        assertTrue(CaptureUiTest.finish(display, ChannelJobs.breakIn(display, demo)).isOK());
        DebugControl control = demo.control().orElseThrow();
        long pc = control.stop().programCounter();
        UiTestSupport.waitUntil(display, WAIT, "the code at the program counter", () -> view.programCounterRow() >= 0,
                () -> view.message() + " " + view.rowTexts());
        List<List<String>> rows = view.rowTexts();
        int at = view.programCounterRow();
        assertEquals(1, at, rows.toString());
        assertEquals(List.of("nt!DbgBreakPointWithStatus:", "", ""), rows.get(0));
        assertEquals(List.of(String.format("%016x", pc), "cc", "int3"), rows.get(1));
        assertEquals(List.of(String.format("%016x", pc + 1), "c3", "ret"), rows.get(2));
        assertEquals(view.highlight(), view.getTable().getItem(at).getBackground(), "the program counter's row");
        assertTrue(!view.highlight().equals(view.getTable().getItem(at + 1).getBackground()), "only that row");
        assertEquals("", view.message());
        Screenshots.save(shell, "disassembly-at-rip.png");

        // an export typed into the address field: that function, from its first instruction
        long hook = control.evaluate("nt!KeTickHook");
        long tickWork = control.evaluate("nt!KeTickWork");
        view.getAddressField().setText("nt!KeTickHook");
        view.getAddressField().notifyListeners(SWT.DefaultSelection, new Event());
        UiTestSupport.waitUntil(display, WAIT, "KeTickHook's code",
                () -> !view.rowTexts().isEmpty() && view.rowTexts().get(0).get(0).equals("nt!KeTickHook:"),
                () -> view.message() + " " + view.rowTexts());
        rows = view.rowTexts();
        assertEquals(List.of(String.format("%016x", hook), "55", "push    rbp"), rows.get(1));
        assertEquals(List.of(String.format("%016x", hook + 1), "4889e5", "mov     rbp, rsp"), rows.get(2));
        assertEquals(String.format("call    0x%x", tickWork), rows.get(3).get(2));
        assertTrue(rows.contains(List.of("nt!KeTickWork:", "", "")), "the next export's label: " + rows);
        assertEquals(-1, view.programCounterRow(), "the program counter is elsewhere");
        Screenshots.save(shell, "disassembly-typed-export.png");

        // scrolled to the end: the next page comes in after the last row
        int before = rows.size();
        String lastAddress = rows.get(before - 1).get(0);
        view.getTable().showItem(view.getTable().getItem(before - 1));
        UiTestSupport.waitUntil(display, WAIT, "a second page", () -> view.rowTexts().size() > before,
                () -> view.message() + " " + view.rowTexts().size());
        long following = Long.parseUnsignedLong(lastAddress, 16) + rows.get(before - 1).get(1).length() / 2;
        String firstNew = view.rowTexts().subList(before, view.rowTexts().size()).stream().map(r -> r.get(0))
                .filter(a -> a.matches("[0-9a-f]{16}")).findFirst().orElseThrow();
        assertEquals(String.format("%016x", following), firstNew, "the page goes on right after " + lastAddress);

        // back to the program counter; a breakpoint hit and a step move the highlight with the target
        view.showAt("");
        control.setBreakpoint("nt!KeTickHook");
        // the console's g waits for the stop, so kdring's debugger owns it (Run > Go returns at once, and then
        // nothing tells the built-in debugger that the target stopped again: a gap of the breakpoint work)
        assertEquals("Breakpoint 0 hit\nnt!KeTickHook:", control.console("g"));
        UiTestSupport.waitUntil(display, WAIT, "stopped on KeTickHook's breakpoint",
                () -> demo.targetState().stopped() && view.programCounterRow() >= 0
                        && view.rowTexts().get(view.programCounterRow()).get(0).equals(String.format("%016x", hook)),
                () -> demo.targetState() + " " + view.message() + " " + view.rowTexts());
        rows = view.rowTexts();
        assertEquals(List.of("nt!KeTickHook:", "", ""), rows.get(view.programCounterRow() - 1));
        assertEquals("55", rows.get(view.programCounterRow()).get(1), "the breakpoint shows as the byte it replaced");
        control.step(false);
        UiTestSupport.waitUntil(display, WAIT, "the highlight one instruction on",
                () -> view.programCounterRow() >= 0
                        && view.rowTexts().get(view.programCounterRow()).get(0).equals(String.format("%016x", hook + 1)),
                () -> demo.targetState() + " " + view.message() + " " + view.rowTexts());
        assertEquals("nt!KeTickHook+0x1:", view.rowTexts().get(0).get(0));
        Screenshots.save(shell, "disassembly-after-step.png");

        // running again: said, and no stale code
        control.clearBreakpoint(control.breakpoints().get(0).id());
        assertTrue(CaptureUiTest.finish(display, ChannelJobs.go(display, demo)).isOK());
        UiTestSupport.waitUntil(display, WAIT, "running again",
                () -> demo.targetState().kind() == TargetState.Kind.RUNNING && view.rowTexts().isEmpty()
                        && view.message().contains("The target is running"),
                () -> demo.targetState() + " " + view.message());
    }
}
