package kdring.ui;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import kdring.ui.actions.ChannelJobs;

/** The kdring workbench ({@code ./kdring workbench}): an Eclipse RCP application on the 3.x workbench. */
public final class WorkbenchApplication implements IApplication {

    /** Every workbench window title starts with this, so that users and tests can find it. */
    public static final String TITLE = "kdring";
    /** System property that makes the workbench boot the demo VM on startup. */
    public static final String DEMO_PROPERTY = "kdring.demo";
    /** The key binding context of every kdring window (plugin.xml binds Break and Go in it). */
    public static final String DEBUGGING_CONTEXT = "kdring.ui.contexts.debugging";

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        // a JVM that ends some other way (SIGTERM) still stops the channels and the VMs they launched
        Thread shutdown = new Thread(ChannelJobs::closeAll, "kdring-workbench-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new Advisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            ChannelJobs.closeAll();
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                PlatformUI.getWorkbench().close();
            }
        });
    }

    /**
     * The workbench's advisor: the kdring Debug perspective, saved and restored layouts, the window's menus
     * and toolbar ({@link WorkbenchActions}). Public so that UI tests can run the real workbench.
     */
    public static class Advisor extends WorkbenchAdvisor {
        @Override
        public String getInitialWindowPerspectiveId() {
            return DebuggingPerspective.ID;
        }

        /** Views the user closed or moved stay so after a restart (Window > Reset Perspective restores them). */
        @Override
        public void initialize(org.eclipse.ui.application.IWorkbenchConfigurer configurer) {
            configurer.setSaveAndRestore(!Boolean.getBoolean("kdring.ui.noRestore"));
        }

        /**
         * With {@code -Dkdring.demo=true} ({@code ./kdring demo}) the demo VM boots as soon as the window is
         * up, with the transport, WinDbg port and pattern size of the preferences.
         */
        @Override
        public void postStartup() {
            if (Boolean.getBoolean(DEMO_PROPERTY)) {
                ChannelJobs.launchDemo(PlatformUI.getWorkbench().getDisplay(), "demo", Preferences.demoTransport(),
                        Preferences.demoPort(),
                        Preferences.captureFolder());
            }
        }

        @Override
        public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
            return new WindowAdvisor(configurer);
        }
    }

    private static final class WindowAdvisor extends WorkbenchWindowAdvisor {
        WindowAdvisor(IWorkbenchWindowConfigurer configurer) {
            super(configurer);
        }

        @Override
        public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
            return new WorkbenchActions(configurer);
        }

        /** F5 and Ctrl+Break are bound in kdring's own context (child of the window's), so they win there. */
        @Override
        public void postWindowOpen() {
            org.eclipse.ui.contexts.IContextService contexts = getWindowConfigurer().getWindow()
                    .getService(org.eclipse.ui.contexts.IContextService.class);
            if (contexts != null) {
                contexts.activateContext(DEBUGGING_CONTEXT);
            }
        }

        @Override
        public void preWindowOpen() {
            IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
            configurer.setInitialSize(new Point(1280, 800));
            configurer.setShowCoolBar(true);
            configurer.setShowStatusLine(true);
            configurer.setShowProgressIndicator(true);
            configurer.setTitle(TITLE + " — Windows kernel debugging of VMs");
        }
    }
}
