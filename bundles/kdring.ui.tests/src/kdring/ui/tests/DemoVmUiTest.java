package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.observer.LoadedModule;
import kdring.transport.ChannelState;
import kdring.ui.actions.ChannelJobs;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;
import kdring.ui.views.ChannelRow;
import kdring.ui.views.ChannelsTable;
import kdring.ui.views.ChannelsView;
import kdring.ui.views.EventsTable;
import kdring.ui.views.ModulesTable;
import kdring.ui.views.PacketTraceTable;

/**
 * The demo for real: the reference guest boots under QEMU with the ring transport, the views follow its
 * channel, and the built-in debugger breaks in, lists the modules, reads the pattern region and goes.
 */
@Tag("vm")
class DemoVmUiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private WorkbenchChannel demo;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("kdring \u2014 demo VM");
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 950);
    }

    @AfterEach
    void close() throws Exception {
        shell.dispose();
        if (demo != null) {
            WorkbenchChannels.getDefault().remove(demo);
            demo.close();
        }
    }

    @Test
    void demoRingChannelBreakInModulesMemoryGo() throws Exception {
        // the workbench's own launch Job: the demo VM through the hypervisor seam, one channel session
        org.eclipse.core.runtime.IStatus launched = CaptureUiTest.finish(display,
                ChannelJobs.launchDemo(display, "ui-demo", "ring", 0, dir));
        assertTrue(launched.isOK(), launched.toString());
        demo = WorkbenchChannels.getDefault().sessions().stream().filter(s -> s.info().vm().equals("ui-demo"))
                .findFirst().orElseThrow();
        assertEquals(WorkbenchChannel.Kind.LOCAL, demo.kind());
        java.nio.file.Path work = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                "kdring-demo-ui-demo-" + ProcessHandle.current().pid());
        assertTrue(java.nio.file.Files.isDirectory(work), "the demo's work folder is named for the sweep: " + work);
        SashForm sash = new SashForm(shell, SWT.VERTICAL);
        ChannelsTable channels = new ChannelsTable(sash);
        PacketTraceTable trace = new PacketTraceTable(sash);
        TabFolder tabs = new TabFolder(sash, SWT.TOP);
        ModulesTable modules = new ModulesTable(tabs);
        EventsTable events = new EventsTable(tabs);
        TabItem m = new TabItem(tabs, SWT.NONE);
        m.setText("Modules");
        m.setControl(modules.getControl());
        TabItem e = new TabItem(tabs, SWT.NONE);
        e.setText("Events");
        e.setControl(events.getControl());
        sash.setWeights(15, 45, 40);
        trace.setTrace(demo.trace());
        modules.setSession(demo);
        events.setSession(demo);
        shell.open();

        UiTestSupport.waitUntil(display, WAIT, "the ring channel open",
                () -> demo.status().state() == kdring.model.session.ChannelState.OPEN);
        channels.setRows(ChannelsView.rows(List.of(demo)));
        ChannelRow row = ChannelsView.rows(List.of(demo)).get(0);
        assertEquals("ring", row.transport());
        assertTrue(row.windbgCommand().startsWith("windbg -k com:ipport="), row.windbgCommand());

        String stop = demo.control().orElseThrow().breakIn();
        assertTrue(stop.contains("stopped"), stop);
        List<LoadedModule> walked = demo.control().orElseThrow().listModules();
        assertTrue(walked.size() >= 2, "modules: " + walked);
        byte[] pattern = demo.control().orElseThrow().readVirtual(kdring.hv.qemu.ReferenceGuest.PATTERN_VA, 64);
        assertEquals(-1, kdring.hv.qemu.ReferenceGuest.firstPatternMismatch(pattern, 0));

        UiTestSupport.waitUntil(display, WAIT, "the module walk in the table",
                () -> modules.getTable().getItemCount() == walked.size());
        UiTestSupport.waitUntil(display, WAIT, "the stop in the events",
                () -> SessionViewsUiTest.column(events.getTable(), 1).contains("stopped"));
        UiTestSupport.waitUntil(display, WAIT, "packets in the trace", () -> trace.shownRows() > 10);
        tabs.setSelection(0);
        Screenshots.save(shell, "demo-stopped.png");

        demo.control().orElseThrow().go();
        UiTestSupport.waitUntil(display, WAIT, "the resume in the events",
                () -> SessionViewsUiTest.column(events.getTable(), 1).contains("resumed"));
        tabs.setSelection(1);
        Screenshots.save(shell, "demo-resumed.png");

        // closing the channel stops the VM and removes its work folder (a crash leaves it to the next sweep)
        WorkbenchChannels.getDefault().remove(demo);
        demo.close();
        demo = null;
        assertFalse(java.nio.file.Files.exists(work), "work folder removed with the channel: " + work);
    }
}
