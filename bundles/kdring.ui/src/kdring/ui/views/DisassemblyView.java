package kdring.ui.views;

import org.eclipse.swt.widgets.Composite;

import kdring.ui.session.WorkbenchChannel;

/**
 * The selected channel's code at the program counter or at a typed address, following the target as it
 * stops and steps ({@link DisassemblyTable}).
 */
public final class DisassemblyView extends ChannelViewPart {

    public static final String ID = "kdring.ui.views.disassembly";

    private DisassemblyTable table;

    @Override
    protected Composite createControl(Composite parent) {
        table = new DisassemblyTable(parent);
        return table.getControl();
    }

    @Override
    protected void show(WorkbenchChannel session) {
        table.setSession(session);
    }

    /** The view's table (tests drive it). */
    public DisassemblyTable getTable() {
        return table;
    }
}
