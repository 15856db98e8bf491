package kdring.server.channels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import kdring.hv.qemu.KdSession;
import kdring.kd.endpoint.KdException;
import kdring.kd.observer.LoadedModule;
import kdring.kd.observer.SessionEvent;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.StateChange;
import kdring.model.capture.CaptureFormat;
import kdring.model.capture.CaptureWriter;
import kdring.kd.observer.Direction;
import kdring.model.export.Exports;
import kdring.model.trace.PacketDescriptions;
import kdring.server.api.ApiModel;
import kdring.server.api.EventKinds;
import kdring.server.api.ServiceBackend.ActionFailedException;
import kdring.transport.ChannelLifecycle;
import kdring.transport.ChannelStats;
import kdring.transport.VmChannel;
import kdring.transport.bridge.SocketDebuggerServer;

/**
 * One channel as the service serves it: the transport's {@link VmChannel}, its WinDbg endpoints, the VM the
 * service launched for it (if any), a bounded event log, live subscribers, an optional capture, and the
 * built-in debugger used by the API's break-in and continue.
 *
 * <p>Thread-safety: event intake runs on the channel's owner thread and only appends to thread-safe
 * structures; API calls come from HTTP threads; the built-in debugger's actions are serialised.
 */
public final class ServedChannel implements AutoCloseable {

    /** Events kept per channel for the API; older ones are in the capture. */
    static final int EVENT_CAPACITY = 10_000;
    /** DBG_CONTINUE, the status WinDbg continues with. */
    static final int DBG_CONTINUE = 0x00010002;
    static final Duration ACTION_TIMEOUT = Duration.ofSeconds(15);
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final String id;
    private final VmChannel channel;
    private final List<SocketDebuggerServer> endpoints;
    private final String accelerator;
    private final AutoCloseable vm;
    private final Path captureDirectory;
    private final EventLog events = new EventLog(EVENT_CAPACITY);
    private final List<Consumer<String>> subscribers = new CopyOnWriteArrayList<>();
    private final Object debuggerLock = new Object();
    private volatile CaptureWriter capture;
    private volatile Path captureFile;
    private volatile String transport = "none";
    private KdSession session;

    /**
     * @param id the channel's id in the API
     * @param channel the running channel
     * @param endpoints its debugger endpoints (closed with it)
     * @param accelerator how its VM runs ("kvm", "tcg", or "" when unknown)
     * @param vm the VM the service launched for it, stopped with it; null for an attached VM
     * @param captureDirectory where captures go
     */
    public ServedChannel(String id, VmChannel channel, List<SocketDebuggerServer> endpoints, String accelerator,
            AutoCloseable vm, Path captureDirectory) {
        this.id = id;
        this.channel = channel;
        this.endpoints = List.copyOf(endpoints);
        this.accelerator = accelerator;
        this.vm = vm;
        this.captureDirectory = captureDirectory;
        channel.observer().addListener(this::onSessionEvent);
        channel.addByteTap(this::record);
        channel.lifecycle().addListener(this::onTransition);
    }

    public String id() {
        return id;
    }

    public VmChannel channel() {
        return channel;
    }

    private void onTransition(ChannelLifecycle.Transition transition) {
        transport = transition.to() == kdring.transport.ChannelState.OPEN ? "ring" : "uart";
        String kind = switch (transition.to()) {
            case FAULTED -> EventKinds.FAULT;
            case OPEN -> transition.from() == kdring.transport.ChannelState.OPEN ? EventKinds.RESET : EventKinds.STATE;
            default -> EventKinds.STATE;
        };
        publish(events.add(kind, transition.from() + " → " + transition.to() + ": " + transition.reason()));
    }

    private void onSessionEvent(SessionEvent event) {
        switch (event) {
            case SessionEvent.PacketSeen seen -> {
                Direction direction = Direction.of(seen.direction());
                if (!subscribers.isEmpty()) {
                    PacketDescriptions.Description words = PacketDescriptions.describe(seen.packet(), seen.body(),
                            direction);
                    ApiModel.PacketSummary summary = new ApiModel.PacketSummary(System.currentTimeMillis(),
                            direction == Direction.TARGET_TO_DEBUGGER ? "target" : "debugger", seen.packet().type().name(),
                            Integer.toUnsignedLong(seen.packet().id()), seen.packet().wireLength(), words.summary());
                    broadcast(new ApiModel.StreamItem("packet", null, summary, null));
                }
            }
            case SessionEvent.Stopped s -> publish(events.add(EventKinds.BREAK_IN, String.format(Locale.ROOT,
                    "stopped: exception 0x%08X at 0x%016X on processor %d%s", s.exceptionCode(), s.address(),
                    s.processor(), s.firstChance() ? " (first chance)" : "")));
            case SessionEvent.ModuleLoaded m -> publish(events.add(EventKinds.MODULE, "loaded " + describe(m.module())));
            case SessionEvent.ModuleUnloaded m -> publish(events.add(EventKinds.MODULE, "unloaded " + describe(m.module())));
            case SessionEvent.DebugPrint p -> publish(events.add(EventKinds.PRINT, p.text()));
            case SessionEvent.ResetSeen r -> publish(events.add(EventKinds.RESET, "KD RESET from " + r.direction()));
            default -> {
                // resends, versions, protocol errors and skipped bytes show in the packet stream
            }
        }
    }

    private static String describe(LoadedModule module) {
        return String.format(Locale.ROOT, "%s at 0x%016X (0x%X bytes)", module.path(), module.base(), module.size());
    }

    /** The channel's byte tap: every byte as it crossed, garbage and break-ins included, into the capture. */
    private void record(kdring.kd.observer.Direction direction, byte[] bytes, int offset, int length, long nanos) {
        CaptureWriter writer = capture;
        if (writer != null) {
            try {
                writer.append(Direction.of(direction), CaptureFormat.epochNanos(nanos), bytes, offset, length);
            } catch (IOException e) {
                capture = null;
                publish(events.add(EventKinds.FAULT, "capture stopped: " + e.getMessage()));
            }
        }
    }

    private void publish(ApiModel.Event event) {
        if (!subscribers.isEmpty()) {
            broadcast(new ApiModel.StreamItem("event", event, null, null));
        }
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
        List<ChannelStats.ThroughputSample> samples = channel.stats().samples();
        if (!samples.isEmpty()) {
            ChannelStats.ThroughputSample last = samples.get(samples.size() - 1);
            ApiModel.ThroughputSample sample = new ApiModel.ThroughputSample(last.epochMillis(), last.targetBytesPerS(),
                    last.debuggerBytesPerS());
            broadcast(new ApiModel.StreamItem("throughput", null, null, sample));
        }
    }

    ApiModel.Channel describe() {
        ChannelStats stats = channel.stats();
        List<ApiModel.Endpoint> eps = new ArrayList<>();
        for (SocketDebuggerServer endpoint : endpoints) {
            eps.add(new ApiModel.Endpoint(endpoint.port() > 0 ? "tcp" : "unix", String.valueOf(endpoint.address()),
                    endpoint.windbgCommandLine()));
        }
        return new ApiModel.Channel(id, channel.name(), stats.state().name().toLowerCase(Locale.ROOT), stats.reason(),
                stats.state() == kdring.transport.ChannelState.OPEN ? "ring" : transport, accelerator, eps,
                new ApiModel.Counters(stats.targetBytes(), stats.debuggerBytes(), stats.targetPackets(),
                        stats.debuggerPackets(), stats.kicks(), stats.faults(), stats.resets(), stats.garbageBytes()),
                channel.hub().debuggerAttached(), capture != null);
    }

    List<ApiModel.Module> modules() {
        List<ApiModel.Module> rows = new ArrayList<>();
        int order = 0;
        for (LoadedModule m : channel.observer().modules()) {
            rows.add(new ApiModel.Module(order++, m.name(), m.path(), String.format(Locale.ROOT, "0x%016X", m.base()),
                    Integer.toUnsignedLong(m.size()), String.format(Locale.ROOT, "0x%08X", m.checksum())));
        }
        return rows;
    }

    ApiModel.EventPage events(Set<String> kinds, long from, int limit) {
        return events.page(kinds, from, limit);
    }

    List<ApiModel.ThroughputSample> throughput(long sinceMillis) {
        return channel.stats().samples().stream().filter(s -> s.epochMillis() >= sinceMillis)
                .map(s -> new ApiModel.ThroughputSample(s.epochMillis(), s.targetBytesPerS(), s.debuggerBytesPerS()))
                .toList();
    }

    AutoCloseable subscribe(Consumer<String> sink) {
        subscribers.add(sink);
        return () -> subscribers.remove(sink);
    }

    ApiModel.StopInfo breakIn() throws ActionFailedException {
        synchronized (debuggerLock) {
            try {
                StateChange stop;
                if (session == null) {
                    session = KdSession.builtIn(channel);
                    stop = session.breakIn(ACTION_TIMEOUT);
                } else {
                    stop = session.interrupt(ACTION_TIMEOUT);
                }
                // the module walk refreshes the observer's table, which /modules serves
                session.debugger().listModules();
                boolean firstChance = !(stop.report() instanceof ExceptionReport e) || e.firstChance();
                int code = stop.report() instanceof ExceptionReport e ? e.code() : 0;
                return new ApiModel.StopInfo(String.format(Locale.ROOT, "0x%08X", code),
                        String.format(Locale.ROOT, "0x%016X", stop.programCounter()), stop.processor(), firstChance);
            } catch (IOException e) {
                releaseDebugger();
                throw new ActionFailedException(e.getMessage() + "; break in from that debugger instead");
            } catch (KdException e) {
                releaseDebugger();
                throw new ActionFailedException("break-in on " + id + " failed: " + e.getMessage());
            }
        }
    }

    byte[] readMemory(long address, int length) throws ActionFailedException {
        synchronized (debuggerLock) {
            if (session == null) {
                throw new ActionFailedException("channel " + id + " is running; break in first (POST .../break-in)");
            }
            try {
                return session.debugger().readVirtual(address, length);
            } catch (KdException e) {
                throw new ActionFailedException(String.format(Locale.ROOT, "reading 0x%X bytes at 0x%016X failed: %s",
                        length, address, e.getMessage()));
            }
        }
    }

    void go() throws ActionFailedException {
        synchronized (debuggerLock) {
            if (session == null) {
                throw new ActionFailedException("channel " + id + " was not stopped by kdring; nothing to continue");
            }
            try {
                session.resume();
            } catch (KdException e) {
                throw new ActionFailedException("continue on " + id + " failed: " + e.getMessage());
            } finally {
                // step back, so that WinDbg may attach while the guest runs
                releaseDebugger();
            }
        }
    }

    private void releaseDebugger() {
        if (session != null) {
            session.close();
        }
        session = null;
    }

    synchronized ApiModel.Capture startCapture() throws ActionFailedException {
        if (capture != null) {
            return captureInfo();
        }
        try {
            Files.createDirectories(captureDirectory);
            Path file = captureDirectory.resolve(id + "-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".kdcap");
            capture = CaptureWriter.create(file);
            captureFile = file;
            return captureInfo();
        } catch (IOException e) {
            throw new ActionFailedException("cannot start a capture in " + captureDirectory + ": " + e.getMessage());
        }
    }

    synchronized ApiModel.Capture stopCapture() throws ActionFailedException {
        CaptureWriter writer = capture;
        capture = null;
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new ActionFailedException("capture " + captureFile + " did not close cleanly: " + e.getMessage());
            }
        }
        return captureInfo();
    }

    private ApiModel.Capture captureInfo() {
        Path file = captureFile;
        long size = 0;
        try {
            size = file == null ? 0 : Files.size(file);
        } catch (IOException e) {
            // reported as 0 bytes
        }
        return new ApiModel.Capture(capture != null, file == null ? "" : file.toString(), size);
    }

    Path export(String format) throws ActionFailedException {
        Path capture = captureFile;
        if (capture == null) {
            throw new ActionFailedException("channel " + id + " has no capture to export; start one first");
        }
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
        return Optional.ofNullable(captureFile);
    }

    /** Stops everything this channel owns: capture flushed and closed, endpoints, channel, VM. */
    @Override
    public void close() {
        try {
            stopCapture();
        } catch (ActionFailedException e) {
            System.err.println("kdring service: " + e.getMessage());
        }
        synchronized (debuggerLock) {
            releaseDebugger();
        }
        for (SocketDebuggerServer endpoint : endpoints) {
            endpoint.close();
        }
        channel.close();
        if (vm != null) {
            try {
                vm.close();
            } catch (Exception e) {
                System.err.println("kdring service: stopping VM of " + id + ": " + e.getMessage());
            }
        }
    }
}
