package kdring.ui.views;

import org.eclipse.swt.widgets.Composite;

import kdring.ui.session.WorkbenchChannel;

/** Every KD packet of the current channel, live, in a virtual table with filters and a details pane. */
public final class PacketTraceView extends ChannelViewPart {

    public static final String ID = "kdring.ui.views.packetTrace";

    private PacketTraceTable table;

    @Override
    protected Composite createControl(Composite parent) {
        table = new PacketTraceTable(parent);
        return table.getControl();
    }

    @Override
    protected void show(WorkbenchChannel session) {
        table.setTrace(session == null ? null : session.trace());
    }
}
