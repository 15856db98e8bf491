package kdring.ui.actions;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * A user-visible kdring Job: in {@link ChannelJobs#FAMILY}, with progress, and a failure that ends in a
 * dialog saying what failed and what to do. Subclasses do the work in {@link #work}.
 */
abstract class KdringJob extends Job {

    /** Work that may fail with any exception. */
    @FunctionalInterface
    interface Work {
        IStatus run(IProgressMonitor monitor) throws Exception;
    }

    private final Display display;
    private final String failureTitle;
    private final String advice;
    private final Work work;

    /**
     * @param name         the Job's name (progress view)
     * @param failureTitle the error dialog's title
     * @param advice       what the user can do when it fails (after the failure's own message)
     */
    KdringJob(Display display, String name, String failureTitle, String advice, Work work) {
        super(name);
        this.display = display;
        this.failureTitle = failureTitle;
        this.advice = advice;
        this.work = work;
        setUser(true);
    }

    /** Creates and schedules such a job. */
    static Job schedule(Display display, String name, String failureTitle, String advice, Work work) {
        Job job = new KdringJob(display, name, failureTitle, advice, work) {
        };
        job.schedule();
        return job;
    }

    @Override
    protected final IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            return work.run(monitor);
        } catch (Exception e) {
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            ChannelJobs.fail(display, failureTitle, e instanceof ChannelJobs.NotNowException
                    ? why.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + why.substring(1) + "."
                    : getName() + " failed: " + why + "\n\n" + advice);
            return Status.error(getName() + " failed: " + why, e);
        } finally {
            monitor.done();
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ChannelJobs.FAMILY;
    }
}
