package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import kdring.ui.actions.ChannelJobs;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;

/**
 * What a VM UI test stands on: a shell on the default display (no dialogs: failures go to the views' lines) and
 * the demo VM's local channel, launched by the workbench's own Job on the reference guest. {@link #close()}
 * disposes the shell and closes every channel the test opened (a capture it reopened too). UI thread only.
 */
final class DemoVmShell implements AutoCloseable {

    private final Display display;
    private final Shell shell;

    private DemoVmShell(Display display, Shell shell) {
        this.display = display;
        this.shell = shell;
    }

    /** A shell titled {@code kdring — title}, {@code width}×{@code height}, filled by its one child. */
    static DemoVmShell open(String title, int width, int height) {
        System.setProperty("kdring.ui.noDialogs", "true");
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setText("kdring \u2014 " + title);
        shell.setLayout(new FillLayout());
        shell.setSize(width, height);
        return new DemoVmShell(display, shell);
    }

    Display display() {
        return display;
    }

    Shell shell() {
        return shell;
    }

    /** Boots the demo VM {@code vm} on the ring, its files in {@code dir}; @return its channel, open */
    WorkbenchChannel launch(String vm, Path dir) {
        IStatus launched = CaptureUiTest.finish(display, ChannelJobs.launchDemo(display, vm, "ring", 0, dir));
        assertTrue(launched.isOK(), launched.toString());
        return WorkbenchChannels.getDefault().sessions().stream().filter(s -> s.info().vm().equals(vm)).findFirst()
                .orElseThrow(() -> new AssertionError("no channel for " + vm + " after its launch"));
    }

    @Override
    public void close() throws IOException {
        shell.dispose();
        for (WorkbenchChannel session : WorkbenchChannels.getDefault().sessions()) {
            WorkbenchChannels.getDefault().remove(session);
            session.close();
        }
    }
}
