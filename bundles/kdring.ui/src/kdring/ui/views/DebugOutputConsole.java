package kdring.ui.views;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import kdring.ui.session.WorkbenchChannel;
import kdring.model.story.StoryListener;

/**
 * The target's DbgPrint output as a console: appended in batches, scrolled to the end, trimmed to
 * {@link WorkbenchChannel#PRINT_WINDOW} characters. Confined to the UI thread.
 */
public final class DebugOutputConsole {

    private final Composite control;
    private final StyledText text;
    private final UiBatcher<String> updates;
    private final StoryListener listener;
    private WorkbenchChannel session;

    public DebugOutputConsole(Composite parent) {
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new FillLayout());
        text = new StyledText(control, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        text.setFont(JFaceResources.getTextFont());
        updates = new UiBatcher<>(control, 50, this::append);
        listener = new StoryListener() {
            @Override
            public void printed(int processor, String printed) {
                updates.offer(printed);
            }
        };
        control.addListener(SWT.Dispose, e -> setSession(null));
    }

    /** Follows {@code newSession}'s debug output (null: shows nothing). */
    public void setSession(WorkbenchChannel newSession) {
        if (session != null) {
            session.unsubscribe(listener);
        }
        session = newSession;
        if (control.isDisposed()) {
            return;
        }
        text.setText("");
        if (newSession != null) {
            append(List.of(newSession.subscribe(listener).prints()));
        }
    }

    /** UI thread: applies queued updates now (tests use it to settle). */
    public void flush() {
        updates.deliver();
    }

    /** Empties the console (the session keeps its output). */
    public void clear() {
        text.setText("");
    }

    private void append(List<String> parts) {
        StringBuilder joined = new StringBuilder();
        parts.forEach(joined::append);
        if (joined.isEmpty()) {
            return;
        }
        text.append(joined.toString());
        int excess = text.getCharCount() - WorkbenchChannel.PRINT_WINDOW;
        if (excess > 0) {
            text.replaceTextRange(0, excess, "");
        }
        text.setTopIndex(Math.max(0, text.getLineCount() - 1));
    }

    public Composite getControl() {
        return control;
    }

    /** @return everything the console shows */
    public String getText() {
        return text.getText();
    }
}
