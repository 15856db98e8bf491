package kdring.model.capture;

import kdring.kd.observer.Direction;
import java.util.Objects;

/**
 * One chunk of bytes as it crossed a channel: its direction, when it arrived and where in the capture
 * file it starts. Immutable; the byte array is not copied, so callers must not change it.
 *
 * @param direction which way the bytes went
 * @param timeNanos time since the Unix epoch, in nanoseconds
 * @param bytes the bytes, exactly as they crossed the wire
 * @param fileOffset offset of this record's header in the capture file
 */
public record CaptureRecord(Direction direction, long timeNanos, byte[] bytes, long fileOffset) {
    public CaptureRecord {
        Objects.requireNonNull(direction);
        Objects.requireNonNull(bytes);
    }
}
