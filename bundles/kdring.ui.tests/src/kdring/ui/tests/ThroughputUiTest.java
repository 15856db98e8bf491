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
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.model.recorder.Throughput;
import kdring.transport.ChannelState;
import kdring.ui.session.ChannelInfo;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.ThroughputSeries;
import kdring.ui.views.ThroughputChart;

/**
 * The Throughput charts in a real Shell: a ring session is fed KD traffic for real, the sampler thread
 * picks it up within a second and the charts show bytes/s and packets/s per direction with the transport.
 */
class ThroughputUiTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private WorkbenchChannel session;

    @BeforeEach
    void open() throws Exception {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("kdring \u2014 throughput");
        shell.setLayout(new FillLayout());
        shell.setSize(1100, 700);
        session = WorkbenchChannel.record(new ChannelInfo("local", "demo-ring", ""), dir.resolve("t.kdcap"));
    }

    @AfterEach
    void close() throws Exception {
        shell.dispose();
        session.close();
    }

    @Test
    void bucketsSamplesPerSecondAndFillsIdleSecondsWithZero() {
        long end = 1_000_000L * 1_000_000_000L;
        List<Throughput> samples = List.of(
                new Throughput(end - 2_000_000_000L, 1_000_000_000L, 4000, 1000, 40, 10),
                new Throughput(end, 500_000_000L, 100, 50, 2, 1));
        ThroughputSeries series = ThroughputSeries.of("t", "uart", samples, end, 10);
        assertEquals(10, series.seconds().length);
        assertEquals(0.0, series.seconds()[9]);
        assertEquals(-9.0, series.seconds()[0]);
        assertEquals(200.0, series.bytesToDebugger()[9], 1e-9, "half a second's 100 bytes");
        assertEquals(4.0, series.packetsToDebugger()[9], 1e-9);
        assertEquals(0.0, series.bytesToDebugger()[8]);
        assertEquals(4000.0, series.bytesToDebugger()[7], 1e-9);
        assertEquals(10.0, series.packetsToTarget()[7], 1e-9);
        assertEquals(4000.0, series.peakBytesPerSecond(), 1e-9);
    }

    @Test
    void aCaptureIsDrawnOnItsOwnTimeAxis() throws Exception {
        // a capture made a day ago: five seconds of prints, the third second idle
        long start = (System.currentTimeMillis() - 86_400_000L) / 1000 * 1_000_000_000L;
        Path file = dir.resolve("yesterday.kdcap");
        try (WorkbenchChannel recorded = WorkbenchChannel.record(new ChannelInfo("local", "yesterday", ""), file)) {
            KdTraffic traffic = new KdTraffic(recorded);
            for (int second : new int[] { 0, 1, 3, 4 }) {
                traffic.at(start + second * 1_000_000_000L + 100_000_000L).print("second " + second + "\n");
            }
        }
        try (WorkbenchChannel reopened = WorkbenchChannel.replay(file)) {
            assertTrue(reopened.isOffline());
            ThroughputChart chart = new ThroughputChart(shell);
            shell.open();
            chart.setSession(reopened);
            UiTestSupport.waitUntil(display, WAIT, "the capture in the chart", () -> chart.shown().capture());
            ThroughputSeries shown = chart.shown();
            assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0), java.util.Arrays.stream(shown.seconds()).boxed().toList(),
                    "seconds into the capture, its first second is 0");
            assertTrue(shown.bytesToDebugger()[0] > 0 && shown.bytesToDebugger()[4] > 0);
            assertEquals(0.0, shown.bytesToDebugger()[2], "the idle second");
            assertEquals(start / 1_000_000L, shown.startMillis());
            assertEquals(ThroughputSeries.CAPTURE_AXIS, chart.bytesChart().getAxisSet().getXAxis(0).getTitle().getText());
            assertTrue(chart.bytesChart().getTitle().getText().contains("(capture)"),
                    chart.bytesChart().getTitle().getText());
            Screenshots.save(shell, "throughput-capture.png");

            // compared with a live channel, the capture keeps its own axis and the title names both
            chart.setCompared(() -> List.of(session, reopened));
            UiTestSupport.waitUntil(display, WAIT, "the comparison", () -> chart.shownComparison().size() == 2);
            assertEquals(0.0, chart.shownComparison().get(1).seconds()[0]);
            assertEquals(-(ThroughputSeries.DEFAULT_WINDOW_SECONDS - 1.0), chart.shownComparison().get(0).seconds()[0]);
            String title = chart.bytesChart().getTitle().getText();
            assertTrue(title.contains("demo-ring (uart) vs yesterday (uart, capture)"), title);
            assertTrue(chart.bytesChart().getAxisSet().getXAxis(0).getTitle().getText().contains("seconds into each capture"));
            chart.setCompared(null);
        }
    }

    @Test
    void aShortChartStillLabelsItsYAxis() throws Exception {
        // the view in its place at 1024x700 is short: the first wave's charts labelled only "0" until maximised
        long start = (System.currentTimeMillis() - 3_600_000L) / 1000 * 1_000_000_000L;
        Path file = dir.resolve("short.kdcap");
        try (WorkbenchChannel recorded = WorkbenchChannel.record(new ChannelInfo("local", "short", ""), file)) {
            KdTraffic traffic = new KdTraffic(recorded);
            for (int i = 0; i < 200; i++) {
                traffic.at(start + i * 10_000_000L).print("a line of debug output, number " + i + "\n");
            }
        }
        shell.setSize(1024, 300);
        try (WorkbenchChannel reopened = WorkbenchChannel.replay(file)) {
            ThroughputChart chart = new ThroughputChart(shell);
            shell.open();
            chart.setSession(reopened);
            UiTestSupport.waitUntil(display, WAIT, "the capture in the chart", () -> chart.shown().peakBytesPerSecond() > 0);
            Screenshots.settle(display);
            int height = chart.bytesChart().getSize().y;
            double[] ticks = chart.bytesChart().getAxisSet().getYAxis(0).getTick().getTickLabelValues();
            Screenshots.save(shell, "throughput-short.png");
            assertTrue(shell.getClientArea().height <= 300, "a short view: " + shell.getClientArea().height + " px");
            assertTrue(ticks.length >= 3, "y labels in a " + height + " px chart: " + java.util.Arrays.toString(ticks));
        }
    }

    @Test
    void liveChartsFollowTheSessionWithTheTransportMarked() throws Exception {
        ThroughputChart chart = new ThroughputChart(shell);
        shell.open();
        chart.setSession(session);
        session.channelState(ChannelState.OPEN, "hello v1", System.currentTimeMillis() * 1_000_000L);
        // Three seconds of real-time traffic: the recorder closes a sample each second.
        long until = System.currentTimeMillis() + 3200;
        KdTrafficClock traffic = new KdTrafficClock(session);
        while (System.currentTimeMillis() < until) {
            traffic.burst(20);
            Screenshots.settle(display);
        }
        UiTestSupport.waitUntil(display, WAIT, "bytes in the chart", () -> chart.shown().peakBytesPerSecond() > 0);
        ThroughputSeries shown = chart.shown();
        assertTrue(shown.title().contains("ring transport"), shown.title());
        assertTrue(shown.peakPacketsPerSecond() > 0, "packets/s");
        assertTrue(chart.bytesChart().getTitle().getText().contains("ring"), chart.bytesChart().getTitle().getText());
        ISeries<?>[] lines = chart.bytesChart().getSeriesSet().getSeries();
        assertEquals(2, lines.length);
        assertTrue(lines[0].getDescription().contains("[ring]"), lines[0].getDescription());
        double max = 0;
        for (double y : lines[0].getYSeries()) {
            max = Math.max(max, y);
        }
        assertTrue(max > 0, "target \u2192 debugger line drawn");
        Path png = Screenshots.save(shell, "throughput-ring.png");
        assertTrue(Files.size(png) > 1000);

        chart.setSession(null);
        UiTestSupport.waitUntil(display, WAIT, "the empty chart", () -> chart.shown() == ThroughputSeries.EMPTY);
    }

    @Test
    void compareShowsRingAndUartSideBySide() throws Exception {
        try (WorkbenchChannel uart = WorkbenchChannel.record(new ChannelInfo("local", "demo-uart", ""),
                dir.resolve("u.kdcap"))) {
            // the transport is live state: the ring session's channel is open, the UART one never says hello
            session.channelState(ChannelState.OPEN, "hello v1", System.currentTimeMillis() * 1_000_000L);
            ThroughputChart chart = new ThroughputChart(shell);
            shell.open();
            chart.setCompared(() -> List.of(session, uart));
            KdTrafficClock ring = new KdTrafficClock(session);
            KdTrafficClock serial = new KdTrafficClock(uart);
            long until = System.currentTimeMillis() + 3200;
            while (System.currentTimeMillis() < until) {
                ring.burst(40);
                serial.burst(4);
                Screenshots.settle(display);
            }
            UiTestSupport.waitUntil(display, WAIT, "both channels compared",
                    () -> chart.shownComparison().size() == 2
                            && chart.shownComparison().get(1).peakBytesPerSecond() > 0);
            ThroughputSeries ringSeries = chart.shownComparison().get(0);
            ThroughputSeries uartSeries = chart.shownComparison().get(1);
            assertTrue(ringSeries.peakBytesPerSecond() > 5 * uartSeries.peakBytesPerSecond(),
                    ringSeries.peakBytesPerSecond() + " vs " + uartSeries.peakBytesPerSecond());
            List<String> ids = java.util.Arrays.stream(chart.bytesChart().getSeriesSet().getSeries())
                    .map(ISeries::getId).toList();
            assertEquals(List.of("demo-ring \u2014 ring transport [ring]", "demo-uart \u2014 UART (serial) transport [uart]"),
                    ids);
            Screenshots.save(shell, "throughput-compare.png");
            chart.setCompared(null);
            chart.setSession(session);
            UiTestSupport.waitUntil(display, WAIT, "back to one channel",
                    () -> chart.bytesChart().getSeriesSet().getSeries(ThroughputChart.TO_DEBUGGER) != null);
        }
    }

    /** KD traffic stamped with the wall clock, so that the live window sees it. */
    private static final class KdTrafficClock {
        private final WorkbenchChannel session;
        private int id = kdring.kd.packet.KdWire.INITIAL_PACKET_ID;

        KdTrafficClock(WorkbenchChannel session) {
            this.session = session;
        }

        void burst(int packets) throws Exception {
            for (int i = 0; i < packets; i++) {
                byte[] wire = new kdring.kd.packet.DataPacket(kdring.kd.packet.PacketType.DEBUG_IO, id,
                        kdring.kd.packet.DebugIo.print(0, "tick " + i + "\n").raw()).encode();
                long now = System.currentTimeMillis() * 1_000_000L;
                session.bytes(kdring.kd.observer.Direction.TARGET_TO_DEBUGGER, now, wire, 0, wire.length);
                byte[] ack = kdring.kd.packet.ControlPacket.ack(id).encode();
                session.bytes(kdring.kd.observer.Direction.DEBUGGER_TO_TARGET, now, ack, 0, ack.length);
                id = kdring.kd.packet.KdWire.nextId(id);
            }
        }
    }
}
