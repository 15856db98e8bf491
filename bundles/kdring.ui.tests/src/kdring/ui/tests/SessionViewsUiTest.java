package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.observer.Direction;
import kdring.model.trace.PacketFilter;
import kdring.transport.ChannelState;
import kdring.ui.session.ChannelInfo;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.views.DebugOutputConsole;
import kdring.ui.views.EventsTable;
import kdring.ui.views.ModulesTable;
import kdring.ui.views.PacketTraceTable;

/**
 * The session views in one real Shell, fed a KD conversation through the model's recorder: modules load,
 * the target prints, the debugger breaks in, the target stops, the debugger reads memory and goes.
 */
class SessionViewsUiTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private WorkbenchChannel session;
    private PacketTraceTable trace;
    private ModulesTable modules;
    private EventsTable events;
    private DebugOutputConsole output;
    private TabFolder tabs;

    @BeforeEach
    void open() throws Exception {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("kdring \u2014 session views");
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 900);
        SashForm sash = new SashForm(shell, SWT.VERTICAL);
        trace = new PacketTraceTable(sash);
        tabs = new TabFolder(sash, SWT.TOP);
        events = new EventsTable(tabs);
        modules = new ModulesTable(tabs);
        output = new DebugOutputConsole(tabs);
        tab("Events", events.getControl());
        tab("Modules", modules.getControl());
        tab("Debug Output", output.getControl());
        sash.setWeights(60, 40);
        session = WorkbenchChannel.record(new ChannelInfo("local", "demo-ring", "windbg -k com:ipport=50001,port=127.0.0.1"), dir.resolve("demo.kdcap"));
        trace.setTrace(session.trace());
        modules.setSession(session);
        events.setSession(session);
        output.setSession(session);
        shell.open();
    }

    private void tab(String title, org.eclipse.swt.widgets.Control control) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(control);
    }

    @AfterEach
    void close() throws Exception {
        shell.dispose();
        session.close();
    }

    private void conversation() throws Exception {
        session.channelState(ChannelState.OPEN, "hello v1, rings 64 KiB", System.currentTimeMillis() * 1_000_000L);
        new KdTraffic(session)
                .load("\\SystemRoot\\system32\\ntoskrnl.exe", KdTraffic.NT_BASE, 0x00A4_6000, 0x00A1_2B3C)
                .load("\\SystemRoot\\system32\\hal.dll", 0xFFFFF80002E00000L, 0x0006_9000, 0x0007_1234)
                .load("\\SystemRoot\\System32\\drivers\\kdring.sys", 0xFFFFF88000C00000L, 0x0000_8000, 0x0000_ABCD)
                .print("kdring: reference guest up, 3 modules\n")
                .print("kdring: ring transport open\n")
                .breakIn()
                .stop(KdTraffic.NT_BASE + 0x1234)
                .readRequest(KdTraffic.NT_BASE, 0x40)
                .go();
    }

    @Test
    void modulesAreSortableAndSearchable() throws Exception {
        conversation();
        tabs.setSelection(1);
        UiTestSupport.waitUntil(display, WAIT, "three modules", () -> modules.getTable().getItemCount() == 3);
        Table table = modules.getTable();
        assertEquals("ntoskrnl.exe", table.getItem(0).getText(1));
        assertEquals("fffff80002a00000", table.getItem(0).getText(2));
        modules.sortBy(1);
        assertEquals(List.of("hal.dll", "kdring.sys", "ntoskrnl.exe"), column(table, 1));
        modules.sortBy(1);
        assertEquals(List.of("ntoskrnl.exe", "kdring.sys", "hal.dll"), column(table, 1));
        Screenshots.save(shell, "modules.png");
        modules.setSearch("HAL");
        assertEquals(List.of("hal.dll"), column(table, 1));
        modules.setSearch("");
        assertEquals(3, table.getItemCount());
    }

    @Test
    void eventsShowBreakInStopAndGo() throws Exception {
        conversation();
        UiTestSupport.waitUntil(display, WAIT, "the resume event",
                () -> column(events.getTable(), 1).contains("resumed"));
        List<String> kinds = column(events.getTable(), 1);
        assertEquals(List.of("channel", "break-in requested", "stopped", "resumed"), kinds);
        String stop = events.getTable().getItem(2).getText(2);
        assertTrue(stop.contains("0x80000003") && stop.contains("breakpoint") && stop.contains("fffff80002a01234".toUpperCase())
                && stop.contains("processor 0"), stop);
        Screenshots.save(shell, "events.png");
    }

    @Test
    void debugOutputIsAConsole() throws Exception {
        conversation();
        tabs.setSelection(2);
        UiTestSupport.waitUntil(display, WAIT, "two prints", () -> output.getText().contains("ring transport open"));
        assertEquals("kdring: reference guest up, 3 modules\nkdring: ring transport open\n", output.getText());
        Screenshots.save(shell, "debug-output.png");
    }

    @Test
    void traceShowsEveryPacketFiltersAndDetails() throws Exception {
        conversation();
        // 8 data packets, each with its ACK, and the break-in byte.
        UiTestSupport.waitUntil(display, WAIT, "17 rows", () -> trace.shownRows() == 17);
        UiTestSupport.waitUntil(display, WAIT, "rows filled", () -> trace.isSettled()
                && !trace.getTable().getItem(16).getText(8).equals("\u2026"));
        Table table = trace.getTable();
        assertEquals("STATE_CHANGE64", table.getItem(0).getText(3));
        assertEquals("ACKNOWLEDGE", table.getItem(1).getText(3));
        assertEquals("BREAK_IN", table.getItem(10).getText(3));

        trace.setFilter(PacketFilter.ALL.withDirection(Direction.DEBUGGER_TO_TARGET));
        UiTestSupport.waitUntil(display, WAIT, "debugger rows", () -> trace.shownRows() == 9 && trace.isSettled());

        trace.setFilter(PacketFilter.ALL.withApi("ReadVirtual"));
        UiTestSupport.waitUntil(display, WAIT, "one ReadVirtual row", () -> trace.shownRows() == 1 && trace.isSettled()
                && !table.getItem(0).getText(4).isEmpty());
        assertTrue(table.getItem(0).getText(4).contains("ReadVirtual"), table.getItem(0).getText(4));
        assertEquals("D\u2192T", table.getItem(0).getText(2));
        assertEquals("ok", table.getItem(0).getText(7));

        table.setSelection(0);
        table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        UiTestSupport.waitUntil(display, WAIT, "details", () -> trace.getDetails().getItemCount() > 10);
        List<String> names = column(trace.getDetails(), 0);
        assertTrue(names.contains("ApiNumber") && names.contains("header.checksum"), names.toString());
        assertTrue(trace.getHex().startsWith("0000000000000000  30 30 30 30 02 00"), trace.getHex());
        Screenshots.save(shell, "packet-trace-filtered.png");

        trace.setFilter(PacketFilter.ALL.withText("no such thing"));
        UiTestSupport.waitUntil(display, WAIT, "empty", () -> trace.isSettled() && trace.shownRows() == 0);
        assertFalse(trace.getStatus().isEmpty());
    }

    @Test
    void pauseStopsUpdatesAndResumeCatchesUp() throws Exception {
        trace.setPaused(true);
        conversation();
        // not a sleep: wait until the table has had several refreshes in which it would have shown the rows
        long ticks = trace.refreshTicks();
        UiTestSupport.waitUntil(display, WAIT, "three refreshes while paused", () -> trace.refreshTicks() >= ticks + 3);
        assertEquals(17, session.trace().count(), "the rows are there to show");
        assertEquals(0, trace.shownRows(), "paused: none shown");
        trace.setPaused(false);
        UiTestSupport.waitUntil(display, WAIT, "caught up", () -> trace.shownRows() == 17);
    }

    static List<String> column(Table table, int column) {
        List<String> texts = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            texts.add(item.getText(column));
        }
        return texts;
    }
}
