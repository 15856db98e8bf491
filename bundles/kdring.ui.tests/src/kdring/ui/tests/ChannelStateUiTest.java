package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.transport.ChannelState;
import kdring.ui.actions.CaptureJobs;
import kdring.ui.actions.ChannelAction;
import kdring.ui.actions.ChannelJobs;
import kdring.ui.session.ChannelInfo;
import kdring.ui.session.TargetState;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;
import kdring.ui.views.ChannelsTable;
import kdring.ui.views.ChannelsView;
import kdring.ui.views.EventsTable;

/**
 * The target's state as the Channels view shows it, from the story alone: a UART channel whose prints arrive
 * runs (the first wave left it "waiting for the guest's hello"), a stop shows its address and reason, a
 * resume runs again; a capture shows on its channel and in Events; a reopened capture is its own row kind
 * with offline actions only.
 */
class ChannelStateUiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long STOP_AT = 0xFFFFF80002A01234L;

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private ChannelsTable channels;
    private EventsTable events;
    private WorkbenchChannel live;

    @BeforeEach
    void open() throws Exception {
        System.setProperty("kdring.ui.noDialogs", "true");
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("kdring \u2014 channel state");
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 600);
        SashForm sash = new SashForm(shell, SWT.VERTICAL);
        channels = new ChannelsTable(sash);
        events = new EventsTable(sash);
        live = WorkbenchChannel.record(new ChannelInfo("local", "demo-uart", "windbg -k com:ipport=50002,port=127.0.0.1"),
                dir.resolve("session.kdcap"));
        events.setSession(live);
        shell.open();
    }

    @AfterEach
    void close() throws Exception {
        shell.dispose();
        for (WorkbenchChannel s : WorkbenchChannels.getDefault().sessions()) {
            WorkbenchChannels.getDefault().remove(s);
            s.close();
        }
        live.close();
    }

    private String shownState(WorkbenchChannel session) {
        channels.setRows(ChannelsView.rows(List.of(session)));
        return channels.getTable().getItem(0).getText(2);
    }

    @Test
    void uartTrafficRunsStopShowsAddressResumeRuns() throws Exception {
        assertEquals(TargetState.Kind.WAITING, live.targetState().kind());
        assertTrue(shownState(live).startsWith("waiting"), shownState(live));
        // a UART channel never says hello: its prints mean the target runs
        new KdTraffic(live).print("kdring refvm: booted\n");
        UiTestSupport.waitUntil(display, WAIT, "running over the UART", () -> shownState(live).equals("running (uart)"));

        live.channelState(ChannelState.OPEN, "hello v1", System.currentTimeMillis() * 1_000_000L);
        UiTestSupport.waitUntil(display, WAIT, "running on the ring", () -> shownState(live).equals("running (ring)"));

        KdTraffic traffic = new KdTraffic(live);
        traffic.breakIn().stop(STOP_AT);
        UiTestSupport.waitUntil(display, WAIT, "the stop and where",
                () -> shownState(live).equals("stopped at 0xFFFFF80002A01234 (breakpoint)"));
        assertTrue(live.targetState().stopped());
        Screenshots.save(shell, "channel-stopped.png");

        traffic.go();
        UiTestSupport.waitUntil(display, WAIT, "running again", () -> shownState(live).equals("running (ring)"));
        UiTestSupport.waitUntil(display, WAIT, "the resume in words",
                () -> SessionViewsUiTest.column(events.getTable(), 1).contains("resumed"));
    }

    @Test
    void stoppedOnlyActionsSayBreakInFirst() throws Exception {
        live.channelState(ChannelState.OPEN, "hello v1", System.currentTimeMillis() * 1_000_000L);
        live.setControl(new RefusingControl());
        WorkbenchChannels.getDefault().add(live);
        WorkbenchChannels.getDefault().select(live);
        for (ChannelAction action : List.of(ChannelAction.GO, ChannelAction.LIST_MODULES, ChannelAction.READ_MEMORY)) {
            Optional<String> why = action.whyNot(live);
            assertTrue(why.isPresent() && why.get().contains("break in first"), action + ": " + why);
        }
        assertTrue(ChannelAction.BREAK_IN.enabledFor(Optional.of(live)));
        long asked = System.nanoTime();
        var status = CaptureUiTest.finish(display, ChannelJobs.readMemory(display, live, 0xFFFFF80100000000L, 0x100));
        long millis = (System.nanoTime() - asked) / 1_000_000;
        assertFalse(status.isOK());
        assertTrue(status.getMessage().contains("break in first"), status.getMessage());
        assertTrue(millis < 2000, "answered after " + millis + " ms");

        new KdTraffic(live).breakIn().stop(STOP_AT);
        UiTestSupport.waitUntil(display, WAIT, "Go applies once stopped",
                () -> ChannelAction.GO.enabledFor(Optional.of(live)) && !ChannelAction.BREAK_IN.enabledFor(Optional.of(live)));
    }

    @Test
    void captureShowsOnItsChannelAndInEventsAndReopensOfflineWithOfflineActionsOnly() throws Exception {
        live.channelState(ChannelState.OPEN, "hello v1", System.currentTimeMillis() * 1_000_000L);
        Path folder = dir.resolve("captures");
        assertTrue(CaptureUiTest.finish(display, CaptureJobs.start(display, live, folder)).isOK());
        Path file = live.capturing().orElseThrow();
        new KdTraffic(live).print("captured line\n").load("\\SystemRoot\\system32\\ntoskrnl.exe", KdTraffic.NT_BASE,
                0x00A4_6000, 0x00A1_2B3C);
        UiTestSupport.waitUntil(display, WAIT, "the capture on its channel", () -> {
            channels.setRows(ChannelsView.rows(List.of(live)));
            return channels.getTable().getItem(0).getText(5).contains(file.getFileName().toString());
        });
        UiTestSupport.waitUntil(display, WAIT, "the capture's start in Events",
                () -> String.join("\n", SessionViewsUiTest.column(events.getTable(), 2)).contains("capture started: " + file));
        Screenshots.save(shell, "channel-capturing.png");
        var stopped = CaptureUiTest.finish(display, CaptureJobs.stop(display, live));
        assertTrue(stopped.getMessage().contains(file.toString()), stopped.getMessage());
        UiTestSupport.waitUntil(display, WAIT, "the capture's end in Events, with its size",
                () -> String.join("\n", SessionViewsUiTest.column(events.getTable(), 2)).matches("(?s).*capture stopped: .*bytes.*"));
        channels.setRows(ChannelsView.rows(List.of(live)));
        assertEquals("", channels.getTable().getItem(0).getText(5));

        assertTrue(CaptureUiTest.finish(display, CaptureJobs.open(display, file)).isOK());
        WorkbenchChannel offline = WorkbenchChannels.getDefault().current().orElseThrow();
        assertEquals(WorkbenchChannel.Kind.OFFLINE, offline.kind());
        assertEquals(TargetState.Kind.OFFLINE, offline.targetState().kind());
        for (ChannelAction action : ChannelAction.values()) {
            boolean enabled = action.enabledFor(Optional.of(offline));
            assertEquals(action == ChannelAction.CLOSE, enabled, action + " on an offline capture");
        }
        assertTrue(ChannelAction.BREAK_IN.whyNot(offline).orElseThrow().contains("offline"));
        channels.setRows(ChannelsView.rows(List.of(offline)));
        assertEquals("offline capture", channels.getTable().getItem(0).getText(2));
        assertEquals(ChannelsTable.NOT_LIVE, channels.getTable().getItem(0).getText(4));
        assertEquals(ChannelsTable.NOT_LIVE, channels.getTable().getItem(0).getText(6));
        Screenshots.save(shell, "channel-offline.png");
    }

    /** A debugger that is never reached: the actions must refuse before they ask it. */
    private static final class RefusingControl implements kdring.ui.session.DebugControl {
        @Override
        public String breakIn() {
            throw new AssertionError("not reached");
        }

        @Override
        public void go() {
            throw new AssertionError("not reached");
        }

        @Override
        public List<kdring.kd.observer.LoadedModule> listModules() {
            throw new AssertionError("not reached");
        }

        @Override
        public byte[] readVirtual(long address, int length) {
            throw new AssertionError("not reached");
        }

        @Override
        public void close() {
        }
    }
}
