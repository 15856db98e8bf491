package kdring.ui.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The lines typed into one channel's {@code kd>} console, newest last, with Up/Down navigation as a shell
 * has it. Capped at {@link #MAX_LINES} (the oldest go); a line equal to the one before it is kept once; an
 * empty line is not kept. Each change is written to its {@link Store}, so the history outlives the
 * workbench. Confined to the UI thread.
 */
public final class ConsoleHistory {

    /** Lines kept per channel. */
    public static final int MAX_LINES = 200;
    /** Characters kept of one line (a pasted wall of text is not history). */
    public static final int MAX_LINE = 1000;

    /** Where a history is kept between runs. */
    public interface Store {
        /** @return the lines kept, oldest first (empty when none) */
        List<String> load();

        /** Keeps {@code lines}, oldest first; a failure is the store's to swallow (history is a convenience). */
        void save(List<String> lines);
    }

    private final Store store;
    private final List<String> lines;
    /** Where Up/Down is: {@code lines.size()} means "below the newest" (the line being typed). */
    private int cursor;
    /** What was being typed when Up was first pressed, given back by Down past the newest line. */
    private String draft = "";

    /** The history kept in {@code store}. */
    public ConsoleHistory(Store store) {
        this.store = Objects.requireNonNull(store);
        List<String> loaded = new ArrayList<>();
        for (String line : store.load()) {
            String clean = clean(line);
            if (!clean.isEmpty()) {
                loaded.add(clean);
            }
        }
        this.lines = new ArrayList<>(loaded.subList(Math.max(0, loaded.size() - MAX_LINES), loaded.size()));
        this.cursor = lines.size();
    }

    /** A history kept nowhere (a channel without a key, tests). */
    public static ConsoleHistory inMemory() {
        return new ConsoleHistory(new Store() {
            @Override
            public List<String> load() {
                return List.of();
            }

            @Override
            public void save(List<String> kept) {
                // nowhere
            }
        });
    }

    /** Adds a line the user ran, and puts navigation back below the newest line. */
    public void add(String line) {
        String clean = clean(line);
        cursor = lines.size();
        draft = "";
        if (clean.isEmpty() || (!lines.isEmpty() && lines.get(lines.size() - 1).equals(clean))) {
            return;
        }
        lines.add(clean);
        while (lines.size() > MAX_LINES) {
            lines.remove(0);
        }
        cursor = lines.size();
        store.save(List.copyOf(lines));
    }

    /**
     * Up: the line before the one shown.
     *
     * @param typing what the input line holds now (kept, and given back by {@link #next} past the newest)
     * @return the older line, or {@code typing} unchanged at the oldest
     */
    public String previous(String typing) {
        if (cursor == lines.size()) {
            draft = typing;
        }
        if (cursor == 0) {
            return lines.isEmpty() ? typing : lines.get(0);
        }
        return lines.get(--cursor);
    }

    /** Down: the line after the one shown, or what was being typed past the newest. */
    public String next() {
        if (cursor >= lines.size() - 1) {
            cursor = lines.size();
            return draft;
        }
        return lines.get(++cursor);
    }

    /** @return the lines, oldest first */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    private static String clean(String line) {
        String oneLine = line.replace('\r', ' ').replace('\n', ' ').strip();
        return oneLine.length() > MAX_LINE ? oneLine.substring(0, MAX_LINE) : oneLine;
    }
}
