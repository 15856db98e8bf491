package kdring.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import kdring.ui.views.ChannelsView;

/** The one perspective of the workbench: channels on the left, the session's views around them. */
public final class DebuggingPerspective implements IPerspectiveFactory {

    public static final String ID = "kdring.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(ChannelsView.ID, true, IPageLayout.LEFT, 0.5f, layout.getEditorArea());
    }
}
