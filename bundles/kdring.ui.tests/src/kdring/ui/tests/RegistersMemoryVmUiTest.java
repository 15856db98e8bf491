package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.qemu.ReferenceGuest;
import kdring.ui.actions.ChannelJobs;
import kdring.ui.session.DebugControl;
import kdring.ui.session.TargetState;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.views.MemoryPanel;
import kdring.ui.views.MemoryRows;
import kdring.ui.views.MemoryView;
import kdring.ui.views.RegistersPanel;
import kdring.ui.views.RegistersView;

/**
 * The Registers and Memory views on the demo VM (the reference guest, ring transport), driven as a user
 * would: they say the target runs; after a break-in Registers shows rip at the stop's program counter; a bad
 * value is refused in place and nothing is written, a good one is written and the console reads it back; run
 * to an exported function and one step move both views (rip marked changed); Memory at the export shows what
 * DebugControl.read returns, with the export's name; a row edit is written and read back; an unmapped page
 * shows {@code ??}; physical memory at 1 MiB is the kernel's first page; Go makes both say "running" again.
 */
@Tag("vm")
class RegistersMemoryVmUiTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final long NT = 0xFFFFF80000100000L;

    @TempDir
    Path dir;

    private DemoVmShell vm;
    private Display display;
    private Shell shell;
    private WorkbenchChannel demo;

    @BeforeEach
    void open() {
        vm = DemoVmShell.open("registers and memory", 1400, 800);
        display = vm.display();
        shell = vm.shell();
    }

    @AfterEach
    void close() throws Exception {
        vm.close();
    }

    @Test
    void theViewsAreDeclaredForShowView() {
        List<String> ids = java.util.Arrays.stream(Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.ui.views")).map(e -> e.getAttribute("id")).toList();
        assertTrue(ids.contains(RegistersView.ID) && ids.contains(MemoryView.ID), ids.toString());
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.views")) {
            if (RegistersView.ID.equals(e.getAttribute("id"))) {
                assertEquals("Registers", e.getAttribute("name"));
                assertEquals(RegistersView.class.getName(), e.getAttribute("class"));
            }
            if (MemoryView.ID.equals(e.getAttribute("id"))) {
                assertEquals("Memory", e.getAttribute("name"));
                assertEquals(MemoryView.class.getName(), e.getAttribute("class"));
            }
        }
    }

    @Test
    void registersAndMemoryFollowTheDemoVm() throws Exception {
        demo = vm.launch("ui-views", dir);
        SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
        RegistersPanel registers = new RegistersPanel(sash);
        MemoryPanel memory = new MemoryPanel(sash);
        sash.setWeights(30, 70);
        shell.open();
        registers.setSession(demo);
        memory.setSession(demo);
        DebugControl control = demo.control().orElseThrow();

        // running: both say so
        UiTestSupport.waitUntil(display, WAIT, "the target running on the ring",
                () -> demo.targetState().kind() == TargetState.Kind.RUNNING);
        UiTestSupport.waitUntil(display, WAIT, "the Registers view saying the target runs",
                () -> registers.getStatus().startsWith("The target is running"), registers::getStatus);
        memory.show("rip", false);
        UiTestSupport.waitUntil(display, WAIT, "the Memory view saying the target runs",
                () -> memory.getStatus().startsWith("The target is running"), memory::getStatus);
        assertEquals(0, registers.getTable().getItemCount());

        // break in: rip is the stop's program counter, the single processor in the selector
        assertTrue(CaptureUiTest.finish(display, ChannelJobs.breakIn(display, demo)).isOK());
        DebugControl.Stop stop = off(control::stop);
        String rip = String.format(Locale.ROOT, "%016x", stop.programCounter());
        UiTestSupport.waitUntil(display, WAIT, "rip = " + rip + " in the Registers view",
                () -> registers.value("rip").filter(rip::equals).isPresent(),
                () -> registers.getStatus() + " rip=" + registers.value("rip"));
        assertEquals(List.of("0 (stopped)"), List.of(registers.getProcessors().getItems()));
        assertEquals(0, registers.getProcessors().getSelectionIndex());
        assertTrue(registers.getStatus().startsWith("Processor 0 of 1 (x64): nt!DbgBreakPointWithStatus"),
                registers.getStatus());
        assertTrue(registers.value("r15").isPresent() && registers.value("efl").orElseThrow().length() == 8);

        // a bad value is refused in place with the reason, nothing written
        long raxBefore = off(() -> control.registers(0).get("rax"));
        Text edit = registers.beginEdit("rax").orElseThrow();
        enter(edit, "12zz");
        assertTrue(registers.getStatus().startsWith("Not written: not a number: 12zz"), registers.getStatus());
        assertTrue(registers.editor().isPresent(), "the editor stays open with the refused value");
        assertEquals("12zz", registers.editor().orElseThrow().getText());
        enter(registers.beginEdit("cs").orElseThrow(), "10000");
        assertEquals("Not written: cs is 16 bits wide: 10000 does not fit", registers.getStatus());
        assertEquals(raxBefore, off(() -> control.registers(0).get("rax")), "nothing was written");

        // a good value: SetContext, shown as changed, and the console reads it back; then the old value back
        enter(registers.beginEdit("rax").orElseThrow(), "1122334455667788");
        UiTestSupport.waitUntil(display, WAIT, "rax written", () -> registers.getStatus().startsWith(
                "rax = 1122334455667788 written"), registers::getStatus);
        assertEquals("1122334455667788", registers.value("rax").orElseThrow());
        assertEquals("rax=1122334455667788", off(() -> control.console("r rax")));
        enter(registers.beginEdit("rax").orElseThrow(), Long.toHexString(raxBefore));
        UiTestSupport.waitUntil(display, WAIT, "rax restored", () -> registers.value("rax")
                .filter(String.format(Locale.ROOT, "%016x", raxBefore)::equals).isPresent(), registers::getStatus);
        assertEquals(raxBefore, off(() -> control.registers(0).get("rax")));
        Screenshots.save(shell, "registers-memory-breakin.png");

        // run to an exported function and step once: both views follow, rip marked changed
        DebugControl.Stop atHook = off(() -> control.runTo("nt!KeTickHook"));
        long hook = off(() -> control.evaluate("nt!KeTickHook"));
        assertEquals(hook, atHook.programCounter());
        String hookText = String.format(Locale.ROOT, "%016x", hook);
        UiTestSupport.waitUntil(display, WAIT, "rip at nt!KeTickHook", () -> registers.value("rip")
                .filter(hookText::equals).isPresent(), registers::getStatus);
        memory.show("nt!KeTickHook", false);
        UiTestSupport.waitUntil(display, WAIT, "memory at nt!KeTickHook", () -> memory.page()
                .filter(p -> p.address() == hook).isPresent(), memory::getStatus);
        byte[] atExport = off(() -> control.read(hook, 16, false));
        assertEquals(MemoryRows.hex(atExport).substring(0, 23) + "-" + MemoryRows.hex(atExport).substring(24),
                memory.getTable().getItem(0).getText(1), "the same bytes as DebugControl.read");
        assertEquals("nt!KeTickHook", memory.getTable().getItem(0).getText(3));
        String second = off(() -> control.describe(hook + 16));
        assertTrue(second.startsWith("nt!"), second);
        assertEquals(second, memory.getTable().getItem(1).getText(3));
        assertEquals(hookText, memory.getTable().getItem(0).getText(0));

        DebugControl.Stop stepped = off(() -> control.step(false));
        assertEquals(hook + 1, stepped.programCounter(), "push %rbp is one byte");
        String next = String.format(Locale.ROOT, "%016x", hook + 1);
        UiTestSupport.waitUntil(display, WAIT, "rip after the step", () -> registers.value("rip").filter(next::equals)
                .isPresent(), registers::getStatus);
        assertTrue(registers.changed("rip") && registers.changed("rsp"), "push changed rip and rsp");
        assertTrue(!registers.changed("cs"), "cs did not change");
        memory.show("rsp", false);
        long rsp = off(() -> control.registers(0).stackPointer());
        UiTestSupport.waitUntil(display, WAIT, "memory at rsp", () -> memory.page().filter(p -> p.address() == rsp)
                .isPresent(), memory::getStatus);

        // an edit in place on the pattern region: written, read back, shown
        memory.show("0x" + Long.toHexString(ReferenceGuest.PATTERN_VA), false);
        UiTestSupport.waitUntil(display, WAIT, "memory at the pattern", () -> memory.page()
                .filter(p -> p.address() == ReferenceGuest.PATTERN_VA).isPresent(), memory::getStatus);
        enter(memory.beginEdit(1).orElseThrow(), "4d zz");
        assertTrue(memory.getStatus().startsWith("Not written: not a byte: 'zz'"), memory.getStatus());
        byte[] written = { 0x11, 0x22, 0x33, 0x44 };
        enter(memory.beginEdit(1).orElseThrow(), "11 22 33 44");
        UiTestSupport.waitUntil(display, WAIT, "the write read back", () -> memory.getStatus().contains("read back"),
                memory::getStatus);
        assertEquals(String.format(Locale.ROOT, "Wrote 4 bytes at 0x%016x; read back: the same",
                ReferenceGuest.PATTERN_VA + 16), memory.getStatus());
        assertTrue(memory.getTable().getItem(1).getText(1).startsWith("11 22 33 44 "),
                memory.getTable().getItem(1).getText(1));
        assertArrayEquals(written, off(() -> control.read(ReferenceGuest.PATTERN_VA + 16, 4, false)));

        // an unmapped page is ??; a page that starts mapped and ends unmapped is half ??
        memory.show("kdring+0x1000", false);
        UiTestSupport.waitUntil(display, WAIT, "an unreadable page", () -> memory.getStatus()
                .endsWith("unreadable (shown as ??)"), memory::getStatus);
        assertEquals("?? ?? ?? ?? ?? ?? ?? ??-?? ?? ?? ?? ?? ?? ?? ??", memory.getTable().getItem(0).getText(1));
        memory.show("kdring+0x800", false);
        UiTestSupport.waitUntil(display, WAIT, "a half-readable page", () -> memory.getStatus()
                .endsWith("2,048 of 4,096 bytes readable (the rest ??)"), memory::getStatus);
        assertTrue(memory.getTable().getItem(128).getText(1).startsWith("??"));
        assertTrue(!memory.getTable().getItem(127).getText(1).contains("??"));
        assertTrue(memory.getTable().getItem(0).getText(3).startsWith("kdring"), memory.getTable().getItem(0).getText(3));
        memory.getTable().setTopIndex(120); // where readable memory ends
        display.setCursorLocation(new org.eclipse.swt.graphics.Point(0, 0)); // no tooltip over the rows
        Screenshots.settle(display);
        Screenshots.save(shell, "registers-memory-stepped.png");

        // physical memory at 1 MiB is the kernel's first page; paging forward reads the next one
        memory.show("100000", true);
        UiTestSupport.waitUntil(display, WAIT, "physical memory", () -> memory.page()
                .filter(p -> p.physical() && p.address() == 0x100000).isPresent(), memory::getStatus);
        byte[] ntPage = off(() -> control.read(NT, 16, false));
        assertEquals(MemoryRows.hex(ntPage).substring(0, 23), memory.getTable().getItem(0).getText(1).substring(0, 23));
        assertTrue(memory.getStatus().startsWith("Physical memory at 100000"), memory.getStatus());
        // the same through DebugControl: physical = virtual for the kernel's first page; past RAM short, not an error
        assertArrayEquals(off(() -> control.read(NT, MemoryRows.PAGE, false)),
                off(() -> control.read(0x100000, MemoryRows.PAGE, true)));
        assertEquals(0, off(() -> control.read(1L << 32, 16, true)).length, "nothing at 4 GiB in a 128 MiB guest");
        long unmapped = off(() -> control.evaluate("kdring+0x1000"));
        assertEquals(0, off(() -> control.read(unmapped, 16, false)).length);
        memory.show("100000000", true);
        UiTestSupport.waitUntil(display, WAIT, "physical memory past RAM as ??", () -> memory.getStatus()
                .endsWith("unreadable (shown as ??)"), memory::getStatus);
        assertTrue(memory.getStatus().startsWith("Physical memory at 100000000"), memory.getStatus());
        memory.show("100000", true);
        UiTestSupport.waitUntil(display, WAIT, "physical memory again", () -> memory.page()
                .filter(p -> p.physical() && p.address() == 0x100000).isPresent(), memory::getStatus);
        UiStall stall = new UiStall(display).start();
        long pagingStarted = System.nanoTime();
        clickForward(memory);
        UiTestSupport.waitUntil(display, WAIT, "the next physical page", () -> memory.page()
                .filter(p -> p.physical() && p.address() == 0x101000).isPresent(), memory::getStatus);
        assertEquals("0000000000101000", memory.getExpression().getText());
        // and virtual memory: four pages forward through the kernel image, labelled, then one back
        memory.show("nt", false);
        for (long page = 1; page <= 4; page++) {
            long expected = NT + page * MemoryRows.PAGE;
            UiTestSupport.waitUntil(display, WAIT, "page " + page, () -> memory.page()
                    .filter(p -> p.address() == expected - MemoryRows.PAGE).isPresent(), memory::getStatus);
            clickButton(memory, "Forward");
        }
        UiTestSupport.waitUntil(display, WAIT, "the fifth page", () -> memory.page()
                .filter(p -> p.address() == NT + 4 * MemoryRows.PAGE).isPresent(), memory::getStatus);
        assertTrue(memory.getTable().getItem(0).getText(3).startsWith("nt"), memory.getTable().getItem(0).getText(3));
        clickButton(memory, "\u25C0");
        UiTestSupport.waitUntil(display, WAIT, "a page back", () -> memory.page()
                .filter(p -> p.address() == NT + 3 * MemoryRows.PAGE).isPresent(), memory::getStatus);
        System.out.printf("kdring ui: Memory view, 7 pages of 4 KiB read and labelled in %d ms (TCG); longest UI-thread "
                + "stall meanwhile %d ms%n", (System.nanoTime() - pagingStarted) / 1_000_000, stall.stopMillis());

        // go: running again, both say so
        off(() -> {
            control.go();
            return null;
        });
        UiTestSupport.waitUntil(display, WAIT, "Registers saying the target runs again",
                () -> registers.getStatus().startsWith("The target is running"), registers::getStatus);
        UiTestSupport.waitUntil(display, WAIT, "Memory saying the target runs again",
                () -> memory.getStatus().startsWith("The target is running"), memory::getStatus);
        assertEquals(0, registers.getTable().getItemCount());
        assertEquals(0, memory.getTable().getItemCount());
    }

    /** Types {@code value} into an in-place editor and presses Enter. */
    private void enter(Text editor, String value) {
        editor.setText(value);
        editor.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        Screenshots.settle(display);
    }

    private static void clickForward(MemoryPanel memory) {
        clickButton(memory, "Forward");
    }

    /** Presses the panel's button whose text starts with {@code text}. */
    private static void clickButton(MemoryPanel memory, String text) {
        for (org.eclipse.swt.widgets.Control c : memory.getControl().getChildren()) {
            if (c instanceof org.eclipse.swt.widgets.Button b && b.getText().startsWith(text)) {
                b.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                return;
            }
        }
        throw new AssertionError("no button " + text);
    }

    /** Runs a blocking debugger call off the UI thread while the UI keeps dispatching (as a Job would). */
    private <T> T off(Callable<T> call) throws Exception {
        CompletableFuture<T> future = CompletableFuture.supplyAsync(() -> {
            try {
                return call.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        UiTestSupport.waitUntil(display, WAIT, "the debugger's answer", future::isDone);
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }
}
