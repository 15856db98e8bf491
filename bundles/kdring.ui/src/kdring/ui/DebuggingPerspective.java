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
 * throughput under it, with the stopped target's registers, memory and disassembly among them, and the kd&gt;
 * console beside them. Every view can be closed and reopened from Window &gt; Show View.
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
        layout.addView(ConsoleView.ID, IPageLayout.RIGHT, 0.5f, "kdring.ui.folders.session");
        for (String id : new String[] { ChannelsView.ID, PacketTraceView.ID, EventsView.ID, ModulesView.ID,
                DebugOutputView.ID, ThroughputView.ID, ConsoleView.ID }) {
            layout.getViewLayout(id).setCloseable(true);
            layout.addShowViewShortcut(id);
        }
        // the stopped target's registers and memory as tabs of the session folder: a column of their own beside
        // the trace would cut the trace's filter bar short at 1024 pixels
        session.addView(RegistersView.ID);
        session.addView(MemoryView.ID);
        for (String id : new String[] { RegistersView.ID, MemoryView.ID }) {
            layout.getViewLayout(id).setCloseable(true);
            layout.addShowViewShortcut(id);
        }
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        // the stopped target's code, a tab of the session folder: beside the trace it would squeeze the
        // trace's filter bar off the window at 1024x700
        session.addView(DisassemblyView.ID);
        layout.getViewLayout(DisassemblyView.ID).setCloseable(true);
        layout.addShowViewShortcut(DisassemblyView.ID);
    }
}
