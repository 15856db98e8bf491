package kdring.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import kdring.ui.views.ChannelsView;
import kdring.ui.views.ConsoleView;
import kdring.ui.views.DebugOutputView;
import kdring.ui.views.DisassemblyView;
import kdring.ui.views.EventsView;
import kdring.ui.views.MemoryView;
import kdring.ui.views.ModulesView;
import kdring.ui.views.PacketTraceView;
import kdring.ui.views.RegistersView;
import kdring.ui.views.ThroughputView;

/**
 * The kdring Debug perspective: the channels across the top (like Eclipse's Debug view, with the target
 * state of each), the live packet trace below them, the session's events, modules, debug output and
 * throughput under it, and beside those the stopped target's views: the kd&gt; console, registers, memory and
 * disassembly. Every view can be closed and reopened from Window &gt; Show View.
 */
public final class DebuggingPerspective implements IPerspectiveFactory {

    public static final String ID = "kdring.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addView(ChannelsView.ID, IPageLayout.TOP, 0.2f, editors);
        layout.addView(PacketTraceView.ID, IPageLayout.BOTTOM, 0.2f, editors);
        IFolderLayout session = layout.createFolder("kdring.ui.folders.session", IPageLayout.BOTTOM, 0.66f,
                PacketTraceView.ID);
        session.addView(EventsView.ID);
        session.addView(ModulesView.ID);
        session.addView(DebugOutputView.ID);
        session.addView(ThroughputView.ID);
        // the stopped target's views together beside the session's: the kd> console, registers, memory and code
        // (eight tabs in one folder were cut to two letters each at 1024 pixels; a column beside the trace cut
        // the trace's filter bar short)
        IFolderLayout target = layout.createFolder("kdring.ui.folders.target", IPageLayout.RIGHT, 0.5f,
                "kdring.ui.folders.session");
        target.addView(ConsoleView.ID);
        target.addView(RegistersView.ID);
        target.addView(MemoryView.ID);
        target.addView(DisassemblyView.ID);
        for (String id : new String[] { ChannelsView.ID, PacketTraceView.ID, EventsView.ID, ModulesView.ID,
                DebugOutputView.ID, ThroughputView.ID, ConsoleView.ID, RegistersView.ID, MemoryView.ID,
                DisassemblyView.ID }) {
            layout.getViewLayout(id).setCloseable(true);
            layout.addShowViewShortcut(id);
        }
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
    }
}
