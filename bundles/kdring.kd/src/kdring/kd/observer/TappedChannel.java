package kdring.kd.observer;

import java.io.IOException;
import java.util.Objects;

import kdring.kd.endpoint.KdChannel;

/**
 * A debugger-side {@link KdChannel} that shows everything crossing it to a {@link KdObserver}: bytes
 * read are the target's, bytes written the debugger's, each stamped with {@link System#nanoTime()}. Put it
 * under the built-in debugger's endpoint to have the session's story told while the debugger works.
 * <p>
 * Thread-safety as the wrapped channel; the observer is thread-safe.
 */
public final class TappedChannel implements KdChannel {

    private final KdChannel inner;
    private final KdObserver observer;

    /** Taps {@code inner} into {@code observer}. */
    public TappedChannel(KdChannel inner, KdObserver observer) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        inner.write(bytes, offset, length);
        observer.onDebuggerBytes(bytes, offset, length, System.nanoTime());
    }

    @Override
    public int read(byte[] buffer, int offset, int length, long timeoutNanos) throws IOException {
        int n = inner.read(buffer, offset, length, timeoutNanos);
        if (n > 0) {
            observer.onTargetBytes(buffer, offset, n, System.nanoTime());
        }
        return n;
    }

    @Override
    public void close() {
        inner.close();
    }
}
