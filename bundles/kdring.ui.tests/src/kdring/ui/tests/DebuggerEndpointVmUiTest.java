package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import kdring.model.story.StoryEvent;
import kdring.ui.actions.ChannelAction;
import kdring.ui.actions.ChannelJobs;
import kdring.ui.commands.ChannelHandler;
import kdring.ui.session.TargetState;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;

/**
 * The workbench's Replace Debugger and Disconnect Debugger on the demo VM's WinDbg endpoint, with real TCP
 * debuggers: enabled only while one is attached; a second debugger is refused with the reason; after
 * Replace the next one takes over; Disconnect closes it with the reason written to it and told in the
 * Events view.
 */
@Tag("vm")
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class DebuggerEndpointVmUiTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private Display display;
    private WorkbenchChannel demo;
    private ChannelHandler replace;
    private ChannelHandler disconnect;

    /** A raw TCP debugger that reads everything until the endpoint closes it. */
    private static final class RawDebugger implements AutoCloseable {
        final Socket socket = new Socket();
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        final CountDownLatch closed = new CountDownLatch(1);

        RawDebugger(int port) throws IOException {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[4096];
                try (InputStream in = socket.getInputStream()) {
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        synchronized (received) {
                            received.write(buffer, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // closed
                } finally {
                    closed.countDown();
                }
            }, "test-raw-debugger-" + socket.getLocalPort());
            reader.setDaemon(true);
            reader.start();
        }

        String name() {
            return "tcp 127.0.0.1:" + socket.getLocalPort();
        }

        String text() {
            synchronized (received) {
                return received.toString(StandardCharsets.ISO_8859_1);
            }
        }

        boolean isClosed() {
            return closed.getCount() == 0;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @BeforeEach
    void open() {
        System.setProperty("kdring.ui.noDialogs", "true");
        display = Display.getDefault();
    }

    @AfterEach
    void close() throws Exception {
        if (replace != null) {
            replace.dispose();
            disconnect.dispose();
        }
        if (demo != null) {
            WorkbenchChannels.getDefault().remove(demo);
            demo.close();
        }
    }

    private boolean told(String text) {
        return demo.story().events(Set.of(StoryEvent.Kind.CHANNEL), 0, 10_000).events().stream()
                .anyMatch(e -> e.detail().contains(text));
    }

    @Test
    void replaceAndDisconnectTheAttachedDebugger() throws Exception {
        IStatus launched = CaptureUiTest.finish(display, ChannelJobs.launchDemo(display, "ui-endpoint", "ring", 0, dir));
        assertTrue(launched.isOK(), launched.toString());
        demo = WorkbenchChannels.getDefault().sessions().stream().filter(s -> s.info().vm().equals("ui-endpoint"))
                .findFirst().orElseThrow();
        WorkbenchChannels.getDefault().select(demo);
        replace = new ChannelHandler(ChannelAction.REPLACE_DEBUGGER);
        disconnect = new ChannelHandler(ChannelAction.DISCONNECT_DEBUGGER);
        UiTestSupport.waitUntil(display, WAIT, "the target running on the ring",
                () -> demo.targetState().kind() == TargetState.Kind.RUNNING);
        assertFalse(replace.isEnabled() || disconnect.isEnabled(), "no debugger is attached yet");
        assertTrue(ChannelAction.DISCONNECT_DEBUGGER.whyNot(demo).orElseThrow().startsWith("no debugger is attached"));
        int port = Integer.parseInt(demo.info().windbgCommand().replaceAll(".*ipport=(\\d+).*", "$1"));

        try (RawDebugger first = new RawDebugger(port)) {
            UiTestSupport.waitUntil(display, WAIT, "Replace and Disconnect enabled once a debugger is attached",
                    () -> replace.isEnabled() && disconnect.isEnabled());
            try (RawDebugger second = new RawDebugger(port)) {
                UiTestSupport.waitUntil(display, WAIT, "the second debugger turned away", second::isClosed);
                assertTrue(second.text().contains("is in use by " + first.name()), second.text());
            }
            IStatus replaced = CaptureUiTest.finish(display, ChannelJobs.replaceDebugger(display, demo));
            assertFalse(replaced.matches(IStatus.ERROR | IStatus.CANCEL), replaced.toString());
            assertTrue(replaced.getMessage().endsWith("replaces " + first.name()), replaced.getMessage());
            assertTrue(told("debugger replacement allowed: " + first.name() + " (asked by the workbench"));
            try (RawDebugger third = new RawDebugger(port)) {
                UiTestSupport.waitUntil(display, WAIT, "the replaced debugger closed", first::isClosed);
                UiTestSupport.waitUntil(display, WAIT, "the replacement in the Events view",
                        () -> told("debugger disconnected: " + first.name() + " (replaced by " + third.name()));

                IStatus gone = CaptureUiTest.finish(display, ChannelJobs.disconnectDebugger(display, demo));
                assertFalse(gone.matches(IStatus.ERROR | IStatus.CANCEL), gone.toString());
                assertTrue(gone.getMessage().equals("disconnected " + third.name()), gone.getMessage());
                UiTestSupport.waitUntil(display, WAIT, "the disconnected debugger closed", third::isClosed);
                assertTrue(third.text().endsWith("kdring: the debugger was disconnected: "
                        + ChannelJobs.DISCONNECT_REASON + "\n"), "the reason is written to it last: " + third.text());
                assertTrue(told("debugger disconnected: " + third.name() + " (" + ChannelJobs.DISCONNECT_REASON + ")"));
                UiTestSupport.waitUntil(display, WAIT, "Replace and Disconnect disabled again",
                        () -> !replace.isEnabled() && !disconnect.isEnabled());
            }
        }
        List<String> lines = demo.story().events(Set.of(StoryEvent.Kind.CHANNEL), 0, 10_000).events().stream()
                .map(StoryEvent::detail).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("debugger refused:")), lines.toString());
    }
}
