package kdring.model.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import kdring.kd.observer.LoadedModule;
import kdring.kd.observer.KdEvent;
import kdring.model.recorder.Throughput;

/**
 * The story of one channel, as every front end tells it: the module table, a numbered window of recent
 * events, a window of recent debug output, a window of throughput samples, and the channel's live status.
 * It is the single provider of these for the workbench's views and the service's API; the packet rows
 * come from the model's {@link kdring.model.trace.PacketTrace}.
 *
 * <p>Memory is bounded: the oldest events, output and samples are forgotten (and counted); the capture
 * keeps the full story. What the guest drives (decoded KD events, channel state changes) is rate-limited per
 * kind ({@link #limitPerWindow}, per {@link #LIMIT_WINDOW}), so that a guest faulting, resetting or printing
 * thousands of times cannot push everything else out of the window: the lines over the limit are counted,
 * and once the window has passed one line of that kind says how many were left out. A channel session
 * feeds it from its recorder thread; a remote workbench feeds it from the service's stream.
 *
 * <p>Thread-safe. Listeners are called under the story's lock on the feeding thread (see
 * {@link StoryListener}); {@link #subscribe} hands a new listener a consistent snapshot first.
 */
public final class ChannelStory {

    /** Events kept. */
    public static final int EVENT_WINDOW = 10_000;
    /** Characters of debug output kept. */
    public static final int PRINT_WINDOW = 256 * 1024;
    /** Throughput samples kept (one an active second: an hour). */
    public static final int THROUGHPUT_WINDOW = 3600;
    /** The window over which guest-driven lines are rate-limited. */
    public static final java.time.Duration LIMIT_WINDOW = java.time.Duration.ofSeconds(10);

    /**
     * How many guest-driven lines of {@code kind} the story tells per {@link #LIMIT_WINDOW}: a boot's module
     * loads and a chatty guest's prints pass, a storm of resets, faults or bad packets does not.
     */
    public static int limitPerWindow(StoryEvent.Kind kind) {
        return kind == StoryEvent.Kind.MODULE || kind == StoryEvent.Kind.PRINT ? 1000 : 100;
    }

    /**
     * What a subscriber starts from.
     *
     * @param modules the module table in load order
     * @param events  recent events, oldest first
     * @param prints  recent debug output
     * @param status  the channel's status
     */
    public record Snapshot(List<LoadedModule> modules, List<StoryEvent> events, String prints, ChannelStatus status) {
    }

    /**
     * A page of events.
     *
     * @param events    the events, oldest first
     * @param next      the sequence number to ask for next
     * @param forgotten how many events from the requested start on were forgotten (only the capture has them)
     */
    public record EventPage(List<StoryEvent> events, long next, long forgotten) {
    }

    private final List<StoryListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, LoadedModule> modules = new LinkedHashMap<>();
    private final ArrayDeque<StoryEvent> events = new ArrayDeque<>();
    private final StringBuilder prints = new StringBuilder();
    private final ArrayDeque<Throughput> throughput = new ArrayDeque<>();
    private final Map<StoryEvent.Kind, Limit> limits = new EnumMap<>(StoryEvent.Kind.class);
    private final LongSupplier clock;
    private long nextSeq;
    private ChannelStatus status;
    private volatile double bytesPerSecond;

    /** One kind's rate-limit window: lines told in it, lines left out. */
    private static final class Limit {
        long start;
        int told;
        long leftOut;
        long lastNanos;

        Limit(long start) {
            this.start = start;
        }
    }

    /** A story that starts in {@code status}. */
    public ChannelStory(ChannelStatus status) {
        this(status, System::nanoTime);
    }

    /**
     * A story that starts in {@code status} and measures its rate-limit windows on {@code clock} (monotonic
     * nanoseconds; tests pass their own).
     */
    public ChannelStory(ChannelStatus status, LongSupplier clock) {
        this.status = Objects.requireNonNull(status);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Takes in one KD event as the decoder saw it (packets are ignored: they are the trace's). */
    public synchronized void told(KdEvent event) {
        switch (event) {
            case KdEvent.ModuleLoaded loaded -> {
                modules.put(loaded.module().base(), loaded.module());
                publishModules();
            }
            case KdEvent.ModuleUnloaded unloaded -> {
                if (unloaded.module().base() == -1L) {
                    modules.clear();
                } else {
                    modules.remove(unloaded.module().base());
                }
                publishModules();
            }
            case KdEvent.DebugPrint print -> print(print.processor(), print.text());
            default -> {
            }
        }
        StoryEvent.describe(event).map(this::labelled).ifPresent(this::addLimited);
    }

    /**
     * Names a stop in the words of the debugger that caused it, e.g. "breakpoint 0 hit at nt!KeTickHook" for
     * a hit of one of its breakpoints. Called on the thread that tells the story, under its lock: thread-safe,
     * quick, no I/O.
     */
    @FunctionalInterface
    public interface StopLabel {
        /** @return the words that go before the stop's own, or null when the stop is none of the debugger's */
        String label(StoryEvent.Stop stop);
    }

    private volatile StopLabel stopLabel;

    /** Lets {@code label} name the stops decoded from now on (a channel session's built-in debugger does). */
    public void labelStops(StopLabel label) {
        stopLabel = label;
    }

    private StoryEvent labelled(StoryEvent event) {
        StopLabel label = stopLabel;
        String words = label == null || event.stop() == null ? null : label.label(event.stop());
        return words == null ? event
                : new StoryEvent(event.seq(), event.nanos(), event.kind(), words + ": " + event.detail(), event.stop());
    }

    /** The built-in debugger walked the module list: the walk becomes the module table. */
    public synchronized void moduleWalk(List<LoadedModule> walked) {
        modules.clear();
        for (LoadedModule module : walked) {
            modules.put(module.base(), module);
        }
        publishModules();
    }

    /**
     * A walk of the module list read from the traffic (a reopened capture's, see
     * {@link kdring.model.recorder.RecorderListener#onModuleWalk}): the walk becomes the module table, and a
     * MODULE event says so.
     */
    public synchronized void walkSeen(long nanos, kdring.kd.debugger.ModuleList walk) {
        moduleWalk(walk.modules());
        add(StoryEvent.of(nanos, StoryEvent.Kind.MODULE, "module list walked: " + walk.modules().size() + " modules"
                + walk.problem().map(why -> " (cut short: " + why + ")").orElse("")));
    }

    /** The module table as another party knows it (a remote service). */
    public void replaceModules(List<LoadedModule> table) {
        moduleWalk(table);
    }

    /** The channel's status changed; told as a CHANNEL (or FAULT) event too. */
    public synchronized void status(ChannelStatus newStatus, long nanos) {
        status = Objects.requireNonNull(newStatus);
        for (StoryListener listener : listeners) {
            listener.statusChanged(newStatus);
        }
        addLimited(StoryEvent.of(nanos, newStatus.state() == kdring.model.session.ChannelState.FAULTED
                ? StoryEvent.Kind.FAULT : StoryEvent.Kind.CHANNEL, newStatus.stateName() + ": " + newStatus.reason()));
    }

    /** A guest-driven line: told within its kind's limit, else counted for the summary line. */
    private void addLimited(StoryEvent event) {
        long now = clock.getAsLong();
        tellLeftOut(now);
        Limit limit = limits.computeIfAbsent(event.kind(), kind -> new Limit(now));
        if (limit.told >= limitPerWindow(event.kind())) {
            limit.leftOut++;
            limit.lastNanos = event.nanos();
            return;
        }
        limit.told++;
        add(event);
    }

    /** Ends the rate-limit windows that have passed; each that left lines out says how many, in one line. */
    private void tellLeftOut(long now) {
        long window = LIMIT_WINDOW.toNanos();
        for (Map.Entry<StoryEvent.Kind, Limit> entry : limits.entrySet()) {
            Limit limit = entry.getValue();
            if (now - limit.start < window) {
                continue;
            }
            if (limit.leftOut > 0) {
                StoryEvent.Kind kind = entry.getKey();
                add(StoryEvent.of(limit.lastNanos, kind, limit.leftOut + " more " + kind.label() + " line"
                        + (limit.leftOut == 1 ? "" : "s") + " suppressed (over " + limitPerWindow(kind) + " in "
                        + TimeUnit.NANOSECONDS.toSeconds(window) + " s; the capture has them all)"));
            }
            limit.start = now;
            limit.told = 0;
            limit.leftOut = 0;
        }
    }

    /**
     * Tells the lines left out by windows that have passed (see the class comment); the story does so by
     * itself on its next event or throughput sample, a session's owner may also call it on a timer.
     */
    public synchronized void tellSuppressed() {
        tellLeftOut(clock.getAsLong());
    }

    /**
     * Adds an event described elsewhere (a fault of the recorder, a remote service's event); not rate-limited:
     * the caller is kdring, not the guest.
     */
    public synchronized StoryEvent add(StoryEvent event) {
        StoryEvent numbered = event.numbered(nextSeq++);
        events.addLast(numbered);
        if (events.size() > EVENT_WINDOW) {
            events.removeFirst();
        }
        for (StoryListener listener : listeners) {
            listener.event(numbered);
        }
        return numbered;
    }

    /** Debug output decoded elsewhere (a remote service's stream); not an event of its own. */
    public synchronized void printed(int processor, String text) {
        print(processor, text);
    }

    /** A throughput interval ended. */
    public synchronized void throughput(Throughput sample) {
        tellLeftOut(clock.getAsLong());
        double seconds = sample.intervalNanos() / 1e9;
        bytesPerSecond = seconds <= 0 ? 0 : (sample.bytesToDebugger() + sample.bytesToTarget()) / seconds;
        throughput.addLast(sample);
        if (throughput.size() > THROUGHPUT_WINDOW) {
            throughput.removeFirst();
        }
        for (StoryListener listener : listeners) {
            listener.throughput(sample);
        }
    }

    private void print(int processor, String text) {
        prints.append(text);
        if (prints.length() > PRINT_WINDOW) {
            prints.delete(0, prints.length() - PRINT_WINDOW);
        }
        for (StoryListener listener : listeners) {
            listener.printed(processor, text);
        }
    }

    private void publishModules() {
        List<LoadedModule> table = List.copyOf(modules.values());
        for (StoryListener listener : listeners) {
            listener.modulesChanged(table);
        }
    }

    /** @return the channel's status now */
    public synchronized ChannelStatus status() {
        return status;
    }

    /** @return the module table in load order */
    public synchronized List<LoadedModule> modules() {
        return List.copyOf(modules.values());
    }

    /** @return bytes per second, both directions, over the last throughput interval */
    public double bytesPerSecond() {
        return bytesPerSecond;
    }

    /** @return the recent throughput samples, oldest first */
    public synchronized List<Throughput> throughputHistory() {
        return List.copyOf(throughput);
    }

    /** Events with seq ≥ {@code from} whose kind is in {@code kinds} (all when empty), at most {@code limit}. */
    public synchronized EventPage events(Set<StoryEvent.Kind> kinds, long from, int limit) {
        List<StoryEvent> page = new ArrayList<>();
        long next = Math.max(from, events.isEmpty() ? nextSeq : events.getFirst().seq());
        long forgotten = events.isEmpty() ? 0 : Math.max(0, events.getFirst().seq() - from);
        for (StoryEvent event : events) {
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
        return new EventPage(List.copyOf(page), next, forgotten);
    }

    /** Adds {@code listener} and returns what it starts from; no change falls between the two. */
    public synchronized Snapshot subscribe(StoryListener listener) {
        listeners.add(Objects.requireNonNull(listener));
        return new Snapshot(List.copyOf(modules.values()), List.copyOf(events), prints.toString(), status);
    }

    /** Removes {@code listener}. */
    public void unsubscribe(StoryListener listener) {
        listeners.remove(listener);
    }
}
