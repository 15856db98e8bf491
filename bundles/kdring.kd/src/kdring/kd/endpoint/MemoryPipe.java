package kdring.kd.endpoint;

import java.io.IOException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded in-memory byte pipe: one direction of a stream. {@link #pair()} joins two into a pair of
 * connected {@link KdChannel}s, which is how tests and in-process setups (built-in debugger against a
 * simulated target) connect two endpoints.
 * <p>
 * Thread-safe: any number of writers and readers; writers block while the pipe is full.
 */
public final class MemoryPipe {

    /** Default capacity: a few maximal packets. */
    public static final int DEFAULT_CAPACITY = 1 << 16;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final Condition writable = lock.newCondition();
    private final byte[] ring;
    private int head;
    private int size;
    private boolean closed;

    /** A pipe holding at most {@code capacity} unread bytes. */
    public MemoryPipe(int capacity) {
        ring = new byte[capacity];
    }

    /** Two channels connected back to back: bytes written to one are read from the other. */
    public static Pair pair() {
        return pair(DEFAULT_CAPACITY);
    }

    /** Like {@link #pair()} with the given capacity per direction. */
    public static Pair pair(int capacity) {
        MemoryPipe aToB = new MemoryPipe(capacity);
        MemoryPipe bToA = new MemoryPipe(capacity);
        return new Pair(new End(bToA, aToB), new End(aToB, bToA));
    }

    /**
     * The two ends of a pipe pair.
     *
     * @param first  one end (e.g. the debugger's)
     * @param second the other end (e.g. the target's)
     */
    public record Pair(KdChannel first, KdChannel second) {
    }

    /** Appends bytes, blocking while full. */
    public void write(byte[] bytes, int offset, int length) throws IOException {
        lock.lock();
        try {
            int done = 0;
            while (done < length) {
                while (size == ring.length && !closed) {
                    writable.awaitUninterruptibly();
                }
                if (closed) {
                    throw new IOException("pipe closed");
                }
                int tail = (head + size) % ring.length;
                int n = Math.min(length - done, Math.min(ring.length - size, ring.length - tail));
                System.arraycopy(bytes, offset + done, ring, tail, n);
                size += n;
                done += n;
                readable.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Reads up to {@code length} bytes, waiting up to {@code timeoutNanos}; 0 on timeout, -1 when closed. */
    public int read(byte[] buffer, int offset, int length, long timeoutNanos) {
        lock.lock();
        try {
            long remaining = timeoutNanos;
            while (size == 0 && !closed) {
                if (remaining <= 0) {
                    return 0;
                }
                try {
                    remaining = readable.awaitNanos(remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 0;
                }
            }
            if (size == 0) {
                return -1;
            }
            int n = Math.min(length, Math.min(size, ring.length - head));
            System.arraycopy(ring, head, buffer, offset, n);
            head = (head + n) % ring.length;
            size -= n;
            writable.signalAll();
            return n;
        } finally {
            lock.unlock();
        }
    }

    /** Closes the pipe; readers drain what is left, then get -1. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            readable.signalAll();
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private record End(MemoryPipe in, MemoryPipe out) implements KdChannel {
        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public int read(byte[] buffer, int offset, int length, long timeoutNanos) {
            return in.read(buffer, offset, length, timeoutNanos);
        }

        @Override
        public void close() {
            in.close();
            out.close();
        }
    }

}
