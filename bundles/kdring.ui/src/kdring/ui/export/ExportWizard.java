package kdring.ui.export;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.Wizard;

import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.WorkbenchChannels;

/**
 * File > Export…: a wizard over the model's exports (pcapng, JSON, CSV, WinDbg). Finishing schedules the
 * export as a Job (it replays the whole capture) and closes at once. Confined to the UI thread.
 */
public final class ExportWizard extends Wizard {

    private final ExportPage page;
    private final Function<ExportRequest, Job> exporter;
    private Job job;

    /**
     * @param sources  the captures offered, the current channel's first
     * @param exporter schedules the export Job
     */
    public ExportWizard(List<ExportSourceChoice> sources, Function<ExportRequest, Job> exporter) {
        this.page = new ExportPage(sources);
        this.exporter = exporter;
        setWindowTitle("Export");
        setNeedsProgressMonitor(false);
    }

    /** The channels of {@code registry}, the current one first. */
    public static List<ExportSourceChoice> sources(WorkbenchChannels registry) {
        WorkbenchChannel current = registry.current().orElse(null);
        return registry.sessions().stream()
                .sorted((a, b) -> Boolean.compare(b == current, a == current))
                .map(ExportSourceChoice::of).toList();
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        ExportRequest request = page.request();
        if (request == null) {
            return false;
        }
        job = exporter.apply(request);
        return true;
    }

    /** @return the export Job scheduled by Finish, or null before (tests) */
    public Job job() {
        return job;
    }

    /** @return the page (tests drive its widgets) */
    public ExportPage page() {
        return page;
    }
}
