package kdring.ui.views;

import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * A request to the target for a view, off the UI thread: the work runs in a system Job (the debugger answers
 * within its deadlines), and what it returns runs on the UI thread while the view's control lives. A failure
 * goes to the view's own message line, never to a dialog: a view that follows every stop must not open one
 * per stop.
 */
final class TargetJob {

    /** Work for the target: returns what to do on the UI thread with its answer. */
    @FunctionalInterface
    interface Work {
        Runnable run() throws Exception;
    }

    private TargetJob() {
    }

    /**
     * Schedules {@code work} named {@code name}; on failure {@code failed} gets "name failed: why" on the UI
     * thread.
     */
    static Job schedule(Control owner, String name, Work work, Consumer<String> failed) {
        return schedule(owner, name, 0, work, failed);
    }

    /** As {@link #schedule(Control, String, Work, Consumer)}, starting after {@code delayMillis}. */
    static Job schedule(Control owner, String name, long delayMillis, Work work, Consumer<String> failed) {
        Display display = owner.getDisplay();
        Job job = Job.create(name, monitor -> {
            Runnable then;
            try {
                then = work.run();
            } catch (Exception e) {
                String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
                then = () -> failed.accept(name + " failed: " + why);
            }
            Runnable onUi = then;
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!owner.isDisposed()) {
                        onUi.run();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule(delayMillis);
        return job;
    }
}
