package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.qemu.ReferenceGuest;
import kdring.transport.ChannelState;
import kdring.ui.actions.ChannelJobs;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;
import kdring.ui.session.ThroughputSeries;
import kdring.ui.views.ThroughputChart;

/**
 * Ring against UART for real: two reference guests under QEMU, one per transport, each read for the same
 * time by the built-in debugger; the Throughput view's comparison shows both channels side by side.
 */
@Tag("vm")
class RingVsUartUiTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final long READ_MILLIS = 3000;

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private WorkbenchChannel ring;
    private WorkbenchChannel uart;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("kdring \u2014 ring vs UART");
        shell.setLayout(new FillLayout());
        shell.setSize(1100, 700);
    }

    @AfterEach
    void close() throws Exception {
        shell.dispose();
        for (WorkbenchChannel session : new WorkbenchChannel[] { ring, uart }) {
            if (session != null) {
                WorkbenchChannels.getDefault().remove(session);
                session.close();
            }
        }
    }

    /** Boots a demo VM through the workbench's own launch Job. */
    private WorkbenchChannel launch(String name, String transport) throws Exception {
        org.eclipse.core.runtime.IStatus status = CaptureUiTest.finish(display,
                ChannelJobs.launchDemo(display, name, transport, 0, dir.resolve(transport)));
        assertTrue(status.isOK(), status.toString());
        return WorkbenchChannels.getDefault().sessions().stream().filter(s -> s.info().vm().equals(name)).findFirst()
                .orElseThrow();
    }

    /** Reads the pattern region in 4 KiB requests for {@link #READ_MILLIS}; @return the bytes read */
    private long readFor(WorkbenchChannel demo, boolean ring) throws Exception {
        if (ring) {
            // a UART guest never says hello: its channel stays waiting while the serial path carries KD
            UiTestSupport.waitUntil(display, WAIT, demo.info().vm() + " open",
                    () -> demo.status().state() == kdring.model.session.ChannelState.OPEN);
        }
        String stop = demo.control().orElseThrow().breakIn();
        assertTrue(stop.contains("stopped"), stop);
        long read = 0;
        long until = System.currentTimeMillis() + READ_MILLIS;
        while (System.currentTimeMillis() < until) {
            byte[] bytes = demo.control().orElseThrow().readVirtual(ReferenceGuest.PATTERN_VA + read % (1 << 20), 4096);
            read += bytes.length;
            while (display.readAndDispatch()) {
                // keep the charts painting without sleeping
            }
        }
        demo.control().orElseThrow().go();
        return read;
    }

    @Test
    void ringAndUartSideBySide() throws Exception {
        ring = launch("cmp-ring", "ring");
        uart = launch("cmp-uart", "uart");
        ThroughputChart chart = new ThroughputChart(shell);
        shell.open();
        chart.setCompared(() -> List.of(ring, uart));
        long ringBytes = readFor(ring, true);
        long uartBytes = readFor(uart, false);
        System.out.printf("ring vs UART: %d vs %d bytes read in %d ms each%n", ringBytes, uartBytes, READ_MILLIS);
        UiTestSupport.waitUntil(display, WAIT, "both channels in the comparison",
                () -> chart.shownComparison().size() == 2 && chart.shownComparison().get(0).peakBytesPerSecond() > 0
                        && chart.shownComparison().get(1).peakBytesPerSecond() > 0);
        List<ThroughputSeries> shown = chart.shownComparison();
        // the transports are the channels' live state: rings while open, the serial port for the UART guest
        assertEquals("ring", shown.get(0).transport());
        assertEquals("uart", shown.get(1).transport());
        assertTrue(ringBytes > uartBytes, "the ring moves more in the same time: " + ringBytes + " vs " + uartBytes);
        Screenshots.save(shell, "throughput-ring-vs-uart.png");
    }
}
