package kdring.kd.packet;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds a body of a fixed size, field by field, in little-endian order. Bytes not written stay zero, which
 * is what a careful sender puts into the padding and unused union tails that WinDbg fills with junk.
 * <p>
 * Not thread-safe; a writer is used by one thread to build one body and then discarded.
 */
public final class BodyWriter {

    private byte[] data;

    /** Starts a zero-filled body of {@code size} bytes. */
    public BodyWriter(int size) {
        data = new byte[size];
    }

    /** Starts from a copy of {@code template}, to change a few fields of a received body. */
    public BodyWriter(Bytes template) {
        data = template.toArray();
    }

    /** Writes one byte at {@code offset}. */
    public BodyWriter u8(int offset, int value) {
        data[offset] = (byte) value;
        return this;
    }

    /** Writes a 16-bit value at {@code offset}. */
    public BodyWriter u16(int offset, int value) {
        data[offset] = (byte) value;
        data[offset + 1] = (byte) (value >>> 8);
        return this;
    }

    /** Writes a 32-bit value at {@code offset}. */
    public BodyWriter u32(int offset, int value) {
        for (int i = 0; i < 4; i++) {
            data[offset + i] = (byte) (value >>> (8 * i));
        }
        return this;
    }

    /** Writes a 64-bit value at {@code offset}. */
    public BodyWriter u64(int offset, long value) {
        for (int i = 0; i < 8; i++) {
            data[offset + i] = (byte) (value >>> (8 * i));
        }
        return this;
    }

    /** Copies {@code bytes} to {@code offset}. */
    public BodyWriter bytes(int offset, Bytes bytes) {
        bytes.copyTo(data, offset);
        return this;
    }

    /** Appends {@code tail} after the current end, growing the body. */
    public BodyWriter append(Bytes tail) {
        int start = data.length;
        data = Arrays.copyOf(data, start + tail.length());
        tail.copyTo(data, start);
        return this;
    }

    /** Appends {@code text} as 8-bit characters followed by a NUL. */
    public BodyWriter appendLatin1WithNul(String text) {
        byte[] chars = text.getBytes(StandardCharsets.ISO_8859_1);
        int start = data.length;
        data = Arrays.copyOf(data, start + chars.length + 1);
        System.arraycopy(chars, 0, data, start, chars.length);
        return this;
    }

    /** Current size. */
    public int size() {
        return data.length;
    }

    /** The finished body; the writer must not be used afterwards. */
    public Bytes toBytes() {
        Bytes result = Bytes.wrap(data);
        data = new byte[0];
        return result;
    }
}
