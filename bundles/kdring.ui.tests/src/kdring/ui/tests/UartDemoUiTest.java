package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.ui.actions.ChannelJobs;
import kdring.ui.session.TargetState;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;

/**
 * The UART demo for real: its channel never says hello, yet its target runs (the first wave showed "waiting
 * for the guest's hello" while its DbgPrints arrived), and Detach closes it — the row goes, the session and
 * the VM stop (the first wave's Detach did nothing on it).
 */
@Tag("vm")
class UartDemoUiTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private WorkbenchChannel demo;

    @AfterEach
    void close() throws Exception {
        if (demo != null && WorkbenchChannels.getDefault().sessions().contains(demo)) {
            WorkbenchChannels.getDefault().remove(demo);
            demo.close();
        }
    }

    @Test
    void uartDemoRunsAndDetaches() throws Exception {
        System.setProperty("kdring.ui.noDialogs", "true");
        Display display = Display.getDefault();
        IStatus launched = CaptureUiTest.finish(display, ChannelJobs.launchDemo(display, "ui-uart", "uart", 0, dir));
        assertTrue(launched.isOK(), launched.toString());
        demo = WorkbenchChannels.getDefault().sessions().stream().filter(s -> s.info().vm().equals("ui-uart"))
                .findFirst().orElseThrow();
        UiTestSupport.waitUntil(display, WAIT, "the UART target running", () -> demo.targetState().kind()
                == TargetState.Kind.RUNNING, () -> demo.targetState().text());
        assertTrue(demo.targetState().text().contains("uart"), demo.targetState().text());

        IStatus closed = CaptureUiTest.finish(display, ChannelJobs.close(display, demo));
        assertTrue(closed.isOK(), closed.toString());
        assertFalse(WorkbenchChannels.getDefault().sessions().contains(demo), "the row is gone");
        assertTrue(demo.channelSession().orElseThrow().isClosed(), "the channel session (and its VM) stopped");
        assertTrue(demo.targetState().kind() == TargetState.Kind.CLOSED, demo.targetState().text());
    }
}
