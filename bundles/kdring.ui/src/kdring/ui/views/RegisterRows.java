package kdring.ui.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kdring.kd.debugger.ProcessorContext;
import kdring.session.debug.Expressions;

/**
 * What the Registers view shows, computed without SWT: one row per register of the context's layout (x64 or
 * x86, the layout's names and widths), which of them changed since the previous stop of that processor, the
 * processor choice, and the validation of an edited value. Pure functions plus {@link History}, which is
 * confined to the UI thread.
 */
public final class RegisterRows {

    private RegisterRows() {
    }

    /**
     * One register as the view shows it.
     *
     * @param name    the layout's name ({@code rax}, {@code efl}, {@code eip})
     * @param value   zero-padded hex as wide as the register
     * @param changed whether it differs from the previous stop's value
     */
    public record Row(String name, String value, boolean changed) {
    }

    /** The rows of {@code now}, marked changed where {@code before} (null: none known) differs. */
    public static List<Row> rows(ProcessorContext now, ProcessorContext before) {
        List<Row> rows = new ArrayList<>();
        boolean comparable = before != null && before.layout() == now.layout();
        for (ProcessorContext.Register r : now.layout().registers()) {
            long value = now.get(r.name());
            rows.add(new Row(r.name(), format(r, value), comparable && before.get(r.name()) != value));
        }
        return rows;
    }

    /** {@code value} as {@code r}'s width of hex digits. */
    public static String format(ProcessorContext.Register r, long value) {
        return String.format(Locale.ROOT, "%0" + r.size() * 2 + "x", value);
    }

    /**
     * The value typed for {@code r}: hex as the console reads it ({@code 1234}, {@code 0x1234},
     * {@code fffff800`00100000}, {@code 0n10} decimal).
     *
     * @throws IllegalArgumentException with the reason to show in place: not a number, or too wide
     */
    public static long parse(ProcessorContext.Register r, String text) {
        String typed = text.strip();
        if (typed.isEmpty()) {
            throw new IllegalArgumentException(r.name() + " needs a value");
        }
        Optional<Long> value = Expressions.number(typed);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("not a number: " + typed + " (hex, e.g. 1f or 0x1f; 0n31 is decimal)");
        }
        int bits = r.size() * 8;
        if (bits < 64 && Long.compareUnsigned(value.get(), (1L << bits) - 1) > 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s is %d bits wide: %s does not fit",
                    r.name(), bits, typed));
        }
        return value.get();
    }

    /** The processor selector's entries: "0", "1 (stopped)", … for a target of {@code count} processors. */
    public static List<String> processorLabels(int count, int stopped) {
        List<String> labels = new ArrayList<>();
        for (int p = 0; p < Math.max(1, count); p++) {
            labels.add(p == stopped ? p + " (stopped)" : Integer.toString(p));
        }
        return labels;
    }

    /**
     * Which processor to show: the one the user picked while the target still has it, else the one that
     * reported the stop.
     *
     * @param picked the user's choice, or -1 for "follow the stop"
     */
    public static int chooseProcessor(int count, int stopped, int picked) {
        if (picked >= 0 && picked < count) {
            return picked;
        }
        return stopped >= 0 && stopped < Math.max(1, count) ? stopped : 0;
    }

    /**
     * The context each processor had at the stop shown and at the stop before, so that a value changed by a
     * step (or an edit) is highlighted, and a second refresh of the same stop keeps the highlight. UI thread.
     */
    public static final class History {

        private record Seen(long stop, ProcessorContext now, ProcessorContext before) {
        }

        private final Map<Integer, Seen> seen = new HashMap<>();

        /**
         * Records that processor {@code processor} has {@code context} at stop number {@code stop} (any number
         * that changes from one stop to the next) and returns its rows.
         */
        public List<Row> update(int processor, long stop, ProcessorContext context) {
            Seen last = seen.get(processor);
            ProcessorContext before = last == null ? null : last.stop() == stop ? last.before() : last.now();
            seen.put(processor, new Seen(stop, context, before));
            return rows(context, before);
        }

        /** Forgets everything (another channel is shown). */
        public void clear() {
            seen.clear();
        }
    }
}
