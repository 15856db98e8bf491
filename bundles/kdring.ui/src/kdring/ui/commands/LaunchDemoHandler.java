package kdring.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.swt.widgets.Display;

import kdring.ui.Preferences;
import kdring.ui.actions.ChannelJobs;

/**
 * Launches a demo VM on the transport plugin.xml names after a colon ({@code :ring} or {@code :uart}), with its
 * WinDbg endpoint on a free port. UI thread; the launch is a Job.
 */
public final class LaunchDemoHandler extends AbstractHandler implements IExecutableExtension {

    private String transport = "ring";

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if ("uart".equals(data)) {
            transport = "uart";
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        ChannelJobs.launchDemo(Display.getDefault(), "demo-" + transport, transport, 0, Preferences.captureFolder());
        return null;
    }
}
