package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.model.story.StoryEvent;
import kdring.ui.export.ExportSourceChoice;
import kdring.ui.export.ExportWizard;
import kdring.ui.format.EventText;
import kdring.ui.session.ChannelInfo;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;
import kdring.ui.views.PacketTraceTable;
import kdring.ui.views.RowMenu;

/**
 * Small things a new user tripped over: the trace's filter bar keeps its search field at 1024×700 however
 * big the count grows; Follow tail off means new rows never move the rows in view; Events says "Windows
 * 15.19041, KD protocol 6 …" instead of a raw record; the export wizard lists the captures on disk; tables
 * copy their rows from a context menu.
 */
class LayoutAndTextsUiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private WorkbenchChannel session;

    @BeforeEach
    void open() throws Exception {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("kdring \u2014 layout");
        shell.setLayout(new FillLayout());
        shell.setSize(1024, 700);
        session = WorkbenchChannel.record(new ChannelInfo("local", "demo-ring", "windbg -k com:ipport=50001,port=127.0.0.1"),
                dir.resolve("session.kdcap"));
    }

    @AfterEach
    void close() throws Exception {
        shell.dispose();
        session.close();
    }

    @Test
    void filterBarKeepsSearchAndFollowTailOffKeepsTheRowsInView() throws Exception {
        PacketTraceTable trace = new PacketTraceTable(shell);
        trace.setTrace(session.trace());
        shell.open();
        KdTraffic traffic = new KdTraffic(session);
        for (int i = 0; i < 400; i++) {
            traffic.print("line " + i + "\n");
        }
        UiTestSupport.waitUntil(display, WAIT, "the packets shown", () -> trace.shownRows() >= 800);
        Screenshots.settle(display);
        assertTrue(trace.getSearchField().getSize().x >= 150,
                "the search field is " + trace.getSearchField().getSize().x + " px wide at 1024x700");
        Screenshots.save(shell, "trace-1024x700.png");

        trace.setFollowTail(false);
        trace.getTable().setTopIndex(10);
        Screenshots.settle(display);
        int top = trace.getTable().getTopIndex();
        long before = trace.shownRows();
        for (int i = 0; i < 200; i++) {
            traffic.print("more " + i + "\n");
        }
        UiTestSupport.waitUntil(display, WAIT, "the new packets counted", () -> trace.shownRows() > before + 300);
        Screenshots.settle(display);
        assertEquals(top, trace.getTable().getTopIndex(), "rows moved under the cursor with Follow tail off");
    }

    @Test
    void defaultColumnsShowTypesApisAndModuleNamesWhole() throws Exception {
        org.eclipse.swt.custom.SashForm sash = new org.eclipse.swt.custom.SashForm(shell, org.eclipse.swt.SWT.VERTICAL);
        PacketTraceTable trace = new PacketTraceTable(sash);
        kdring.ui.views.ModulesTable modules = new kdring.ui.views.ModulesTable(sash);
        trace.setTrace(session.trace());
        shell.open();
        new KdTraffic(session).readRequest(KdTraffic.NT_BASE, 16).readReply(KdTraffic.NT_BASE, new byte[16]);
        modules.setModules(List.of(new kdring.kd.observer.LoadedModule("\\SystemRoot\\system32\\mcupdate_GenuineIntel.dll",
                0xFFFFF88000200000L, 0xA3000, 0x20A193, 0, kdring.kd.observer.LoadedModule.Source.MODULE_WALK)));
        UiTestSupport.waitUntil(display, WAIT, "the read and its reply", () -> trace.shownRows() == 4);
        Screenshots.settle(display);
        int type = PacketTraceTable.COLUMNS.indexOf("Type");
        int api = PacketTraceTable.COLUMNS.indexOf("API / state");
        UiTestSupport.waitUntil(display, WAIT, "the rows painted",
                () -> SessionViewsUiTest.column(trace.getTable(), api).contains("ReadVirtualMemory \u2192 STATUS_SUCCESS"),
                () -> SessionViewsUiTest.column(trace.getTable(), api).toString());
        assertFits(trace.getTable(), type, "STATE_MANIPULATE");
        assertFits(trace.getTable(), api, "ReadVirtualMemory \u2192 STATUS_SUCCESS");
        assertFits(modules.getTable(), kdring.ui.views.ModulesTable.COLUMNS.indexOf("Name"), "mcupdate_GenuineIntel.dll");
        Screenshots.save(shell, "columns-1024x700.png");
    }

    /** The column shows {@code text} whole at its default width (the first wave's cut it). */
    private static void assertFits(org.eclipse.swt.widgets.Table table, int column, String text) {
        assertTrue(SessionViewsUiTest.column(table, column).contains(text), "the row shows " + text);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
        int needed = gc.textExtent(text).x + 12;
        gc.dispose();
        int width = table.getColumn(column).getWidth();
        assertTrue(width >= needed, table.getColumn(column).getText() + " is " + width + " px, \"" + text + "\" needs "
                + needed);
    }

    @Test
    void eventsInWords() {
        StoryEvent version = StoryEvent.of(0, StoryEvent.Kind.VERSION, "VersionInfo[majorVersion=15, minorVersion=19041, "
                + "protocolVersion=6, secondaryVersion=0, flags=7, machineType=34404, maxPacketType=12, "
                + "maxStateChange=3, maxManipulate=51, simulation=0, kernBase=-8796048982016, "
                + "psLoadedModuleList=-8796045770752, debuggerDataList=0]");
        assertEquals("Windows 15.19041, KD protocol 6, x64, kernel at 0xFFFFF80002A00000, module list at "
                + "0xFFFFF80002D10000", EventText.readable(version));
        StoryEvent resumed = StoryEvent.of(0, StoryEvent.Kind.RESUMED, "continue status 0x00010002 (DBG_CONTINUE)");
        assertEquals("continued (DBG_CONTINUE, 0x00010002)", EventText.readable(resumed));
        StoryEvent print = StoryEvent.of(0, StoryEvent.Kind.PRINT, "hello");
        assertEquals("hello", EventText.readable(print));
    }

    @Test
    void exportWizardListsTheCapturesOnDisk() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("captures"));
        Path older = Files.writeString(folder.resolve("demo-ring-1.kdcap"), "x");
        Path newer = Files.writeString(folder.resolve("demo-ring-2.kdcap"), "x");
        older.toFile().setLastModified(System.currentTimeMillis() - 60_000);
        Files.writeString(folder.resolve("notes.txt"), "not a capture");
        WorkbenchChannels.getDefault().add(session);
        try {
            List<ExportSourceChoice> sources = ExportWizard.sources(WorkbenchChannels.getDefault(), folder);
            assertEquals(session.capture(), sources.get(0).capture());
            assertEquals(List.of(newer, older), sources.stream().skip(1).map(ExportSourceChoice::capture).toList());
        } finally {
            WorkbenchChannels.getDefault().remove(session);
        }
    }

    @Test
    void comparisonTitleNamesWhatIsCompared() {
        var ring = kdring.ui.session.ThroughputSeries.of("demo-ring \u2014 ring transport", "ring", List.of(), 0, 10);
        var capture = kdring.ui.session.ThroughputSeries.of("demo-ring-1.kdcap \u2014 ring transport (capture)", "ring",
                List.of(), 0, 10);
        String title = kdring.ui.views.ThroughputChart.comparisonTitle(List.of(ring, capture));
        assertEquals("demo-ring (ring) vs demo-ring-1.kdcap (ring, capture)", title);
        assertTrue(!title.contains("UART"), title);
    }

    @Test
    void connectDialogSaysNothingWrongBeforeTypingAndRemembersTheUrl() {
        kdring.ui.Preferences.remember("connect.url", "http://dom0.test:8765");
        kdring.ui.remote.ConnectDialog dialog = new kdring.ui.remote.ConnectDialog(shell);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Screenshots.settle(display);
            assertEquals(null, dialog.getErrorMessage(), "an error before anything was typed");
            dialog.fill("http://dom0.test:8765", "");
            assertTrue(dialog.getErrorMessage().contains("token"), dialog.getErrorMessage());
        } finally {
            dialog.close();
        }
        kdring.ui.remote.ConnectDialog again = new kdring.ui.remote.ConnectDialog(shell);
        again.setBlockOnOpen(false);
        again.open();
        try {
            Screenshots.settle(display);
            assertEquals(null, again.getErrorMessage());
        } finally {
            again.close();
        }
    }

    @Test
    void tablesCopyTheirRows() {
        org.eclipse.swt.widgets.Table table = new org.eclipse.swt.widgets.Table(shell, org.eclipse.swt.SWT.MULTI);
        new org.eclipse.swt.widgets.TableColumn(table, 0).setText("Name");
        new org.eclipse.swt.widgets.TableColumn(table, 0).setText("Base");
        new org.eclipse.swt.widgets.TableItem(table, 0).setText(new String[] { "ntoskrnl.exe", "0xFFFFF80002A00000" });
        new org.eclipse.swt.widgets.TableItem(table, 0).setText(new String[] { "hal.dll", "0xFFFFF80002E00000" });
        RowMenu.install(table, "modules", true);
        assertEquals(2, table.getMenu().getItemCount());
        table.setSelection(1);
        assertEquals("hal.dll\t0xFFFFF80002E00000\n", RowMenu.text(table, false));
        assertTrue(RowMenu.text(table, true).startsWith("Name\tBase\nntoskrnl.exe"));
    }
}
