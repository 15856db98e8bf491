package kdring.model.capture;

import kdring.kd.observer.Direction;

/**
 * The kdring capture file, version 1: both directions of one channel's raw KDCOM bytes, in arrival order.
 *
 * <pre>
 * file header, 16 bytes
 *   0x00  8  magic "KDRCAP\r\n"
 *   0x08  2  format version, u16 LE = 1
 *   0x0A  2  reserved, 0
 *   0x0C  4  reserved, 0
 * record, 16 + n + 4 bytes, repeated
 *   0x00  1  record type: 1 = bytes
 *   0x01  1  direction: 0 target→debugger, 1 debugger→target
 *   0x02  2  reserved, 0
 *   0x04  4  n, payload length, u32 LE, 1..MAX_PAYLOAD
 *   0x08  8  time, nanoseconds since the Unix epoch, i64 LE
 *   0x10  n  payload: the bytes as they crossed the wire
 *   +n    4  CRC-32 of bytes 0x00..0x10+n of this record, u32 LE
 * </pre>
 *
 * A record is written whole and then flushed, so a crash loses at most the record being written; a
 * reader stops at the first record that is incomplete or whose CRC does not match, keeps everything
 * before it, and reports the offset where the damage starts.
 */
public final class CaptureFormat {
    static final byte[] MAGIC = { 'K', 'D', 'R', 'C', 'A', 'P', '\r', '\n' };
    static final int VERSION = 1;
    static final int FILE_HEADER_SIZE = 16;
    static final int RECORD_HEADER_SIZE = 16;
    static final int RECORD_TRAILER_SIZE = 4;
    static final int TYPE_BYTES = 1;
    /** Larger chunks are split; 64 KiB bounds what a reader must buffer for one record. */
    public static final int MAX_PAYLOAD = 64 * 1024;

    /** Adds to {@link System#nanoTime()} to give nanoseconds since the epoch, as capture records store them. */
    private static final long EPOCH_OFFSET = System.currentTimeMillis() * 1_000_000L - System.nanoTime();

    private CaptureFormat() {
    }

    /** @return the value capture records store for {@code direction}: 0 target → debugger, 1 the other way */
    public static int directionCode(Direction direction) {
        return direction == Direction.TARGET_TO_DEBUGGER ? 0 : 1;
    }

    /** @return the direction stored as {@code code}, or null when the code is unknown */
    public static Direction direction(int code) {
        return switch (code) {
            case 0 -> Direction.TARGET_TO_DEBUGGER;
            case 1 -> Direction.DEBUGGER_TO_TARGET;
            default -> null;
        };
    }

    /**
     * @param nanoTime a {@link System#nanoTime()} reading, e.g. from a transport byte tap
     * @return the same instant in nanoseconds since the epoch (record time)
     */
    public static long epochNanos(long nanoTime) {
        return EPOCH_OFFSET + nanoTime;
    }
}
