package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import kdring.server.ChannelConfig;
import kdring.server.HttpService;
import kdring.server.api.ApiHandler;
import kdring.server.api.ApiModel;
import kdring.server.api.ApiToken;
import kdring.server.channels.ChannelFactory;
import kdring.server.channels.ChannelRegistry;
import kdring.transport.ChannelState;
import kdring.ui.actions.RemoteJobs;
import kdring.ui.remote.ConnectDialog;
import kdring.ui.session.ChannelInfo;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;
import kdring.ui.views.ChannelsTable;
import kdring.ui.views.ChannelsView;
import kdring.ui.views.EventsTable;
import kdring.ui.views.ModulesTable;
import kdring.ui.views.PacketTraceTable;
import kdring.ui.views.ThroughputChart;

/**
 * A remote kdring service for real, in-process: the reference guest under QEMU served by the real channel
 * registry and Jetty service. The user connects with URL and token; the service's channel appears under its
 * host beside a local one, and break-in, modules and go work over HTTP while events and throughput arrive
 * over the WebSocket stream.
 */
@Tag("vm")
class RemoteServiceUiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static Path dir;
    private static ChannelRegistry channels;
    private static HttpService service;
    private static ApiToken token;

    private Display display;
    private Shell shell;
    private WorkbenchChannel local;

    @BeforeAll
    static void startService() throws Exception {
        dir = Files.createTempDirectory("kdring-ui-remote");
        token = ApiToken.loadOrCreate(dir.resolve("token"));
        channels = new ChannelRegistry();
        channels.add(ChannelFactory.open(ChannelConfig.demo(0), dir, dir.resolve("captures")));
        ApiHandler api = new ApiHandler(channels, token, () -> new ApiModel.Health("ok", "test", "", 1));
        service = new HttpService("127.0.0.1", 0, null, api, channels, token);
        service.start();
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
        if (channels != null) {
            channels.close();
        }
        if (dir != null) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                // a temp folder left behind is not a test failure
            }
        }
    }

    @BeforeEach
    void open() throws Exception {
        System.setProperty("kdring.ui.noDialogs", "true");
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("kdring \u2014 remote service");
        shell.setLayout(new FillLayout());
        shell.setSize(1300, 900);
        local = WorkbenchChannel.record(new ChannelInfo("local", "demo-uart", ""), dir.resolve("local.kdcap"));
        WorkbenchChannels.getDefault().add(local);
    }

    @AfterEach
    void close() throws Exception {
        for (WorkbenchChannel session : WorkbenchChannels.getDefault().sessions()) {
            WorkbenchChannels.getDefault().remove(session);
            session.close();
        }
        for (Shell s : display.getShells()) {
            s.dispose();
        }
    }

    private String[] askDialog(String url, String secret) throws Exception {
        ConnectDialog dialog = new ConnectDialog(shell);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.fill(url, "");
        Button connect = PreferencesUiTest.button(dialog.getShell(), "Connect");
        assertNotNull(connect);
        assertFalse(connect.isEnabled(), "no token, no Connect");
        assertTrue(dialog.getErrorMessage().contains("token"), dialog.getErrorMessage());
        dialog.fill(url, secret);
        assertTrue(connect.isEnabled());
        connect.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(Window.OK, dialog.getReturnCode());
        return new String[] { dialog.url(), dialog.token() };
    }

    @Test
    void aWrongTokenIsRefusedWithWhatToDo() throws Exception {
        String[] input = askDialog(service.baseUri().toString(), "not-the-token");
        IStatus status = CaptureUiTest.finish(display, RemoteJobs.connect(display, input[0], input[1]));
        assertEquals(IStatus.ERROR, status.getSeverity());
        assertTrue(status.getMessage().contains("refused the token"), status.getMessage());
        IStatus nobody = CaptureUiTest.finish(display, RemoteJobs.connect(display, "http://127.0.0.1:1", "x"));
        assertTrue(nobody.getMessage().contains("no kdring service answers"), nobody.getMessage());
    }

    @Test
    void remoteChannelsAppearUnderTheirHostAndAnswerBreakInModulesGo() throws Exception {
        String[] input = askDialog(service.baseUri().toString(), token.value());
        IStatus status = CaptureUiTest.finish(display, RemoteJobs.connect(display, input[0], input[1]));
        assertTrue(ExportWizardUiTest.done(status), status.toString());
        String host = service.baseUri().getRawAuthority();
        WorkbenchChannel remote = WorkbenchChannels.getDefault().current().orElseThrow();
        assertEquals(host, remote.info().host());
        assertEquals(WorkbenchChannel.Kind.REMOTE, remote.kind());

        SashForm sash = new SashForm(shell, SWT.VERTICAL);
        ChannelsTable table = new ChannelsTable(sash);
        SashForm middle = new SashForm(sash, SWT.HORIZONTAL);
        ModulesTable modules = new ModulesTable(middle);
        EventsTable events = new EventsTable(middle);
        ThroughputChart throughput = new ThroughputChart(sash);
        PacketTraceTable trace = new PacketTraceTable(sash);
        sash.setWeights(10, 25, 30, 35);
        trace.setTrace(remote.trace());
        trace.setFollowTail(true);
        modules.setSession(remote);
        events.setSession(remote);
        throughput.setSession(remote);
        shell.open();

        // state and transport are live state of the channel, refreshed from the service, not frozen at connect
        UiTestSupport.waitUntil(display, WAIT, "the remote channel open on the ring",
                () -> remote.status().state() == kdring.model.session.ChannelState.OPEN
                        && "ring".equals(remote.status().transportName()));
        IStatus noCapture = CaptureUiTest.finish(display,
                RemoteJobs.downloadCapture(display, remote, dir.resolve("downloads")));
        assertTrue(noCapture.getMessage().contains("start a capture"), noCapture.getMessage());
        IStatus capturing = CaptureUiTest.finish(display, RemoteJobs.capture(display, remote, true));
        assertTrue(capturing.getMessage().contains("capturing into"), capturing.toString());
        String stop = remote.control().orElseThrow().breakIn();
        assertTrue(stop.contains("stopped"), stop);
        int walked = remote.control().orElseThrow().listModules().size();
        assertTrue(walked >= 2, "modules: " + walked);
        UiTestSupport.waitUntil(display, WAIT, "the modules in the table", () -> modules.getTable().getItemCount() == walked);
        UiTestSupport.waitUntil(display, WAIT, "the stop from the stream",
                () -> SessionViewsUiTest.column(events.getTable(), 1).contains("stopped"));
        // the service serves the stop's address and reason as fields of the event, not only as words
        kdring.model.story.StoryEvent stopEvent = remote.story().events(java.util.Set.of(
                kdring.model.story.StoryEvent.Kind.STOPPED), 0, 100).events().get(0);
        kdring.model.story.StoryEvent.Stop where = stopEvent.stopped()
                .orElseThrow(() -> new AssertionError("no stop fields in " + stopEvent));
        assertTrue(stopEvent.detail().contains(String.format("0x%016X", where.address())), stopEvent.detail());
        assertTrue(stopEvent.detail().contains("(" + where.reason() + ")"), stopEvent.detail());
        assertEquals(where.describe(), remote.targetState().text(), "the remote target state from the fields");
        byte[] pattern = remote.control().orElseThrow().readVirtual(kdring.hv.qemu.ReferenceGuest.PATTERN_VA, 64);
        assertEquals(-1, kdring.hv.qemu.ReferenceGuest.firstPatternMismatch(pattern, 0));
        remote.control().orElseThrow().go();
        // the live packet trace: the service's trace route, decoded here, the module walk's requests included
        UiTestSupport.waitUntil(display, WAIT, "the remote packet trace in the table",
                () -> remote.trace().count() > 2 * walked && trace.shownRows() == remote.trace().count()
                        && trace.isSettled());
        assertTrue(remote.trace().page(0, (int) remote.trace().count()).stream()
                .anyMatch(row -> row.api().contains("ReadVirtualMemory")), "decoded requests in the remote trace");
        UiTestSupport.waitUntil(display, WAIT, "throughput from the stream",
                () -> !remote.throughputHistory().isEmpty() && throughput.shown().peakBytesPerSecond() > 0);

        List<kdring.ui.views.ChannelRow> rows = ChannelsView.rows(WorkbenchChannels.getDefault().sessions());
        table.setRows(rows);
        assertEquals("local", rows.get(0).host(), "local channels first");
        assertEquals(host, rows.get(1).host(), "then each remote host's");
        Screenshots.save(shell, "remote-service.png");

        assertTrue(ExportWizardUiTest.done(CaptureUiTest.finish(display, RemoteJobs.capture(display, remote, false))));
        IStatus downloaded = CaptureUiTest.finish(display,
                RemoteJobs.downloadCapture(display, remote, dir.resolve("downloads")));
        assertTrue(downloaded.isOK(), downloaded.toString());
        WorkbenchChannel offline = WorkbenchChannels.getDefault().current().orElseThrow();
        assertTrue(offline.isOffline());
        assertEquals("ring", offline.status().transportName());
        assertTrue(offline.trace().count() > 10, "packets in the downloaded capture: " + offline.trace().count());
        assertTrue(CaptureUiTest.finish(display, kdring.ui.actions.ChannelJobs.close(display, offline)).isOK());

        IStatus closed = CaptureUiTest.finish(display, kdring.ui.actions.ChannelJobs.close(display, remote));
        assertTrue(closed.isOK(), closed.toString());
        assertFalse(WorkbenchChannels.getDefault().sessions().contains(remote), "disconnected channels leave the views");
    }
}
