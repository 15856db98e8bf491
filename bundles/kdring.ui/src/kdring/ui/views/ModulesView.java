package kdring.ui.views;

import org.eclipse.swt.widgets.Composite;

import kdring.ui.session.WorkbenchChannel;

/** The current channel's loaded modules, sortable and searchable. */
public final class ModulesView extends ChannelViewPart {

    public static final String ID = "kdring.ui.views.modules";

    private ModulesTable table;

    @Override
    protected Composite createControl(Composite parent) {
        table = new ModulesTable(parent);
        return table.getControl();
    }

    @Override
    protected void show(WorkbenchChannel session) {
        table.setSession(session);
    }
}
