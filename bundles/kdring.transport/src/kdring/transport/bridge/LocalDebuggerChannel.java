package kdring.transport.bridge;

import java.io.IOException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import kdring.kd.endpoint.KdChannel;

/**
 * The built-in debugger's (or a test's) way into a VM's {@link DebuggerHub}: a {@link KdChannel} whose writes
 * go to the guest and whose reads return what the guest sent. Give it to a
 * {@link kdring.kd.endpoint.DebuggerEndpoint}.
 *
 * <p>Target bytes are buffered up to {@link #BUFFER_CAPACITY}; beyond that the oldest unread bytes are
 * dropped rather than stalling the channel's owner thread (a debugger that does not read loses data, as on a
 * serial line). Thread-safety as {@link KdChannel}: one reader, one writer; close from anywhere.
 */
public final class LocalDebuggerChannel implements KdChannel, DebuggerConnection {

    /** Unread target bytes kept at most. */
    public static final int BUFFER_CAPACITY = 4 << 20;
    /** How long after a write a waiting read first spins inline for the answer. */
    static final long ANSWER_EXPECTED_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(1);

    private final DebuggerHub hub;
    private final String description;
    private final boolean external;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final byte[] buffer = new byte[BUFFER_CAPACITY];
    private int head;
    private int size;
    /** {@link #size}, readable without the lock (the inline wait's condition). */
    private volatile int unread;
    private volatile boolean closed;
    /** When this debugger last wrote something that asks for an answer: it is expected for a while after. */
    private volatile long lastWrite = System.nanoTime() - ANSWER_EXPECTED_NANOS;

    private LocalDebuggerChannel(DebuggerHub hub, String description, boolean external) {
        this.hub = hub;
        this.description = description;
        this.external = external;
    }

    /**
     * Attaches an in-process debugger to {@code hub}.
     *
     * @param external true to behave as an external debugger (replaces the built-in debugger; refused while
     *                 another external one is attached, see {@link DebuggerHub#attach}), false for the built-in
     *                 debugger (refused while another debugger is attached)
     * @throws IOException when the hub refused the connection
     */
    public static LocalDebuggerChannel attach(DebuggerHub hub, String description, boolean external)
            throws IOException {
        LocalDebuggerChannel channel = new LocalDebuggerChannel(hub, description, external);
        if (!hub.attach(channel)) {
            throw new IOException("another debugger (" + hub.attachedDescription() + ") is attached to "
                    + hub.name() + "; the built-in debugger only observes");
        }
        return channel;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public boolean external() {
        return external;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (closed || !hub.offerInline(this, bytes, offset, length)) {
            throw new IOException(description + " is no longer attached to " + hub.name());
        }
        if (DebuggerHub.asksForAnswer(bytes, offset, length)) {
            lastWrite = System.nanoTime();
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Right after a write that asks for an answer (a request on its way), a read that has to wait first runs
     * the channel's passes on this thread until the answer is there ({@link DebuggerHub#awaitInline}), so the
     * answer needs no thread to wake up; then it waits as usual.
     */
    @Override
    public int read(byte[] target, int offset, int length, long timeoutNanos) {
        if (unread == 0 && timeoutNanos > 0 && System.nanoTime() - lastWrite < ANSWER_EXPECTED_NANOS) {
            hub.awaitInline(() -> unread > 0 || closed, timeoutNanos);
        }
        lock.lock();
        try {
            long left = timeoutNanos;
            while (size == 0) {
                if (closed) {
                    return -1;
                }
                if (left <= 0) {
                    return 0;
                }
                left = readable.awaitNanos(left);
            }
            // in bulk: at most two copies (the buffer wraps once), not a division per byte
            int count = Math.min(length, size);
            int first = Math.min(count, buffer.length - head);
            System.arraycopy(buffer, head, target, offset, first);
            System.arraycopy(buffer, 0, target, offset + first, count - first);
            head = (head + count) % buffer.length;
            size -= count;
            unread = size;
            return count;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void deliver(byte[] bytes, int offset, int length) {
        lock.lock();
        try {
            // the oldest unread bytes make room (and of more than the buffer holds, only the newest are kept)
            int overflow = size + length - buffer.length;
            if (overflow > 0) {
                int dropped = Math.min(overflow, size);
                head = (head + dropped) % buffer.length;
                size -= dropped;
                unread = size;
                offset += overflow - dropped;
                length -= overflow - dropped;
            }
            // in bulk: at most two copies (the buffer wraps once)
            int tail = (head + size) % buffer.length;
            int first = Math.min(length, buffer.length - tail);
            System.arraycopy(bytes, offset, buffer, tail, first);
            System.arraycopy(bytes, offset + first, buffer, 0, length - first);
            size += length;
            unread = size;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** @return whether it was closed: by its owner, or by the hub when an external debugger replaced it */
    public boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
        hub.detach(this);
    }
}
