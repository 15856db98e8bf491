package kdring.ui.views;

import org.eclipse.swt.widgets.Composite;

import kdring.ui.session.WorkbenchChannel;

/** The current channel's DbgPrint output, as a console. */
public final class DebugOutputView extends ChannelViewPart {

    public static final String ID = "kdring.ui.views.debugOutput";

    private DebugOutputConsole console;

    @Override
    protected Composite createControl(Composite parent) {
        console = new DebugOutputConsole(parent);
        return console.getControl();
    }

    @Override
    protected void show(WorkbenchChannel session) {
        console.setSession(session);
    }
}
