package kdring.session;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import kdring.kd.observer.Direction;
import kdring.kd.observer.KdEvent;
import kdring.kd.packet.DataPacket;
import kdring.model.recorder.RecorderListener;
import kdring.model.story.StoryEvent;
import kdring.transport.ByteTap;
import kdring.transport.ChannelLifecycle;
import kdring.transport.VmChannel;
import kdring.transport.vm.VmConnection;

/**
 * Pauses a VM whose target is stopped in the debugger and idle, and resumes it before the debugger's next
 * bytes reach the guest: a broken-in target spins in its KD receive loop at a full core (every vCPU), and
 * a paused one costs nothing. This is the 2010 design's "busy-waiting deferred to sleeps in the host",
 * done from the host alone, so it works for the ring and for an unchanged guest on the UART.
 *
 * <p>The VM is paused only when all of these hold: the VM offers {@link VmConnection.Control#PAUSE}; a
 * debugger is attached; the decoded stream says the target is stopped (a state change, no continue since)
 * and that the last data packet came from the target (no request in flight: the target waits for the
 * debugger); the recorder has decoded every byte; and no byte crossed, nor were debugger bytes about to be
 * delivered, for {@link #IDLE_BEFORE_PAUSE}.
 *
 * <p>It is resumed on every exit path: debugger bytes to deliver (the channel thread's
 * {@link VmChannel#setBeforeDebuggerBytes hook}, from the built-in debugger and from a WinDbg endpoint alike),
 * the debugger leaving, any channel state change (reset, close, fault), the target seen running, the
 * session closing, and the JVM shutting down (a shutdown hook). A JVM that dies without running hooks is
 * the adapter's part: the QEMU adapter's watchdog resumes a VM kdring only attached to.
 *
 * <p>Threads: the decision runs on {@code kdring-idle-<vm>} every {@link #TICK}; the resume before delivery
 * runs on the channel thread; both under one lock, so that debugger bytes either see the pause and resume,
 * or are seen by the pause decision and prevent it. Everything public is thread-safe.
 */
final class IdlePause implements AutoCloseable {

    /** How long the stopped target must be idle before its VM is paused. */
    static final Duration IDLE_BEFORE_PAUSE = Duration.ofMillis(200);
    /** How often the decision is taken. */
    static final Duration TICK = Duration.ofMillis(50);

    private static final System.Logger LOG = System.getLogger("kdring.session");
    private static final Set<IdlePause> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile Thread shutdownHook;

    private final VmConnection vm;
    private final VmChannel channel;
    private final Recorder recorder;
    private final ScheduledExecutorService thread;
    private final Object lock = new Object();
    private final ByteTap tap = this::onBytes;
    private final ChannelLifecycle.Listener states = t -> resumeNow("the channel changed to " + t.to());
    private final RecorderListener decoded = new RecorderListener() {
        @Override
        public void onEvent(KdEvent event) {
            decoded(event);
        }
    };

    /** Set by the recorder thread. */
    private volatile boolean targetStopped;
    /** Set by the recorder thread: the last data packet came from the target. */
    private volatile boolean targetAnswered;
    /** Set by the channel thread. */
    private volatile long lastByteNanos = System.nanoTime();
    /** Guarded by {@link #lock}. */
    private long lastDeliveryNanos = System.nanoTime();
    private volatile boolean paused;
    /** A resume failed while bytes waited for the guest: the idle thread tries again on every tick. */
    private volatile boolean resumeOwed;
    private volatile long lastPauseNanos;
    private volatile boolean closed;
    private volatile long pauses;
    private volatile long resumes;
    private volatile long checks;
    private volatile long lastResumeMicros;
    private volatile String lastFailure;

    private IdlePause(VmConnection vm, VmChannel channel, Recorder recorder) {
        this.vm = vm;
        this.channel = channel;
        this.recorder = recorder;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kdring-idle-" + vm.name());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts pausing {@code vm} when it offers it; @return the pauser, or null when the VM cannot be paused */
    static IdlePause startIfOffered(VmConnection vm, VmChannel channel, Recorder recorder) {
        if (!vm.controls().contains(VmConnection.Control.PAUSE)) {
            return null;
        }
        IdlePause pause = new IdlePause(vm, channel, recorder);
        channel.addByteTap(pause.tap);
        channel.lifecycle().addListener(pause.states);
        recorder.addListener(pause.decoded);
        channel.setBeforeDebuggerBytes(pause::beforeDebuggerBytes);
        LIVE.add(pause);
        installShutdownHook();
        pause.thread.scheduleWithFixedDelay(pause::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        return pause;
    }

    private static synchronized void installShutdownHook() {
        if (shutdownHook != null) {
            return;
        }
        shutdownHook = new Thread(() -> {
            for (IdlePause pause : LIVE) {
                pause.resumeNow("kdring is stopping");
            }
        }, "kdring-resume-on-exit");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** @return what it did so far */
    PauseStats stats() {
        return new PauseStats(true, paused, pauses, resumes, checks, lastResumeMicros, lastPauseNanos);
    }

    /** Channel thread: every byte either way; only a timestamp. */
    private void onBytes(Direction direction, byte[] bytes, int offset, int length, long nanos) {
        lastByteNanos = nanos;
    }

    /** Recorder thread: follows the decoded stream. */
    private void decoded(KdEvent event) {
        switch (event) {
            case KdEvent.Stopped stopped -> targetStopped = true;
            case KdEvent.Resumed resumed -> {
                targetStopped = false;
                targetAnswered = false;
            }
            case KdEvent.PacketSeen seen when seen.packet() instanceof DataPacket ->
                targetAnswered = seen.direction() == Direction.TARGET_TO_DEBUGGER;
            default -> {
                // nothing that changes whether the target waits
            }
        }
    }

    /** Channel thread: debugger bytes are about to be delivered; a paused VM runs again first. */
    private void beforeDebuggerBytes() {
        synchronized (lock) {
            lastDeliveryNanos = System.nanoTime();
            if (paused) {
                resumeLocked();
            }
        }
    }

    /** The idle thread's decision. */
    private void tick() {
        checks++;
        try {
            if (paused) {
                String why = !channel.hub().debuggerAttached() ? "the debugger left"
                        : !targetStopped ? "the target runs"
                        : resumeOwed ? "debugger bytes wait for it (the last resume failed)" : null;
                if (why != null) {
                    resumeNow(why);
                }
                return;
            }
            if (!waiting()) {
                return;
            }
            synchronized (lock) {
                long now = System.nanoTime();
                if (closed || paused || !waiting() || now - lastDeliveryNanos < IDLE_BEFORE_PAUSE.toNanos()) {
                    return;
                }
                vm.pause();
                paused = true;
                pauses++;
                lastPauseNanos = System.nanoTime();
            }
        } catch (IOException | RuntimeException e) {
            failed("pausing", e);
        }
    }

    /** @return whether the stopped target has waited for the debugger, untouched, long enough */
    private boolean waiting() {
        long now = System.nanoTime();
        return !closed && targetStopped && targetAnswered && channel.hub().debuggerAttached()
                && !channel.hub().hasInbound() && recorder.backlog() == 0
                && now - lastByteNanos >= IDLE_BEFORE_PAUSE.toNanos();
    }

    /** Any thread: resumes the VM if kdring paused it. */
    void resumeNow(String why) {
        synchronized (lock) {
            if (paused) {
                LOG.log(System.Logger.Level.DEBUG, () -> vm.name() + ": resumed: " + why);
                resumeLocked();
            }
        }
    }

    private void resumeLocked() {
        long start = System.nanoTime();
        try {
            vm.resume();
            paused = false;
            resumeOwed = false;
            resumes++;
            lastResumeMicros = (System.nanoTime() - start) / 1000;
        } catch (IOException | RuntimeException e) {
            resumeOwed = true;
            failed("resuming", e); // still paused: the next delivery, tick or close tries again
        }
    }

    private void failed(String what, Exception e) {
        String message = vm.name() + ": " + what + " the VM failed: " + e.getMessage();
        if (!message.equals(lastFailure)) {
            lastFailure = message;
            LOG.log(System.Logger.Level.WARNING, message);
            recorder.tell(StoryEvent.of(System.currentTimeMillis() * 1_000_000L, StoryEvent.Kind.FAULT, message));
        }
    }

    /** Resumes the VM if kdring paused it and stops pausing it. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        resumeNow("the channel session closes");
        channel.setBeforeDebuggerBytes(() -> {
        });
        channel.removeByteTap(tap);
        channel.lifecycle().removeListener(states);
        recorder.removeListener(decoded);
        LIVE.remove(this);
    }
}
