package kdring.transport.bridge;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded queue between a VM's channel thread and one debugger connection's writer thread: the channel
 * thread puts target bytes (never more than {@link #room()}, so it never waits), the writer takes them and
 * may block on its socket for as long as the debugger does not read. It remembers since when it has been
 * full, so a debugger that stopped reading can be told apart and disconnected.
 *
 * <p>Thread-safe: one producer, one consumer, {@link #finish} and {@link #close} from any thread.
 */
final class OutputQueue {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final byte[] ring;
    private final Runnable onSpace;
    private int head;
    private int size;
    /** {@link #size} as last changed, readable without the lock (an inline spin's condition). */
    private volatile int size0;
    private boolean writerHeld;
    private long fullSince;
    private boolean closed;
    private byte[] lastWords;

    /**
     * @param capacity bytes it holds at most
     * @param onSpace  called (on the writer thread) when a full queue gets room again, to wake the channel
     */
    OutputQueue(int capacity, Runnable onSpace) {
        this.ring = new byte[capacity];
        this.onSpace = onSpace;
    }

    /** @return how many bytes {@link #put} accepts now (0 once closed) */
    int room() {
        lock.lock();
        try {
            return closed ? 0 : ring.length - size;
        } finally {
            lock.unlock();
        }
    }

    /** @return {@link System#nanoTime()} when the queue became full, or 0 while it has room */
    long fullSince() {
        lock.lock();
        try {
            return fullSince;
        } finally {
            lock.unlock();
        }
    }

    /** Channel thread: queues up to {@link #room()} bytes; @return how many were queued */
    int put(byte[] bytes, int offset, int length) {
        lock.lock();
        try {
            if (closed) {
                return 0;
            }
            int count = Math.min(length, ring.length - size);
            for (int done = 0; done < count;) {
                int tail = (head + size) % ring.length;
                int piece = Math.min(count - done, ring.length - tail);
                System.arraycopy(bytes, offset + done, ring, tail, piece);
                size += piece;
                done += piece;
            }
            if (size == ring.length && fullSince == 0) {
                fullSince = Math.max(1, System.nanoTime());
            }
            if (count > 0 && !writerHeld) {
                readable.signalAll();
            }
            size0 = size;
            return count;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writer thread: waits up to {@code timeoutNanos} until bytes are queued or the queue is closed.
     *
     * @return whether there is something for {@link #poll} (bytes, or the end)
     */
    boolean awaitBytes(long timeoutNanos) throws InterruptedException {
        lock.lock();
        try {
            long left = timeoutNanos;
            while (size == 0 && !closed) {
                if (left <= 0) {
                    return false;
                }
                left = readable.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** @return whether bytes are queued (for a thread spinning for them) */
    boolean hasBytes() {
        return size0 > 0;
    }

    /**
     * While held, {@link #put} does not wake the writer: the connection's reader thread, spinning inline for the
     * answer to what it just sent, writes it itself. Releasing wakes the writer for whatever is left.
     */
    void holdWriter(boolean hold) {
        lock.lock();
        try {
            writerHeld = hold;
            if (!hold && (size > 0 || closed)) {
                readable.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes up to {@code target.length} bytes without waiting.
     *
     * @return the count taken, 0 when none are queued, -1 once closed and empty
     */
    int poll(byte[] target) {
        boolean wasFull;
        int count;
        lock.lock();
        try {
            if (size == 0) {
                return closed ? -1 : 0;
            }
            wasFull = size == ring.length;
            count = Math.min(size, target.length);
            for (int done = 0; done < count;) {
                int piece = Math.min(count - done, ring.length - head);
                System.arraycopy(ring, head, target, done, piece);
                head = (head + piece) % ring.length;
                done += piece;
            }
            size -= count;
            size0 = size;
            fullSince = 0;
        } finally {
            lock.unlock();
        }
        if (wasFull) {
            onSpace.run();
        }
        return count;
    }

    /**
     * Writer thread: takes up to {@code target.length} bytes, waiting up to {@code timeoutNanos} for some.
     *
     * @return the count taken, 0 on timeout, -1 once closed and empty
     */
    int take(byte[] target, long timeoutNanos) throws InterruptedException {
        if (timeoutNanos > 0 && !awaitBytes(timeoutNanos)) {
            return 0;
        }
        return poll(target);
    }

    /**
     * Drops what is queued, queues {@code words} as the last bytes the writer sends, and closes: used to tell a
     * rejected peer why, without target bytes after it.
     */
    void finish(byte[] words) {
        lock.lock();
        try {
            head = 0;
            size = 0;
            fullSince = 0;
            int count = Math.min(words.length, ring.length);
            System.arraycopy(words, 0, ring, 0, count);
            size = count;
            size0 = size;
            lastWords = words;
            closed = true;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Closes: the writer sends what is queued, then stops; nothing more is accepted. */
    void close() {
        lock.lock();
        try {
            closed = true;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** @return whether {@link #finish} was called */
    boolean finished() {
        lock.lock();
        try {
            return lastWords != null;
        } finally {
            lock.unlock();
        }
    }
}
