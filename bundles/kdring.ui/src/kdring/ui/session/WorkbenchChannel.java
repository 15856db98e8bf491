package kdring.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import kdring.kd.observer.Direction;
import kdring.kd.observer.LoadedModule;
import kdring.kd.observer.KdEvent;
import kdring.model.capture.CaptureWriter;
import kdring.model.persist.CaptureFiles;
import kdring.model.recorder.RecorderListener;
import kdring.model.recorder.ChannelRecorder;
import kdring.model.recorder.Throughput;
import kdring.model.session.Channel;
import kdring.model.session.SessionFactory;
import kdring.model.story.ChannelStatus;
import kdring.model.story.ChannelStory;
import kdring.model.story.StoryEvent;
import kdring.model.story.StoryListener;
import kdring.model.trace.PacketTrace;
import kdring.session.Capture;
import kdring.session.ChannelSession;
import kdring.transport.ChannelState;

/**
 * One channel as the workbench shows it, whatever is behind it: a local {@link ChannelSession} (the demo VM
 * or an attached VM), a remote service's channel, or a capture reopened offline. Every view reads the same
 * two providers — the model's {@link ChannelStory} (modules, events, prints, throughput, live status) and
 * {@link PacketTrace} — and acts through {@link #control()}. It decodes nothing for a local channel: the
 * channel session did that once.
 *
 * <p>Each session closes itself ({@link #close()}): a local channel stops (the demo VM with it), a remote
 * one stops following the service, a reopened capture is released.
 *
 * <p>Thread-safe.
 */
public final class WorkbenchChannel implements AutoCloseable {

    /** Events kept for views that attach late. */
    public static final int EVENT_WINDOW = ChannelStory.EVENT_WINDOW;
    /** Characters of debug output kept for views that attach late. */
    public static final int PRINT_WINDOW = ChannelStory.PRINT_WINDOW;

    /** Where the channel behind a session lives. */
    public enum Kind {
        /** A channel session in this workbench (the demo VM or an attached VM). */
        LOCAL,
        /** A channel of a remote kdring service, followed over its API. */
        REMOTE,
        /** A capture reopened offline. */
        OFFLINE
    }

    private final ChannelInfo info;
    private final Kind kind;
    private final ChannelStory story;
    private final PacketTrace trace;
    private final ChannelSession local;
    /** Decodes bytes fed by {@link #bytes} (remote and test sessions); null for local and offline ones. */
    private final ChannelRecorder recorder;
    private volatile DebugControl control;
    private volatile RemoteControl remote;
    private volatile AutoCloseable owner;
    private volatile CaptureWriter userCapture;
    private volatile Path userCaptureFile;
    /** Told whenever {@link #targetState()} or the capture may have changed; called on the changing thread. */
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    /** Told of every stop of the target; called on the story's thread. */
    private final List<StopListener> stopListeners = new CopyOnWriteArrayList<>();
    /** The last STOPPED event after which no RESUMED, reset or state change came; null when none. */
    private volatile StoryEvent lastStop;
    /** Whether KD traffic crossed since the channel's state last changed (a UART channel never opens). */
    private volatile boolean trafficSeen;
    private volatile boolean closed;
    private volatile TargetState lastTold;
    /** When the running capture started (System.nanoTime), for its duration. */
    private volatile long captureStartedNanos;

    private WorkbenchChannel(ChannelInfo info, Kind kind, ChannelStory story, PacketTrace trace, ChannelSession local,
            ChannelRecorder recorder) {
        this.info = info;
        this.kind = kind;
        this.story = story;
        this.trace = trace;
        this.local = local;
        this.recorder = recorder;
        ChannelStory.Snapshot start = story.subscribe(new StoryListener() {
            @Override
            public void event(StoryEvent event) {
                follow(event);
            }

            @Override
            public void statusChanged(ChannelStatus status) {
                trafficSeen = false;
                if (status.state() != kdring.model.session.ChannelState.OPEN
                        && status.state() != kdring.model.session.ChannelState.WAITING) {
                    lastStop = null;
                }
                changed();
            }
        });
        start.events().forEach(this::follow);
    }

    /** Story thread: keeps what the target state is computed from. */
    private void follow(StoryEvent event) {
        switch (event.kind()) {
            case STOPPED -> {
                lastStop = event;
                stopListeners.forEach(l -> l.stopped(event));
            }
            case RESUMED -> lastStop = null;
            case CHANNEL, CAPTURE, FAULT -> {
                // not the target's doing; but a debugger (dis)connected, which the commands' enablement follows
                captureChanged();
                return;
            }
            default -> {
            }
        }
        trafficSeen = true;
        changed();
    }

    /** Tells the change listeners when the target state changed. */
    private void changed() {
        TargetState now = targetState();
        if (!now.equals(lastTold)) {
            lastTold = now;
            changeListeners.forEach(Runnable::run);
        }
    }

    private void captureChanged() {
        changeListeners.forEach(Runnable::run);
    }

    private void tellStopped(Capture capture) {
        tellCapture(String.format(java.util.Locale.ROOT, "capture stopped: %s (%,d bytes, %,d records)",
                capture.file(), capture.bytes(), capture.records()));
    }

    /** Tells the Events view about a capture, as an event of its own kind. */
    private void tellCapture(String detail) {
        story.add(StoryEvent.of(System.currentTimeMillis() * 1_000_000L, StoryEvent.Kind.CAPTURE, detail));
    }

    /**
     * The running capture, with its size so far and how long it has been running. Thread-safe; no I/O.
     *
     * @return the capture being written, or empty when none is
     */
    public Optional<CaptureProgress> captureProgress() {
        long started = captureStartedNanos;
        java.time.Duration running = java.time.Duration.ofNanos(Math.max(0, System.nanoTime() - started));
        if (local != null) {
            return local.capture().filter(Capture::active)
                    .map(c -> new CaptureProgress(c.file(), c.bytes(), running));
        }
        CaptureWriter capture = userCapture;
        Path file = userCaptureFile;
        return capture == null || file == null ? Optional.empty()
                : Optional.of(new CaptureProgress(file, capture.size(), running));
    }

    /**
     * A capture being written, as the Channels view shows it. Immutable.
     *
     * @param file    the capture file
     * @param bytes   its size so far
     * @param running how long it has been running
     */
    public record CaptureProgress(Path file, long bytes, java.time.Duration running) {
    }

    /**
     * What the target is doing now: running, stopped at an address, waiting, faulted, closed, offline.
     * Thread-safe; cheap (no I/O).
     */
    public TargetState targetState() {
        if (closed) {
            return new TargetState(TargetState.Kind.CLOSED, "closed", 0);
        }
        StoryEvent stop = lastStop;
        TargetState state = TargetState.of(status(), stop, trafficSeen);
        if (stop == null && local != null && state.live() && local.debugger().targetStopped()) {
            return new TargetState(TargetState.Kind.STOPPED, "stopped (break-in)", 0);
        }
        return state;
    }

    /**
     * Calls {@code listener} whenever the target state or the running capture changes, on the thread that
     * changed it (a recorder or stream thread, or a Job): hop to the UI thread, and return quickly.
     */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(Objects.requireNonNull(listener));
    }

    /** Removes {@code listener}. */
    public void removeChangeListener(Runnable listener) {
        changeListeners.remove(listener);
    }

    /**
     * Follows the target's stops: every view that shows the stopped target (registers, memory, disassembly,
     * the kd> console) moves to the stop it is told. Immutable values only; no reference to the view is kept by
     * the session beyond the listener itself.
     */
    @FunctionalInterface
    public interface StopListener {
        /**
         * The target stopped (a break-in, a breakpoint hit, a single step, an exception). Called on the thread that
         * tells the story (a recorder or stream thread) under its lock: hop to the UI thread and return at once;
         * ask {@link #control()} for registers or memory from a Job. When the listener is told, the channel's
         * {@link #targetState()} already says stopped.
         *
         * @param stop the STOPPED event, as the Events view shows it: {@link StoryEvent#detail()} in words
         *             ("breakpoint 0 hit at nt!KeTickHook: exception 0x80000003 ..."), {@link StoryEvent#stopped()}
         *             with the address, code and processor when the stop was decoded in this workbench
         */
        void stopped(StoryEvent stop);
    }

    /** Calls {@code listener} at every later stop of the target (see {@link StopListener}). */
    public void addStopListener(StopListener listener) {
        stopListeners.add(Objects.requireNonNull(listener));
    }

    /** Removes {@code listener}. */
    public void removeStopListener(StopListener listener) {
        stopListeners.remove(listener);
    }

    /** Shows a local channel session; closing this session closes it (and a VM it launched). */
    public static WorkbenchChannel local(ChannelSession session) {
        WorkbenchChannel live = new WorkbenchChannel(new ChannelInfo("local", session.name(), session.windbgCommand()),
                Kind.LOCAL, session.story(), session.trace(), session, null);
        live.control = new BuiltInControl(session);
        return live;
    }

    /**
     * A session fed with bytes decoded here ({@link #bytes}), recorded into {@code capture} (created or
     * truncated): how a remote channel's packet trace is rebuilt from the service's trace route.
     */
    public static WorkbenchChannel record(ChannelInfo info, Kind kind, Path capture) throws IOException {
        ChannelStory story = new ChannelStory(ChannelStatus.waiting("waiting for the guest's hello"));
        ChannelRecorder recorder = ChannelRecorder.live(newChannel(info), capture);
        if (kind != Kind.REMOTE) {
            // a remote channel's story comes from the service's stream; its bytes only rebuild the trace
            recorder.addListener(tell(story));
        }
        return new WorkbenchChannel(info, kind, story, recorder.trace(), null, recorder);
    }

    /** As {@link #record(ChannelInfo, Kind, Path)} for a channel of this workbench fed by its caller. */
    public static WorkbenchChannel record(ChannelInfo info, Path capture) throws IOException {
        return record(info, Kind.LOCAL, capture);
    }

    /**
     * Reopens a capture offline: the whole story is replayed before this returns (seconds for big
     * captures: call it off the UI thread).
     */
    public static WorkbenchChannel replay(ChannelInfo info, String transport, Path capture) throws IOException {
        ChannelStory story = new ChannelStory(new ChannelStatus(kdring.model.session.ChannelState.OFFLINE,
                "offline capture " + capture.getFileName(),
                "ring".equals(transport) ? kdring.model.session.Transport.RING : kdring.model.session.Transport.SERIAL));
        ChannelRecorder recorder = ChannelRecorder.replay(newChannel(info), capture, ChannelRecorder.DEFAULT_WINDOW,
                tell(story));
        return new WorkbenchChannel(info, Kind.OFFLINE, story, recorder.trace(), null, null).owning(recorder);
    }

    /** Reopens {@code capture} offline, named after its metadata (or its file name). */
    public static WorkbenchChannel replay(Path capture) throws IOException {
        CaptureFiles.Origin origin = CaptureFiles.describe(capture);
        return replay(new ChannelInfo("capture", origin.name(), origin.windbgCommand()), origin.transport(), capture);
    }

    private static RecorderListener tell(ChannelStory story) {
        return new RecorderListener() {
            @Override
            public void onEvent(KdEvent event) {
                story.told(event);
            }

            @Override
            public void onModuleWalk(long nanos, kdring.kd.debugger.ModuleList walk) {
                story.walkSeen(nanos, walk);
            }

            @Override
            public void onThroughput(Throughput sample) {
                story.throughput(sample);
            }
        };
    }

    private static Channel newChannel(ChannelInfo info) {
        Channel channel = SessionFactory.eINSTANCE.createChannel();
        channel.setName(info.vm());
        channel.setVmName(info.vm());
        return channel;
    }

    /** Makes {@code closeable} close with this session (e.g. the follower of a remote channel). */
    public WorkbenchChannel owning(AutoCloseable closeable) {
        owner = closeable;
        return this;
    }

    /** @return who this session is */
    public ChannelInfo info() {
        return info;
    }

    /** @return where the channel lives */
    public Kind kind() {
        return kind;
    }

    /** @return whether this session is a capture reopened offline rather than a live channel */
    public boolean isOffline() {
        return kind == Kind.OFFLINE;
    }

    /** @return the story every view shows */
    public ChannelStory story() {
        return story;
    }

    /** @return the channel's live status */
    public ChannelStatus status() {
        return story.status();
    }

    /** @return the packet trace provider the Packet Trace view pages through */
    public PacketTrace trace() {
        return trace;
    }

    /** @return the file behind the packet trace (the session recording, or the reopened capture) */
    public Path capture() {
        return trace.capture();
    }

    /** @return the local channel session, for a local channel */
    public Optional<ChannelSession> channelSession() {
        return Optional.ofNullable(local);
    }

    /** @return the debugger that can break in, go and read memory on this channel, if there is one */
    public Optional<DebugControl> control() {
        return Optional.ofNullable(control);
    }

    /** Lets a debugger act on this channel (a remote service's API). */
    public void setControl(DebugControl newControl) {
        control = newControl;
    }

    /** @return the service behind a remote channel */
    public Optional<RemoteControl> remote() {
        return Optional.ofNullable(remote);
    }

    /** Marks this as a channel of a remote service. */
    public void setRemote(RemoteControl newRemote) {
        remote = newRemote;
    }

    /** @return bytes per second, both directions, over the last throughput interval */
    public double bytesPerSecond() {
        return story.bytesPerSecond();
    }

    /** @return the recent throughput samples, oldest first */
    public List<Throughput> throughputHistory() {
        return story.throughputHistory();
    }

    /** @return the module table in load order */
    public List<LoadedModule> modules() {
        return story.modules();
    }

    /** Adds {@code listener} and returns what it starts from; no change falls between the two. */
    public ChannelStory.Snapshot subscribe(StoryListener listener) {
        return story.subscribe(listener);
    }

    /** Removes {@code listener}. */
    public void unsubscribe(StoryListener listener) {
        story.unsubscribe(listener);
    }

    /**
     * Bytes that crossed the channel, for a session decoded here (remote channels, tests): recorded,
     * decoded and told.
     *
     * @param timeNanos nanoseconds since the Unix epoch
     */
    public void bytes(Direction direction, long timeNanos, byte[] bytes, int offset, int length) throws IOException {
        if (recorder == null) {
            throw new IllegalStateException(info.key() + " is decoded by its channel session, not fed bytes");
        }
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

    /** The channel changed state, for a session decoded here. */
    public void channelState(ChannelState newState, String why, long timeNanos) {
        ChannelStatus status = ChannelStatus.live(newState.name(), why);
        if (recorder != null) {
            recorder.channelState(status.state(), why, timeNanos);
        }
        story.status(status, timeNanos);
    }

    /**
     * Starts a capture of everything from now on. A local channel captures into its session's capture folder
     * (then {@code file} only names the folder's choice); a session decoded here writes {@code file}.
     *
     * @return the capture file
     * @throws IllegalStateException when a capture is already running or the session is offline or remote
     */
    public synchronized Path startCapture(Path file) throws IOException {
        if (kind != Kind.LOCAL) {
            throw new IllegalStateException(kind == Kind.OFFLINE
                    ? "this is a capture reopened offline; nothing flows to capture"
                    : "a remote channel is captured by its service (Start capture on the service)");
        }
        Optional<Path> running = capturing();
        if (running.isPresent()) {
            throw new IllegalStateException("a capture is already running into " + running.get());
        }
        captureStartedNanos = System.nanoTime();
        Path started;
        if (local != null) {
            started = local.startCapture().file();
        } else {
            userCapture = CaptureWriter.create(file);
            userCaptureFile = file;
            started = file;
        }
        tellCapture("capture started: " + started);
        captureChanged();
        return started;
    }

    /**
     * Stops the running capture, closes its file and writes its metadata. Blocking I/O.
     *
     * @return the capture, or empty when none was running
     */
    public synchronized Optional<Capture> stopCapture() throws IOException {
        if (local != null) {
            Optional<Capture> stopped = local.capture().filter(Capture::active).isPresent()
                    ? Optional.of(local.stopCapture())
                    : Optional.empty();
            stopped.ifPresent(this::tellStopped);
            captureChanged();
            return stopped;
        }
        CaptureWriter capture = userCapture;
        if (capture == null) {
            return Optional.empty();
        }
        userCapture = null;
        long records = capture.records();
        long size = capture.size();
        capture.close();
        CaptureFiles.writeMetadata(userCaptureFile, info.key(), info.vm(), status().transportName(),
                info.windbgCommand());
        Capture stopped = new Capture(false, userCaptureFile, records, size);
        tellStopped(stopped);
        captureChanged();
        return Optional.of(stopped);
    }

    /** @return the file a capture is running into, if one is */
    public Optional<Path> capturing() {
        if (local != null) {
            return local.capture().filter(Capture::active).map(Capture::file);
        }
        return userCapture == null ? Optional.empty() : Optional.ofNullable(userCaptureFile);
    }

    /** The built-in debugger walked the module list elsewhere (a remote service): the walk is the table. */
    public void moduleWalk(List<LoadedModule> walked) {
        story.moduleWalk(walked);
    }

    /** An event described elsewhere (a remote service's stream). */
    public void addEvent(StoryEvent event) {
        story.add(event);
    }

    /** Debug output decoded elsewhere (a remote service's stream). */
    public void addPrint(int processor, String text) {
        story.printed(processor, text);
    }

    /** A throughput sample measured elsewhere (a remote service's stream). */
    public void addThroughput(Throughput sample) {
        story.throughput(sample);
    }

    /** Closes what is behind this session: the local channel (and its VM), the remote follower, the file. */
    @Override
    public void close() throws IOException {
        closed = true;
        changed();
        DebugControl debug = control;
        if (debug != null && local == null) {
            debug.close();
        }
        // a remote feed stops before the recorder it feeds; a local channel's VM stops before its work folder goes
        if (local == null) {
            closeOwner();
        }
        if (local != null) {
            local.close();
        }
        if (recorder != null) {
            stopCapture();
            recorder.close();
        }
        if (local != null) {
            closeOwner();
        }
    }

    private void closeOwner() throws IOException {
        AutoCloseable closeable = owner;
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IOException("closing " + info.key() + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String toString() {
        return info.key() + " (" + kind + ", " + status().stateName() + ")";
    }
}
