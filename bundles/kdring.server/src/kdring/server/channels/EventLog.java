package kdring.server.channels;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kdring.server.api.ApiModel;

/**
 * The most recent events of one channel, numbered from 0 in arrival order and kept up to a fixed count:
 * the oldest are forgotten (and counted) so that a channel that runs for weeks needs bounded memory; the
 * capture file keeps the full story. Thread-safe.
 */
final class EventLog {

    private final int capacity;
    private final ArrayDeque<ApiModel.Event> events = new ArrayDeque<>();
    private long nextSeq;

    EventLog(int capacity) {
        this.capacity = capacity;
    }

    synchronized ApiModel.Event add(String kind, String text) {
        ApiModel.Event event = new ApiModel.Event(nextSeq++, System.currentTimeMillis(), kind, text);
        if (events.size() == capacity) {
            events.removeFirst();
        }
        events.addLast(event);
        return event;
    }

    /** Events with seq ≥ from whose kind is in kinds (all when empty), at most limit of them. */
    synchronized ApiModel.EventPage page(Set<String> kinds, long from, int limit) {
        List<ApiModel.Event> page = new ArrayList<>();
        long next = Math.max(from, events.isEmpty() ? nextSeq : events.getFirst().seq());
        long forgotten = events.isEmpty() ? 0 : Math.max(0, events.getFirst().seq() - from);
        for (ApiModel.Event event : events) {
            if (event.seq() < from) {
                continue;
            }
            if (page.size() == limit) {
                break;
            }
            next = event.seq() + 1;
            if (kinds.isEmpty() || kinds.contains(event.kind())) {
                page.add(event);
            }
        }
        if (page.size() < limit) {
            next = Math.max(next, nextSeq);
        }
        return new ApiModel.EventPage(List.copyOf(page), next, forgotten);
    }
}
