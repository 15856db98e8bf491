package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.transport.ChannelState;
import kdring.ui.session.ChannelInfo;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.views.EventsTable;

/**
 * The Events view tells a target restart: the debugger's request waits, the target reports a new stop with
 * the boot (sync) id, and the row says "target restarted" and what waited, before the new stop.
 */
class RestartEventUiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private WorkbenchChannel live;

    @BeforeEach
    void open() throws Exception {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("kdring \u2014 target restarted");
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 300);
        live = WorkbenchChannel.record(new ChannelInfo("local", "restarting", ""), dir.resolve("session.kdcap"));
    }

    @AfterEach
    void close() throws Exception {
        shell.dispose();
        live.close();
    }

    private static List<String> rows(EventsTable events) {
        List<String> rows = new ArrayList<>();
        for (TableItem item : events.getTable().getItems()) {
            rows.add(item.getText(1) + " | " + item.getText(2));
        }
        return rows;
    }

    @Test
    void aRestartWhileARequestWaitsIsShownInTheEventsView() throws Exception {
        EventsTable events = new EventsTable(shell);
        events.setSession(live);
        shell.open();
        live.channelState(ChannelState.OPEN, "hello v1", System.currentTimeMillis() * 1_000_000L);
        new KdTraffic(live).stop(0xFFFFF80002A01000L).readRequest(KdTraffic.NT_BASE, 16)
                .restartStop(0xFFFFF80002A02000L);
        UiTestSupport.waitUntil(display, WAIT, "the restart in the Events view", () -> {
            events.flush();
            return rows(events).stream().anyMatch(r -> r.startsWith("target restarted | "));
        });
        List<String> rows = rows(events);
        int restart = rows.indexOf(rows.stream().filter(r -> r.startsWith("target restarted | ")).findFirst()
                .orElseThrow());
        assertTrue(rows.get(restart).contains("while DbgKdReadVirtualMemoryApi waited for its reply"), rows.toString());
        assertTrue(rows.get(restart + 1).startsWith("stopped | "), "the new stop follows: " + rows);
        assertEquals(2, rows.stream().filter(r -> r.startsWith("stopped | ")).count(), rows.toString());
        Screenshots.save(shell, "events-target-restarted.png");
    }
}
