package kdring.model.recorder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import kdring.kd.debugger.ModuleList;
import kdring.kd.debugger.ObservedModuleWalk;
import kdring.kd.observer.KdEvent;
import kdring.kd.observer.KdObserver;
import kdring.kd.packet.KdPacket;
import kdring.model.capture.CaptureFormat;
import kdring.model.capture.CaptureReader;
import kdring.model.capture.CaptureWriter;
import kdring.kd.observer.Direction;
import kdring.model.session.Channel;
import kdring.model.session.ChannelCounters;
import kdring.model.session.ChannelState;
import kdring.model.session.FaultKind;
import kdring.model.session.PacketKind;
import kdring.model.session.SessionFactory;
import kdring.model.trace.PacketIndex;
import kdring.model.trace.PacketTrace;

/**
 * Records one channel's KD session: it writes the raw bytes to the capture file, lets the KD
 * {@link KdObserver} tell the story, keeps the channel's model up to date with bounded windows of
 * recent activity, and indexes every packet so that the full trace can be paged from the capture
 * ({@link #trace()}).
 * <p>
 * The same code path serves live channels ({@link #live}: bytes arrive from the transport) and captures
 * reopened offline ({@link #replay}): a reopened capture therefore tells exactly the story that was seen
 * live. That includes the module table a debugger walked: the walk's memory reads are in the traffic, and
 * the recorder reads the walk back from them ({@link RecorderListener#onModuleWalk}).
 * <p>
 * Thread-safe: every method takes the recorder's lock. The channel's EMF objects are changed under that
 * lock, on the thread that feeds bytes, and EMF notifications are delivered there; read the model from
 * other threads inside {@link #read(Supplier)}.
 */
public final class ChannelRecorder implements AutoCloseable {

    /** Default length of the bounded windows (recent packets, prints, break-ins, faults, samples). */
    public static final int DEFAULT_WINDOW = 1000;
    /** Default throughput sampling interval: one second. */
    public static final long DEFAULT_SAMPLE_NANOS = 1_000_000_000L;
    /** At most this many loaded modules are listed; loads beyond are counted ({@link #modulesOverCap()}). */
    public static final int MAX_MODULES = kdring.kd.observer.KdObserver.MAX_MODULES;
    /** At most this many unloaded modules are kept besides the loaded ones. */
    static final int MAX_UNLOADED_MODULES = 1000;
    /** Records remembered per direction to map stream offsets to capture positions. */
    private static final int MAX_PENDING_RECORDS = 4096;

    private final Channel channel;
    private final Path capture;
    private final CaptureWriter writer;
    private final KdObserver observer = new KdObserver();
    /** Reads debuggers' walks of the module list out of the traffic (what a replay rebuilds the table from). */
    private final ObservedModuleWalk moduleWalk = new ObservedModuleWalk();
    private final PacketIndex index = new PacketIndex();
    private final PacketTrace trace;
    private final ModelUpdater updater;
    private final List<RecorderListener> listeners = new CopyOnWriteArrayList<>();
    private final Stream targetStream = new Stream(Direction.TARGET_TO_DEBUGGER);
    private final Stream debuggerStream = new Stream(Direction.DEBUGGER_TO_TARGET);
    private final long sampleNanos;
    private long sampleStart = Long.MIN_VALUE;
    private long sampleBytesToDebugger;
    private long sampleBytesToTarget;
    private long samplePacketsToDebugger;
    private long samplePacketsToTarget;
    private long lastTime;
    private Optional<CaptureReader.Damage> damage = Optional.empty();
    private boolean ended;
    private boolean recordingFull;

    private ChannelRecorder(Channel channel, Path capture, CaptureWriter writer, int window, long sampleNanos) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.capture = capture;
        this.writer = writer;
        this.sampleNanos = sampleNanos;
        this.trace = new PacketTrace(capture, index);
        if (channel.getCounters() == null) {
            channel.setCounters(SessionFactory.eINSTANCE.createChannelCounters());
        }
        channel.setWindowCapacity(window);
        this.updater = new ModelUpdater(channel, window);
        observer.addListener(this::onEvent);
    }

    /**
     * Starts recording a live channel into a new capture file (created or truncated).
     *
     * @param channel the channel's model object; its counters and windows are filled from now on
     * @param capture the capture file to write
     */
    public static ChannelRecorder live(Channel channel, Path capture) throws IOException {
        return live(channel, capture, DEFAULT_WINDOW, DEFAULT_SAMPLE_NANOS);
    }

    /** As {@link #live(Channel, Path)}, with the window length and sampling interval given. */
    public static ChannelRecorder live(Channel channel, Path capture, int window, long sampleNanos)
            throws IOException {
        return live(channel, capture, window, sampleNanos, CaptureWriter.DEFAULT_LIMIT);
    }

    /**
     * As {@link #live(Channel, Path)}, with the recording's size limit given: past it the bytes are still
     * decoded, but no longer recorded (said once as a fault, and by the one {@link IOException} that
     * {@link #bytes} throws then).
     */
    public static ChannelRecorder live(Channel channel, Path capture, int window, long sampleNanos, long limit)
            throws IOException {
        CaptureWriter writer = CaptureWriter.create(capture, limit);
        channel.setCaptureFile(capture.toString());
        return new ChannelRecorder(channel, capture, writer, window, sampleNanos);
    }

    /**
     * Rebuilds a session's story from a capture file: the channel gets the counters, windows, modules,
     * break-ins and prints it had live, and {@link #trace()} pages every packet. A damaged capture is read
     * up to the damage, which is reported by {@link #damage()} and as a CAPTURE_DAMAGE fault.
     *
     * @param channel   the channel to fill (e.g. loaded from the session metadata, or new)
     * @param capture   the capture file
     * @param listeners told every event and throughput sample on the way (exports stream through them)
     * @throws IOException when the file cannot be read or is not a kdring capture
     */
    public static ChannelRecorder replay(Channel channel, Path capture, int window, RecorderListener... listeners)
            throws IOException {
        ChannelRecorder recorder = new ChannelRecorder(channel, capture, null, window, DEFAULT_SAMPLE_NANOS);
        for (RecorderListener listener : listeners) {
            recorder.addListener(listener);
        }
        if (channel.getState() == ChannelState.WAITING) {
            channel.setState(ChannelState.OFFLINE);
        }
        CaptureReader.Result result = CaptureReader.read(capture, record -> {
            synchronized (recorder) {
                recorder.feed(record.direction(), record.timeNanos(), record.bytes(), 0, record.bytes().length,
                        record.fileOffset());
            }
        });
        synchronized (recorder) {
            recorder.damage = result.damage();
            result.damage().ifPresent(d -> recorder.updater.fault(recorder.lastTime, FaultKind.CAPTURE_DAMAGE, null,
                    d.toString() + "; everything before it was recovered", d.offset()));
            recorder.endOfInput(recorder.lastTime);
        }
        return recorder;
    }

    /** Adds a listener; it is told events from the next bytes on. */
    public void addListener(RecorderListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener. */
    public void removeListener(RecorderListener listener) {
        listeners.remove(listener);
    }

    /**
     * Bytes that crossed the live channel: written to the capture (flushed), then observed.
     *
     * @param direction which way they went
     * @param timeNanos when they arrived, nanoseconds since the Unix epoch
     */
    public synchronized void bytes(Direction direction, long timeNanos, byte[] bytes, int offset, int length)
            throws IOException {
        if (writer == null) {
            throw new IllegalStateException("a replayed capture takes no new bytes");
        }
        CaptureWriter.CaptureFullException full = null;
        for (int done = 0; done < length; done += CaptureFormat.MAX_PAYLOAD) {
            int n = Math.min(CaptureFormat.MAX_PAYLOAD, length - done);
            long recordOffset = -1;
            if (!recordingFull) {
                try {
                    recordOffset = writer.append(direction, timeNanos, bytes, offset + done, n);
                } catch (CaptureWriter.CaptureFullException e) {
                    recordingFull = true;
                    full = e;
                    updater.fault(timeNanos, FaultKind.CAPTURE_DAMAGE, null, "recording stopped: " + e.getMessage()
                            + "; decoding goes on, later packets have no bytes in the trace", writer.size());
                }
            }
            // past the limit the bytes are still decoded: the story goes on, only the trace has no bytes
            feed(direction, timeNanos, bytes, offset + done, n, recordOffset);
        }
        if (full != null) {
            throw full; // once, so that the owner can say it in its event log
        }
    }

    /** The transport moved the channel to {@code state}, for {@code reason}. */
    public synchronized void channelState(ChannelState state, String reason, long timeNanos) {
        channel.setState(state);
        channel.setStateReason(reason);
        if (state == ChannelState.FAULTED) {
            updater.fault(timeNanos, FaultKind.CHANNEL_FAULT, null, reason, -1);
        }
    }

    /** The session ended: partial packets are reported truncated and the last throughput sample is taken. */
    public synchronized void endOfInput(long timeNanos) {
        if (ended) {
            return;
        }
        ended = true;
        observer.endOfInput(timeNanos);
        flushSample(timeNanos, true);
    }

    /** @return how many module loads found the module table full and were counted instead of listed */
    public synchronized long modulesOverCap() {
        return updater.modulesOverCap();
    }

    /** @return the packet trace provider of this channel */
    public PacketTrace trace() {
        return trace;
    }

    /** @return the packet index (for memory accounting) */
    public PacketIndex index() {
        return index;
    }

    /** @return the channel model this recorder fills; read it inside {@link #read} */
    public Channel channel() {
        return channel;
    }

    /** @return the capture file */
    public Path capture() {
        return capture;
    }

    /** @return where a replayed capture was damaged, if it was */
    public synchronized Optional<CaptureReader.Damage> damage() {
        return damage;
    }

    /** @return the observer's module table now (a snapshot) */
    public List<kdring.kd.observer.LoadedModule> moduleTable() {
        return observer.modules();
    }

    /** Runs {@code reader} under the recorder's lock, so that the model does not change meanwhile. */
    public synchronized <T> T read(Supplier<T> reader) {
        return reader.get();
    }

    /** Ends the session if it has not ended, and closes the capture file and the trace. */
    @Override
    public synchronized void close() throws IOException {
        endOfInput(lastTime);
        try {
            if (writer != null) {
                writer.close();
            }
        } finally {
            trace.close();
        }
    }

    private void feed(Direction direction, long timeNanos, byte[] bytes, int offset, int length, long recordOffset) {
        lastTime = timeNanos;
        flushSample(timeNanos, false);
        ChannelCounters counters = channel.getCounters();
        Stream stream = stream(direction);
        stream.add(recordOffset, bytes, offset, length);
        if (direction == Direction.TARGET_TO_DEBUGGER) {
            counters.setBytesToDebugger(counters.getBytesToDebugger() + length);
            sampleBytesToDebugger += length;
            observer.onTargetBytes(bytes, offset, length, timeNanos);
        } else {
            counters.setBytesToTarget(counters.getBytesToTarget() + length);
            sampleBytesToTarget += length;
            observer.onDebuggerBytes(bytes, offset, length, timeNanos);
        }
    }

    private void onEvent(KdEvent event) {
        ModuleList walked = null;
        switch (event) {
            case KdEvent.PacketSeen seen -> {
                Direction direction = Direction.valueOf(seen.direction().name());
                Stream stream = stream(direction);
                long[] position = stream.locate(seen.offset());
                KdPacket packet = seen.packet();
                PacketKind kind = kdring.model.trace.PacketDescriptions.kindOf(packet.type());
                long packetIndex = index.count();
                index.append(position[0], (int) position[1], direction, kind, seen.retransmission());
                if (direction == Direction.TARGET_TO_DEBUGGER) {
                    samplePacketsToDebugger++;
                } else {
                    samplePacketsToTarget++;
                }
                updater.packet(seen, direction, kind, packetIndex, position[0], (int) position[1]);
                channel.setPacketCount(index.count());
                walked = moduleWalk.packet(seen).orElse(null);
            }
            case KdEvent.BreakInRequested request -> {
                Stream stream = debuggerStream;
                long[] position = stream.locateBreakIn();
                long packetIndex = index.count();
                index.append(position[0], (int) position[1], Direction.DEBUGGER_TO_TARGET, PacketKind.BREAK_IN, false);
                updater.breakIn(request, packetIndex, position[0], (int) position[1]);
                channel.setPacketCount(index.count());
            }
            case KdEvent.ProtocolError error -> {
                stream(Direction.valueOf(error.direction().name())).prune(error.offset());
                updater.story(event);
            }
            case KdEvent.BytesSkipped skipped -> {
                stream(Direction.valueOf(skipped.direction().name())).prune(skipped.offset());
                updater.story(event);
            }
            default -> updater.story(event);
        }
        for (RecorderListener listener : listeners) {
            listener.onEvent(event);
        }
        if (walked != null) {
            long nanos = ((KdEvent.PacketSeen) event).nanos();
            updater.moduleWalk(nanos, walked.modules());
            for (RecorderListener listener : listeners) {
                listener.onModuleWalk(nanos, walked);
            }
        }
    }

    private void flushSample(long now, boolean last) {
        if (sampleStart == Long.MIN_VALUE) {
            sampleStart = now - Math.floorMod(now, sampleNanos);
            return;
        }
        if (!last && now < sampleStart + sampleNanos) {
            return;
        }
        long end = last ? Math.max(now, sampleStart + 1) : sampleStart + sampleNanos;
        if (sampleBytesToDebugger + sampleBytesToTarget + samplePacketsToDebugger + samplePacketsToTarget > 0) {
            Throughput sample = new Throughput(end, end - sampleStart, sampleBytesToDebugger, sampleBytesToTarget,
                    samplePacketsToDebugger, samplePacketsToTarget);
            updater.sample(sample);
            for (RecorderListener listener : listeners) {
                listener.onThroughput(sample);
            }
        }
        sampleBytesToDebugger = sampleBytesToTarget = samplePacketsToDebugger = samplePacketsToTarget = 0;
        sampleStart = now - Math.floorMod(now, sampleNanos);
    }

    private Stream stream(Direction direction) {
        return direction == Direction.TARGET_TO_DEBUGGER ? targetStream : debuggerStream;
    }

    /**
     * Maps one direction's stream offsets (what the framer reports) to capture positions: the records fed
     * but not yet wholly consumed by framed packets, oldest first.
     */
    private static final class Stream {
        final Direction direction;
        /** Entries: stream offset of the record's first byte, record file offset, payload length. */
        final ArrayDeque<long[]> records = new ArrayDeque<>();
        long streamEnd;
        /** The record being fed now, valid only while the observer handles it. */
        byte[] feeding;
        int feedingOffset;
        int feedingLength;
        int breakInSearchFrom;

        Stream(Direction direction) {
            this.direction = direction;
        }

        void add(long recordOffset, byte[] bytes, int offset, int length) {
            records.addLast(new long[] { streamEnd, recordOffset, length });
            streamEnd += length;
            if (records.size() > MAX_PENDING_RECORDS) {
                records.removeFirst();
            }
            feeding = bytes;
            feedingOffset = offset;
            feedingLength = length;
            breakInSearchFrom = 0;
        }

        /** Drops records wholly before {@code streamOffset}. */
        void prune(long streamOffset) {
            while (!records.isEmpty()) {
                long[] first = records.peekFirst();
                if (first[0] + first[2] > streamOffset) {
                    return;
                }
                records.removeFirst();
            }
        }

        /** @return {record offset, offset in record} of {@code streamOffset}, or {-1, 0} when not known */
        long[] locate(long streamOffset) {
            prune(streamOffset);
            long[] first = records.peekFirst();
            if (first == null || first[0] > streamOffset || first[1] < 0) {
                return new long[] { -1, 0 };
            }
            return new long[] { first[1], streamOffset - first[0] };
        }

        /**
         * The break-in byte came with the record being fed (the framer reports it as soon as it sees it), but
         * its place in the record is not reported: it is the next 0x62 not yet claimed by a break-in.
         */
        long[] locateBreakIn() {
            long[] last = records.peekLast();
            if (last == null || last[1] < 0 || feeding == null) {
                return new long[] { -1, 0 };
            }
            int at = breakInSearchFrom;
            while (at < feedingLength && feeding[feedingOffset + at] != kdring.kd.packet.KdWire.BREAKIN_BYTE) {
                at++;
            }
            if (at == feedingLength) {
                at = 0;
            }
            breakInSearchFrom = at + 1;
            return new long[] { last[1], at };
        }
    }
}
