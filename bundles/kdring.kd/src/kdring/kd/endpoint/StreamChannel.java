package kdring.kd.endpoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A {@link KdChannel} over a blocking input and output stream, e.g. those of a TCP or unix-domain socket.
 * A reader thread named {@code kdring-kd-reader-<name>} pumps the input stream into a {@link MemoryPipe}, which
 * gives reads their timeout without relying on socket options.
 * <p>
 * Thread-safety as {@link KdChannel}. Closing closes both streams and ends the reader thread.
 */
public final class StreamChannel implements KdChannel {

    private final InputStream input;
    private final OutputStream output;
    private final MemoryPipe received = new MemoryPipe(MemoryPipe.DEFAULT_CAPACITY);
    private final Thread reader;

    /** Starts the reader thread. */
    public StreamChannel(String name, InputStream input, OutputStream output) {
        this.input = input;
        this.output = output;
        reader = new Thread(this::pump, "kdring-kd-reader-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    private void pump() {
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = input.read(buffer)) >= 0) {
                received.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // the stream ended or was closed: readers see the end of the stream
        } finally {
            received.close();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        output.write(bytes, offset, length);
        output.flush();
    }

    @Override
    public int read(byte[] buffer, int offset, int length, long timeoutNanos) {
        return received.read(buffer, offset, length, timeoutNanos);
    }

    @Override
    public void close() {
        received.close();
        try {
            input.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            output.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
