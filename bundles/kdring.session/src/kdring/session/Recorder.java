package kdring.session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import kdring.kd.observer.Direction;
import kdring.kd.observer.KdEvent;
import kdring.model.capture.CaptureFormat;
import kdring.model.capture.CaptureWriter;
import kdring.model.recorder.RecorderListener;
import kdring.model.recorder.ChannelRecorder;
import kdring.model.recorder.Throughput;
import kdring.model.session.Channel;
import kdring.model.story.ChannelStatus;
import kdring.model.story.ChannelStory;
import kdring.model.story.StoryEvent;
import kdring.model.trace.PacketTrace;
import kdring.transport.ByteTap;
import kdring.transport.ChannelLifecycle;
import kdring.transport.VmChannel;

/**
 * The recorder of one channel session, on its own thread ({@code kdring-recorder-<name>}): the channel's
 * byte tap only copies bytes into a queue bounded by size, and this thread writes the session recording
 * and the user's capture, decodes every byte once (the model's {@link ChannelRecorder}) and tells the
 * {@link ChannelStory}. Lifecycle transitions and capture starts and stops go through the same queue, so
 * they are ordered with the bytes: a capture stopped and started again never loses or repeats a byte.
 *
 * <p>If the recorder falls more than {@link #MAX_QUEUED_BYTES} behind (a disk that stalls), further bytes
 * are still bridged but not recorded, and the story says how many were missed: the data path never waits.
 *
 * <p>Bytes wake the recorder thread only when it sleeps with nothing to do: once awake it drains the queue,
 * naps {@link #BATCH_NAP} (bytes that arrive meanwhile do not wake it) and drains again, until a nap ends with
 * nothing queued. So a burst of KD traffic costs the channel thread no lock and no wake-up per tap (a queue
 * add), and the host one recorder wake-up per nap instead of one per tap: on a loaded 2-core host every
 * thread woken per request competes with the guest and the debugger for a core. Everything else queued (story
 * lines, state changes, captures, close) wakes it at once.
 */
final class Recorder implements AutoCloseable {

    /** Bytes the recorder may fall behind the channel before it drops (and counts) instead of queueing. */
    static final long MAX_QUEUED_BYTES = 64L << 20;
    /** How long the recorder thread naps between drains while bytes keep coming (the story lags at most this). */
    static final Duration BATCH_NAP = Duration.ofMillis(5);
    /** Queued bytes beyond which a tap wakes the recorder even from a nap. */
    static final long WAKE_BACKLOG = 1L << 20;
    /** How long capture starts and stops wait for the recorder thread. */
    static final Duration CAPTURE_TIMEOUT = Duration.ofSeconds(30);

    /** Work for the recorder thread that may fail with an I/O error. */
    @FunctionalInterface
    interface FileStep {
        void run(Path file) throws IOException;
    }

    private final VmChannel channel;
    private final ChannelRecorder model;
    private final ChannelStory story;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    /** Set by the recorder thread when it sleeps with nothing queued: the next tap wakes it. */
    private final AtomicBoolean idle = new AtomicBoolean();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final AtomicLong droppedBytes = new AtomicLong();
    private final ByteTap tap = this::onBytes;
    private final ChannelLifecycle.Listener states = this::onTransition;
    private volatile boolean running = true;
    /** Recorder thread only. */
    private CaptureWriter capture;
    private long reportedDrops;
    private volatile Capture lastCapture;

    private Recorder(VmChannel channel, ChannelRecorder model) {
        this.channel = channel;
        this.model = model;
        this.story = new ChannelStory(ChannelStatus.live(channel.lifecycle().state().name(),
                channel.lifecycle().reason()));
        this.thread = new Thread(this::run, "kdring-recorder-" + channel.name());
        thread.setDaemon(true);
        model.addListener(new RecorderListener() {
            @Override
            public void onEvent(KdEvent event) {
                if (event instanceof KdEvent.PacketSeen seen) {
                    channel.packetSeen(seen.direction());
                }
                story.told(event);
            }

            @Override
            public void onThroughput(Throughput sample) {
                story.throughput(sample);
            }
        });
    }

    /** Starts recording {@code channel} into {@code recording}, with {@code model} as its model. */
    static Recorder start(VmChannel channel, Channel model, Path recording) throws IOException {
        Recorder recorder = new Recorder(channel, ChannelRecorder.live(model, recording));
        channel.lifecycle().addListener(recorder.states);
        channel.addByteTap(recorder.tap);
        recorder.enqueue(() -> recorder.status(channel.lifecycle().state().name(), channel.lifecycle().reason(),
                System.currentTimeMillis() * 1_000_000L));
        recorder.thread.start();
        return recorder;
    }

    /** Any thread: @return the bytes tapped but not yet recorded and decoded */
    long backlog() {
        return queuedBytes.get();
    }

    ChannelStory story() {
        return story;
    }

    /** Any thread: adds {@code event} to the story on the recorder thread, in order with everything else. */
    void tell(StoryEvent event) {
        enqueue(() -> story.add(event));
    }

    /** Any thread: queues {@code step} and wakes the recorder thread at once. */
    private void enqueue(Runnable step) {
        queue.add(step);
        LockSupport.unpark(thread);
    }

    PacketTrace trace() {
        return model.trace();
    }

    Path recording() {
        return model.capture();
    }

    void addListener(RecorderListener listener) {
        model.addListener(listener);
    }

    void removeListener(RecorderListener listener) {
        model.removeListener(listener);
    }

    /** Owner thread: copy and queue, never wait. */
    private void onBytes(Direction direction, byte[] bytes, int offset, int length, long nanos) {
        if (queuedBytes.get() + length > MAX_QUEUED_BYTES) {
            droppedBytes.addAndGet(length);
            return;
        }
        byte[] copy = java.util.Arrays.copyOfRange(bytes, offset, offset + length);
        long time = CaptureFormat.epochNanos(nanos);
        long backlog = queuedBytes.addAndGet(length);
        queue.add(() -> {
            try {
                record(direction, time, copy);
            } finally {
                queuedBytes.addAndGet(-copy.length); // after decoding: backlog() 0 means the story is current
            }
        });
        // only a sleeping recorder is woken (a napping one drains this with the rest), or one far behind
        if ((idle.get() && idle.compareAndSet(true, false)) || backlog > WAKE_BACKLOG) {
            LockSupport.unpark(thread);
        }
    }

    private void onTransition(ChannelLifecycle.Transition t) {
        long nanos = t.at().getEpochSecond() * 1_000_000_000L + t.at().getNano();
        enqueue(() -> status(t.to().name(), t.reason(), nanos));
    }

    private void status(String state, String reason, long nanos) {
        ChannelStatus status = ChannelStatus.live(state, reason);
        model.channelState(status.state(), reason, nanos);
        story.status(status, nanos);
    }

    private void record(Direction direction, long nanos, byte[] bytes) {
        reportDrops(nanos);
        try {
            model.bytes(direction, nanos, bytes, 0, bytes.length);
        } catch (IOException e) {
            story.add(StoryEvent.of(nanos, StoryEvent.Kind.FAULT, "session recording failed (" + e.getMessage()
                    + "); the packet trace stops here, the channel still bridges"));
        } catch (RuntimeException e) {
            // a replayed or closed recorder: nothing more to record
        }
        if (capture != null) {
            try {
                capture.append(direction, nanos, bytes, 0, bytes.length);
            } catch (IOException e) {
                story.add(StoryEvent.of(nanos, StoryEvent.Kind.FAULT, "capture stopped: " + e.getMessage()));
                try {
                    finishCapture(null);
                } catch (IOException ignored) {
                    // already reported: the capture holds everything before the failure
                }
            }
        }
    }

    private void reportDrops(long nanos) {
        long dropped = droppedBytes.get();
        if (dropped != reportedDrops) {
            story.add(StoryEvent.of(nanos, StoryEvent.Kind.FAULT, "the recorder fell behind: " + (dropped - reportedDrops)
                    + " bytes crossed the channel without being recorded (" + dropped + " in all)"));
            reportedDrops = dropped;
        }
    }

    private void run() {
        boolean napped = false;
        while (running || !queue.isEmpty()) {
            Runnable step = queue.poll();
            if (step != null) {
                napped = false;
                try {
                    step.run();
                } catch (RuntimeException e) {
                    story.add(StoryEvent.of(System.currentTimeMillis() * 1_000_000L, StoryEvent.Kind.FAULT,
                            "recorder: " + e));
                }
                continue;
            }
            if (!running) {
                break;
            }
            if (!napped) {
                // more bytes may be on their way: let them gather instead of being woken for each
                napped = true;
                LockSupport.parkNanos(BATCH_NAP.toNanos());
            } else {
                // a nap ended with nothing queued: sleep until a tap or anything else wakes us
                idle.set(true);
                if (queue.isEmpty() && running) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
                }
                idle.set(false);
                napped = false;
            }
            if (Thread.interrupted()) {
                // close() interrupts only after the queue was drained or the deadline passed
                break;
            }
        }
    }

    Capture startCapture(Path file, FileStep describe) throws IOException {
        return onRecorderThread(() -> {
            if (capture == null) {
                capture = CaptureWriter.create(file);
                lastCapture = new Capture(true, file, 0, capture.size());
            }
            return describeRunning();
        });
    }

    Capture stopCapture(FileStep describe) throws IOException {
        return onRecorderThread(() -> {
            finishCapture(describe);
            Capture last = lastCapture;
            if (last == null) {
                throw new IOException("no capture was started on " + channel.name());
            }
            return last;
        });
    }

    Optional<Capture> capture() {
        Capture last = lastCapture;
        if (last != null && last.active()) {
            CaptureWriter writer = capture;
            if (writer != null) {
                return Optional.of(new Capture(true, last.file(), writer.records(), writer.size()));
            }
        }
        return Optional.ofNullable(last);
    }

    private Capture describeRunning() {
        return new Capture(true, lastCapture.file(), capture.records(), capture.size());
    }

    /** Recorder thread: closes the capture and writes its metadata. */
    private void finishCapture(FileStep describe) throws IOException {
        CaptureWriter writer = capture;
        if (writer == null) {
            return;
        }
        capture = null;
        long records = writer.records();
        long size = writer.size();
        writer.close();
        lastCapture = new Capture(false, lastCapture.file(), records, size);
        if (describe != null) {
            describe.run(lastCapture.file());
        }
    }

    /** Work with a result, ordered with the bytes queued before it. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws IOException;
    }

    private <T> T onRecorderThread(Step<T> step) throws IOException {
        if (!running) {
            throw new IOException("the recorder of " + channel.name() + " is closed");
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        enqueue(() -> {
            try {
                result.complete(step.run());
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(CAPTURE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("the recorder of " + channel.name() + " did not answer within "
                    + CAPTURE_TIMEOUT.toSeconds() + " s (" + queuedBytes.get() + " bytes queued)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** Stops taking bytes, records what is queued (10 s at most), finishes a running capture. */
    @Override
    public void close() {
        channel.removeByteTap(tap);
        channel.lifecycle().removeListener(states);
        if (!running) {
            return;
        }
        enqueue(() -> {
            try {
                finishCapture(null);
            } catch (IOException e) {
                story.add(StoryEvent.of(System.currentTimeMillis() * 1_000_000L, StoryEvent.Kind.FAULT,
                        "capture did not close cleanly: " + e.getMessage()));
            }
            model.endOfInput(System.currentTimeMillis() * 1_000_000L);
        });
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(10_000);
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(2_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            model.close();
        } catch (IOException e) {
            // every record was flushed as it was written
        }
    }
}
