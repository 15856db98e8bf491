package kdring.ui;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
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
 * The workbench window's menus in the Eclipse manner: File (open a capture, export, attach, connect, quit),
 * Run (Break, Go and the channel commands, contributed by plugin.xml through the command framework), Window
 * (Show View, Reset Perspective, Preferences) and Help (About); the main toolbar takes plugin.xml's Run
 * toolbar. The actions only open dialogs and schedule Jobs; the work happens off the UI thread.
 */
final class WorkbenchActions extends ActionBarAdvisor {

    /** Id of the Run menu; plugin.xml contributes Break, Go and the other channel commands to it. */
    static final String RUN_MENU = "kdring.ui.menus.run";

    private Action openCapture;
    private Action export;
    private Action attach;
    private Action connect;
    private org.eclipse.jface.action.IAction preferences;
    private org.eclipse.jface.action.IAction quit;
    private org.eclipse.jface.action.IAction resetPerspective;
    private org.eclipse.jface.action.IContributionItem showViews;

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
                dialog.setFilterPath(Preferences.dialogFolder().toString());
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
                new WizardDialog(window.getShell(), new ExportWizard(ExportWizard.sources(WorkbenchChannels.getDefault(), Preferences.captureFolder()),
                        request -> ExportJobs.export(display, request))).open();
            }
        };
        export.setId("kdring.ui.export");
        attach = new Action("&Attach to a VM…") {
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
        preferences.setToolTipText("kdring's settings: capture folder, demo VM, WinDbg port");
        quit = ActionFactory.QUIT.create(window);
        resetPerspective = ActionFactory.RESET_PERSPECTIVE.create(window);
        resetPerspective.setToolTipText("Put every view back where the kdring Debug perspective has it");
        showViews = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
        openCapture.setToolTipText("Reopen a .kdcap capture offline in every view");
        export.setToolTipText("Export a recording or capture as pcapng, JSON, CSV or a WinDbg replay");
        attach.setToolTipText("Attach to a running VM: QEMU by its sockets and RAM file, libvirt or Xen by name");
        connect.setToolTipText("Follow the channels of a kdring service over HTTP");
        register(preferences);
        register(quit);
        register(resetPerspective);
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
        file.add(quit);
        menuBar.add(file);

        MenuManager run = new MenuManager("&Run", RUN_MENU);
        run.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(run);

        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View", "kdring.ui.menus.showView");
        showView.add(showViews);
        windowMenu.add(showView);
        windowMenu.add(resetPerspective);
        windowMenu.add(new Separator());
        windowMenu.add(preferences);
        menuBar.add(windowMenu);

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(help);
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    }
}
