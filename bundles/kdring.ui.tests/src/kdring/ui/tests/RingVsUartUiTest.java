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
import kdring.ui.demo.DemoVm;
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
    private DemoVm ring;
    private DemoVm uart;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("kdring \u2014 ring vs UART");
        shell.setLayout(new FillLayout());
        shell.setSize(1100, 700);
    }

    @AfterEach
    void close() {
        shell.dispose();
        if (ring != null) {
            ring.close();
        }
        if (uart != null) {
            uart.close();
        }
    }

    /** Reads the pattern region in 4 KiB requests for {@link #READ_MILLIS}; @return the bytes read */
    private long readFor(DemoVm demo) throws Exception {
        if ("ring".equals(demo.session().info().transport())) {
            // a UART guest never says hello: its channel stays waiting while the serial path carries KD
            UiTestSupport.waitUntil(display, WAIT, demo.session().info().vm() + " open",
                    () -> demo.session().state() == ChannelState.OPEN);
        }
        String stop = demo.debugger().breakIn();
        assertTrue(stop.contains("stopped"), stop);
        long read = 0;
        long until = System.currentTimeMillis() + READ_MILLIS;
        while (System.currentTimeMillis() < until) {
            byte[] bytes = demo.debugger().readVirtual(ReferenceGuest.PATTERN_VA + read % (1 << 20), 4096);
            read += bytes.length;
            while (display.readAndDispatch()) {
                // keep the charts painting without sleeping
            }
        }
        demo.debugger().go();
        return read;
    }

    @Test
    void ringAndUartSideBySide() throws Exception {
        ring = DemoVm.launch("cmp-ring", "ring", 0, dir.resolve("ring"));
        uart = DemoVm.launch("cmp-uart", "uart", 0, dir.resolve("uart"));
        ThroughputChart chart = new ThroughputChart(shell);
        shell.open();
        chart.setCompared(() -> List.of(ring.session(), uart.session()));
        long ringBytes = readFor(ring);
        long uartBytes = readFor(uart);
        System.out.printf("ring vs UART: %d vs %d bytes read in %d ms each%n", ringBytes, uartBytes, READ_MILLIS);
        UiTestSupport.waitUntil(display, WAIT, "both channels in the comparison",
                () -> chart.shownComparison().size() == 2 && chart.shownComparison().get(0).peakBytesPerSecond() > 0
                        && chart.shownComparison().get(1).peakBytesPerSecond() > 0);
        List<ThroughputSeries> shown = chart.shownComparison();
        assertEquals("ring", shown.get(0).transport());
        assertEquals("uart", shown.get(1).transport());
        assertTrue(ringBytes > uartBytes, "the ring moves more in the same time: " + ringBytes + " vs " + uartBytes);
        Screenshots.save(shell, "throughput-ring-vs-uart.png");
    }
}
