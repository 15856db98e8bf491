package kdring.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import kdring.ui.views.ChannelsView;
import kdring.ui.views.DebugOutputView;
import kdring.ui.views.EventsView;
import kdring.ui.views.ModulesView;
import kdring.ui.views.PacketTraceView;
import kdring.ui.views.ThroughputView;

/**
 * The one perspective of the workbench: channels on the left, the live packet trace in the middle, the
 * session's events, modules and debug output below it.
 */
public final class DebuggingPerspective implements IPerspectiveFactory {

    public static final String ID = "kdring.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addView(ChannelsView.ID, IPageLayout.LEFT, 0.28f, editors);
        layout.addView(PacketTraceView.ID, IPageLayout.RIGHT, 0.28f, editors);
        IFolderLayout session = layout.createFolder("kdring.ui.folders.session", IPageLayout.BOTTOM, 0.62f,
                PacketTraceView.ID);
        session.addView(EventsView.ID);
        session.addView(ModulesView.ID);
        session.addView(DebugOutputView.ID);
        session.addView(ThroughputView.ID);
        for (String id : new String[] { ChannelsView.ID, PacketTraceView.ID, EventsView.ID, ModulesView.ID,
                DebugOutputView.ID, ThroughputView.ID }) {
            layout.getViewLayout(id).setCloseable(true);
            layout.addShowViewShortcut(id);
        }
    }
}
