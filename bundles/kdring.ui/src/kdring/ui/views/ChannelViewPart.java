package kdring.ui.views;

import java.util.Optional;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;

import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;

/**
 * A view that shows the workbench's current session ({@link WorkbenchChannels#current()}) and follows it when
 * the user picks another channel. Subclasses build their control and show a session; this class does the
 * listening and the hop to the UI thread.
 */
public abstract class ChannelViewPart extends ViewPart {

    private final WorkbenchChannels.Listener listener = new WorkbenchChannels.Listener() {
        @Override
        public void currentChanged(Optional<WorkbenchChannel> current) {
            Display display = getSite().getShell().getDisplay();
            if (!display.isDisposed()) {
                display.asyncExec(() -> showIfAlive(current.orElse(null)));
            }
        }
    };
    private Composite control;

    @Override
    public final void createPartControl(Composite parent) {
        control = createControl(parent);
        WorkbenchChannels.getDefault().addListener(listener);
        show(WorkbenchChannels.getDefault().current().orElse(null));
    }

    /** Builds the view's control. */
    protected abstract Composite createControl(Composite parent);

    /** Shows {@code session} (null: none). UI thread. */
    protected abstract void show(WorkbenchChannel session);

    private void showIfAlive(WorkbenchChannel session) {
        if (control != null && !control.isDisposed()) {
            show(session);
        }
    }

    /** @return the view's control (null before it is created) */
    public Composite getControl() {
        return control;
    }

    @Override
    public void setFocus() {
        control.setFocus();
    }

    @Override
    public void dispose() {
        WorkbenchChannels.getDefault().removeListener(listener);
        super.dispose();
    }
}
