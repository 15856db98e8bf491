package kdring.model.capture;

import kdring.kd.observer.Direction;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * Reads a capture file record by record, in bounded memory (one record at a time). Damage — a record cut
 * short by a crash, a bad CRC, an impossible length — ends the read without an exception: everything
 * before it has been delivered, and {@link Result#damage()} says where and what.
 */
public final class CaptureReader {

    /** Where a capture stopped being readable, in words a user can act on. */
    public record Damage(long offset, String problem) {
        @Override
        public String toString() {
            return "capture damaged at offset " + offset + ": " + problem;
        }
    }

    /** What a read found: how many records were good, and the damage that stopped it, if any. */
    public record Result(long records, long goodBytes, Optional<Damage> damage) {
    }

    private CaptureReader() {
    }

    /**
     * Delivers every good record of {@code file} to {@code sink}, in file order.
     *
     * @throws IOException when the file cannot be opened or is not a kdring capture at all
     */
    public static Result read(Path file, Consumer<CaptureRecord> sink) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] header = in.readNBytes(CaptureFormat.FILE_HEADER_SIZE);
            if (header.length < CaptureFormat.FILE_HEADER_SIZE
                    || !Arrays.equals(header, 0, 8, CaptureFormat.MAGIC, 0, 8)) {
                throw new IOException(file + " is not a kdring capture (no KDRCAP header)");
            }
            int version = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).getShort(8) & 0xFFFF;
            if (version != CaptureFormat.VERSION) {
                throw new IOException(file + " is capture format version " + version + "; this kdring reads version "
                        + CaptureFormat.VERSION);
            }
            long offset = CaptureFormat.FILE_HEADER_SIZE;
            long records = 0;
            while (true) {
                byte[] recordHeader = in.readNBytes(CaptureFormat.RECORD_HEADER_SIZE);
                if (recordHeader.length == 0) {
                    return new Result(records, offset, Optional.empty());
                }
                if (recordHeader.length < CaptureFormat.RECORD_HEADER_SIZE) {
                    return damaged(records, offset, "record header cut short after " + recordHeader.length + " bytes");
                }
                ByteBuffer h = ByteBuffer.wrap(recordHeader).order(ByteOrder.LITTLE_ENDIAN);
                int type = h.get(0) & 0xFF;
                Direction direction = CaptureFormat.direction(h.get(1) & 0xFF);
                long length = Integer.toUnsignedLong(h.getInt(4));
                long time = h.getLong(8);
                if (type != CaptureFormat.TYPE_BYTES || direction == null || length == 0
                        || length > CaptureFormat.MAX_PAYLOAD) {
                    return damaged(records, offset, String.format("impossible record header (type %d, direction %d, length %d)",
                            type, h.get(1) & 0xFF, length));
                }
                byte[] payload = in.readNBytes((int) length);
                byte[] trailer = in.readNBytes(CaptureFormat.RECORD_TRAILER_SIZE);
                if (payload.length < length || trailer.length < CaptureFormat.RECORD_TRAILER_SIZE) {
                    return damaged(records, offset, "record cut short (file ends inside it)");
                }
                CRC32 crc = new CRC32();
                crc.update(recordHeader);
                crc.update(payload);
                if ((int) crc.getValue() != ByteBuffer.wrap(trailer).order(ByteOrder.LITTLE_ENDIAN).getInt()) {
                    return damaged(records, offset, "record checksum does not match");
                }
                sink.accept(new CaptureRecord(direction, time, payload, offset));
                offset += CaptureFormat.RECORD_HEADER_SIZE + length + CaptureFormat.RECORD_TRAILER_SIZE;
                records++;
            }
        } catch (EOFException e) {
            throw new IOException(file + ": unexpected end of file", e);
        }
    }

    private static Result damaged(long records, long offset, String problem) {
        return new Result(records, offset, Optional.of(new Damage(offset, problem)));
    }
}
