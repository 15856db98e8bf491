package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.server.HttpService;
import kdring.server.api.ApiHandler;
import kdring.server.api.ApiModel;
import kdring.server.api.ApiToken;
import kdring.server.channels.ChannelRegistry;
import kdring.ui.Preferences;
import kdring.ui.actions.AttachJobs;
import kdring.ui.actions.ChannelAction;
import kdring.ui.actions.RemoteJobs;
import kdring.ui.attach.AttachRequest;
import kdring.ui.attach.AttachVmDialog;
import kdring.ui.session.ChannelInfo;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;

/**
 * Feedback the first wave did not give, each as a new user met it: a connect to a service that serves no
 * channels said nothing; Attach forgot what was typed after an error; Download Remote Capture on a local
 * channel failed with an unrelated error; file dialogs opened on an empty "Recent" list.
 */
class FeedbackUiTest {

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;

    @BeforeEach
    void open() {
        System.setProperty("kdring.ui.noDialogs", "true");
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setSize(600, 400);
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
        System.clearProperty("kdring.captures");
    }

    @Test
    void aConnectToAServiceWithNoChannelsSaysSo() throws Exception {
        ApiToken token = ApiToken.loadOrCreate(dir.resolve("token"));
        try (ChannelRegistry none = new ChannelRegistry()) {
            HttpService service = new HttpService("127.0.0.1", 0, null,
                    new ApiHandler(none, token, () -> new ApiModel.Health("ok", "test", "", 0)), none, token);
            service.start();
            try {
                IStatus status = CaptureUiTest.finish(display,
                        RemoteJobs.connect(display, service.baseUri().toString(), token.value()));
                assertEquals(IStatus.INFO, status.getSeverity(), status.toString());
                assertTrue(status.getMessage().contains("serves no channels yet"), status.getMessage());
                assertTrue(WorkbenchChannels.getDefault().sessions().isEmpty());
            } finally {
                service.close();
            }
        }
    }

    @Test
    void attachRemembersWhatWasTypedAfterAnError() throws Exception {
        Path port = dir.resolve("gone.port");
        Path serial = dir.resolve("gone.serial");
        Path memory = dir.resolve("gone.ram");
        AttachRequest typed = attach(d -> d.fill("gone-vm", port.toString(), serial.toString(), memory.toString()));
        IStatus failed = CaptureUiTest.finish(display, AttachJobs.attach(display, typed, dir));
        assertEquals(IStatus.ERROR, failed.getSeverity(), "the VM is not there: " + failed);
        // the dialog opens again with what was typed: Attach is enabled without typing anything
        AttachRequest again = attach(d -> { });
        assertEquals(typed, again);
    }

    private AttachRequest attach(java.util.function.Consumer<AttachVmDialog> typing) {
        AttachVmDialog dialog = new AttachVmDialog(shell);
        dialog.setBlockOnOpen(false);
        dialog.open();
        typing.accept(dialog);
        Button attach = PreferencesUiTest.button(dialog.getShell(), "Attach");
        assertNotNull(attach);
        assertTrue(attach.isEnabled(), "Attach enabled: " + dialog.getErrorMessage());
        attach.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(Window.OK, dialog.getReturnCode());
        return dialog.request().orElseThrow();
    }

    @Test
    void downloadRemoteCaptureOnALocalChannelSaysWhy() throws Exception {
        try (WorkbenchChannel local = WorkbenchChannel.record(new ChannelInfo("local", "demo-ring", ""),
                dir.resolve("local.kdcap"))) {
            assertFalse(ChannelAction.DOWNLOAD_CAPTURE.enabledFor(Optional.of(local)));
            String why = ChannelAction.DOWNLOAD_CAPTURE.whyNot(local).orElseThrow();
            assertTrue(why.contains("not a remote service's channel"), why);
            assertTrue(ChannelAction.BREAK_IN.whyNot(local).isEmpty() || !ChannelAction.BREAK_IN.whyNot(local)
                    .get().contains("remote"), "Break is judged by the target, not by remoteness");
        }
    }

    @Test
    void fileDialogsStartInTheCaptureFolderEvenBeforeItExists() throws Exception {
        Path folder = dir.resolve("not-yet/captures");
        System.setProperty("kdring.captures", folder.toString());
        assertFalse(Files.exists(folder));
        assertEquals(folder, Preferences.dialogFolder());
        assertTrue(Files.isDirectory(folder), "created, so that the dialog can open there");
        Path blocked = Files.writeString(dir.resolve("a-file"), "in the way");
        System.setProperty("kdring.captures", blocked.resolve("captures").toString());
        assertEquals(Path.of(System.getProperty("user.home")), Preferences.dialogFolder(),
                "a folder that cannot be made: the home folder, never the working directory");
    }
}
