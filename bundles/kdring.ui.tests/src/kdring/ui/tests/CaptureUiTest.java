package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.model.persist.SessionStore;
import kdring.transport.ChannelState;
import kdring.ui.actions.CaptureJobs;
import kdring.ui.actions.ChannelJobs;
import kdring.ui.session.ChannelInfo;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;
import kdring.ui.views.ChannelsTable;
import kdring.ui.views.ChannelsView;
import kdring.ui.views.EventsTable;
import kdring.ui.views.ModulesTable;
import kdring.ui.views.PacketTraceTable;

/**
 * Start and stop a capture of a live channel as Jobs, then open the capture offline: the registry makes it
 * the current session and the views, following the registry as the workbench's do, show its story.
 */
class CaptureUiTest {

    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private WorkbenchChannel live;

    @BeforeEach
    void open() throws Exception {
        System.setProperty("kdring.ui.noDialogs", "true");
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("kdring \u2014 reopened capture");
        shell.setLayout(new FillLayout());
        shell.setSize(1300, 850);
        live = WorkbenchChannel.record(new ChannelInfo("local", "demo-ring", "windbg -k com:ipport=50001,port=127.0.0.1"), dir.resolve("session.kdcap"));
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

    /** Runs the event loop until {@code job} is done, and returns its result. */
    static IStatus finish(Display display, Job job) {
        UiTestSupport.waitUntil(display, WAIT, job.getName(), () -> job.getResult() != null);
        return job.getResult();
    }

    @Test
    void captureStartStopThenOpenOfflineInEveryView() throws Exception {
        live.channelState(ChannelState.OPEN, "hello v1", System.currentTimeMillis() * 1_000_000L);
        new KdTraffic(live).print("before the capture\n");
        Path folder = dir.resolve("captures");
        assertTrue(finish(display, CaptureJobs.start(display, live, folder)).isOK());
        assertTrue(live.capturing().isPresent());
        new KdTraffic(live)
                .load("\\SystemRoot\\system32\\ntoskrnl.exe", KdTraffic.NT_BASE, 0x00A4_6000, 0x00A1_2B3C)
                .load("\\SystemRoot\\system32\\hal.dll", 0xFFFFF80002E00000L, 0x0006_9000, 0x0007_1234)
                .print("kdring: captured\n")
                .breakIn()
                .stop(KdTraffic.NT_BASE + 0x10)
                .go();
        IStatus stopped = finish(display, CaptureJobs.stop(display, live));
        assertTrue(stopped.getMessage().contains("captured"), stopped.getMessage());
        assertFalse(live.capturing().isPresent());
        List<Path> captures;
        try (var files = Files.list(folder)) {
            captures = files.filter(p -> p.toString().endsWith(".kdcap")).toList();
        }
        assertEquals(1, captures.size(), captures.toString());
        Path capture = captures.get(0);
        assertTrue(Files.isRegularFile(SessionStore.metadataFor(capture)), "metadata beside the capture");

        // The views follow the registry, as the workbench's views do.
        SashForm sash = new SashForm(shell, SWT.VERTICAL);
        ChannelsTable channels = new ChannelsTable(sash);
        PacketTraceTable trace = new PacketTraceTable(sash);
        SashForm bottom = new SashForm(sash, SWT.HORIZONTAL);
        ModulesTable modules = new ModulesTable(bottom);
        EventsTable events = new EventsTable(bottom);
        sash.setWeights(15, 50, 35);
        WorkbenchChannels.Listener follow = new WorkbenchChannels.Listener() {
            @Override
            public void currentChanged(Optional<WorkbenchChannel> current) {
                display.asyncExec(() -> current.ifPresent(s -> {
                    channels.setRows(ChannelsView.rows(WorkbenchChannels.getDefault().sessions()));
                    trace.setTrace(s.trace());
                    modules.setSession(s);
                    events.setSession(s);
                }));
            }
        };
        WorkbenchChannels.getDefault().addListener(follow);
        shell.open();
        try {
            assertTrue(finish(display, CaptureJobs.open(display, capture)).isOK());
            WorkbenchChannel reopened = WorkbenchChannels.getDefault().current().orElseThrow();
            assertTrue(reopened.isOffline());
            assertEquals("capture", reopened.info().host());
            assertEquals("ring", reopened.status().transportName(), "transport from the .kdsession");
            assertTrue(reopened.info().windbgCommand().contains("50001"), reopened.info().windbgCommand());
            UiTestSupport.waitUntil(display, WAIT, "two modules", () -> modules.getTable().getItemCount() == 2);
            // print, two loads, stop, go: 5 data packets with their ACKs, and the break-in byte
            UiTestSupport.waitUntil(display, WAIT, "11 packets", () -> trace.shownRows() == 11);
            UiTestSupport.waitUntil(display, WAIT, "the stop",
                    () -> SessionViewsUiTest.column(events.getTable(), 1).contains("stopped"));
            assertEquals("capture", channels.getTable().getItem(0).getText(0));
            assertEquals("offline capture", channels.getTable().getItem(0).getText(2));
            Screenshots.save(shell, "capture-reopened.png");

            assertTrue(finish(display, ChannelJobs.close(display, reopened)).isOK());
            assertFalse(WorkbenchChannels.getDefault().sessions().contains(reopened), "closed captures leave the views");
        } finally {
            WorkbenchChannels.getDefault().removeListener(follow);
        }
    }

    @Test
    void openingSomethingThatIsNotACaptureFailsWithAReason() throws Exception {
        Path bogus = dir.resolve("notes.kdcap");
        Files.writeString(bogus, "these are not KD bytes");
        IStatus status = finish(display, CaptureJobs.open(display, bogus));
        assertEquals(IStatus.ERROR, status.getSeverity());
        assertTrue(status.getMessage().contains("notes.kdcap"), status.getMessage());
        assertTrue(WorkbenchChannels.getDefault().sessions().isEmpty());
        IStatus missing = finish(display, CaptureJobs.open(display, dir.resolve("gone.kdcap")));
        assertTrue(missing.getMessage().contains("no capture file"), missing.getMessage());
    }
}
