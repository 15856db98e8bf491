package kdring.model.capture;

import kdring.kd.observer.Direction;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Appends records to a capture file as bytes flow. Each {@link #append} writes one whole record (or
 * several, for chunks over {@link CaptureFormat#MAX_PAYLOAD}) and flushes it to the operating system, so
 * that killing the process loses nothing already appended. Thread-safe: appends from the two directions
 * of a channel may come from different threads.
 */
public final class CaptureWriter implements AutoCloseable {

    /**
     * The default size a capture may reach: 1 GiB, or the system property {@code kdring.capture.max-bytes}.
     * A guest can send bytes as fast as the host takes them; a capture stops at its limit instead of filling
     * the disk.
     */
    public static final long DEFAULT_LIMIT = Long.getLong("kdring.capture.max-bytes", 1L << 30);

    /** An append that would take the capture over its size limit; nothing of it was written. */
    public static final class CaptureFullException extends IOException {
        private static final long serialVersionUID = 1L;

        CaptureFullException(Path file, long limit) {
            super("capture " + file + " reached its size limit of " + describe(limit)
                    + " (kdring.capture.max-bytes); everything before is kept");
        }
    }

    private final Path file;
    private final OutputStream out;
    private final long limit;
    private long position;
    private long records;
    private boolean closed;

    private CaptureWriter(Path file, OutputStream out, long position, long limit) {
        this.file = file;
        this.out = out;
        this.position = position;
        this.limit = limit;
    }

    /** @return {@code bytes} in words, e.g. "1 GiB" or "1500 bytes" */
    static String describe(long bytes) {
        if (bytes % (1L << 30) == 0) {
            return bytes / (1L << 30) + " GiB";
        }
        if (bytes % (1L << 20) == 0) {
            return bytes / (1L << 20) + " MiB";
        }
        return bytes + " bytes";
    }

    /**
     * Creates (or truncates) {@code file}, readable by its owner only, and writes the file header; the
     * capture may grow to {@link #DEFAULT_LIMIT}.
     */
    public static CaptureWriter create(Path file) throws IOException {
        return create(file, DEFAULT_LIMIT);
    }

    /** As {@link #create(Path)}, growing to {@code limit} bytes at most. */
    public static CaptureWriter create(Path file, long limit) throws IOException {
        OutputStream out = kdring.model.persist.PrivateFiles.newOutputStream(file); // 0600: guest memory inside
        ByteBuffer header = ByteBuffer.allocate(CaptureFormat.FILE_HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        header.put(CaptureFormat.MAGIC).putShort((short) CaptureFormat.VERSION).putShort((short) 0).putInt(0);
        out.write(header.array());
        out.flush();
        return new CaptureWriter(file, out, CaptureFormat.FILE_HEADER_SIZE, limit);
    }

    /**
     * Appends {@code length} bytes from {@code bytes[offset..]} that crossed in {@code direction} at
     * {@code timeNanos}. Empty chunks are ignored.
     *
     * @return the file offset of the (first) record written, or -1 when nothing was written
     * @throws CaptureFullException when the records would take the capture over its limit (nothing of
     *         them is written; the capture stays valid)
     */
    public synchronized long append(Direction direction, long timeNanos, byte[] bytes, int offset, int length)
            throws IOException {
        if (closed) {
            throw new IOException("capture " + file + " is closed");
        }
        int chunks = Math.max(0, (length + CaptureFormat.MAX_PAYLOAD - 1) / CaptureFormat.MAX_PAYLOAD);
        long needed = (long) length + (long) chunks * (CaptureFormat.RECORD_HEADER_SIZE + CaptureFormat.RECORD_TRAILER_SIZE);
        if (position + needed > limit) {
            throw new CaptureFullException(file, limit);
        }
        long first = -1;
        for (int done = 0; done < length; done += CaptureFormat.MAX_PAYLOAD) {
            int n = Math.min(CaptureFormat.MAX_PAYLOAD, length - done);
            ByteBuffer record = ByteBuffer
                    .allocate(CaptureFormat.RECORD_HEADER_SIZE + n + CaptureFormat.RECORD_TRAILER_SIZE)
                    .order(ByteOrder.LITTLE_ENDIAN);
            record.put((byte) CaptureFormat.TYPE_BYTES).put((byte) CaptureFormat.directionCode(direction)).putShort((short) 0).putInt(n)
                    .putLong(timeNanos).put(bytes, offset + done, n);
            CRC32 crc = new CRC32();
            crc.update(record.array(), 0, record.position());
            record.putInt((int) crc.getValue());
            out.write(record.array());
            if (first < 0) {
                first = position;
            }
            position += record.capacity();
            records++;
        }
        out.flush();
        return first;
    }

    /** @return the number of records written so far */
    public synchronized long records() {
        return records;
    }

    /** @return the most bytes this capture may hold */
    public long limit() {
        return limit;
    }

    /** @return the size of the file written so far */
    public synchronized long size() {
        return position;
    }

    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }
}
