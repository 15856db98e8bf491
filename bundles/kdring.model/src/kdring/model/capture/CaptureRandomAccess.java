package kdring.model.capture;

import kdring.kd.observer.Direction;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Reads single records of a capture file at known offsets, for paging a packet trace without reading the
 * file from its start. The file may still be growing (a live capture): only whole records with a good CRC
 * are returned. Not thread-safe: confine an instance to one thread, or guard it.
 */
public final class CaptureRandomAccess implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer header = ByteBuffer.allocate(CaptureFormat.RECORD_HEADER_SIZE)
            .order(ByteOrder.LITTLE_ENDIAN);

    private CaptureRandomAccess(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Opens {@code file} for reading and checks its file header.
     *
     * @throws IOException when it cannot be read or is not a kdring capture of a known version
     */
    public static CaptureRandomAccess open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            ByteBuffer fileHeader = ByteBuffer.allocate(CaptureFormat.FILE_HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
            while (fileHeader.hasRemaining() && channel.read(fileHeader, fileHeader.position()) > 0) {
                // keep reading
            }
            if (fileHeader.hasRemaining() || !Arrays.equals(fileHeader.array(), 0, 8, CaptureFormat.MAGIC, 0, 8)) {
                throw new IOException(file + " is not a kdring capture (no KDRCAP header)");
            }
            int version = fileHeader.getShort(8) & 0xFFFF;
            if (version != CaptureFormat.VERSION) {
                throw new IOException(file + " is capture format version " + version + "; this kdring reads version "
                        + CaptureFormat.VERSION);
            }
            return new CaptureRandomAccess(file, channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Reads the record that starts at {@code offset}.
     *
     * @return the record, or {@code null} when there is no whole, intact record there (the end of a growing
     *         file, or damage)
     */
    public CaptureRecord recordAt(long offset) throws IOException {
        header.clear();
        if (!readFully(header, offset)) {
            return null;
        }
        int type = header.get(0) & 0xFF;
        Direction direction = CaptureFormat.direction(header.get(1) & 0xFF);
        long length = Integer.toUnsignedLong(header.getInt(4));
        if (type != CaptureFormat.TYPE_BYTES || direction == null || length == 0 || length > CaptureFormat.MAX_PAYLOAD) {
            return null;
        }
        ByteBuffer rest = ByteBuffer.allocate((int) length + CaptureFormat.RECORD_TRAILER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        if (!readFully(rest, offset + CaptureFormat.RECORD_HEADER_SIZE)) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(header.array());
        crc.update(rest.array(), 0, (int) length);
        if ((int) crc.getValue() != rest.getInt((int) length)) {
            return null;
        }
        return new CaptureRecord(direction, header.getLong(8), Arrays.copyOf(rest.array(), (int) length), offset);
    }

    /** @return the offset of the record after {@code record} */
    public static long nextOffset(CaptureRecord record) {
        return record.fileOffset() + CaptureFormat.RECORD_HEADER_SIZE + record.bytes().length
                + CaptureFormat.RECORD_TRAILER_SIZE;
    }

    /** @return the capture file */
    public Path file() {
        return file;
    }

    private boolean readFully(ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                return false;
            }
            at += n;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
