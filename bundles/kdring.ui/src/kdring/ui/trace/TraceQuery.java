package kdring.ui.trace;

import java.util.List;
import java.util.Objects;

import kdring.model.trace.FilteredTrace;
import kdring.model.trace.PacketFilter;
import kdring.model.trace.PacketRow;
import kdring.model.trace.PacketTrace;

/**
 * A packet trace seen through one filter: the rows a view shows, counted and paged. Wraps the model's
 * {@link PacketTrace} provider, and its {@link FilteredTrace} when the filter keeps less than everything.
 * Reads the capture file and may decode every row once (text filters): confined to a worker thread, never
 * the UI thread.
 */
public final class TraceQuery {

    private final PacketTrace trace;
    private final PacketFilter filter;
    private FilteredTrace filtered;

    /** The rows of {@code trace} that {@code filter} keeps. */
    public TraceQuery(PacketTrace trace, PacketFilter filter) {
        this.trace = Objects.requireNonNull(trace);
        this.filter = Objects.requireNonNull(filter);
    }

    /** @return the filter */
    public PacketFilter filter() {
        return filter;
    }

    /** Brings the count up to date with the growing trace; @return the number of rows shown. */
    public long count() {
        if (filter.keepsAll()) {
            return trace.count();
        }
        if (filtered == null) {
            filtered = trace.filter(filter);
        }
        return filtered.update();
    }

    /** Shown rows {@code from} to {@code from + n - 1} (fewer at the end). */
    public List<PacketRow> page(long from, int n) {
        return filtered == null ? trace.page(from, n) : filtered.page(from, n);
    }

    /** The exact wire bytes of shown row {@code row}. */
    public byte[] rawBytes(PacketRow row) {
        return trace.rawBytes(row.index());
    }
}
