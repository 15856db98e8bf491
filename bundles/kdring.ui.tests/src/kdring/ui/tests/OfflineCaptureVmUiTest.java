package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.observer.LoadedModule;
import kdring.ui.actions.CaptureJobs;
import kdring.ui.actions.ChannelJobs;
import kdring.ui.session.TargetState;
import kdring.ui.session.ThroughputSeries;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;
import kdring.ui.views.ModulesTable;
import kdring.ui.views.ThroughputChart;

/**
 * A capture of the demo VM holding a module listing, reopened offline: the Modules view shows the modules
 * the live session listed (rebuilt from the walk's memory reads in the capture; the first wave showed 0),
 * and the Throughput view draws the capture on its own time axis.
 */
@Tag("vm")
@Timeout(value = 8, unit = java.util.concurrent.TimeUnit.MINUTES)
class OfflineCaptureVmUiTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private DemoVmShell vm;
    private Display display;
    private Shell shell;
    private WorkbenchChannel demo;

    @BeforeEach
    void open() {
        vm = DemoVmShell.open("a capture with a module listing, reopened", 1300, 800);
        display = vm.display();
        shell = vm.shell();
    }

    @AfterEach
    void close() throws Exception {
        vm.close();
    }

    @Test
    void aReopenedCaptureShowsTheModulesItsListingRead() throws Exception {
        demo = vm.launch("ui-offline", dir);
        UiTestSupport.waitUntil(display, WAIT, "the target running on the ring",
                () -> demo.targetState().kind() == TargetState.Kind.RUNNING);
        assertTrue(finish(ChannelJobs.breakIn(display, demo)).isOK());
        UiTestSupport.waitUntil(display, WAIT, "the target stopped", () -> demo.targetState().stopped());

        // capture a module listing, as a user would: Start Capture, List Modules, Stop Capture
        assertTrue(finish(CaptureJobs.start(display, demo, dir.resolve("captures"))).isOK());
        Path capture = demo.capturing().orElseThrow();
        IStatus listed = finish(ChannelJobs.listModules(display, demo));
        assertTrue(listed.isOK(), listed.toString());
        List<LoadedModule> live = demo.modules();
        assertTrue(live.size() >= 100, "the reference guest lists ~150 modules, the walk gave " + live.size());
        IStatus stopped = finish(CaptureJobs.stop(display, demo));
        assertTrue(stopped.getMessage().contains(capture.toString()), stopped.getMessage());
        assertTrue(finish(ChannelJobs.go(display, demo)).isOK());

        // File > Open Capture...: the Modules view of the reopened capture lists the same modules
        SashForm sash = new SashForm(shell, SWT.VERTICAL);
        ModulesTable modules = new ModulesTable(sash);
        ThroughputChart throughput = new ThroughputChart(sash);
        shell.open();
        assertTrue(finish(CaptureJobs.open(display, capture)).isOK());
        WorkbenchChannel reopened = WorkbenchChannels.getDefault().current().orElseThrow();
        assertTrue(reopened.isOffline());
        modules.setSession(reopened);
        throughput.setSession(reopened);
        UiTestSupport.waitUntil(display, WAIT, live.size() + " modules in the Modules view",
                () -> modules.getTable().getItemCount() == live.size(),
                () -> modules.getTable().getItemCount() + " rows");
        assertEquals(live, reopened.modules(), "the same modules, bases, sizes and paths, in the same order");
        int path = ModulesTable.COLUMNS.indexOf("Path");
        assertEquals(live.stream().map(LoadedModule::path).sorted().toList(),
                SessionViewsUiTest.column(modules.getTable(), path).stream().sorted().toList());
        assertTrue(String.join("\n", SessionViewsUiTest.column(modules.getTable(),
                ModulesTable.COLUMNS.indexOf("Source"))).contains("walk"),
                "the rows say they come from the module walk");

        // its throughput on its own time axis: from second 0 of the capture, not "seconds ago"
        UiTestSupport.waitUntil(display, WAIT, "the capture's throughput", () -> throughput.shown().capture()
                && throughput.shown().peakBytesPerSecond() > 0);
        assertEquals(0.0, throughput.shown().seconds()[0]);
        assertEquals(ThroughputSeries.CAPTURE_AXIS,
                throughput.bytesChart().getAxisSet().getXAxis(0).getTitle().getText());
        Screenshots.save(shell, "capture-modules-reopened.png");
    }

    private IStatus finish(org.eclipse.core.runtime.jobs.Job job) {
        UiTestSupport.waitUntil(display, WAIT, job.getName(), () -> job.getResult() != null);
        return job.getResult();
    }
}
