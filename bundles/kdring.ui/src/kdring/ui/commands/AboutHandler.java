package kdring.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Help > About kdring: the version and where the documents are. UI thread. */
public final class AboutHandler extends AbstractHandler {

    /** @return the workbench's version (its bundle's), e.g. "0.1.0.202612070823" */
    public static String version() {
        Bundle bundle = FrameworkUtil.getBundle(AboutHandler.class);
        return bundle == null ? "development" : bundle.getVersion().toString();
    }

    /** @return the About text */
    public static String text() {
        return "kdring " + version() + "\n\n"
                + "Windows kernel debugging of virtual machines through shared-memory rings, bridged to WinDbg.\n\n"
                + "Documents (in the kdring folder): README.md, docs/architecture.md, docs/channel-protocol.md,\n"
                + "docs/capture-format.md, docs/operator-guide.md, docs/windows-guest.md.\n\n"
                + "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch");
    }

    @Override
    public Object execute(ExecutionEvent event) {
        MessageDialog.openInformation(Display.getDefault().getActiveShell(), "About kdring", text());
        return null;
    }
}
