package kdring.kd.endpoint;

import java.io.Closeable;
import java.io.IOException;

/**
 * One end of a bidirectional byte stream that carries KDCOM bytes: a TCP or unix socket, a named pipe, the
 * serial bridge of a ring channel, or an in-memory pipe in tests.
 * <p>
 * A channel is used by one reader thread and one writer thread at a time (an endpoint uses a single thread
 * for both). {@link #close()} may be called from any thread and wakes a blocked reader.
 */
public interface KdChannel extends Closeable {

    /** Writes {@code length} bytes of {@code bytes} from {@code offset}, completely, in order. */
    void write(byte[] bytes, int offset, int length) throws IOException;

    /** Writes all of {@code bytes}. */
    default void write(byte[] bytes) throws IOException {
        write(bytes, 0, bytes.length);
    }

    /**
     * Reads at least one and at most {@code length} bytes into {@code buffer} at {@code offset}, waiting at
     * most {@code timeoutNanos} (0 = do not wait).
     *
     * @return the number of bytes read, 0 when the timeout passed first, -1 when the stream has ended
     */
    int read(byte[] buffer, int offset, int length, long timeoutNanos) throws IOException;

    /** Closes both directions; a blocked {@link #read} returns -1. */
    @Override
    void close();
}
