package kdring.server.channels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import kdring.kd.endpoint.KdException;
import kdring.kd.observer.Direction;
import kdring.kd.observer.LoadedModule;
import kdring.kd.observer.KdEvent;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.StateChange;
import kdring.model.export.Exports;
import kdring.model.recorder.RecorderListener;
import kdring.model.story.ChannelStatus;
import kdring.model.story.ChannelStory;
import kdring.model.story.StoryEvent;
import kdring.model.story.StoryListener;
import kdring.model.trace.PacketDescriptions;
import kdring.model.trace.PacketRow;
import kdring.model.trace.PacketTrace;
import kdring.server.api.ApiModel;
import kdring.server.api.ServiceBackend.ActionFailedException;
import kdring.session.Capture;
import kdring.session.ChannelSession;
import kdring.session.CrashDump;
import kdring.transport.ChannelStats;

/**
 * One channel as the API serves it: a thin adapter that turns a {@link ChannelSession} and its story into
 * the API's values, and feeds live subscribers. It builds nothing itself.
 *
 * <p>Thread-safety: stream items are made on the session's recorder thread, serialised once and handed to
 * subscribers that must not block (they queue for their own sender threads); API calls come from HTTP
 * threads and wait for the session's debugger executor with a deadline.
 */
public final class ServedChannel implements AutoCloseable {

    /** How long an API action waits for the built-in debugger. */
    static final Duration ACTION_TIMEOUT = Duration.ofSeconds(15);
    /** How long a break-in may take (a boot-time LoadSymbols burst must pass first). */
    static final Duration BREAK_IN_TIMEOUT = Duration.ofSeconds(30);
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final String id;
    private final ChannelSession session;
    private final ServedTarget target;
    private final List<Consumer<String>> subscribers = new CopyOnWriteArrayList<>();
    private final RecorderListener packets = new RecorderListener() {
        @Override
        public void onEvent(KdEvent event) {
            if (event instanceof KdEvent.PacketSeen seen && !subscribers.isEmpty()) {
                PacketDescriptions.Description words = PacketDescriptions.describe(seen.packet(), seen.body(),
                        seen.direction());
                broadcast(new ApiModel.StreamItem("packet", null, new ApiModel.PacketSummary(
                        System.currentTimeMillis(), direction(seen.direction()), seen.packet().type().name(),
                        Integer.toUnsignedLong(seen.packet().id()), seen.packet().wireLength(), words.summary()),
                        null));
            }
        }
    };
    private final StoryListener events = new StoryListener() {
        @Override
        public void event(StoryEvent event) {
            if (!subscribers.isEmpty()) {
                broadcast(new ApiModel.StreamItem("event", ServedChannel.event(event), null, null));
            }
        }
    };

    /**
     * @param id      the channel's id in the API
     * @param session the session, closed with this channel
     */
    public ServedChannel(String id, ChannelSession session) {
        this.id = id;
        this.session = session;
        this.target = new ServedTarget(id, session);
        session.addRecorderListener(packets);
        session.story().subscribe(events);
    }

    public String id() {
        return id;
    }

    /** @return the debugging front end's operations on this channel's target */
    kdring.server.api.TargetApi target() {
        return target;
    }

    /** @return the channel session served */
    public ChannelSession session() {
        return session;
    }

    private static String direction(Direction direction) {
        return direction == Direction.TARGET_TO_DEBUGGER ? "target" : "debugger";
    }

    private static ApiModel.Event event(StoryEvent event) {
        return new ApiModel.Event(event.seq(), event.millis(), event.kind().apiName(), event.detail(),
                event.stopped().map(stop -> new ApiModel.Stop(String.format(Locale.ROOT, "0x%016X", stop.address()),
                        stop.reason(), String.format(Locale.ROOT, "0x%08X", stop.exceptionCode()), stop.processor(),
                        stop.firstChance())).orElse(null));
    }

    /** Serialises once and hands the same text to every subscriber. */
    private void broadcast(ApiModel.StreamItem item) {
        String json = GSON.toJson(item);
        for (Consumer<String> s : subscribers) {
            s.accept(json);
        }
    }

    /** Sends the latest throughput sample to live subscribers (called once a second by the registry). */
    void publishThroughput() {
        if (subscribers.isEmpty()) {
            return;
        }
        List<ChannelStats.ThroughputSample> samples = session.stats().samples();
        if (!samples.isEmpty()) {
            ChannelStats.ThroughputSample last = samples.get(samples.size() - 1);
            broadcast(new ApiModel.StreamItem("throughput", null, null, new ApiModel.ThroughputSample(
                    last.epochMillis(), last.targetBytesPerS(), last.debuggerBytesPerS())));
        }
    }

    ApiModel.Channel describe() {
        ChannelStats stats = session.stats();
        ChannelStatus status = session.status();
        List<ApiModel.Endpoint> eps = new ArrayList<>();
        for (ChannelSession.Endpoint endpoint : session.endpoints()) {
            eps.add(new ApiModel.Endpoint(endpoint.kind(), endpoint.address(), endpoint.windbgCommand()));
        }
        return new ApiModel.Channel(id, session.name(), status.stateName(), status.reason(), status.transportName(),
                session.vm().accelerator(), eps,
                new ApiModel.Counters(stats.targetBytes(), stats.debuggerBytes(), stats.targetPackets(),
                        stats.debuggerPackets(), stats.kicks(), stats.faults(), stats.resets(), stats.garbageBytes()),
                session.debuggerAttached(), session.capture().map(Capture::active).orElse(false));
    }

    List<ApiModel.Module> modules() {
        List<ApiModel.Module> rows = new ArrayList<>();
        int order = 0;
        for (LoadedModule m : session.story().modules()) {
            rows.add(new ApiModel.Module(order++, m.name(), m.path(), String.format(Locale.ROOT, "0x%016X", m.base()),
                    Integer.toUnsignedLong(m.size()), String.format(Locale.ROOT, "0x%08X", m.checksum())));
        }
        return rows;
    }

    ApiModel.EventPage events(Set<StoryEvent.Kind> kinds, long from, int limit) {
        ChannelStory.EventPage page = session.story().events(kinds, from, limit);
        return new ApiModel.EventPage(page.events().stream().map(ServedChannel::event).toList(), page.next(),
                page.forgotten());
    }

    ApiModel.TracePage trace(long from, int limit) {
        PacketTrace trace = session.trace();
        long total = trace.count();
        List<ApiModel.TraceRow> rows = new ArrayList<>();
        for (PacketRow row : trace.page(from, limit)) {
            rows.add(new ApiModel.TraceRow(row.index(), row.timeNanos(), direction(row.direction()),
                    row.kind().getName(), row.api(), Integer.toUnsignedLong(row.packetId()), row.length(),
                    row.status(), row.summary(), row.retransmission(),
                    Base64.getEncoder().encodeToString(trace.rawBytes(row.index()))));
        }
        return new ApiModel.TracePage(total, from, rows);
    }

    List<ApiModel.ThroughputSample> throughput(long sinceMillis) {
        return session.stats().samples().stream().filter(s -> s.epochMillis() >= sinceMillis)
                .map(s -> new ApiModel.ThroughputSample(s.epochMillis(), s.targetBytesPerS(), s.debuggerBytesPerS()))
                .toList();
    }

    AutoCloseable subscribe(Consumer<String> sink) {
        subscribers.add(sink);
        return () -> subscribers.remove(sink);
    }

    ApiModel.StopInfo breakIn() throws ActionFailedException {
        try {
            StateChange stop = session.debugger().breakIn(BREAK_IN_TIMEOUT);
            // the module walk refreshes the story's table, which /modules serves
            session.debugger().listModules(ACTION_TIMEOUT);
            boolean firstChance = !(stop.report() instanceof ExceptionReport e) || e.firstChance();
            int code = stop.report() instanceof ExceptionReport e ? e.code() : 0;
            return new ApiModel.StopInfo(String.format(Locale.ROOT, "0x%08X", code),
                    String.format(Locale.ROOT, "0x%016X", stop.programCounter()), stop.processor(), firstChance);
        } catch (IOException e) {
            throw new ActionFailedException(e.getMessage() + "; break in from that debugger instead");
        } catch (KdException | TimeoutException e) {
            throw new ActionFailedException("break-in on " + id + " failed: " + e.getMessage());
        }
    }

    byte[] readMemory(long address, int length) throws ActionFailedException {
        if (!session.debugger().targetStopped()) {
            throw new ActionFailedException("channel " + id + " is running; break in first (POST .../break-in)");
        }
        try {
            return session.debugger().readVirtual(address, length, ACTION_TIMEOUT);
        } catch (IOException | KdException | TimeoutException e) {
            throw new ActionFailedException(String.format(Locale.ROOT, "reading 0x%X bytes at 0x%016X failed: %s",
                    length, address, e.getMessage()));
        }
    }

    void go() throws ActionFailedException {
        if (!session.debugger().targetStopped()) {
            throw new ActionFailedException("channel " + id + " was not stopped by kdring; nothing to continue");
        }
        try {
            session.debugger().go(ACTION_TIMEOUT);
        } catch (IOException | KdException | TimeoutException e) {
            throw new ActionFailedException("continue on " + id + " failed: " + e.getMessage());
        }
    }

    ApiModel.DebuggerChange replaceDebugger(String askedBy) {
        String replaced = session.replaceDebugger(askedBy);
        return new ApiModel.DebuggerChange("replace", replaced == null ? "" : replaced, "the next debugger to connect"
                + " within " + kdring.transport.bridge.DebuggerHub.REPLACE_WINDOW.toSeconds() + " s takes over"
                + (replaced == null ? " (none is attached now)" : " from it"));
    }

    ApiModel.DebuggerChange disconnectDebugger(String reason) throws ActionFailedException {
        String was = session.disconnectDebugger(reason);
        if (was == null) {
            throw new ActionFailedException("no debugger is attached to channel " + id + "; nothing to disconnect");
        }
        return new ApiModel.DebuggerChange("disconnect", was, reason);
    }

    ApiModel.Capture startCapture() throws ActionFailedException {
        try {
            return capture(session.startCapture());
        } catch (IOException e) {
            throw new ActionFailedException("cannot start a capture of " + id + ": " + e.getMessage());
        }
    }

    ApiModel.Capture stopCapture() throws ActionFailedException {
        if (session.capture().isEmpty()) {
            return new ApiModel.Capture(false, "", 0);
        }
        try {
            return capture(session.stopCapture());
        } catch (IOException e) {
            throw new ActionFailedException("the capture of " + id + " did not close cleanly: " + e.getMessage());
        }
    }

    private static ApiModel.Capture capture(Capture capture) {
        return new ApiModel.Capture(capture.active(), capture.file().toString(), capture.bytes());
    }

    ApiModel.Dump dump(String kind) throws ActionFailedException {
        if (!session.debugger().targetStopped()) {
            throw new ActionFailedException("channel " + id + " is running; break in first (POST .../break-in)");
        }
        try {
            Path folder = session.captureFolder();
            Files.createDirectories(folder);
            Path file = folder.resolve(kdring.model.persist.CaptureFiles.newCapture(folder, id).getFileName()
                    .toString().replaceFirst("\\.kdcap$", ".dmp"));
            CrashDump.Result result = session.writeCrashDump(file,
                    "bitmap".equals(kind) ? CrashDump.Kind.BITMAP : CrashDump.Kind.FULL, null);
            return new ApiModel.Dump(result.file().toString(), kind, result.pages(), result.bytes());
        } catch (IOException | KdException | TimeoutException e) {
            throw new ActionFailedException("the crash dump of " + id + " failed: " + e.getMessage());
        }
    }

    Path export(String format) throws ActionFailedException {
        Path capture = captureFile().orElseThrow(() -> new ActionFailedException("channel " + id
                + " has no capture to export; start one first"));
        try {
            Path out = Files.createTempFile("kdring-export-" + id, "." + format);
            if (format.equals("pcapng")) {
                Exports.pcapng(capture, out);
            } else {
                Exports.json(capture, out);
            }
            return out;
        } catch (IOException e) {
            throw new ActionFailedException("exporting " + capture + " as " + format + " failed: " + e.getMessage());
        }
    }

    Optional<Path> captureFile() {
        return session.capture().map(Capture::file);
    }

    /** Closes the session: capture finished, endpoints closed, VM stopped when the service launched it. */
    @Override
    public void close() {
        session.story().unsubscribe(events);
        session.removeRecorderListener(packets);
        session.close();
    }
}
