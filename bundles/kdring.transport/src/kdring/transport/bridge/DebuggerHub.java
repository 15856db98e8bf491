package kdring.transport.bridge;

import java.io.IOException;
import java.util.Objects;

import kdring.transport.ChannelState;

/**
 * The single debugger endpoint of one VM (docs/channel-protocol.md §8, diversion): whichever debugger is
 * attached, its bytes are queued here and the channel's owner thread takes them, into the rx ring while a
 * ring channel is OPEN and to the VM's serial port otherwise; target bytes come back through
 * {@link #deliverToDebugger}.
 *
 * <p>At most one debugger is attached. An external debugger (WinDbg) replaces whatever was attached, the
 * built-in debugger only attaches when nobody is: when WinDbg arrives, kdring steps back to observing.
 *
 * <p>Thread-safe. Connection threads call {@link #offer}; the channel's owner thread calls
 * {@link #drain}, {@link #deliverToDebugger} and {@link #takeChange}.
 */
public final class DebuggerHub {

    /** Queued debugger bytes beyond which {@link #offer} blocks the sending connection. */
    static final int QUEUE_CAPACITY = 1 << 20;

    private final String name;
    private final byte[] queue = new byte[QUEUE_CAPACITY];
    private int head;
    private int size;
    private DebuggerConnection current;
    private boolean changed;
    private volatile Runnable waker = () -> { };
    private volatile ChannelState channelState = ChannelState.WAITING;

    /** A hub for the VM named {@code name}. */
    public DebuggerHub(String name) {
        this.name = Objects.requireNonNull(name);
    }

    /** @return the VM's name */
    public String name() {
        return name;
    }

    /** Owner thread: how to wake the channel when debugger bytes or a (dis)connection arrive. */
    public void setWaker(Runnable waker) {
        this.waker = Objects.requireNonNull(waker);
    }

    /** Owner thread: publishes the channel state, so endpoints can report where bytes go. */
    public void setChannelState(ChannelState state) {
        channelState = state;
    }

    /** @return the channel state last published by the owner thread */
    public ChannelState channelState() {
        return channelState;
    }

    /**
     * Attaches {@code connection}. An external debugger replaces (and closes) the attached one; the built-in
     * debugger is refused while another debugger is attached.
     *
     * @return whether the connection is now the attached debugger
     */
    public boolean attach(DebuggerConnection connection) {
        DebuggerConnection replaced;
        synchronized (this) {
            if (current != null && !connection.external()) {
                return false;
            }
            replaced = current;
            current = connection;
            changed = true;
            size = 0;
            notifyAll();
        }
        if (replaced != null) {
            replaced.close();
        }
        waker.run();
        return true;
    }

    /** Detaches {@code connection} if it is attached; its queued bytes are dropped. */
    public void detach(DebuggerConnection connection) {
        synchronized (this) {
            if (current != connection) {
                return;
            }
            current = null;
            changed = true;
            size = 0;
            notifyAll();
        }
        waker.run();
    }

    /** @return whether a debugger is attached (sets DEBUGGER_ATTACHED in the descriptor) */
    public synchronized boolean debuggerAttached() {
        return current != null;
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
        waker.run();
        return true;
    }

    /** @return whether debugger bytes wait to be taken */
    public synchronized boolean hasInbound() {
        return size > 0;
    }

    /** Owner thread: takes up to {@code target.length - offset} queued debugger bytes. */
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

    /** Owner thread: hands target bytes to the attached debugger, if any; a failing debugger is detached. */
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
            detach(target);
            target.close();
        }
    }

    /** Detaches and closes the attached debugger (the VM's channel is shutting down). */
    public void closeAll() {
        DebuggerConnection was;
        synchronized (this) {
            was = current;
        }
        if (was != null) {
            detach(was);
            was.close();
        }
    }
}
