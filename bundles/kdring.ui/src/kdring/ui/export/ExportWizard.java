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

    /**
     * The channels of {@code registry} (the current one first), then the captures in {@code folder}, newest
     * first, that are not already a channel's recording.
     */
    public static List<ExportSourceChoice> sources(WorkbenchChannels registry, java.nio.file.Path folder) {
        List<ExportSourceChoice> choices = new java.util.ArrayList<>(sources(registry));
        java.util.Set<java.nio.file.Path> known = new java.util.HashSet<>();
        choices.forEach(c -> known.add(c.capture().toAbsolutePath().normalize()));
        for (java.nio.file.Path capture : capturesIn(folder)) {
            if (known.add(capture.toAbsolutePath().normalize())) {
                choices.add(new ExportSourceChoice("capture \u2014 " + capture.getFileName(), capture, ""));
            }
        }
        return choices;
    }

    /** @return the {@code .kdcap} files in {@code folder}, newest first (none when it does not exist) */
    public static List<java.nio.file.Path> capturesIn(java.nio.file.Path folder) {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".kdcap"))
                    .sorted(java.util.Comparator.comparing((java.nio.file.Path f) -> f.toFile().lastModified())
                            .reversed())
                    .limit(500).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
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
