package kdring.ui.views;

import org.eclipse.swt.widgets.Composite;

import kdring.ui.session.WorkbenchChannel;

/**
 * The current channel's stopped processor: its registers in the layout's names, changes since the previous
 * stop in red, a processor selector, values edited in place (SetContext). See {@link RegistersPanel}.
 */
public final class RegistersView extends ChannelViewPart {

    public static final String ID = "kdring.ui.views.registers";

    private RegistersPanel panel;

    @Override
    protected Composite createControl(Composite parent) {
        panel = new RegistersPanel(parent);
        return panel.getControl();
    }

    @Override
    protected void show(WorkbenchChannel session) {
        panel.setSession(session);
    }

    /** @return the view's panel (tests drive it) */
    public RegistersPanel panel() {
        return panel;
    }
}
