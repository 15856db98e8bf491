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

import kdring.model.session.ChannelState;
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
                new ChannelRow("local", "demo-ring", ChannelState.OPEN, "hello v1", "ring",
                        "windbg -k com:ipport=50001,port=127.0.0.1", 2_500_000),
                new ChannelRow("local", "demo-uart", ChannelState.FAULTED, "tx ring: bad index", "uart", "", 950)));
        shell.open();
        Screenshots.settle(display);
        assertEquals(2, table.getTable().getItemCount());
        assertFalse(table.isEmptyHintVisible());
        assertEquals("open", table.getTable().getItem(0).getText(2));
        assertEquals("2.5 MB/s", table.getTable().getItem(0).getText(4));
        assertEquals("faulted", table.getTable().getItem(1).getText(2));
        assertEquals("950 B/s", table.getTable().getItem(1).getText(4));
        Path png = Screenshots.save(shell, "channels-table.png");
        assertTrue(Files.size(png) > 1000, "screenshot is empty");
    }
}
