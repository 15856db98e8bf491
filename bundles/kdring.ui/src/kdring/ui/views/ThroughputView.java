package kdring.ui.views;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.Composite;

import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;

/**
 * Live bytes/s and packets/s of the current channel, per direction, with its transport (ring or UART); or,
 * with "Compare channels" on, every channel side by side.
 */
public final class ThroughputView extends ChannelViewPart {

    public static final String ID = "kdring.ui.views.throughput";

    private ThroughputChart chart;

    @Override
    protected Composite createControl(Composite parent) {
        chart = new ThroughputChart(parent);
        Action compare = new Action("Compare channels", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                chart.setCompared(isChecked() ? () -> WorkbenchChannels.getDefault().sessions() : null);
            }
        };
        compare.setToolTipText("Plot every channel side by side, each on its own time axis (a capture ends with its "
                + "last sample); the title names what is compared");
        getViewSite().getActionBars().getToolBarManager().add(compare);
        return chart.getControl();
    }

    @Override
    protected void show(WorkbenchChannel session) {
        chart.setSession(session);
    }
}
