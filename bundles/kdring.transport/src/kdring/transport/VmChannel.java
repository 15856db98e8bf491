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
 * <p>It never busy-waits: after activity it spins for at most {@link #SPIN_NANOS}, then sets the
 * host-waiting flags (§6.3) and sleeps in a selector until a kick or serial byte arrives, debugger input
 * wakes it, or the {@link #BACKSTOP_MILLIS} backstop passes. Faults, closed streams and vanished descriptors
 * affect only this channel.
 *
 * <p>Thread-safety: {@link #start}, {@link #close}, the accessors and {@link #awaitState} may be called from
 * any thread; everything else runs on the owner thread.
 */
public final class VmChannel implements AutoCloseable {

    /** How long the owner thread spins after activity before it sleeps (§6.2: ≤ 50 µs). */
    public static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(50);
    /** The backstop timeout of a sleep (§6.2: 100 ms). */
    public static final long BACKSTOP_MILLIS = 100;
    static final long RECONNECT_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    /**
     * What a channel needs.
     *
     * @param name   the VM's name (thread and log names)
     * @param port   the handshake port stream
     * @param serial the VM's serial port stream (COM1), or null when it has none
     * @param memory guest RAM (the caller keeps ownership and closes it after the channel)
     * @param layout which frames are RAM
     */
    public record Config(String name, StreamConnector port, StreamConnector serial, GuestMemory memory,
            GuestRamLayout layout) {
        public Config {
            Objects.requireNonNull(name);
            Objects.requireNonNull(port);
            Objects.requireNonNull(memory);
            Objects.requireNonNull(layout);
        }
    }

    private final Config config;
    private final ChannelLifecycle lifecycle;
    private final ChannelStatistics stats = new ChannelStatistics();
    private final DebuggerHub hub;
    private final java.util.List<ByteTap> taps = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final HandshakeDevice device;
    private final PortStreamParser parser;
    private final Selector selector;
    private final AtomicBoolean sleeping = new AtomicBoolean();
    private final Thread owner;
    private volatile boolean stopping;

    private SocketChannel port;
    private SocketChannel serial;
    private long nextPortAttempt;
    private long nextSerialAttempt;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(1 << 16);
    private final byte[] transfer = new byte[1 << 16];
    private final byte[] pendingRx = new byte[1 << 16];
    private int pendingRxLength;
    private long lastActivity;

    private VmChannel(Config config) throws IOException {
        this.config = config;
        this.lifecycle = new ChannelLifecycle(config.name());
        this.hub = new DebuggerHub(config.name());
        this.device = new HandshakeDevice(config.name(), config.memory(), config.layout(), lifecycle, stats,
                hub::debuggerAttached, () -> pendingRxLength = 0);
        this.parser = new PortStreamParser(device);
        this.selector = Selector.open();
        lifecycle.addListener(t -> hub.setChannelState(t.to()));
        hub.setWaker(() -> {
            if (sleeping.get()) {
                selector.wakeup();
            }
        });
        this.owner = new Thread(this::run, "kdring-channel-" + config.name());
        owner.setDaemon(true);
    }

    /** Creates the channel and starts its owner thread; it connects to the port and serial streams itself. */
    public static VmChannel start(Config config) throws IOException {
        VmChannel channel = new VmChannel(config);
        channel.owner.start();
        return channel;
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

    /** @return the VM's name */
    public String name() {
        return config.name();
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
                long now = System.nanoTime();
                connectIfDue(now);
                boolean moved = readStreams(now);
                parser.expire(now);
                int kicks = device.takeKicks();
                if (kicks > 1) {
                    stats.coalescedKicks.addAndGet(kicks - 1);
                }
                if (hub.takeChange()) {
                    debuggerChanged();
                }
                moved |= takeDebuggerBytes();
                moved |= serviceRings();
                stats.sampleIfDue(now);
                if (moved) {
                    lastActivity = System.nanoTime();
                    continue;
                }
                if (System.nanoTime() - lastActivity < SPIN_NANOS) {
                    Thread.onSpinWait();
                    continue;
                }
                sleep();
            }
        } catch (RuntimeException | Error e) {
            System.getLogger("kdring.transport").log(System.Logger.Level.ERROR,
                    config.name() + ": channel thread failed", e);
        } finally {
            device.shutdown();
            closeQuietly(port);
            closeQuietly(serial);
            try {
                selector.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private void connectIfDue(long now) {
        if (port == null && now - nextPortAttempt >= 0) {
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
        if (serial != null) {
            readBuffer.clear();
            int n;
            try {
                n = serial.read(readBuffer);
            } catch (IOException e) {
                n = -1;
            }
            if (n < 0) {
                closeQuietly(serial);
                serial = null;
            } else if (n > 0) {
                if (lifecycle.state() == ChannelState.OPEN) {
                    stats.serialDiscarded.addAndGet(n);
                } else {
                    toDebugger(readBuffer.array(), n);
                    moved = true;
                }
            }
        }
        return moved;
    }

    /** Drains the port stream into the parser (kicks are coalesced: one ring pass follows). */
    private int readAvailable(SocketChannel channel) {
        int total = 0;
        try {
            while (true) {
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

    private void debuggerChanged() {
        RingEngine engine = device.engine();
        if (!hub.debuggerAttached()) {
            pendingRxLength = 0;
        }
        if (engine != null) {
            try {
                engine.writeStatus(hub.debuggerAttached());
            } catch (GuestMemoryException e) {
                device.close("guest memory is no longer accessible: " + e.getMessage());
            }
        }
    }

    /** Moves debugger bytes: into the pending-rx buffer while OPEN, else to the serial port. */
    private boolean takeDebuggerBytes() {
        if (!hub.hasInbound()) {
            return false;
        }
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
            writeSerial(transfer, n);
        }
        return n > 0;
    }

    private void writeSerial(byte[] bytes, int length) {
        if (serial == null) {
            return; // no serial port: the bytes are lost, as on an unplugged line
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        try {
            while (buffer.hasRemaining() && System.nanoTime() - deadline < 0) {
                if (serial.write(buffer) == 0) {
                    Thread.onSpinWait();
                }
            }
        } catch (IOException e) {
            closeQuietly(serial);
            serial = null;
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
            int n;
            while ((n = engine.readTx(transfer)) > 0) {
                toDebugger(transfer, n);
                moved = true;
                if (n < transfer.length) {
                    break;
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
            device.close("guest memory is no longer accessible: " + e.getMessage());
        }
        return moved;
    }

    private void toDebugger(byte[] bytes, int length) {
        stats.targetBytes.addAndGet(length);
        long now = System.nanoTime();
        tap(Direction.TARGET_TO_DEBUGGER, bytes, 0, length, now);
        hub.deliverToDebugger(bytes, 0, length);
    }

    private void sleep() {
        RingEngine engine = device.engine();
        try {
            if (engine != null && !engine.prepareToSleep(pendingRxLength > 0)) {
                return;
            }
            long timeout = BACKSTOP_MILLIS;
            if (parser.hasPartialMessage()) {
                timeout = Math.max(1, Math.min(timeout,
                        TimeUnit.NANOSECONDS.toMillis(parser.partialDeadline() - System.nanoTime()) + 1));
            }
            if (port == null || (config.serial() != null && serial == null)) {
                timeout = Math.min(timeout, TimeUnit.NANOSECONDS.toMillis(RECONNECT_NANOS));
            }
            sleeping.set(true);
            try {
                if (!hub.hasInbound() && !stopping) {
                    selector.select(timeout);
                }
            } finally {
                sleeping.set(false);
            }
            selector.selectedKeys().clear();
            if (engine != null && engine == device.engine() && !vanished(engine)) {
                engine.clearWaiting();
            }
        } catch (GuestMemoryException e) {
            device.close("guest memory is no longer accessible: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException(config.name() + ": selector failed", e);
        }
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
