package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.transport.ChannelState;
import kdring.ui.actions.AttachJobs;
import kdring.ui.attach.AttachRequest;
import kdring.ui.attach.AttachVmDialog;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;

/**
 * Attach to a QEMU VM the user started: the reference guest runs under QEMU with the handshake device,
 * the user types its sockets and RAM file into the Attach dialog (which shows the matching snippets),
 * presses Attach, and the Job opens the channel; the built-in debugger then breaks in and goes.
 */
@Tag("vm")
class AttachVmUiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private QemuVm vm;

    @BeforeEach
    void open() {
        System.setProperty("kdring.ui.noDialogs", "true");
        display = Display.getDefault();
        shell = new Shell(display);
    }

    @AfterEach
    void close() throws Exception {
        for (Shell s : display.getShells()) {
            s.dispose();
        }
        for (WorkbenchChannel session : WorkbenchChannels.getDefault().sessions()) {
            WorkbenchChannels.getDefault().remove(session);
            session.close();
        }
        if (vm != null) {
            vm.close();
        }
    }

    private AttachRequest askDialog(String name, Path port, Path serial, Path memory, String screenshot)
            throws Exception {
        AttachVmDialog dialog = new AttachVmDialog(shell);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().setSize(900, 760);
        dialog.fill(name, port.toString(), serial.toString(), memory.toString());
        assertTrue(dialog.qemuSnippet().contains("mem-path=" + memory + ",share=on"), dialog.qemuSnippet());
        assertTrue(dialog.qemuSnippet().contains("path=" + port + ",server=on"), dialog.qemuSnippet());
        assertTrue(dialog.libvirtSnippet().contains(serial.toString()), dialog.libvirtSnippet());
        assertTrue(dialog.xenSnippet().contains("isa-debugcon,iobase=0xe10"), dialog.xenSnippet());
        if (screenshot != null) {
            Screenshots.save(dialog.getShell(), screenshot);
        }
        Button attach = PreferencesUiTest.button(dialog.getShell(), "Attach");
        assertNotNull(attach);
        assertTrue(attach.isEnabled());
        attach.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(Window.OK, dialog.getReturnCode());
        return dialog.request().orElseThrow();
    }

    @Test
    void emptyFieldsDisableAttachWithAReason() {
        AttachVmDialog dialog = new AttachVmDialog(shell);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.fill("win10", "", "", "/dev/shm/kdring-win10");
        Button attach = PreferencesUiTest.button(dialog.getShell(), "Attach");
        assertFalse(attach.isEnabled());
        assertTrue(dialog.getErrorMessage().contains("socket"), dialog.getErrorMessage());
        dialog.fill("", "/run/kdring/x.port", "", "/dev/shm/kdring-x");
        assertTrue(dialog.getErrorMessage().contains("name"), dialog.getErrorMessage());
        dialog.fill("x", "/run/kdring/x.port", "", "");
        assertTrue(dialog.getErrorMessage().contains("the rings live there"), dialog.getErrorMessage());
        assertFalse(attach.isEnabled());
        dialog.fill("x", "", "/run/kdring/x.serial", "");
        assertEquals(null, dialog.getErrorMessage(), "the serial socket alone is a stock-kdcom VM");
        assertTrue(attach.isEnabled());
    }

    @Test
    void otherAdaptersAreOfferedWithTheirSettingsAndXenOnlyInDom0() throws Exception {
        AttachVmDialog dialog = new AttachVmDialog(shell);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().setSize(900, 760);
        assertTrue(dialog.hypervisors().containsAll(java.util.List.of("qemu", "libvirt")), dialog.hypervisors().toString());
        assertFalse(dialog.hypervisors().contains("xen"), "this machine is no Xen dom0: " + dialog.hypervisors());
        dialog.fill("win11", "", "", "");
        dialog.chooseHypervisor("libvirt");
        Button attach = PreferencesUiTest.button(dialog.getShell(), "Attach");
        assertTrue(attach.isEnabled(), dialog.getErrorMessage());
        dialog.setting("domain", "");
        assertFalse(attach.isEnabled());
        assertTrue(dialog.getErrorMessage().startsWith("Give 'domain'"), dialog.getErrorMessage());
        dialog.setting("domain", "kdring-no-such-domain");
        Screenshots.save(dialog.getShell(), "attach-libvirt-dialog.png");
        attach.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        AttachRequest request = dialog.request().orElseThrow();
        assertEquals("libvirt", request.hypervisor());
        assertEquals(java.util.Map.of("domain", "kdring-no-such-domain", "uri", "qemu:///system"), request.settings());
        IStatus status = CaptureUiTest.finish(display, AttachJobs.attach(display, request, dir));
        assertEquals(IStatus.ERROR, status.getSeverity());
        // libvirtd may or may not run here: either way virsh's own words say what failed
        assertTrue(status.getMessage().contains("virsh -c qemu:///system dumpxml kdring-no-such-domain failed"),
                status.getMessage());
    }

    @Test
    void pausingTheIdleVmNeedsItsQmpSocketAndIsHandedToTheAdapter() {
        AttachVmDialog dialog = new AttachVmDialog(shell);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.fill("win10", "/run/kdring/win10.port", "", "/dev/shm/kdring-win10");
        Button attach = PreferencesUiTest.button(dialog.getShell(), "Attach");
        assertTrue(attach.isEnabled());
        dialog.allowPause("", true);
        assertFalse(attach.isEnabled());
        assertTrue(dialog.getErrorMessage().contains("QMP socket"), dialog.getErrorMessage());
        dialog.allowPause("/run/kdring/win10.qmp", true);
        assertTrue(attach.isEnabled());
        attach.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        AttachRequest request = dialog.request().orElseThrow();
        assertEquals("yes", request.settings().get(AttachRequest.PAUSE_IDLE));
        assertEquals("/run/kdring/win10.qmp", request.settings().get(AttachRequest.QMP_SOCKET));
    }

    @Test
    void aVmThatIsNotRunningFailsWithWhatToDo() throws Exception {
        AttachRequest request = askDialog("absent", dir.resolve("absent.port"), dir.resolve("absent.serial"),
                dir.resolve("absent.ram"), null);
        IStatus status = CaptureUiTest.finish(display, AttachJobs.attach(display, request, dir));
        assertEquals(IStatus.ERROR, status.getSeverity());
        assertTrue(status.getMessage().contains("no guest RAM file at " + dir.resolve("absent.ram")),
                status.getMessage());
    }

    @Test
    void attachToAStockKdcomVmByItsSerialSocketAlone() throws Exception {
        vm = ReferenceGuest.launchSerialOnly("ui-kdcom", dir, Accelerator.detect().accelerator());
        AttachVmDialog dialog = new AttachVmDialog(shell);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.fill("ui-kdcom", "", vm.spec().serialSocket().toString(), "");
        Button attach = PreferencesUiTest.button(dialog.getShell(), "Attach");
        assertTrue(attach.isEnabled(), dialog.getErrorMessage());
        attach.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        AttachRequest request = dialog.request().orElseThrow();
        assertEquals("uart", request.transport());
        assertEquals(java.util.Map.of("serial-socket", vm.spec().serialSocket().toString()), request.settings());
        IStatus status = CaptureUiTest.finish(display, AttachJobs.attach(display, request, dir.resolve("captures")));
        assertTrue(ExportWizardUiTest.done(status), status.toString());
        WorkbenchChannel session = WorkbenchChannels.getDefault().current().orElseThrow();
        assertEquals("local/ui-kdcom", session.info().key());
        String stop = session.control().orElseThrow().breakIn();
        assertTrue(stop.contains("stopped"), stop);
        assertEquals(150, session.control().orElseThrow().listModules().size());
        session.control().orElseThrow().go();
    }

    @Test
    void attachToTheReferenceGuestBreakInAndGo() throws Exception {
        vm = ReferenceGuest.launch(ReferenceGuest.Options.of("ui-attach", "ring"), dir,
                Accelerator.detect().accelerator());
        AttachRequest request = askDialog("ui-attach", vm.spec().channelSocket(), vm.spec().serialSocket(),
                vm.spec().memoryFile(), "attach-vm-dialog.png");
        assertEquals("ring", request.transport());
        IStatus status = CaptureUiTest.finish(display, AttachJobs.attach(display, request, dir.resolve("captures")));
        assertTrue(ExportWizardUiTest.done(status), status.toString());
        WorkbenchChannel session = WorkbenchChannels.getDefault().current().orElseThrow();
        assertEquals("local/ui-attach", session.info().key());
        assertTrue(session.info().windbgCommand().startsWith("windbg -k com:ipport="), session.info().windbgCommand());
        UiTestSupport.waitUntil(display, WAIT, "the ring channel open", () -> session.status().state() == kdring.model.session.ChannelState.OPEN);
        String stop = session.control().orElseThrow().breakIn();
        assertTrue(stop.contains("stopped"), stop);
        assertTrue(session.control().orElseThrow().listModules().size() >= 2);
        session.control().orElseThrow().go();
    }
}
