package kdring.transport;

import kdring.kd.observer.Direction;
import kdring.kd.observer.KdObserver;

/**
 * Sees every byte of a channel's KD stream exactly as it crossed, in each direction, garbage and break-in
 * bytes included: what a capture file must record. Called by the channel's pass right after the bytes moved —
 * on its owner thread, or on a debugger connection's thread running the pass inline, one call at a time and
 * in order (the pass lock orders them); implementations must be quick (append to a file or a queue) and must
 * not throw.
 */
@FunctionalInterface
public interface ByteTap {

    /**
     * @param direction which way the bytes went
     * @param bytes the buffer, valid only during the call
     * @param offset where they start
     * @param length how many
     * @param nanos {@link System#nanoTime()} when they moved
     */
    void onBytes(Direction direction, byte[] bytes, int offset, int length, long nanos);

    /**
     * A tap that decodes on the owner thread into {@code observer}. For command-line tools and tests that
     * follow one channel without a channel session; the channel session decodes on its own recorder thread
     * instead, so that decoding never slows the data path.
     */
    static ByteTap decodingInto(KdObserver observer) {
        return (direction, bytes, offset, length, nanos) -> {
            if (direction == Direction.TARGET_TO_DEBUGGER) {
                observer.onTargetBytes(bytes, offset, length, nanos);
            } else {
                observer.onDebuggerBytes(bytes, offset, length, nanos);
            }
        };
    }
}
