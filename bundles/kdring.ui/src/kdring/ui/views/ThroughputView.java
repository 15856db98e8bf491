package kdring.ui.views;

import org.eclipse.swt.widgets.Composite;

import kdring.ui.session.LiveSession;

/** Live bytes/s and packets/s of the current channel, per direction, with its transport (ring or UART). */
public final class ThroughputView extends SessionViewPart {

    public static final String ID = "kdring.ui.views.throughput";

    private ThroughputChart chart;

    @Override
    protected Composite createControl(Composite parent) {
        chart = new ThroughputChart(parent);
        return chart.getControl();
    }

    @Override
    protected void show(LiveSession session) {
        chart.setSession(session);
    }
}
