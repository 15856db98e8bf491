package kdring.transport.bridge;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import kdring.kd.packet.KdWire;
import kdring.transport.ChannelState;
import kdring.transport.RateLimit;

/**
 * The single debugger endpoint of one VM (docs/channel-protocol.md §8, diversion): whichever debugger is
 * attached, its bytes are queued here and the channel's owner thread takes them, into the rx ring while a
 * ring channel is OPEN and to the VM's serial port otherwise; target bytes come back through
 * {@link #deliverToDebugger}.
 *
 * <h2>Who owns the endpoint</h2>
 * At most one debugger is attached. The first external debugger (WinDbg) keeps the endpoint: a second one is
 * refused, unless {@link #replaceDebugger()} was asked for, in which case the next one to connect takes over.
 * The built-in debugger only attaches when nobody is, and an external debugger replaces it: when WinDbg
 * arrives, kdring steps back to observing.
 *
 * <h2>Bytes are not lost</h2>
 * Bytes a debugger queued stay queued when it leaves or is replaced: they reach the guest, in order, before
 * those of the next debugger. Target bytes are handed only to a debugger with {@link #room()} for them; one
 * whose room stays zero for the {@linkplain #setStallTimeout stall timeout} (it stopped reading) is
 * disconnected by {@link #expireStalled}, so the channel thread never waits on a debugger.
 *
 * <p>Every connect, refusal, rejection and disconnect goes to the process log ({@code kdring.transport})
 * and to the {@link DebuggerEvent.Listener}s; refusals and rejections are rate-limited.
 *
 * <p>Thread-safe. Connection threads call {@link #offer} (or {@link #offerInline} and {@link #awaitInline});
 * the channel's pass calls {@link #drain}, {@link #room} and {@link #deliverToDebugger} — on the owner thread,
 * or inline on a connection's thread, never two at once; the owner thread alone calls {@link #expireStalled}
 * and {@link #takeChange}.
 */
public final class DebuggerHub {

    /** Queued debugger bytes beyond which {@link #offer} blocks the sending connection. */
    static final int QUEUE_CAPACITY = 1 << 20;
    /** The default time a debugger may leave target bytes unread before it is disconnected. */
    public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(10);
    /** How long a {@link #replaceDebugger()} waits for the debugger that is to take over. */
    public static final Duration REPLACE_WINDOW = Duration.ofSeconds(60);

    private static final System.Logger LOG = System.getLogger("kdring.transport");

    private final String name;
    private final byte[] queue = new byte[QUEUE_CAPACITY];
    private final List<DebuggerEvent.Listener> listeners = new CopyOnWriteArrayList<>();
    private final RateLimit turnedAway = new RateLimit(10, 10_000);
    private int head;
    private int size;
    private DebuggerConnection current;
    private long replaceUntil;
    private boolean replaceArmed;
    private boolean changed;
    private volatile long stallNanos = DEFAULT_STALL_TIMEOUT.toNanos();
    private volatile Runnable waker = () -> { };
    private volatile Inline inline;
    private volatile ChannelState channelState = ChannelState.WAITING;

    /** A hub for the VM named {@code name}. */
    public DebuggerHub(String name) {
        this.name = Objects.requireNonNull(name);
    }

    /** @return the VM's name */
    public String name() {
        return name;
    }

    /** Owner thread: how to wake the channel when debugger bytes, room or a (dis)connection arrive. */
    public void setWaker(Runnable waker) {
        this.waker = Objects.requireNonNull(waker);
    }

    /** Wakes the channel's owner thread (e.g. a debugger has room again). Any thread. */
    public void wake() {
        waker.run();
    }

    /** Owner thread: publishes the channel state, so endpoints can report where bytes go. */
    public void setChannelState(ChannelState state) {
        channelState = state;
    }

    /** @return the channel state last published by the owner thread */
    public ChannelState channelState() {
        return channelState;
    }

    /** Sets how long a debugger may leave target bytes unread before it is disconnected (default 10 s). */
    public void setStallTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the stall timeout must be positive: " + timeout);
        }
        stallNanos = timeout.toNanos();
    }

    /** @return how long a debugger may leave target bytes unread */
    public Duration stallTimeout() {
        return Duration.ofNanos(stallNanos);
    }

    /** Adds a listener for connects, refusals and disconnects. */
    public void addListener(DebuggerEvent.Listener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Removes a listener added by {@link #addListener}. */
    public void removeListener(DebuggerEvent.Listener listener) {
        listeners.remove(listener);
    }

    /**
     * Attaches {@code connection}. The built-in debugger is refused while another debugger is attached; an
     * external one replaces the built-in debugger, and replaces another external one only when
     * {@link #replaceDebugger()} asked for it.
     *
     * @return whether the connection is now the attached debugger; when not, say so to the peer and call
     *         {@link #refused}
     */
    public boolean attach(DebuggerConnection connection) {
        DebuggerConnection replaced;
        synchronized (this) {
            if (current != null) {
                if (!connection.external()) {
                    return false;
                }
                if (current.external() && !(replaceArmed && System.nanoTime() - replaceUntil < 0)) {
                    return false;
                }
            }
            if (connection.external()) {
                replaceArmed = false; // one replacement, used by the next external debugger whoever it replaces
            }
            replaced = current;
            current = connection;
            changed = true;
            notifyAll();
        }
        if (replaced != null) {
            replaced.close();
            report(DebuggerEvent.Kind.DISCONNECTED, replaced.describe(), "replaced by " + connection.describe());
        }
        report(DebuggerEvent.Kind.CONNECTED, connection.describe(), "");
        waker.run();
        return true;
    }

    /**
     * Lets the next external debugger that connects (within {@link #REPLACE_WINDOW}) take the endpoint from
     * the attached one, which is disconnected when it arrives. The API's and the workbench's "replace
     * debugger" action.
     *
     * @return the attached debugger's description, or null when none is attached (the next one attaches anyway)
     */
    public String replaceDebugger() {
        return replaceDebugger("kdring");
    }

    /**
     * As {@link #replaceDebugger()}, saying who asked ("the API (127.0.0.1)", "the workbench") in the log
     * and the channel's event log.
     */
    public String replaceDebugger(String askedBy) {
        String was;
        synchronized (this) {
            replaceArmed = true;
            replaceUntil = System.nanoTime() + REPLACE_WINDOW.toNanos();
            was = current == null ? null : current.describe();
        }
        report(DebuggerEvent.Kind.REPLACE_ALLOWED, was == null ? "no debugger attached" : was, "asked by " + askedBy
                + "; the next debugger to connect within " + REPLACE_WINDOW.toSeconds() + " s takes over");
        return was;
    }

    /**
     * Disconnects the attached debugger, if any, saying why (to the peer where it can be told, in the log and
     * in the channel's event log); its queued bytes still reach the guest. The user's "disconnect debugger"
     * action; the caller may wait about a second for a peer that does not read.
     *
     * @return the disconnected debugger's description, or null when none was attached
     */
    public String disconnectDebugger(String reason) {
        DebuggerConnection was;
        synchronized (this) {
            was = current;
        }
        if (was == null) {
            return null;
        }
        detach(was, reason);
        was.close(reason);
        return was.describe();
    }

    /** Detaches {@code connection} if it is attached, because it left; its queued bytes still reach the guest. */
    public void detach(DebuggerConnection connection) {
        detach(connection, "it closed the connection");
    }

    /** Detaches {@code connection} if it is attached, saying why; its queued bytes still reach the guest. */
    public void detach(DebuggerConnection connection, String reason) {
        detach(connection, DebuggerEvent.Kind.DISCONNECTED, reason);
    }

    private void detach(DebuggerConnection connection, DebuggerEvent.Kind kind, String reason) {
        synchronized (this) {
            if (current != connection) {
                return;
            }
            current = null;
            changed = true;
            notifyAll();
        }
        if (kind == DebuggerEvent.Kind.REJECTED) {
            turnedAway(kind, connection.describe(), reason);
        } else {
            report(kind, connection.describe(), reason);
        }
        waker.run();
    }

    /** An endpoint turned {@code peer} away (the endpoint is in use, a foreign user): logged, rate-limited. */
    public void refused(String peer, String reason) {
        turnedAway(DebuggerEvent.Kind.REFUSED, peer, reason);
    }

    /**
     * Detaches {@code connection}, which did not speak KDCOM; the endpoint dropped what it sent. Logged,
     * rate-limited.
     */
    public void rejected(DebuggerConnection connection, String reason) {
        detach(connection, DebuggerEvent.Kind.REJECTED, reason);
    }

    private void turnedAway(DebuggerEvent.Kind kind, String peer, String reason) {
        long suppressed = turnedAway.admit(System.nanoTime());
        if (suppressed >= 0) {
            report(kind, peer, suppressed == 0 ? reason : reason + "; " + suppressed + " more turned away unreported");
        }
    }

    private void report(DebuggerEvent.Kind kind, String peer, String detail) {
        DebuggerEvent event = new DebuggerEvent(kind, peer, detail, epochNanos());
        boolean ordinary = kind == DebuggerEvent.Kind.CONNECTED || kind == DebuggerEvent.Kind.DISCONNECTED
                || kind == DebuggerEvent.Kind.REPLACE_ALLOWED;
        LOG.log(ordinary ? Level.INFO : Level.WARNING, () -> "channel " + name + ": " + event.describe());
        for (DebuggerEvent.Listener listener : listeners) {
            try {
                listener.debuggerEvent(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "channel " + name + ": a debugger event listener failed", e);
            }
        }
    }

    private static long epochNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** @return whether a debugger is attached (sets DEBUGGER_ATTACHED in the descriptor) */
    public synchronized boolean debuggerAttached() {
        return current != null;
    }

    /** @return whether the attached debugger is an external one (WinDbg), not kdring's built-in debugger */
    public synchronized boolean attachedExternal() {
        return current != null && current.external();
    }

    /** @return the attached debugger's description, or null */
    public synchronized String attachedDescription() {
        return current == null ? null : current.describe();
    }

    /**
     * Connection threads: queues bytes the debugger sent; blocks while the queue is full.
     *
     * @return false when {@code from} is not (or no longer) the attached debugger: the bytes were dropped
     */
    public boolean offer(DebuggerConnection from, byte[] bytes, int offset, int length) {
        if (!enqueue(from, bytes, offset, length)) {
            return false;
        }
        waker.run();
        return true;
    }

    /**
     * Connection threads: as {@link #offer}, then moves the bytes towards the guest on the calling thread when
     * the channel lets it ({@link Inline#pass}): no sleeping thread between the debugger and the guest. Where it
     * does not (no ring channel open, or the owner thread is in a pass), the owner thread is woken as by
     * {@link #offer}.
     *
     * @return false when {@code from} is not (or no longer) the attached debugger: the bytes were dropped
     */
    public boolean offerInline(DebuggerConnection from, byte[] bytes, int offset, int length) {
        if (!enqueue(from, bytes, offset, length)) {
            return false;
        }
        Inline service = inline;
        if (service == null || !service.pass()) {
            waker.run();
        }
        return true;
    }

    /**
     * Connection threads: after {@link #offerInline}, waits for the guest's answer by running the channel's
     * passes on the calling thread (spinning) until {@code answered} says yes, for at most {@code maxNanos} and
     * only while it pays ({@link Inline#spin}); returns at once where the channel does not allow it. The caller
     * then waits as usual (the owner thread takes over).
     */
    public void awaitInline(BooleanSupplier answered, long maxNanos) {
        Inline service = inline;
        if (service != null && maxNanos > 0) {
            service.spin(answered, maxNanos);
        }
    }

    /**
     * Whether debugger bytes ask the target for an answer, so that waiting inline for it pays: a data packet
     * (its leader bytes are 0x30) is always acknowledged, a break-in byte (0x62) answered with a state change.
     * Control packets alone (an ACK of the target's last packet: leader 0x69, type, id 0x8080000x) ask for
     * nothing, and waiting for an answer to them would only burn a core.
     */
    public static boolean asksForAnswer(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == KdWire.DATA_LEADER_BYTE || bytes[i] == KdWire.BREAKIN_BYTE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets (or clears, with null) what lets debugger connection threads run the channel's pass themselves. The
     * channel's owner sets it.
     */
    public void setInline(Inline service) {
        this.inline = service;
    }

    /**
     * What a channel lets a debugger connection's own thread do, so that a request and its answer need no
     * sleeping thread between the debugger and the guest: the connection's thread runs the very pass the
     * channel's owner thread runs (never two at once), and spins on the rings while it waits for the answer
     * instead of sleeping until the guest kicks and the owner thread wakes.
     */
    public interface Inline {
        /**
         * Runs one pass on the calling thread, if the channel can be served there now.
         *
         * @return false when it cannot (no ring channel open, or the owner thread is in a pass): wake the owner
         */
        boolean pass();

        /**
         * Runs passes on the calling thread until {@code answered} says yes, no bytes moved for a short while,
         * or {@code maxNanos} passed; meanwhile the guest is asked for no kicks. Spins only while spinning pays.
         */
        void spin(BooleanSupplier answered, long maxNanos);
    }

    private boolean enqueue(DebuggerConnection from, byte[] bytes, int offset, int length) {
        int done = 0;
        synchronized (this) {
            while (done < length) {
                if (current != from) {
                    return false;
                }
                if (size == queue.length) {
                    waker.run();
                    try {
                        wait(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                    continue;
                }
                int tail = (head + size) % queue.length;
                int piece = Math.min(length - done, Math.min(queue.length - size, queue.length - tail));
                System.arraycopy(bytes, offset + done, queue, tail, piece);
                size += piece;
                done += piece;
            }
        }
        return true;
    }

    /** @return whether debugger bytes wait to be taken */
    public synchronized boolean hasInbound() {
        return size > 0;
    }

    /** The channel's pass: takes up to {@code max} queued debugger bytes into {@code target} at {@code offset}. */
    public synchronized int drain(byte[] target, int offset, int max) {
        int count = Math.min(max, size);
        int done = 0;
        while (done < count) {
            int piece = Math.min(count - done, queue.length - head);
            System.arraycopy(queue, head, target, offset + done, piece);
            head = (head + piece) % queue.length;
            done += piece;
        }
        size -= count;
        if (count > 0) {
            notifyAll();
        }
        return count;
    }

    /** Owner thread: true once after each attach or detach. */
    public synchronized boolean takeChange() {
        boolean was = changed;
        changed = false;
        return was;
    }

    /**
     * The channel's pass: how many target bytes {@link #deliverToDebugger} takes now. Unlimited while no debugger is
     * attached (they are dropped, as on an unplugged line); 0 while the attached one does not read.
     */
    public int room() {
        DebuggerConnection target;
        synchronized (this) {
            target = current;
        }
        return target == null ? Integer.MAX_VALUE : target.room();
    }

    /**
     * The channel's pass: hands target bytes (at most {@link #room()}) to the attached debugger, if any; never
     * blocks. A failing debugger is detached.
     */
    public void deliverToDebugger(byte[] bytes, int offset, int length) {
        DebuggerConnection target;
        synchronized (this) {
            target = current;
        }
        if (target == null) {
            return;
        }
        try {
            target.deliver(bytes, offset, length);
        } catch (IOException e) {
            detach(target, "writing to it failed: " + e.getMessage());
            target.close();
        }
    }

    /**
     * Owner thread: disconnects the attached debugger when it has had no room for target bytes for longer
     * than the stall timeout.
     *
     * @return whether it was disconnected
     */
    public boolean expireStalled(long nowNanos) {
        DebuggerConnection target;
        synchronized (this) {
            target = current;
        }
        if (target == null) {
            return false;
        }
        long since = target.fullSinceNanos();
        long limit = stallNanos;
        if (since == 0 || nowNanos - since < limit) {
            return false;
        }
        detach(target, DebuggerEvent.Kind.SLOW, "it read nothing of the target's bytes for "
                + String.format(java.util.Locale.ROOT, "%.1f", limit / 1e9) + " s (output queue full); the channel went on without it");
        target.close();
        return true;
    }

    /** Detaches and closes the attached debugger (the VM's channel is shutting down); never waits. */
    public void closeAll() {
        DebuggerConnection was;
        synchronized (this) {
            was = current;
        }
        if (was != null) {
            detach(was, "the channel closed");
            was.close();
        }
    }
}
