package kdring.ui.views;

import org.eclipse.swt.widgets.Composite;

import kdring.ui.session.WorkbenchChannel;

/**
 * The current channel's memory at a typed expression, virtual or physical, a page at a time, with
 * {@code ??} where unreadable, {@code module!export} labels and in-place edits. See {@link MemoryPanel}.
 */
public final class MemoryView extends ChannelViewPart {

    public static final String ID = "kdring.ui.views.memory";

    private MemoryPanel panel;

    @Override
    protected Composite createControl(Composite parent) {
        panel = new MemoryPanel(parent);
        return panel.getControl();
    }

    @Override
    protected void show(WorkbenchChannel session) {
        panel.setSession(session);
    }

    /** @return the view's panel (tests drive it) */
    public MemoryPanel panel() {
        return panel;
    }
}
