package kdring.ui.views;

import org.eclipse.swt.widgets.Composite;

import kdring.ui.session.WorkbenchChannel;

/** Break-ins, resumes, resets, faults and connects of the current channel. */
public final class EventsView extends ChannelViewPart {

    public static final String ID = "kdring.ui.views.events";

    private EventsTable table;

    @Override
    protected Composite createControl(Composite parent) {
        table = new EventsTable(parent);
        return table.getControl();
    }

    @Override
    protected void show(WorkbenchChannel session) {
        table.setSession(session);
    }
}
