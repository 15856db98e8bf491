package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.qemu.ReferenceGuest;
import kdring.ui.actions.ChannelAction;
import kdring.ui.actions.ChannelJobs;
import kdring.ui.actions.MemoryDialog;
import kdring.ui.commands.ChannelHandler;
import kdring.ui.session.TargetState;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;
import kdring.ui.views.ChannelsTable;
import kdring.ui.views.ChannelsView;

/**
 * The demo VM under the workbench's own commands: the Channels view shows the target's state (running,
 * stopped at an address), the command handlers enable Break and Go by that state, an action that needs a
 * stopped target says "break in first" at once, and reading a megabyte of memory and listing the modules
 * never stall the UI thread (the first wave froze the window for 16–18 s on 0x30000 bytes).
 */
@Tag("vm")
class DebugActionsVmUiTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    /** A generous bound, so that a loaded machine does not fail it; the aim is 100 ms. */
    private static final long STALL_BOUND_MILLIS = 1000;

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private WorkbenchChannel demo;
    private final List<ChannelHandler> handlers = new java.util.ArrayList<>();

    @BeforeEach
    void open() {
        System.setProperty("kdring.ui.noDialogs", "true");
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("kdring \u2014 debug actions");
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 300);
    }

    @AfterEach
    void close() throws Exception {
        handlers.forEach(ChannelHandler::dispose);
        for (Shell s : display.getShells()) {
            if (s.getData(MemoryDialog.DATA_KEY) != null) {
                s.dispose();
            }
        }
        shell.dispose();
        if (demo != null) {
            WorkbenchChannels.getDefault().remove(demo);
            demo.close();
        }
    }

    private ChannelHandler handler(ChannelAction action) {
        ChannelHandler handler = new ChannelHandler(action);
        handlers.add(handler);
        return handler;
    }

    @Test
    void stateDrivesEnablementAndMemoryNeverStallsTheUi() throws Exception {
        IStatus launched = CaptureUiTest.finish(display, ChannelJobs.launchDemo(display, "ui-actions", "ring", 0, dir));
        assertTrue(launched.isOK(), launched.toString());
        demo = WorkbenchChannels.getDefault().sessions().stream().filter(s -> s.info().vm().equals("ui-actions"))
                .findFirst().orElseThrow();
        WorkbenchChannels.getDefault().select(demo);
        ChannelsTable channels = new ChannelsTable(shell);
        shell.open();
        ChannelHandler breakIn = handler(ChannelAction.BREAK_IN);
        ChannelHandler go = handler(ChannelAction.GO);
        ChannelHandler modules = handler(ChannelAction.LIST_MODULES);

        // running: Break enabled, Go and List modules not; List modules says "break in first" at once
        UiTestSupport.waitUntil(display, WAIT, "the target running on the ring",
                () -> demo.targetState().kind() == TargetState.Kind.RUNNING);
        UiTestSupport.waitUntil(display, WAIT, "Break enabled, Go disabled on a running target",
                () -> breakIn.isEnabled() && !go.isEnabled() && !modules.isEnabled());
        channels.setRows(ChannelsView.rows(List.of(demo)));
        assertEquals("running (ring)", channels.getTable().getItem(0).getText(2));
        long asked = System.nanoTime();
        IStatus refused = CaptureUiTest.finish(display, ChannelJobs.listModules(display, demo));
        long refusedMillis = (System.nanoTime() - asked) / 1_000_000;
        assertFalse(refused.isOK());
        assertTrue(refused.getMessage().contains("break in first"), refused.getMessage());
        assertTrue(refusedMillis < 2000, "refused after " + refusedMillis + " ms");
        IStatus noDump = CaptureUiTest.finish(display, ChannelJobs.saveCrashDump(display, demo, dir.resolve("early.dmp"),
                kdring.session.CrashDump.Kind.BITMAP));
        assertTrue(noDump.getMessage().contains("break in first"), noDump.getMessage());

        // stopped: the row says where, Go and List modules enabled, Break not
        assertTrue(CaptureUiTest.finish(display, ChannelJobs.breakIn(display, demo)).isOK());
        UiTestSupport.waitUntil(display, WAIT, "the target stopped",
                () -> demo.targetState().kind() == TargetState.Kind.STOPPED);
        UiTestSupport.waitUntil(display, WAIT, "Go enabled, Break disabled on a stopped target",
                () -> !breakIn.isEnabled() && go.isEnabled() && modules.isEnabled());
        String[] shown = { "" };
        try {
            UiTestSupport.waitUntil(display, Duration.ofSeconds(20), "the stop address in the Channels row", () -> {
                channels.setRows(ChannelsView.rows(List.of(demo)));
                shown[0] = channels.getTable().getItem(0).getText(2);
                return shown[0].matches("stopped at 0x[0-9A-F]{16} \\(.+\\)");
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the row shows \"" + shown[0] + "\"; events: "
                    + demo.story().events(java.util.Set.of(kdring.model.story.StoryEvent.Kind.values()), 0, 100)
                            .events(), e);
        }
        Screenshots.save(shell, "channels-stopped.png");

        // a megabyte of memory and the module walk, with a heartbeat on the UI thread
        int length = 1 << 20;
        UiStall stall = new UiStall(display).start();
        long started = System.nanoTime();
        IStatus read = CaptureUiTest.finish(display,
                ChannelJobs.readMemory(display, demo, ReferenceGuest.PATTERN_VA, length));
        assertTrue(read.isOK(), read.toString());
        long duringRead = stall.phaseMillis();
        UiTestSupport.waitUntil(display, WAIT, "the memory dialog", () -> memoryDialog() != null);
        MemoryDialog dialog = memoryDialog();
        Screenshots.settle(display);
        long dialogOpen = stall.phaseMillis();
        long readMillis = (System.nanoTime() - started) / 1_000_000;
        IStatus listed = CaptureUiTest.finish(display, ChannelJobs.listModules(display, demo));
        assertTrue(listed.isOK(), listed.toString());
        Screenshots.settle(display);
        long duringModules = stall.phaseMillis();
        long stallMillis = stall.stopMillis();
        System.out.printf("kdring ui: longest stalls: during the read %d ms, opening the dump %d ms, listing modules "
                + "%d ms%n", duringRead, dialogOpen, duringModules);
        System.out.printf("kdring ui: reading %d bytes took %d ms; longest UI-thread stall while reading 1 MiB and "
                + "listing modules: %d ms (aim <= 100 ms)%n", length, readMillis, stallMillis);
        assertEquals(length / 16, dialog.getText().getLineCount());
        assertEquals(length, dialog.length());
        String first = dialog.getText().getLine(0);
        assertTrue(first.startsWith(String.format("%016x  ", ReferenceGuest.PATTERN_VA)), first);
        dialog.getText().setTopIndex(dialog.getText().getLineCount() - 20);
        Screenshots.save(dialog.getShell(), "memory-1mib.png");
        assertTrue(stallMillis < STALL_BOUND_MILLIS, "the UI thread stalled for " + stallMillis + " ms");

        // a crash dump of the stopped target, as File > Save Crash Dump writes it: a Job, the target stays stopped
        java.nio.file.Path dump = dir.resolve("ui-actions.dmp");
        IStatus dumped = CaptureUiTest.finish(display, ChannelJobs.saveCrashDump(display, demo, dump,
                kdring.session.CrashDump.Kind.BITMAP));
        assertTrue(dumped.getMessage().contains("wrote " + dump), dumped.toString());
        byte[] head = java.nio.file.Files.readAllBytes(dump);
        assertEquals("PAGEDU64", new String(head, 0, 8, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(TargetState.Kind.STOPPED, demo.targetState().kind());

        // go: running again, Break enabled
        assertTrue(CaptureUiTest.finish(display, ChannelJobs.go(display, demo)).isOK());
        UiTestSupport.waitUntil(display, WAIT, "Break enabled again after Go",
                () -> demo.targetState().kind() == TargetState.Kind.RUNNING && breakIn.isEnabled() && !go.isEnabled());
    }

    private MemoryDialog memoryDialog() {
        return Arrays.stream(display.getShells()).filter(s -> !s.isDisposed())
                .map(s -> (MemoryDialog) s.getData(MemoryDialog.DATA_KEY)).filter(d -> d != null).findFirst()
                .orElse(null);
    }
}
