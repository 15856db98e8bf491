package kdring.model.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of a {@link PacketTrace} that one {@link PacketFilter} keeps, as a pageable list of its own.
 * Holds the matching row numbers (4 bytes per match). {@link #update()} extends it with rows the live trace
 * gained since. Thread-safe.
 */
public final class FilteredTrace {

    private final PacketTrace trace;
    private final PacketFilter filter;
    private int[] matches = new int[1024];
    private int count;
    private long scanned;

    FilteredTrace(PacketTrace trace, PacketFilter filter) {
        this.trace = trace;
        this.filter = filter;
    }

    /** @return the filter */
    public PacketFilter filter() {
        return filter;
    }

    /** Examines the rows added to the trace since the last update; returns the new {@link #count()}. */
    public synchronized long update() {
        PacketIndex index = trace.index();
        long end = index.count();
        for (long i = scanned; i < end; i++) {
            if (!filter.matches(index.direction(i), index.kind(i))) {
                continue;
            }
            if (!filter.needsOnlyIndex() && !filter.matches(trace.row(i))) {
                continue;
            }
            if (count == matches.length) {
                matches = Arrays.copyOf(matches, count * 2);
            }
            matches[count++] = (int) i;
        }
        scanned = end;
        return count;
    }

    /** @return how many rows matched, as of the last update */
    public synchronized long count() {
        return count;
    }

    /** The trace row number of the {@code i}-th match. */
    public synchronized long traceIndex(long i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("match " + i + " of " + count);
        }
        return matches[(int) i];
    }

    /** Matches {@code from} to {@code from + n - 1} (fewer at the end). */
    public List<PacketRow> page(long from, int n) {
        List<PacketRow> rows = new ArrayList<>();
        long end;
        synchronized (this) {
            end = Math.min(count, from + Math.max(0, n));
        }
        for (long i = Math.max(0, from); i < end; i++) {
            rows.add(trace.row(traceIndex(i)));
        }
        return List.copyOf(rows);
    }
}
