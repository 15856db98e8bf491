package kdring.kd.packet;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable sequence of bytes with little-endian field readers, the storage of every packet body.
 * <p>
 * KD structures are little-endian throughout, so the readers here are the only place that knows the
 * byte order. Reads past the end throw {@link IndexOutOfBoundsException}; decoders check lengths first.
 * <p>
 * Immutable and therefore thread-safe.
 */
public final class Bytes {

    /** The empty sequence. */
    public static final Bytes EMPTY = new Bytes(new byte[0]);

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final byte[] data;

    private Bytes(byte[] data) {
        this.data = data;
    }

    /** Returns a sequence holding a copy of {@code source}. */
    public static Bytes of(byte... source) {
        return source.length == 0 ? EMPTY : new Bytes(source.clone());
    }

    /** Returns a sequence holding a copy of {@code length} bytes of {@code source} from {@code offset}. */
    public static Bytes copyOf(byte[] source, int offset, int length) {
        return length == 0 ? EMPTY : new Bytes(Arrays.copyOfRange(source, offset, offset + length));
    }

    /** Wraps an array the caller promises never to change again (no copy). */
    static Bytes wrap(byte[] owned) {
        return owned.length == 0 ? EMPTY : new Bytes(owned);
    }

    /** Parses hex digits; blanks, commas and line breaks between bytes are allowed. */
    public static Bytes fromHex(String hex) {
        return wrap(HEX.parseHex(hex.replaceAll("[\\s,]", "")));
    }

    /** Number of bytes. */
    public int length() {
        return data.length;
    }

    /** Unsigned byte at {@code offset}. */
    public int u8(int offset) {
        return data[offset] & 0xFF;
    }

    /** Unsigned 16-bit value at {@code offset}. */
    public int u16(int offset) {
        return (data[offset] & 0xFF) | (data[offset + 1] & 0xFF) << 8;
    }

    /** 32-bit value at {@code offset} (use {@link Integer#toUnsignedLong} for the unsigned value). */
    public int u32(int offset) {
        return (data[offset] & 0xFF) | (data[offset + 1] & 0xFF) << 8 | (data[offset + 2] & 0xFF) << 16
                | (data[offset + 3] & 0xFF) << 24;
    }

    /** 64-bit value at {@code offset}. */
    public long u64(int offset) {
        return Integer.toUnsignedLong(u32(offset)) | (long) u32(offset + 4) << 32;
    }

    /** The bytes from {@code offset} to the end. */
    public Bytes slice(int offset) {
        return slice(offset, data.length - offset);
    }

    /** {@code length} bytes from {@code offset}. */
    public Bytes slice(int offset, int length) {
        if (offset == 0 && length == data.length) {
            return this;
        }
        return copyOf(data, offset, length);
    }

    /** This sequence followed by {@code tail}. */
    public Bytes concat(Bytes tail) {
        if (tail.data.length == 0) {
            return this;
        }
        byte[] joined = Arrays.copyOf(data, data.length + tail.data.length);
        System.arraycopy(tail.data, 0, joined, data.length, tail.data.length);
        return wrap(joined);
    }

    /** A fresh copy of the bytes. */
    public byte[] toArray() {
        return data.clone();
    }

    /** Copies all bytes into {@code target} at {@code offset}. */
    public void copyTo(byte[] target, int offset) {
        System.arraycopy(data, 0, target, offset, data.length);
    }

    /** Appends all bytes to {@code out}. */
    public void writeTo(ByteArrayOutputStream out) {
        out.write(data, 0, data.length);
    }

    /** The KD checksum of these bytes: the unsigned sum of every byte, modulo 2^32. */
    public int checksum() {
        return Checksum.of(data, 0, data.length);
    }

    /**
     * Reads a NUL-terminated 8-bit string starting at {@code offset}, stopping at the first NUL or the end.
     * Bytes are mapped one to one onto code points 0–255 (ISO-8859-1), which keeps every byte visible.
     */
    public String latin1(int offset, int maxLength) {
        int end = offset;
        int limit = Math.min(data.length, offset + Math.max(0, maxLength));
        while (end < limit && data[end] != 0) {
            end++;
        }
        return new String(data, offset, end - offset, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Reads {@code byteLength} bytes of UTF-16LE text at {@code offset} (an odd last byte is ignored). */
    public String utf16(int offset, int byteLength) {
        return new String(data, offset, byteLength & ~1, java.nio.charset.StandardCharsets.UTF_16LE);
    }

    /** Upper-case hex without separators. */
    public String toHex() {
        return HEX.formatHex(data);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bytes bytes && Arrays.equals(data, bytes.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return data.length <= 64 ? toHex() : HEX.formatHex(data, 0, 64) + "…(" + data.length + " bytes)";
    }
}
