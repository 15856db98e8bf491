package kdring.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.ThroughputSeries;

/**
 * Two live SWTChart line charts of a session — bytes/s and packets/s, one line per direction — with the
 * transport in the title. A named sampler thread ({@code kdring-throughput-sampler}) computes the
 * {@link ThroughputSeries} once a second off the UI thread; the UI thread only copies it into the charts.
 * Kept apart from {@link ThroughputView} so that tests can build it in a plain Shell. Widgets are
 * confined to the UI thread; {@link #setSession} and {@link #sample} are thread-safe.
 */
public final class ThroughputChart {

    /** Refresh period of the charts. */
    public static final int REFRESH_MILLIS = 1000;
    /** Series ids: "to debugger" is the target's traffic, "to target" the debugger's. */
    public static final String TO_DEBUGGER = "target \u2192 debugger";
    public static final String TO_TARGET = "debugger \u2192 target";

    private final Display display;
    private final Composite control;
    private final Label summary;
    private final Chart bytes;
    private final Chart packets;
    private final AtomicReference<WorkbenchChannel> session = new AtomicReference<>();
    private final ScheduledExecutorService sampler;
    private volatile ThroughputSeries shown = ThroughputSeries.EMPTY;
    private volatile java.util.function.Supplier<List<WorkbenchChannel>> compared;
    private volatile List<ThroughputSeries> shownComparison = List.of();

    public ThroughputChart(Composite parent) {
        display = parent.getDisplay();
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, true);
        control.setLayout(layout);
        summary = new Label(control, SWT.NONE);
        GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false);
        summary.setLayoutData(summaryData);
        bytes = chart("Bytes/s");
        packets = chart("Packets/s");
        // a short, wide view (the perspective's bottom folder at 1024x700) puts the two charts side by side, so that
        // each keeps the height its y axis needs for labels; a tall one stacks them
        control.addListener(SWT.Resize, e -> {
            org.eclipse.swt.graphics.Rectangle area = control.getClientArea();
            int columns = area.width > 3 * area.height ? 2 : 1;
            if (layout.numColumns != columns) {
                layout.numColumns = columns;
                summaryData.horizontalSpan = columns;
                control.layout(true);
            }
        });
        sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kdring-throughput-sampler");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleWithFixedDelay(this::tick, 0, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
        control.addDisposeListener(e -> sampler.shutdownNow());
        setSeries(ThroughputSeries.EMPTY);
    }

    private Chart chart(String unit) {
        Chart chart = new Chart(control, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.getAxisSet().getXAxis(0).getTitle().setText(ThroughputSeries.LIVE_AXIS);
        chart.getAxisSet().getYAxis(0).getTitle().setText(unit);
        // ticks every 25 px instead of SWTChart's 64: a chart in a short view still labels its y axis (the first
        // wave showed only "0" until the view was maximised)
        chart.getAxisSet().getYAxis(0).getTick().setTickMarkStepHint(25);
        line(chart, TO_DEBUGGER, new Color(0x1f, 0x77, 0xb4));
        line(chart, TO_TARGET, new Color(0xd6, 0x27, 0x28));
        return chart;
    }

    private static void line(Chart chart, String id, Color color) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setLineColor(color);
        series.setLineWidth(2);
        series.setLineStyle(LineStyle.SOLID);
        series.setSymbolType(PlotSymbolType.NONE);
        series.setAntialias(SWT.ON);
    }

    /** Shows {@code newSession} (null: none), sampling it at once off the UI thread. Any thread. */
    public void setSession(WorkbenchChannel newSession) {
        session.set(newSession);
        if (!sampler.isShutdown()) {
            sampler.execute(this::tick);
        }
    }

    /** Sampler thread: computes the series and hands it to the UI thread. */
    private void tick() {
        java.util.function.Supplier<List<WorkbenchChannel>> sessions = compared;
        if (sessions != null) {
            List<ThroughputSeries> all = sampleAll(sessions.get());
            if (!display.isDisposed()) {
                display.asyncExec(() -> setComparison(all));
            }
            return;
        }
        ThroughputSeries series = sample();
        if (!display.isDisposed()) {
            display.asyncExec(() -> setSeries(series));
        }
    }

    /**
     * Compares channels instead of showing one: one line per channel (both directions together), labelled
     * with its transport, so that ring and UART channels stand side by side. Null: back to the one session.
     * Any thread.
     */
    public void setCompared(java.util.function.Supplier<List<WorkbenchChannel>> sessions) {
        compared = sessions;
        if (!sampler.isShutdown()) {
            sampler.execute(this::tick);
        }
    }

    /** Computes the series of {@code sessions}. Any thread; no I/O. */
    public static List<ThroughputSeries> sampleAll(List<WorkbenchChannel> sessions) {
        long now = System.currentTimeMillis() * 1_000_000L;
        List<ThroughputSeries> all = new ArrayList<>();
        for (WorkbenchChannel session : sessions) {
            all.add(ThroughputSeries.of(session, now, ThroughputSeries.DEFAULT_WINDOW_SECONDS));
        }
        return all;
    }

    /** Draws one line per channel. UI thread. */
    public void setComparison(List<ThroughputSeries> all) {
        if (control.isDisposed()) {
            return;
        }
        shownComparison = List.copyOf(all);
        compare(bytes, all, true);
        compare(packets, all, false);
        StringBuilder text = new StringBuilder("Comparing " + all.size() + " channel(s); peak bytes/s in one direction:");
        for (ThroughputSeries series : all) {
            text.append("   ").append(series.title()).append(' ')
                    .append(ChannelsTable.formatRate(series.peakBytesPerSecond()));
        }
        summary.setText(text.toString());
    }

    /**
     * @return what a comparison compares, by name: "demo-ring (ring) vs demo-uart (uart)", a capture marked as
     *         such; never "ring vs UART" when both are ring
     */
    public static String comparisonTitle(List<ThroughputSeries> all) {
        if (all.isEmpty()) {
            return "no channels";
        }
        List<String> names = new ArrayList<>();
        for (ThroughputSeries series : all) {
            int dash = series.title().indexOf(" \u2014 ");
            String name = dash > 0 ? series.title().substring(0, dash) : series.title();
            names.add(name + " (" + series.transport() + (series.title().endsWith("(capture)") ? ", capture" : "")
                    + ")");
        }
        return String.join(" vs ", names);
    }

    /**
     * @return the x axis of a comparison: live channels count seconds before now, captures seconds into
     *         themselves (each from its own start), and a mix says both
     */
    public static String comparisonAxis(List<ThroughputSeries> all) {
        boolean captures = all.stream().anyMatch(ThroughputSeries::capture);
        boolean live = all.stream().anyMatch(series -> !series.capture());
        if (captures && live) {
            return "live: " + ThroughputSeries.LIVE_AXIS + "; captures: seconds into each capture";
        }
        return captures ? "seconds into each capture" : ThroughputSeries.LIVE_AXIS;
    }

    private static final Color[] PALETTE = { new Color(0x1f, 0x77, 0xb4), new Color(0xd6, 0x27, 0x28),
            new Color(0x2c, 0xa0, 0x2c), new Color(0xff, 0x7f, 0x0e), new Color(0x94, 0x67, 0xbd) };

    private static void compare(Chart chart, List<ThroughputSeries> all, boolean bytesPerSecond) {
        for (ISeries<?> line : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(line.getId());
        }
        double peak = 0;
        int index = 0;
        for (ThroughputSeries series : all) {
            String id = series.title() + " [" + series.transport() + "]";
            line(chart, id, PALETTE[index++ % PALETTE.length]);
            ISeries<?> line = chart.getSeriesSet().getSeries(id);
            if (series.seconds().length < 3) {
                ((ILineSeries<?>) line).setSymbolType(PlotSymbolType.CIRCLE);
            }
            double[] y = new double[series.seconds().length];
            for (int i = 0; i < y.length; i++) {
                y[i] = bytesPerSecond ? series.bytesToDebugger()[i] + series.bytesToTarget()[i]
                        : series.packetsToDebugger()[i] + series.packetsToTarget()[i];
                peak = Math.max(peak, y[i]);
            }
            line.setXSeries(series.seconds());
            line.setYSeries(y);
        }
        chart.getTitle().setText((bytesPerSecond ? "Bytes/s" : "Packets/s") + " \u2014 " + comparisonTitle(all)
                + ", both directions");
        chart.getAxisSet().getXAxis(0).getTitle().setText(comparisonAxis(all));
        chart.getAxisSet().adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, peak <= 0 ? 1 : peak * 1.15));
        chart.redraw();
    }

    /** @return the series the comparison shows now (tests) */
    public List<ThroughputSeries> shownComparison() {
        return shownComparison;
    }

    /** Computes what the charts should show now. Any thread; no I/O (in-memory samples only). */
    public ThroughputSeries sample() {
        WorkbenchChannel current = session.get();
        return current == null ? ThroughputSeries.EMPTY
                : ThroughputSeries.of(current, System.currentTimeMillis() * 1_000_000L,
                        ThroughputSeries.DEFAULT_WINDOW_SECONDS);
    }

    /** Copies {@code series} into the charts. UI thread. */
    public void setSeries(ThroughputSeries series) {
        if (control.isDisposed()) {
            return;
        }
        shown = series;
        for (Chart chart : new Chart[] { bytes, packets }) {
            if (chart.getSeriesSet().getSeries(TO_DEBUGGER) == null) {
                for (ISeries<?> line : chart.getSeriesSet().getSeries()) {
                    chart.getSeriesSet().deleteSeries(line.getId());
                }
                line(chart, TO_DEBUGGER, new Color(0x1f, 0x77, 0xb4));
                line(chart, TO_TARGET, new Color(0xd6, 0x27, 0x28));
            }
        }
        set(bytes, series, series.bytesToDebugger(), series.bytesToTarget(), "Bytes/s");
        set(packets, series, series.packetsToDebugger(), series.packetsToTarget(), "Packets/s");
        int last = series.seconds().length - 1;
        summary.setText(last < 0 ? series.title()
                : series.capture() ? String.format(Locale.ROOT, "%s    %.0f s captured from %s    peak: %s, %.0f packets/s",
                        series.title(), series.seconds()[last] + 1, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME
                                .format(java.time.LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(
                                        series.startMillis()), java.time.ZoneId.systemDefault())),
                        ChannelsTable.formatRate(series.peakBytesPerSecond()), series.peakPacketsPerSecond())
                : String.format(Locale.ROOT, "%s    now: %s \u2192 debugger, %s \u2192 target    peak: %s, %.0f packets/s",
                        series.title(), ChannelsTable.formatRate(series.bytesToDebugger()[last]),
                        ChannelsTable.formatRate(series.bytesToTarget()[last]),
                        ChannelsTable.formatRate(series.peakBytesPerSecond()), series.peakPacketsPerSecond()));
    }

    private static void set(Chart chart, ThroughputSeries series, double[] toDebugger, double[] toTarget,
            String unit) {
        String transport = series.transport().isEmpty() ? "" : " [" + series.transport() + "]";
        chart.getTitle().setText(unit + " \u2014 " + series.title());
        chart.getAxisSet().getXAxis(0).getTitle().setText(series.axis());
        for (ISeries<?> line : chart.getSeriesSet().getSeries()) {
            boolean down = line.getId().equals(TO_DEBUGGER);
            // a capture of a second or two is one or two points: marked, or no line would show them
            ((ILineSeries<?>) line).setSymbolType(series.seconds().length < 3 ? PlotSymbolType.CIRCLE
                    : PlotSymbolType.NONE);
            line.setXSeries(series.seconds());
            line.setYSeries(down ? toDebugger : toTarget);
            line.setDescription(line.getId() + transport);
        }
        chart.getAxisSet().adjustRange();
        double peak = 0;
        for (int i = 0; i < toDebugger.length; i++) {
            peak = Math.max(peak, Math.max(toDebugger[i], toTarget[i]));
        }
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, peak <= 0 ? 1 : peak * 1.15));
        chart.redraw();
    }

    /** @return the series the charts show now (tests) */
    public ThroughputSeries shown() {
        return shown;
    }

    /** @return the bytes/s chart */
    public Chart bytesChart() {
        return bytes;
    }

    /** @return the packets/s chart */
    public Chart packetsChart() {
        return packets;
    }

    /** @return the top-level control */
    public Composite getControl() {
        return control;
    }
}
