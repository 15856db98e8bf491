package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.layout.FillLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kdring.ui.session.TargetState;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.views.ChannelRow;
import kdring.ui.views.ChannelsTable;

/** Real SWT widgets under Xvfb: the Channels table in a plain Shell. */
class ChannelsTableUiTest {

    private Display display;
    private Shell shell;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("kdring — ChannelsTableUiTest");
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 300);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void emptyTableShowsTheHintAndAllColumns() {
        ChannelsTable table = new ChannelsTable(shell);
        shell.open();
        assertEquals(ChannelsTable.COLUMNS.size(), table.getTable().getColumnCount());
        assertEquals(0, table.getTable().getItemCount());
        assertTrue(table.isEmptyHintVisible());
    }

    @Test
    void rowsShowStateTransportAndCommandAndAreScreenshotted() throws Exception {
        ChannelsTable table = new ChannelsTable(shell);
        table.setRows(List.of(
                new ChannelRow("local", "demo-ring", WorkbenchChannel.Kind.LOCAL,
                        new TargetState(TargetState.Kind.STOPPED, "stopped at 0xFFFFF80000001000 (breakpoint)",
                                0xFFFFF80000001000L),
                        "hello v1", "ring", "windbg -k com:ipport=50001,port=127.0.0.1", 2_500_000,
                        "\u25CF demo-ring-1.kdcap, 12.3 KB, 0:04"),
                new ChannelRow("local", "demo-uart", WorkbenchChannel.Kind.LOCAL,
                        new TargetState(TargetState.Kind.FAULTED, "faulted: tx ring: bad index", 0),
                        "tx ring: bad index", "uart", "", 950, ""),
                new ChannelRow("capture", "demo-ring-1.kdcap", WorkbenchChannel.Kind.OFFLINE,
                        new TargetState(TargetState.Kind.OFFLINE, "offline capture", 0), "", "ring",
                        "windbg -k com:ipport=50001,port=127.0.0.1", 5000, "")));
        shell.open();
        Screenshots.settle(display);
        assertEquals(3, table.getTable().getItemCount());
        assertFalse(table.isEmptyHintVisible());
        assertEquals("stopped at 0xFFFFF80000001000 (breakpoint)", table.getTable().getItem(0).getText(2));
        assertEquals("2.5 MB/s", table.getTable().getItem(0).getText(4));
        assertTrue(table.getTable().getItem(0).getText(5).contains("demo-ring-1.kdcap"));
        assertEquals("faulted: tx ring: bad index", table.getTable().getItem(1).getText(2));
        assertEquals("950 B/s", table.getTable().getItem(1).getText(4));
        // an offline capture: its own state, no live rate, no live WinDbg command
        assertEquals("offline capture", table.getTable().getItem(2).getText(2));
        assertEquals(ChannelsTable.NOT_LIVE, table.getTable().getItem(2).getText(4));
        assertEquals(ChannelsTable.NOT_LIVE, table.getTable().getItem(2).getText(6));
        // the default widths show the whole state, rate and command (the first wave cut them)
        for (int column = 0; column < table.getTable().getColumnCount(); column++) {
            for (int row = 0; row < 3; row++) {
                String text = table.getTable().getItem(row).getText(column);
                org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table.getTable());
                int needed = gc.textExtent(text).x + 12;
                gc.dispose();
                assertTrue(table.getTable().getColumn(column).getWidth() >= needed,
                        "column " + ChannelsTable.COLUMNS.get(column) + " cuts \"" + text + "\"");
            }
        }
        Path png = Screenshots.save(shell, "channels-table.png");
        assertTrue(Files.size(png) > 1000, "screenshot is empty");
    }
}
