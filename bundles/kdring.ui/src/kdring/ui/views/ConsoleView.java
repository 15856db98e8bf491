package kdring.ui.views;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;

import kdring.ui.Preferences;
import kdring.ui.console.ConsoleHistory;
import kdring.ui.console.ConsolePane;
import kdring.ui.session.WorkbenchChannel;

/**
 * The {@code kd>} console of the current channel ({@link ConsolePane}), with Clear and Copy on its toolbar;
 * each channel's history is kept in the workbench's preferences, so it outlives a restart.
 */
public final class ConsoleView extends ChannelViewPart {

    public static final String ID = "kdring.ui.views.console";

    private ConsolePane console;

    @Override
    protected Composite createControl(Composite parent) {
        console = new ConsolePane(parent, ConsoleView::preferenceStore);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        Action clear = new Action("Clear Console") {
            @Override
            public void run() {
                console.clear();
            }
        };
        clear.setToolTipText("Clear the console's output (the history stays)");
        clear.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ETOOL_CLEAR));
        Action copy = new Action("Copy Console") {
            @Override
            public void run() {
                console.copy();
            }
        };
        copy.setToolTipText("Copy the selected output, or all of it, to the clipboard");
        copy.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
        toolbar.add(clear);
        toolbar.add(copy);
        return console.getControl();
    }

    @Override
    protected void show(WorkbenchChannel session) {
        console.setSession(session);
    }

    @Override
    public void setFocus() {
        console.input().setFocus();
    }

    /** @return the console (tests) */
    public ConsolePane console() {
        return console;
    }

    /** The preference key of a channel's history. */
    static String historyKey(WorkbenchChannel channel) {
        return "console.history." + channel.info().key();
    }

    /** A channel's history, kept one line a command in the workbench's preferences. */
    public static ConsoleHistory.Store preferenceStore(WorkbenchChannel channel) {
        String key = historyKey(channel);
        return new ConsoleHistory.Store() {
            @Override
            public List<String> load() {
                try {
                    String kept = InstanceScope.INSTANCE.getNode(Preferences.NODE).get(key, "");
                    return kept.isEmpty() ? List.of() : Arrays.asList(kept.split("\n"));
                } catch (RuntimeException | LinkageError e) {
                    return List.of(); // no instance area (or outside OSGi): the history starts empty
                }
            }

            @Override
            public void save(List<String> lines) {
                try {
                    var node = InstanceScope.INSTANCE.getNode(Preferences.NODE);
                    node.put(key, String.join("\n", lines));
                    node.flush();
                } catch (BackingStoreException | RuntimeException | LinkageError e) {
                    System.err.println("kdring: the console's history was not saved: " + e);
                }
            }
        };
    }
}
