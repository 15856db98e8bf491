package kdring.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import kdring.kd.observer.Direction;
import kdring.transport.bridge.DebuggerHub;
import kdring.transport.memory.GuestMemory;
import kdring.transport.memory.GuestMemoryException;
import kdring.transport.port.PortStreamParser;
import kdring.transport.ring.ChannelFault;
import kdring.transport.ring.GuestRamLayout;
import kdring.transport.ring.RingEngine;

/**
 * One VM's kdring channel and serial bridge, run by one owner thread named {@code kdring-channel-<vm>}.
 *
 * <p>The owner thread reads the port stream (kicks, hello, goodbye; {@link HandshakeDevice}), services the
 * rings ({@link RingEngine}), moves debugger bytes from the {@link DebuggerHub} into rx while the channel is
 * OPEN and to the VM's serial port otherwise (diversion), and hands target bytes from tx, or from the serial
 * port while no ring channel is open, to the attached debugger. The {@link KdObserver} sees both
 * directions on the side.
 *
 * <p>It never busy-waits: after activity it spins for at most {@link #SPIN_NANOS} — only while spinning
 * pays: a spin that ends without news lowers a small score, one that catches news raises it, and at score 0
 * it spins only on every {@link #SPIN_PROBE_EVERY}th chance (on a 2-core host with a TCG guest on one core, a
 * spin that never catches the reply steals the core the debugger or the guest needs) — then sets the
 * host-waiting flags (§6.3) and sleeps in a selector until a kick or serial byte arrives, debugger input
 * wakes it, or the {@link #BACKSTOP_MILLIS} backstop passes. Faults, closed streams and vanished descriptors
 * affect only this channel.
 *
 * <p><b>Inline passes.</b> A request and its answer should not cost two thread wake-ups and a kick. So the
 * debugger connection that sent a request may run the ring part of the pass on its own thread
 * ({@link DebuggerHub.Inline}): its bytes go into rx at once, and it spins on tx for the answer (no kick: the
 * host-waiting flags are clear while it spins) and hands it to itself. Every pass, the owner's or a
 * connection's, holds one lock, so the channel's state still has one owner at a time; the port and serial
 * streams, hellos, goodbyes and the serial path stay the owner thread's alone. When the inline spin ends
 * (answer or not), it sets the flags for the sleeping owner thread, which takes over as before.
 *
 * <p>Thread-safety: {@link #start}, {@link #close}, the accessors and {@link #awaitState} may be called from
 * any thread; everything else runs on the owner thread or, for the ring part of a pass, on a connection's
 * thread holding the pass lock.
 */
public final class VmChannel implements AutoCloseable {

    /** How long the owner thread spins after activity before it sleeps (§6.2: ≤ 50 µs). */
    public static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(50);
    /** How many spins in a row must end without news before the owner thread stops spinning. */
    static final int SPIN_SCORE_MAX = 8;
    /** While spinning does not pay, one chance in this many is still spun, to notice when it pays again. */
    public static final int SPIN_PROBE_EVERY = 32;
    /**
     * How long after a connection's thread last passed inline the owner thread does not spin itself (two
     * spinners would share a core; the connection's thread spins for its answers).
     */
    static final long OWNER_QUIET_AFTER_INLINE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    /**
     * How long an inline spin waits for the guest to take the request out of rx; a guest that has not by then is
     * not running beside the spinning thread (on a 2-core host its vCPU may wait for that very core), so the
     * thread sleeps instead and the guest kicks when it answers.
     */
    static final long GUEST_ABSENT_NANOS = TimeUnit.MICROSECONDS.toNanos(10);
    /** An inline spin that finds the guest absent moves its thread to another CPU at most this often. */
    static final long CPU_MOVE_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    /** How long a connection's thread waits for the owner thread to end its pass before it leaves it the bytes. */
    static final long PASS_LOCK_WAIT_NANOS = TimeUnit.MICROSECONDS.toNanos(20);
    /** The backstop timeout of a sleep (§6.2: 100 ms). */
    public static final long BACKSTOP_MILLIS = 100;
    static final long RECONNECT_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    /**
     * Target bytes moved from tx per pass at most, and port-stream bytes parsed per pass at most: whatever the
     * guest does, every pass also serves goodbye, debugger input, a debugger change and {@link #close}.
     */
    public static final int MAX_BYTES_PER_PASS = 256 * 1024;
    /** Debugger bytes held at most for a VM serial port that does not take them; beyond, they are dropped. */
    public static final int SERIAL_BUFFER = 64 * 1024;
    /** How long DEBUGGER_ATTACHED stays set after a debugger left, while its last bytes still go into rx. */
    static final long DEPARTED_GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

    /**
     * What a channel needs.
     *
     * A serial-only channel (a VM with stock kdcom on COM1, or whose RAM kdring cannot map) has no port, no
     * memory and no layout: it bridges the serial stream, and no ring channel can open on it.
     *
     * @param name   the VM's name (thread and log names)
     * @param port   the handshake port stream, or null for a serial-only channel
     * @param serial the VM's serial port stream (COM1), or null when it has none
     * @param memory guest RAM (the caller keeps ownership and closes it after the channel); null exactly when
     *               {@code port} is
     * @param layout which frames are RAM; null exactly when {@code port} is
     */
    public record Config(String name, StreamConnector port, StreamConnector serial, GuestMemory memory,
            GuestRamLayout layout) {
        public Config {
            Objects.requireNonNull(name);
            if (port != null) {
                Objects.requireNonNull(memory, "a channel with a handshake port needs the guest memory");
                Objects.requireNonNull(layout, "a channel with a handshake port needs the guest RAM layout");
            } else if (serial == null) {
                throw new IllegalArgumentException(name + ": neither a handshake port nor a serial port");
            }
        }

        /** A serial-only channel: the VM's COM1 stream, no handshake port, no guest memory. */
        public static Config serialOnly(String name, StreamConnector serial) {
            return new Config(name, null, Objects.requireNonNull(serial), null, null);
        }
    }

    private static final System.Logger LOG = System.getLogger("kdring.transport");

    private final RateLimit transitionsLogged = new RateLimit(20, 10_000);
    private final StormWatch storms;
    private final Config config;
    private final ChannelLifecycle lifecycle;
    private final ChannelStatistics stats = new ChannelStatistics();
    private final DebuggerHub hub;
    private final java.util.List<ByteTap> taps = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final HandshakeDevice device;
    private final PortStreamParser parser;
    private final Selector selector;
    private final AtomicBoolean sleeping = new AtomicBoolean();
    /**
     * Held for every pass over the channel's state (streams, debugger queue, rings, flags): by the owner thread,
     * or by a debugger connection's thread running the pass inline ({@link DebuggerHub.Inline}).
     */
    private final ReentrantLock passLock = new ReentrantLock();
    /** Connection threads spinning inline for an answer (pass lock held to change it). */
    private volatile int inlineSpinners;
    /**
     * Inline spins that may still miss in a row before they stop: one that catches its answer restores it. An
     * inline spin costs the debugger connection's own thread, which has nothing else to do meanwhile, so the odd
     * miss (the guest's vCPU descheduled for a moment) does not stop it; a guest that answers late again and
     * again (a running target, a busy host) does.
     */
    private int inlineScore = SPIN_SCORE_MAX;
    private int inlineDeclines;
    /** When a connection's thread last ran a pass inline (the owner thread does not spin for a while after). */
    private volatile long lastInline = System.nanoTime() - OWNER_QUIET_AFTER_INLINE_NANOS;
    private volatile long inlinePasses;
    private volatile long inlineSpinsPaid;
    private volatile long inlineSpinsWasted;
    private volatile long inlineSpinsSkipped;
    private volatile long inlineCpuMoves;
    /** When an inline spin last moved its thread to another CPU (under the pass lock or by one spinner). */
    private volatile long lastCpuMove = System.nanoTime() - CPU_MOVE_EVERY_NANOS;
    private final Thread owner;
    private volatile boolean stopping;
    /** Heartbeats asked for by {@link #heartbeat()}, answered by the owner thread at the top of its next pass. */
    private final java.util.Queue<java.util.concurrent.CompletableFuture<Long>> heartbeats =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile Runnable beforeDebuggerBytes = () -> {
    };

    private SocketChannel port;
    private SocketChannel serial;
    private long nextPortAttempt;
    private long nextSerialAttempt;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(1 << 16);
    private final byte[] transfer = new byte[1 << 16];
    private final byte[] pendingRx = new byte[1 << 16];
    private int pendingRxLength;
    private final byte[] serialOut = new byte[SERIAL_BUFFER];
    private int serialOutLength;
    private long lastActivity;
    /** The activity whose spin window was decided; whether this window spins; the adaptive score. */
    private long spinDecidedFor = Long.MIN_VALUE;
    private boolean spinning;
    private int spinScore = SPIN_SCORE_MAX;
    private int spinDeclines;
    private volatile long spinsPaid;
    private volatile long spinsWasted;
    private volatile long spinsSkipped;
    private volatile long sleeps;
    /** The debugger status last written to the descriptor. */
    private boolean statusAttached;
    /** Until when a departed debugger's last bytes keep DEBUGGER_ATTACHED set (0: no grace running). */
    private long departedUntil;
    /** Whether the last ring pass left tx bytes behind because the debugger had no room. */
    private boolean txHeldBack;

    private VmChannel(Config config) throws IOException {
        this.config = config;
        this.lifecycle = new ChannelLifecycle(config.name());
        this.storms = new StormWatch(config.name());
        this.hub = new DebuggerHub(config.name());
        this.device = new HandshakeDevice(config.name(), config.memory(), config.layout(), lifecycle, stats,
                this::statusForAttach, () -> pendingRxLength = 0);
        this.parser = new PortStreamParser(device);
        this.selector = Selector.open();
        lifecycle.addListener(t -> hub.setChannelState(t.to()));
        lifecycle.addListener(this::log);
        hub.setWaker(() -> {
            if (sleeping.get()) {
                selector.wakeup();
            }
        });
        hub.setInline(new DebuggerHub.Inline() {
            @Override
            public boolean pass() {
                return passInline();
            }

            @Override
            public void spin(java.util.function.BooleanSupplier answered, long maxNanos) {
                spinInline(answered, maxNanos);
            }
        });
        this.owner = new Thread(this::run, "kdring-channel-" + config.name());
        owner.setDaemon(true);
    }

    /**
     * Puts each state change (hello, goodbye, reset, fault) into the process log at INFO. The guest drives
     * these, so they are rate-limited: a guest that resets in a loop costs a few lines, and the next line says
     * how many were left out. The fault itself is the handshake device's WARNING, at most one a minute.
     */
    private void log(ChannelLifecycle.Transition t) {
        long suppressed = transitionsLogged.admit(System.nanoTime());
        if (suppressed < 0) {
            return;
        }
        LOG.log(System.Logger.Level.INFO,
                () -> "channel " + config.name() + ": " + t.from() + " -> " + t.to() + ": " + t.reason()
                        + (suppressed > 0 ? " (" + suppressed + " earlier changes not logged)" : ""));
    }

    /** Creates the channel and starts its owner thread; it connects to the port and serial streams itself. */
    public static VmChannel start(Config config) throws IOException {
        VmChannel channel = new VmChannel(config);
        channel.owner.start();
        return channel;
    }

    /**
     * How the owner thread's spins after activity went.
     *
     * @param paid    spins that caught news (data, a kick, debugger input) before {@link #SPIN_NANOS}
     * @param wasted  spins that ran out and slept anyway
     * @param skipped chances to spin not taken because spinning did not pay
     * @param sleeps  times the owner thread slept in its selector (each one needs a wake-up: a kick, debugger
     *                input or the backstop)
     * @param inline  how a debugger connection's own thread ran the channel ({@link DebuggerHub.Inline})
     */
    public record SpinStats(long paid, long wasted, long skipped, long sleeps, InlineStats inline) {
    }

    /**
     * @param passes  passes a debugger connection's thread ran itself (its request into rx, its answer out of tx)
     * @param paid    inline spins that saw the answer arrive
     * @param wasted  inline spins that ended without it (the owner thread took over)
     * @param skipped inline spins not tried because they did not pay
     * @param cpuMoves times an inline spin that found the guest absent moved its thread to another CPU
     */
    public record InlineStats(long passes, long paid, long wasted, long skipped, long cpuMoves) {
    }

    /** @return how the spins went so far (thread-safe) */
    public SpinStats spinStats() {
        return new SpinStats(spinsPaid, spinsWasted, spinsSkipped, sleeps,
                new InlineStats(inlinePasses, inlineSpinsPaid, inlineSpinsWasted, inlineSpinsSkipped,
                        inlineCpuMoves));
    }

    /** Adds a tap that sees every byte of the KD stream as it crossed (e.g. to write a capture). Thread-safe. */
    public void addByteTap(ByteTap tap) {
        taps.add(java.util.Objects.requireNonNull(tap));
    }

    /** Removes a tap added by {@link #addByteTap}. Thread-safe. */
    public void removeByteTap(ByteTap tap) {
        taps.remove(tap);
    }

    private void tap(Direction direction, byte[] bytes, int offset, int length, long nanos) {
        for (ByteTap tap : taps) {
            try {
                tap.onBytes(direction, bytes, offset, length, nanos);
            } catch (RuntimeException e) {
                taps.remove(tap); // a broken tap must not break the channel
                System.err.println("kdring: channel " + config.name() + ": byte tap removed after " + e);
            }
        }
    }

    /**
     * Sets what the owner thread runs before it delivers debugger bytes to the guest (into rx or to the
     * serial port), e.g. resuming a VM that was paused while its target waited: the bytes never reach a frozen
     * guest. Runs on the owner thread, so it should be quick when there is nothing to do. Thread-safe.
     */
    public void setBeforeDebuggerBytes(Runnable hook) {
        beforeDebuggerBytes = Objects.requireNonNull(hook);
    }

    /** @return the VM's name */
    public String name() {
        return config.name();
    }

    /** @return whether the channel has a handshake port (a ring channel can open), false when serial only */
    public boolean hasPort() {
        return config.port() != null;
    }

    /** @return the life cycle (thread-safe; add listeners to follow state changes) */
    public ChannelLifecycle lifecycle() {
        return lifecycle;
    }

    /** @return the VM's single debugger endpoint */
    public DebuggerHub hub() {
        return hub;
    }

    /**
     * Counts one KD packet in {@link #stats()}. The channel itself never decodes the stream (that is the
     * job of whoever taps it, once per channel, off the owner thread); the decoder reports what it saw
     * here. Thread-safe.
     */
    public void packetSeen(Direction direction) {
        (direction == Direction.TARGET_TO_DEBUGGER ? stats.targetPackets : stats.debuggerPackets).incrementAndGet();
    }

    /** @return a snapshot of the counters (thread-safe, lock-free on the data path) */
    public ChannelStats stats() {
        return stats.snapshot(config.name(), lifecycle);
    }

    /** @return the owner thread, e.g. to read its CPU time */
    public Thread ownerThread() {
        return owner;
    }

    /**
     * Asks the owner thread to prove it is alive: it wakes the thread if it sleeps, and the thread completes the
     * future with {@link System#nanoTime()} at the top of its next pass, so once a second heartbeat asked for
     * after the first was answered, a whole pass has run since the first was asked for (it read what the port
     * stream held then). A stuck or ended thread never completes it; callers wait with a timeout. Thread-safe. Used by the chaos soak to check that the channel thread
     * always answers within the backstop.
     */
    public java.util.concurrent.CompletableFuture<Long> heartbeat() {
        java.util.concurrent.CompletableFuture<Long> answer = new java.util.concurrent.CompletableFuture<>();
        heartbeats.add(answer);
        selector.wakeup();
        return answer;
    }

    /** Waits until the channel is in {@code state}; returns whether it got there within {@code timeout}. */
    public boolean awaitState(ChannelState state, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Object signal = new Object();
        ChannelLifecycle.Listener listener = t -> {
            synchronized (signal) {
                signal.notifyAll();
            }
        };
        lifecycle.addListener(listener);
        try {
            synchronized (signal) {
                while (lifecycle.state() != state) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    signal.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
                return true;
            }
        } finally {
            lifecycle.removeListener(listener);
        }
    }

    /** Stops the owner thread, clears HOST_ATTACHED of an open channel, disconnects the debugger. */
    @Override
    public void close() {
        stopping = true;
        selector.wakeup();
        if (Thread.currentThread() != owner) {
            try {
                owner.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        hub.closeAll();
    }

    private void run() {
        try {
            while (!stopping) {
                boolean moved;
                passLock.lock();
                try {
                    moved = pass();
                } finally {
                    passLock.unlock();
                }
                if (moved) {
                    if (spinning) {
                        spinning = false;
                        spinScore = Math.min(SPIN_SCORE_MAX, spinScore + 1);
                        spinsPaid++;
                    }
                    lastActivity = System.nanoTime();
                    continue;
                }
                if (inlineSpinners > 0 || System.nanoTime() - lastInline < OWNER_QUIET_AFTER_INLINE_NANOS) {
                    // a debugger connection's thread runs the rings inline: two spinners would share a core
                    spinning = false;
                    sleep();
                    continue;
                }
                if (spinDecidedFor != lastActivity && System.nanoTime() - lastActivity < SPIN_NANOS) {
                    spinDecidedFor = lastActivity;
                    spinning = spinScore > 0 || ++spinDeclines % SPIN_PROBE_EVERY == 0;
                    if (!spinning) {
                        spinsSkipped++;
                    }
                }
                if (spinning && System.nanoTime() - lastActivity < SPIN_NANOS) {
                    Thread.onSpinWait();
                    continue;
                }
                if (spinning) {
                    spinning = false;
                    spinScore = Math.max(0, spinScore - 1);
                    spinsWasted++;
                }
                sleep();
            }
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR,
                    config.name() + ": channel thread failed", e);
        } finally {
            passLock.lock();
            try {
                device.shutdown();
            } finally {
                passLock.unlock();
            }
            closeQuietly(port);
            closeQuietly(serial);
            try {
                selector.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    /** Owner thread, holding the pass lock: one pass over streams, debugger and rings; @return whether bytes moved */
    private boolean pass() {
        long now = System.nanoTime();
        // only those asked for before this pass: one asked for meanwhile waits for the next pass
        for (int asked = heartbeats.size(); asked > 0; asked--) {
            heartbeats.remove().complete(now);
        }
        connectIfDue(now);
        boolean moved = readStreams(now);
        parser.expire(now);
        int kicks = device.takeKicks();
        if (kicks > 1) {
            stats.coalescedKicks.addAndGet(kicks - 1);
        }
        if (hub.takeChange()) {
            debuggerChanged(now);
        }
        hub.expireStalled(now);
        moved |= takeDebuggerBytes();
        moved |= flushSerial();
        moved |= serviceRings();
        updateDebuggerStatus(now);
        stats.sampleIfDue(now);
        storms.check(now, stats.targetBytesUnheard.get());
        return moved;
    }

    /**
     * {@link DebuggerHub.Inline#pass}: a debugger connection's thread moves its bytes into rx and takes what tx
     * holds for it, while the ring channel is open and the owner thread is not in a pass. The owner thread alone
     * reads the port and serial streams, so hellos, goodbyes and the serial path stay its own.
     */
    private boolean passInline() {
        if (!passLock.tryLock() && !awaitPassLock()) {
            return false;
        }
        try {
            RingEngine engine = device.engine();
            if (engine == null || stopping || vanished(engine)) {
                return false;
            }
            long now = System.nanoTime();
            lastInline = now;
            updateDebuggerStatus(now);
            ringPassInline();
            return true;
        } catch (GuestMemoryException e) {
            memoryGone(e);
            return false;
        } finally {
            passLock.unlock();
        }
    }

    /**
     * A connection's thread found the owner thread in a pass — typically the one that just handed this debugger
     * its last answer, which it follows with a pass or two before it sleeps. Such passes are short: waiting for
     * the lock a few microseconds keeps the request on this thread. Left to the owner thread, the request would
     * be answered by a kick and a wake-up, and so would the next one, which again finds the owner in a pass.
     *
     * @return whether this thread holds the pass lock now
     */
    private boolean awaitPassLock() {
        long until = System.nanoTime() + PASS_LOCK_WAIT_NANOS;
        while (System.nanoTime() - until < 0) {
            Thread.onSpinWait();
            if (passLock.tryLock()) {
                return true;
            }
        }
        return false;
    }

    /** The ring part of a pass, on a connection's thread holding the pass lock; @return whether bytes moved */
    private boolean ringPassInline() {
        inlinePasses++;
        takeDebuggerBytes();
        return serviceRings();
    }

    /**
     * {@link DebuggerHub.Inline#spin}: the debugger connection's thread that just sent a request spins on the
     * rings until its answer is there, instead of sleeping until the guest kicks and the owner thread wakes. The
     * host-waiting flags are cleared meanwhile (the guest need not kick a host that spins) and set again for the
     * sleeping owner thread afterwards (§6.3, under the pass lock, so no kick is lost). It spins only while
     * spinning pays, as the owner thread does, and at most {@link #SPIN_NANOS} after bytes last moved.
     */
    private void spinInline(java.util.function.BooleanSupplier answered, long maxNanos) {
        long start = System.nanoTime();
        passLock.lock();
        try {
            RingEngine engine = device.engine();
            if (engine == null || stopping || answered.getAsBoolean()) {
                return;
            }
            if (inlineScore == 0 && ++inlineDeclines % SPIN_PROBE_EVERY != 0) {
                inlineSpinsSkipped++;
                return;
            }
            inlineSpinners++;
            engine.clearWaiting(); // a spinning host needs no kick; the flags are set again when the spin ends
        } catch (GuestMemoryException e) {
            memoryGone(e);
            return;
        } finally {
            passLock.unlock();
        }
        boolean paid = false;
        boolean guestRuns = false;
        try {
            long lastMoved = start;
            long absentSince = start;
            boolean moved = false;
            while (!stopping) {
                if (answered.getAsBoolean()) {
                    paid = true;
                    break;
                }
                long now = System.nanoTime();
                if (!guestRuns && now - absentSince > GUEST_ABSENT_NANOS && !moved
                        && now - lastCpuMove > CPU_MOVE_EVERY_NANOS) {
                    // the guest's vCPU may be waiting for this very core: spin on in another one, once
                    moved = true;
                    lastCpuMove = now;
                    if (CpuPlacement.moveOffThisCpu()) {
                        inlineCpuMoves++;
                        absentSince = System.nanoTime();
                        lastMoved = absentSince;
                        continue;
                    }
                }
                if (now - lastMoved > SPIN_NANOS || now - start > maxNanos
                        || (!guestRuns && now - absentSince > GUEST_ABSENT_NANOS)) {
                    break;
                }
                if (passLock.tryLock()) {
                    try {
                        RingEngine engine = device.engine();
                        if (engine == null) {
                            break;
                        }
                        // a guest polling for the request takes it within microseconds; one that has not is not
                        // running beside this thread (its vCPU waits for this very core): sleeping lets it run
                        guestRuns = guestRuns || (pendingRxLength == 0 && engine.rxDrained());
                        if (hub.hasInbound() || pendingRxLength > 0 || engine.txMayHaveData()) {
                            if (ringPassInline()) {
                                lastMoved = System.nanoTime();
                            }
                        }
                    } catch (GuestMemoryException e) {
                        memoryGone(e);
                        break;
                    } finally {
                        passLock.unlock();
                    }
                }
                Thread.onSpinWait();
            }
        } finally {
            passLock.lock();
            try {
                inlineSpinners--;
                if (paid) {
                    inlineSpinsPaid++;
                    inlineScore = SPIN_SCORE_MAX;
                } else {
                    inlineSpinsWasted++;
                    if (guestRuns) {
                        // the guest took the request and still did not answer in time: spinning for such answers
                        // does not pay. One that never took it was not running beside this thread, which says
                        // nothing of the next request, and cost at most GUEST_ABSENT_NANOS.
                        inlineScore = Math.max(0, inlineScore - 1);
                    }
                }
                // whatever the guest sends next (the rest of a slow answer, a state change) wakes the sleeping
                // owner thread with a kick again
                RingEngine engine = device.engine();
                if (inlineSpinners == 0 && sleeping.get() && engine != null && !armForSleep(engine)) {
                    selector.wakeup(); // news came as the spin ended: the owner thread takes it
                }
            } catch (GuestMemoryException e) {
                memoryGone(e);
            } finally {
                passLock.unlock();
            }
        }
    }

    private void connectIfDue(long now) {
        if (port == null && config.port() != null && now - nextPortAttempt >= 0) {
            port = connect(config.port());
            nextPortAttempt = now + RECONNECT_NANOS;
        }
        if (serial == null && config.serial() != null && now - nextSerialAttempt >= 0) {
            serial = connect(config.serial());
            nextSerialAttempt = now + RECONNECT_NANOS;
        }
    }

    private SocketChannel connect(StreamConnector connector) {
        try {
            SocketChannel channel = connector.connect();
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ, connector);
            return channel;
        } catch (IOException e) {
            return null; // the VM is not (yet) there; retried after RECONNECT_NANOS
        }
    }

    /** Reads whatever the port and serial streams have; @return whether target bytes moved */
    private boolean readStreams(long now) {
        boolean moved = false;
        if (port != null) {
            int n = readAvailable(port);
            if (n < 0) {
                portClosed();
            }
        }
        boolean open = lifecycle.state() == ChannelState.OPEN;
        int room = open ? readBuffer.capacity() : Math.min(readBuffer.capacity(), hub.room());
        if (serial != null && room > 0) {
            readBuffer.clear();
            readBuffer.limit(room);
            int n;
            try {
                n = serial.read(readBuffer);
            } catch (IOException e) {
                n = -1;
            }
            if (n < 0) {
                closeQuietly(serial);
                serial = null;
                serialOutLength = 0;
            } else if (n > 0) {
                if (open) {
                    stats.serialDiscarded.addAndGet(n);
                } else {
                    toDebugger(readBuffer.array(), n);
                    moved = true;
                }
            }
        }
        return moved;
    }

    /**
     * Drains the port stream into the parser, at most {@link #MAX_BYTES_PER_PASS} (kicks are coalesced: one
     * ring pass follows; what is left is read on the next pass).
     */
    private int readAvailable(SocketChannel channel) {
        int total = 0;
        try {
            while (total < MAX_BYTES_PER_PASS) {
                readBuffer.clear();
                int n = channel.read(readBuffer);
                if (n < 0) {
                    return -1;
                }
                if (n == 0) {
                    return total;
                }
                readBuffer.flip();
                parser.feed(readBuffer, System.nanoTime());
                total += n;
            }
            return total;
        } catch (IOException e) {
            return -1;
        }
    }

    private void portClosed() {
        closeQuietly(port);
        port = null;
        parser.reset();
        if (lifecycle.state() != ChannelState.WAITING) {
            stats.resets.incrementAndGet();
        }
        device.close("the port chardev closed (VM stopped or restarted)");
    }

    /**
     * A debugger came or went. A departed debugger's queued bytes are not dropped: they still go into rx (or
     * to the serial port), and DEBUGGER_ATTACHED stays set for up to {@link #DEPARTED_GRACE_NANOS} until they
     * are placed, so the guest still reads them (its ACK, its Continue).
     */
    private void debuggerChanged(long now) {
        departedUntil = hub.debuggerAttached() ? 0 : now + DEPARTED_GRACE_NANOS;
        lastActivity = now;
    }

    /**
     * Owner thread: the debugger status the handshake device writes when it attaches (or re-announces) a
     * channel; remembered as the status last written.
     */
    private boolean statusForAttach() {
        statusAttached = hub.debuggerAttached();
        return statusAttached;
    }

    /** Writes DEBUGGER_ATTACHED into the descriptor when what the guest should see changed. */
    private void updateDebuggerStatus(long now) {
        boolean attached = hub.debuggerAttached();
        if (!attached && departedUntil != 0) {
            if ((hub.hasInbound() || pendingRxLength > 0) && now - departedUntil < 0) {
                attached = true;
            } else {
                departedUntil = 0;
            }
        }
        RingEngine engine = device.engine();
        if (engine == null || attached == statusAttached) {
            return;
        }
        try {
            engine.writeStatus(attached);
            statusAttached = attached;
        } catch (GuestMemoryException e) {
            memoryGone(e);
        }
    }

    /** Moves debugger bytes: into the pending-rx buffer while OPEN, else to the serial port. */
    private boolean takeDebuggerBytes() {
        if (!hub.hasInbound()) {
            return false;
        }
        beforeDebuggerBytes.run();
        if (device.engine() != null) {
            int n = hub.drain(pendingRx, pendingRxLength, pendingRx.length - pendingRxLength);
            if (n > 0) {
                long now = System.nanoTime();
                tap(Direction.DEBUGGER_TO_TARGET, pendingRx, pendingRxLength, n, now);
                pendingRxLength += n;
            }
            return n > 0;
        }
        int n = hub.drain(transfer, 0, transfer.length);
        if (n > 0) {
            long now = System.nanoTime();
            tap(Direction.DEBUGGER_TO_TARGET, transfer, 0, n, now);
            stats.debuggerBytes.addAndGet(n);
            int kept = serial == null ? 0 : Math.min(n, serialOut.length - serialOutLength);
            System.arraycopy(transfer, 0, serialOut, serialOutLength, kept);
            serialOutLength += kept;
            if (kept < n) {
                // no serial port, or a UART nobody reads: dropped as on an unplugged or overrun line, and counted
                stats.serialDropped.addAndGet(n - kept);
            }
        }
        return n > 0;
    }

    /** Writes what the serial port takes now, without waiting; @return whether bytes moved */
    private boolean flushSerial() {
        if (serialOutLength == 0 || serial == null) {
            return false;
        }
        try {
            int n = serial.write(ByteBuffer.wrap(serialOut, 0, serialOutLength));
            if (n > 0) {
                System.arraycopy(serialOut, n, serialOut, 0, serialOutLength - n);
                serialOutLength -= n;
            }
            return n > 0;
        } catch (IOException e) {
            closeQuietly(serial);
            serial = null;
            stats.serialDropped.addAndGet(serialOutLength);
            serialOutLength = 0;
            return false;
        }
    }

    /** One pass over both rings of the open channel; @return whether bytes moved */
    private boolean serviceRings() {
        RingEngine engine = device.engine();
        if (engine == null) {
            return false;
        }
        stats.ringPasses.incrementAndGet();
        boolean moved = false;
        try {
            int budget = Math.min(MAX_BYTES_PER_PASS, hub.room());
            txHeldBack = budget == 0 && engine.txMayHaveData();
            while (budget > 0) {
                int n = engine.readTx(transfer, Math.min(budget, transfer.length));
                if (n == 0) {
                    break;
                }
                toDebugger(transfer, n);
                moved = true;
                budget -= n;
                if (budget == 0) {
                    txHeldBack = engine.txMayHaveData();
                }
            }
            if (pendingRxLength > 0) {
                int written = engine.writeRx(pendingRx, 0, pendingRxLength);
                if (written > 0) {
                    System.arraycopy(pendingRx, written, pendingRx, 0, pendingRxLength - written);
                    pendingRxLength -= written;
                    stats.debuggerBytes.addAndGet(written);
                    moved = true;
                }
            }
        } catch (ChannelFault fault) {
            try {
                if (vanished(engine)) {
                    return moved;
                }
            } catch (GuestMemoryException e) {
                // reported as the fault below
            }
            device.faulted(fault);
        } catch (GuestMemoryException e) {
            memoryGone(e);
        }
        return moved;
    }

    private void toDebugger(byte[] bytes, int length) {
        stats.targetBytes.addAndGet(length);
        if (!hub.debuggerAttached()) {
            stats.targetBytesUnheard.addAndGet(length);
        }
        long now = System.nanoTime();
        tap(Direction.TARGET_TO_DEBUGGER, bytes, 0, length, now);
        hub.deliverToDebugger(bytes, 0, length);
    }

    /**
     * Sets the host-waiting flags for a sleep (§6.3); pass lock held. @return false when news arrived meanwhile
     * (the flags are cleared again)
     */
    private boolean armForSleep(RingEngine engine) throws GuestMemoryException {
        return engine.prepareToSleep(!txHeldBack, pendingRxLength > 0);
    }

    private void sleep() {
        RingEngine engine;
        long timeout = BACKSTOP_MILLIS;
        boolean mustWait;
        passLock.lock();
        try {
            engine = device.engine();
            // while a connection's thread spins inline, the guest is not asked for kicks: that thread sets the
            // flags for this sleep when its spin ends
            if (engine != null && inlineSpinners == 0 && !armForSleep(engine)) {
                return;
            }
            if (parser.hasPartialMessage()) {
                timeout = Math.max(1, Math.min(timeout,
                        TimeUnit.NANOSECONDS.toMillis(parser.partialDeadline() - System.nanoTime()) + 1));
            }
            if ((config.port() != null && port == null) || (config.serial() != null && serial == null)) {
                timeout = Math.min(timeout, TimeUnit.NANOSECONDS.toMillis(RECONNECT_NANOS));
            }
            setSerialInterest();
            sleeping.set(true);
            boolean inputWaits = hub.hasInbound() && (engine == null || pendingRxLength < pendingRx.length);
            boolean roomCame = txHeldBack && hub.room() > 0;
            mustWait = !inputWaits && !roomCame && !stopping;
        } catch (GuestMemoryException e) {
            memoryGone(e);
            return;
        } finally {
            passLock.unlock();
        }
        try {
            if (mustWait) {
                sleeps++;
                selector.select(timeout);
            }
        } catch (IOException e) {
            throw new IllegalStateException(config.name() + ": selector failed", e);
        } finally {
            sleeping.set(false);
        }
        selector.selectedKeys().clear();
        passLock.lock();
        try {
            if (engine != null && engine == device.engine() && !vanished(engine)) {
                engine.clearWaiting();
            }
        } catch (GuestMemoryException e) {
            memoryGone(e);
        } finally {
            passLock.unlock();
        }
    }

    /**
     * The serial stream wakes the sleeping thread when it has bytes the debugger has room for (or that the open
     * ring channel discards), and when it can take buffered debugger bytes again.
     */
    private void setSerialInterest() {
        if (serial == null) {
            return;
        }
        SelectionKey key = serial.keyFor(selector);
        if (key == null || !key.isValid()) {
            return;
        }
        boolean read = lifecycle.state() == ChannelState.OPEN || hub.room() > 0;
        key.interestOps((read ? SelectionKey.OP_READ : 0) | (serialOutLength > 0 ? SelectionKey.OP_WRITE : 0));
    }

    /**
     * Re-checks magic and nonce of the descriptor (§7.2): a guest that freed or re-used the page is treated
     * as having said goodbye, and its pages are not touched again. @return whether it vanished
     */
    private boolean vanished(RingEngine engine) throws GuestMemoryException {
        if (engine.descriptorUnchanged()) {
            return false;
        }
        stats.resets.incrementAndGet();
        device.close("descriptor vanished: magic or nonce at 0x" + Long.toHexString(engine.descriptor().address())
                + " changed");
        return true;
    }

    /** The guest's memory can no longer be read or written (the mapping went away): the channel closes. */
    private void memoryGone(GuestMemoryException e) {
        device.close("guest memory is no longer accessible: " + e.getMessage());
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
