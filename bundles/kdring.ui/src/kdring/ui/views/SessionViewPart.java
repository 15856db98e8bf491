package kdring.ui.views;

import java.util.Optional;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;

import kdring.ui.session.LiveSession;
import kdring.ui.session.SessionRegistry;

/**
 * A view that shows the workbench's current session ({@link SessionRegistry#current()}) and follows it when
 * the user picks another channel. Subclasses build their control and show a session; this class does the
 * listening and the hop to the UI thread.
 */
public abstract class SessionViewPart extends ViewPart {

    private final SessionRegistry.Listener listener = new SessionRegistry.Listener() {
        @Override
        public void currentChanged(Optional<LiveSession> current) {
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
        SessionRegistry.getDefault().addListener(listener);
        show(SessionRegistry.getDefault().current().orElse(null));
    }

    /** Builds the view's control. */
    protected abstract Composite createControl(Composite parent);

    /** Shows {@code session} (null: none). UI thread. */
    protected abstract void show(LiveSession session);

    private void showIfAlive(LiveSession session) {
        if (control != null && !control.isDisposed()) {
            show(session);
        }
    }

    @Override
    public void setFocus() {
        control.setFocus();
    }

    @Override
    public void dispose() {
        SessionRegistry.getDefault().removeListener(listener);
        super.dispose();
    }
}
