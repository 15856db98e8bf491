package kdring.ui;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

import kdring.ui.actions.AttachJobs;
import kdring.ui.actions.CaptureJobs;
import kdring.ui.actions.RemoteJobs;
import kdring.ui.attach.AttachVmDialog;
import kdring.ui.remote.ConnectDialog;
import kdring.ui.actions.ExportJobs;
import kdring.ui.export.ExportWizard;
import kdring.ui.session.WorkbenchChannels;

/**
 * The workbench window's menus: File (open a capture, export, attach, connect, preferences, quit). The
 * actions only open dialogs and schedule Jobs; the work happens off the UI thread.
 */
final class WorkbenchActions extends ActionBarAdvisor {

    private Action openCapture;
    private Action export;
    private Action attach;
    private Action connect;
    private org.eclipse.jface.action.IAction preferences;
    private org.eclipse.jface.action.IAction quit;

    WorkbenchActions(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        openCapture = new Action("&Open Capture\u2026") {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
                dialog.setText("Open a kdring capture");
                dialog.setFilterExtensions(new String[] { "*.kdcap", "*" });
                dialog.setFilterNames(new String[] { "kdring captures (*.kdcap)", "All files" });
                dialog.setFilterPath(Preferences.captureFolder().toString());
                String chosen = dialog.open();
                if (chosen != null) {
                    CaptureJobs.open(window.getShell().getDisplay(), Path.of(chosen));
                }
            }
        };
        openCapture.setId("kdring.ui.openCapture");
        export = new Action("&Export…") {
            @Override
            public void run() {
                Display display = window.getShell().getDisplay();
                new WizardDialog(window.getShell(), new ExportWizard(ExportWizard.sources(WorkbenchChannels.getDefault()),
                        request -> ExportJobs.export(display, request))).open();
            }
        };
        export.setId("kdring.ui.export");
        attach = new Action("&Attach to a QEMU VM…") {
            @Override
            public void run() {
                AttachVmDialog dialog = new AttachVmDialog(window.getShell());
                if (dialog.open() == Window.OK) {
                    dialog.request().ifPresent(r -> AttachJobs.attach(window.getShell().getDisplay(), r));
                }
            }
        };
        attach.setId("kdring.ui.attach");
        connect = new Action("&Connect to a kdring service…") {
            @Override
            public void run() {
                ConnectDialog dialog = new ConnectDialog(window.getShell());
                if (dialog.open() == Window.OK) {
                    RemoteJobs.connect(window.getShell().getDisplay(), dialog.url(), dialog.token());
                }
            }
        };
        connect.setId("kdring.ui.connect");
        preferences = ActionFactory.PREFERENCES.create(window);
        quit = ActionFactory.QUIT.create(window);
        register(preferences);
        register(quit);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager("&File", "file");
        file.add(openCapture);
        file.add(export);
        file.add(new Separator());
        file.add(attach);
        file.add(connect);
        file.add(new Separator());
        file.add(preferences);
        file.add(new Separator());
        file.add(quit);
        menuBar.add(file);
    }
}
