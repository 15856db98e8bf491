package kdring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.transport.ChannelState;
import kdring.ui.actions.ExportJobs;
import kdring.ui.export.ExportFormat;
import kdring.ui.export.ExportSourceChoice;
import kdring.ui.export.ExportWizard;
import kdring.ui.export.WindbgLauncher;
import kdring.ui.session.ChannelInfo;
import kdring.ui.session.WorkbenchChannel;

/**
 * The export wizard in a real WizardDialog: the user picks the channel's capture, a format and a target,
 * presses Finish, and the export Job writes what the model's exporter writes. Also Save WinDbg .cmd.
 */
class ExportWizardUiTest {

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private WorkbenchChannel session;

    @BeforeEach
    void open() throws Exception {
        System.setProperty("kdring.ui.noDialogs", "true");
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setSize(400, 300);
        session = WorkbenchChannel.record(new ChannelInfo("local", "demo-ring", "windbg -k com:ipport=50001,port=127.0.0.1"), dir.resolve("demo-ring.kdcap"));
        session.channelState(ChannelState.OPEN, "hello v1", System.currentTimeMillis() * 1_000_000L);
        new KdTraffic(session)
                .load("\\SystemRoot\\system32\\ntoskrnl.exe", KdTraffic.NT_BASE, 0x00A4_6000, 0x00A1_2B3C)
                .print("kdring: export me\n")
                .breakIn()
                .stop(KdTraffic.NT_BASE + 0x10)
                .go();
    }

    @AfterEach
    void close() throws Exception {
        for (Shell s : display.getShells()) {
            s.dispose();
        }
        session.close();
    }

    /** @return whether {@code status} reports success (OK or INFO with what was written) */
    static boolean done(IStatus status) {
        return status.getSeverity() == IStatus.OK || status.getSeverity() == IStatus.INFO;
    }

    private static Button button(Composite parent, String text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button b && b.getText().replace("&", "").equals(text)) {
                return b;
            }
            if (child instanceof Composite c) {
                Button found = button(c, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private IStatus runWizard(ExportFormat format, Path target, String screenshot) throws Exception {
        ExportWizard wizard = new ExportWizard(List.of(ExportSourceChoice.of(session)),
                request -> ExportJobs.export(display, request));
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Button finish = button(dialog.getShell(), "Finish");
        assertNotNull(finish);
        wizard.page().selectFormat(format);
        wizard.page().targetField().setText("");
        assertFalse(finish.isEnabled(), "no target, no Finish");
        wizard.page().targetField().setText(target.toString());
        assertTrue(finish.isEnabled());
        if (screenshot != null) {
            Screenshots.save(dialog.getShell(), screenshot);
        }
        finish.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "the wizard closed");
        return CaptureUiTest.finish(display, wizard.job());
    }

    @Test
    void pcapngThroughTheWizard() throws Exception {
        Path out = dir.resolve("out/demo.pcapng");
        IStatus status = runWizard(ExportFormat.PCAPNG, out, "export-wizard.png");
        assertTrue(done(status), status.toString());
        assertTrue(status.getMessage().contains("9 packets"), status.getMessage());
        ByteBuffer head = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x0A0D0D0A, head.getInt(0), "pcapng section header block");
    }

    @Test
    void everyFormatWritesWhatTheModelWrites() throws Exception {
        IStatus json = runWizard(ExportFormat.JSON, dir.resolve("demo.json"), null);
        assertTrue(done(json), json.toString());
        assertTrue(Files.readString(dir.resolve("demo.json")).contains("ntoskrnl.exe"));
        IStatus csv = runWizard(ExportFormat.CSV, dir.resolve("csv"), null);
        assertTrue(done(csv), csv.toString());
        assertTrue(Files.isRegularFile(dir.resolve("csv/modules.csv")));
        IStatus windbg = runWizard(ExportFormat.WINDBG, dir.resolve("windbg"), null);
        assertTrue(done(windbg), windbg.toString());
        String connect = Files.readString(dir.resolve("windbg/connect.txt"));
        assertTrue(connect.contains("windbg -k com:ipport=50001,port=127.0.0.1"), connect);
        assertTrue(Files.readString(dir.resolve("windbg/dbgprint.log")).contains("export me"));
    }

    @Test
    void aFolderWhereAFileBelongsFailsWithAReason() throws Exception {
        Files.createDirectories(dir.resolve("taken"));
        IStatus status = runWizard(ExportFormat.PCAPNG, dir.resolve("taken"), null);
        assertEquals(IStatus.ERROR, status.getSeverity());
        assertTrue(status.getMessage().contains("is a folder"), status.getMessage());
    }

    @Test
    void showInFolderAfterAnExportOpensTheExportsFolder() throws Exception {
        // the opener is a real program that writes down what it was asked to open, in place of a file manager
        Path asked = dir.resolve("opener-asked.txt");
        Path opener = dir.resolve("opener.sh");
        Files.writeString(opener, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + asked + ".tmp' && mv '" + asked + ".tmp' '"
                + asked + "'\n");
        assertTrue(opener.toFile().setExecutable(true));
        assertEquals(List.of(), kdring.ui.actions.DesktopOpener.showInFolderCommand(dir.resolve("x.pcapng"), "Linux"),
                "on Linux the desktop's handler opens the folder");
        assertEquals(List.of("explorer.exe", "/select," + dir.resolve("x.pcapng").toAbsolutePath()),
                kdring.ui.actions.DesktopOpener.showInFolderCommand(dir.resolve("x.pcapng"), "Windows 11"),
                "on Windows Explorer opens the folder with the file selected");
        System.setProperty(kdring.ui.actions.DesktopOpener.OPENER_PROPERTY, opener.toString());
        System.setProperty("kdring.ui.noDialogs", "false");
        try {
            Path out = dir.resolve("shown/demo.pcapng");
            String[] confirmation = { null };
            pressWhenShown("Export finished", "Show in Folder", confirmation);
            IStatus status = runWizard(ExportFormat.PCAPNG, out, null);
            assertTrue(done(status), status.toString());
            UiTestSupport.waitUntil(display, CaptureUiTest.WAIT, "Show in Folder pressed", () -> confirmation[0] != null);
            assertTrue(confirmation[0].contains(out.toString()), "the confirmation names the file: " + confirmation[0]);
            UiTestSupport.waitUntil(display, CaptureUiTest.WAIT, "the opener run on the folder", () -> Files.exists(asked));
            assertEquals(out.getParent().toAbsolutePath().toString(), Files.readString(asked).strip());
        } finally {
            System.clearProperty(kdring.ui.actions.DesktopOpener.OPENER_PROPERTY);
            System.setProperty("kdring.ui.noDialogs", "true");
        }
    }

    /**
     * Presses {@code button} of the dialog titled {@code title} once it shows (the dialog runs its own event
     * loop, so the press is polled from timers), keeping its message in {@code message[0]}.
     */
    private void pressWhenShown(String title, String button, String[] message) {
        long deadline = System.nanoTime() + CaptureUiTest.WAIT.toNanos();
        Runnable[] poll = { null };
        poll[0] = () -> {
            for (Shell s : display.getShells()) {
                if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
                    Button pressed = button(s, button);
                    if (pressed != null) {
                        message[0] = texts(s);
                        pressed.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                        return;
                    }
                }
            }
            if (System.nanoTime() < deadline) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
    }

    private static String texts(Composite parent) {
        StringBuilder out = new StringBuilder();
        for (Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label label) {
                out.append(label.getText()).append('\n');
            } else if (child instanceof Composite composite) {
                out.append(texts(composite));
            }
        }
        return out.toString();
    }

    @Test
    void saveWindbgCmdForTheChannel() throws Exception {
        Path file = dir.resolve(WindbgLauncher.fileName(session.info()));
        assertEquals("windbg-demo-ring.cmd", file.getFileName().toString());
        IStatus status = CaptureUiTest.finish(display, ExportJobs.saveWindbgCmd(display, session.info(), file));
        assertTrue(done(status), status.toString());
        String cmd = Files.readString(file);
        assertTrue(cmd.startsWith("@echo off\r\n"), cmd);
        assertTrue(cmd.contains("start \"kdring demo-ring\" windbg.exe -k com:ipport=50001,port=127.0.0.1\r\n"), cmd);
        String none = WindbgLauncher.cmd(new ChannelInfo("capture", "old", ""));
        assertTrue(none.contains("exit /b 1"), none);
    }
}
