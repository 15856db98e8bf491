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

    private final Path file;
    private final OutputStream out;
    private long position;
    private long records;
    private boolean closed;

    private CaptureWriter(Path file, OutputStream out, long position) {
        this.file = file;
        this.out = out;
        this.position = position;
    }

    /** Creates (or truncates) {@code file}, readable by its owner only, and writes the file header. */
    public static CaptureWriter create(Path file) throws IOException {
        OutputStream out = kdring.model.persist.PrivateFiles.newOutputStream(file); // 0600: guest memory inside
        ByteBuffer header = ByteBuffer.allocate(CaptureFormat.FILE_HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        header.put(CaptureFormat.MAGIC).putShort((short) CaptureFormat.VERSION).putShort((short) 0).putInt(0);
        out.write(header.array());
        out.flush();
        return new CaptureWriter(file, out, CaptureFormat.FILE_HEADER_SIZE);
    }

    /**
     * Appends {@code length} bytes from {@code bytes[offset..]} that crossed in {@code direction} at
     * {@code timeNanos}. Empty chunks are ignored.
     *
     * @return the file offset of the (first) record written, or -1 when nothing was written
     */
    public synchronized long append(Direction direction, long timeNanos, byte[] bytes, int offset, int length)
            throws IOException {
        if (closed) {
            throw new IOException("capture " + file + " is closed");
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
