package kdring.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import kdring.kd.observer.LoadedModule;
import kdring.kd.observer.SessionEvent;
import kdring.model.capture.CaptureWriter;
import kdring.kd.observer.Direction;
import kdring.model.recorder.RecorderListener;
import kdring.model.recorder.SessionRecorder;
import kdring.model.recorder.Throughput;
import kdring.model.session.Channel;
import kdring.model.session.SessionFactory;
import kdring.model.session.Transport;
import kdring.model.trace.PacketTrace;
import kdring.transport.ChannelState;

/**
 * One channel's KD session as the workbench follows it: the model's {@link SessionRecorder} (capture file,
 * packet index, EMF channel) plus the little state the views start from when they attach — the module
 * table, a window of recent events and of recent debug output. Views {@link #subscribe} and get a
 * consistent snapshot and every change after it.
 * <p>
 * Thread-safe. Bytes may be fed from any thread (normally the channel's owner thread); listeners are called
 * on that thread.
 */
public final class LiveSession implements AutoCloseable {

    /** Events kept for views that attach late. */
    public static final int EVENT_WINDOW = 10_000;
    /** Characters of debug output kept for views that attach late. */
    public static final int PRINT_WINDOW = 256 * 1024;
    /** Throughput samples kept for the Throughput view (one an active second: an hour). */
    public static final int THROUGHPUT_WINDOW = 3600;

    /**
     * What a subscriber starts from.
     *
     * @param modules the module table in load order
     * @param events  recent events, oldest first
     * @param prints  recent debug output
     * @param state   the channel's state
     * @param reason  why it is in that state
     */
    public record Snapshot(List<LoadedModule> modules, List<EventRow> events, String prints, ChannelState state,
            String reason) {
    }

    private final ChannelInfo info;
    private final SessionRecorder recorder;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, LoadedModule> modules = new LinkedHashMap<>();
    private final ArrayDeque<EventRow> events = new ArrayDeque<>();
    private final StringBuilder prints = new StringBuilder();
    private final ArrayDeque<Throughput> throughput = new ArrayDeque<>();
    private boolean offline;
    private ChannelState state = ChannelState.WAITING;
    private String reason = "waiting for the guest's hello";
    private volatile double bytesPerSecond;
    private volatile DebugControl control;
    private volatile CaptureWriter userCapture;
    private volatile Path userCaptureFile;

    private LiveSession(ChannelInfo info, SessionRecorder recorder) {
        this.info = info;
        this.recorder = recorder;
    }

    /** Starts recording a live channel into {@code capture} (created or truncated). */
    public static LiveSession record(ChannelInfo info, Path capture) throws IOException {
        LiveSession session = new LiveSession(info, SessionRecorder.live(newChannel(info), capture));
        session.recorder.addListener(session.new Relay());
        return session;
    }

    /**
     * Reopens a capture offline: the whole story is replayed before this returns (seconds for big
     * captures: call it off the UI thread).
     */
    public static LiveSession replay(ChannelInfo info, Path capture) throws IOException {
        // The replay tells the whole story before it returns; the session takes it in afterwards, in order.
        List<SessionEvent> seen = new ArrayList<>();
        List<Throughput> samples = new ArrayList<>();
        RecorderListener collector = new RecorderListener() {
            @Override
            public void onEvent(SessionEvent event) {
                seen.add(event);
            }

            @Override
            public void onThroughput(Throughput sample) {
                samples.add(sample);
            }
        };
        SessionRecorder recorder = SessionRecorder.replay(newChannel(info), capture, SessionRecorder.DEFAULT_WINDOW,
                collector);
        LiveSession session = new LiveSession(info, recorder);
        seen.forEach(session::onEvent);
        samples.forEach(session::onThroughput);
        session.offline = true;
        session.state = ChannelState.CLOSED;
        session.reason = "offline capture " + capture.getFileName();
        return session;
    }

    private static Channel newChannel(ChannelInfo info) {
        Channel channel = SessionFactory.eINSTANCE.createChannel();
        channel.setName(info.vm());
        channel.setVmName(info.vm());
        channel.setTransport("ring".equals(info.transport()) ? Transport.RING : Transport.SERIAL);
        return channel;
    }

    /** @return who this session is */
    public ChannelInfo info() {
        return info;
    }

    /** @return the packet trace provider the Packet Trace view pages through */
    public PacketTrace trace() {
        return recorder.trace();
    }

    /** @return the capture file */
    public Path capture() {
        return recorder.capture();
    }

    /** @return the model's recorder of this session */
    public SessionRecorder recorder() {
        return recorder;
    }

    /**
     * Bytes that crossed the channel: recorded, decoded and told to the listeners.
     *
     * @param timeNanos nanoseconds since the Unix epoch
     */
    public void bytes(Direction direction, long timeNanos, byte[] bytes, int offset, int length) throws IOException {
        recorder.bytes(direction, timeNanos, bytes, offset, length);
        CaptureWriter capture = userCapture;
        if (capture != null) {
            try {
                capture.append(direction, timeNanos, bytes, offset, length);
            } catch (IOException e) {
                if (capture == userCapture) {
                    throw e;
                }
                // stopped meanwhile: the bytes belong after the capture's end
            }
        }
    }

    /**
     * Starts writing every byte of this channel from now on into {@code file} (created or truncated), in
     * the model's capture format, besides the session's own recording. Blocking I/O.
     *
     * @throws IOException          when the file cannot be created
     * @throws IllegalStateException when a capture is already running or the session is offline
     */
    public synchronized void startCapture(Path file) throws IOException {
        if (offline) {
            throw new IllegalStateException("this is a capture reopened offline; nothing flows to capture");
        }
        if (userCapture != null) {
            throw new IllegalStateException("a capture is already running into " + userCaptureFile);
        }
        userCapture = CaptureWriter.create(file);
        userCaptureFile = file;
    }

    /**
     * Stops the running capture and closes its file. Blocking I/O.
     *
     * @return the capture's file and records, or empty when none was running
     */
    public synchronized java.util.Optional<CaptureResult> stopCapture() throws IOException {
        CaptureWriter capture = userCapture;
        if (capture == null) {
            return java.util.Optional.empty();
        }
        userCapture = null;
        long records = capture.records();
        long size = capture.size();
        capture.close();
        return java.util.Optional.of(new CaptureResult(userCaptureFile, records, size));
    }

    /** @return the file a capture is running into, if one is */
    public java.util.Optional<Path> capturing() {
        return userCapture == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(userCaptureFile);
    }

    /**
     * A finished capture.
     *
     * @param file    the capture file
     * @param records byte records written
     * @param size    file size in bytes
     */
    public record CaptureResult(Path file, long records, long size) {
    }

    /** The channel changed state, e.g. a guest said hello or the VM went away. */
    public void channelState(ChannelState newState, String why, long timeNanos) {
        kdring.model.session.ChannelState modelState = kdring.model.session.ChannelState.get(newState.name());
        recorder.channelState(modelState != null ? modelState : kdring.model.session.ChannelState.WAITING, why,
                timeNanos);
        synchronized (this) {
            state = newState;
            reason = why;
            publish(new EventRow(timeNanos, EventRow.Kind.CHANNEL, newState.name().toLowerCase(java.util.Locale.ROOT) + ": " + why));
        }
    }

    /** The built-in debugger walked the module list: the walk becomes the module table. */
    public synchronized void moduleWalk(List<LoadedModule> walked) {
        modules.clear();
        for (LoadedModule module : walked) {
            modules.put(module.base(), module);
        }
        publishModules();
    }

    /** @return the channel's state */
    public synchronized ChannelState state() {
        return state;
    }

    /** @return why the channel is in its state */
    public synchronized String reason() {
        return reason;
    }

    /** Lets the workbench's own debugger act on this channel (null: it cannot). */
    public void setControl(DebugControl newControl) {
        control = newControl;
    }

    /** @return the debugger that can break in, go and read memory on this channel, if there is one */
    public java.util.Optional<DebugControl> control() {
        return java.util.Optional.ofNullable(control);
    }

    /** @return bytes per second, both directions, over the last throughput interval */
    public double bytesPerSecond() {
        return bytesPerSecond;
    }

    /** @return the recent throughput samples, oldest first (a copy; any thread) */
    public synchronized List<Throughput> throughputHistory() {
        return List.copyOf(throughput);
    }

    /** @return whether this session is a capture reopened offline rather than a live channel */
    public synchronized boolean isOffline() {
        return offline;
    }

    /** @return the module table in load order */
    public synchronized List<LoadedModule> modules() {
        return List.copyOf(modules.values());
    }

    /** Adds {@code listener} and returns what it starts from; no change falls between the two. */
    public synchronized Snapshot subscribe(SessionListener listener) {
        listeners.add(Objects.requireNonNull(listener));
        return new Snapshot(List.copyOf(modules.values()), List.copyOf(events), prints.toString(), state, reason);
    }

    /** Removes {@code listener}. */
    public void unsubscribe(SessionListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() throws IOException {
        stopCapture();
        recorder.close();
    }

    private synchronized void onEvent(SessionEvent event) {
        switch (event) {
            case SessionEvent.ModuleLoaded loaded -> {
                modules.put(loaded.module().base(), loaded.module());
                publishModules();
            }
            case SessionEvent.ModuleUnloaded unloaded -> {
                if (unloaded.module().base() == -1L) {
                    modules.clear();
                } else {
                    modules.remove(unloaded.module().base());
                }
                publishModules();
            }
            case SessionEvent.DebugPrint print -> print(print.processor(), print.text());
            default -> EventRow.of(event).ifPresent(this::publish);
        }
    }

    private synchronized void onThroughput(Throughput sample) {
        double seconds = sample.intervalNanos() / 1e9;
        bytesPerSecond = seconds <= 0 ? 0 : (sample.bytesToDebugger() + sample.bytesToTarget()) / seconds;
        throughput.addLast(sample);
        if (throughput.size() > THROUGHPUT_WINDOW) {
            throughput.removeFirst();
        }
        for (SessionListener listener : listeners) {
            listener.throughput(sample);
        }
    }

    private void print(int processor, String text) {
        prints.append(text);
        if (prints.length() > PRINT_WINDOW) {
            prints.delete(0, prints.length() - PRINT_WINDOW);
        }
        for (SessionListener listener : listeners) {
            listener.printed(processor, text);
        }
    }

    /**
     * An event decoded elsewhere (a remote service's stream) rather than by this session's recorder. Any
     * thread.
     */
    public synchronized void addEvent(EventRow row) {
        publish(row);
    }

    /** Debug output decoded elsewhere (a remote service's stream). Any thread. */
    public synchronized void addPrint(int processor, String text) {
        print(processor, text);
    }

    /** A throughput sample measured elsewhere (a remote service's stream). Any thread. */
    public void addThroughput(Throughput sample) {
        onThroughput(sample);
    }

    private void publish(EventRow row) {
        events.addLast(row);
        if (events.size() > EVENT_WINDOW) {
            events.removeFirst();
        }
        for (SessionListener listener : listeners) {
            listener.event(row);
        }
    }

    private void publishModules() {
        List<LoadedModule> table = List.copyOf(modules.values());
        for (SessionListener listener : listeners) {
            listener.modulesChanged(table);
        }
    }

    /** Takes the recorder's story in, on the feeding thread. */
    private final class Relay implements RecorderListener {
        @Override
        public void onEvent(SessionEvent event) {
            LiveSession.this.onEvent(event);
        }

        @Override
        public void onThroughput(Throughput sample) {
            LiveSession.this.onThroughput(sample);
        }
    }
}
