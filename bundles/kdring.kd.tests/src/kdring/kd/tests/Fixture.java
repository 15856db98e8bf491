package kdring.kd.tests;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/**
 * Writes a byte fixture field by field, each with the comment that says what it is, so a reader can check
 * a test vector against the fact sheet line by line. The comment is documentation only.
 */
public final class Fixture {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Appends the bytes spelled by {@code hex} (spaces allowed), described by {@code comment}. */
    public Fixture hex(String hex, String comment) {
        byte[] bytes = HexFormat.of().parseHex(hex.replace(" ", ""));
        out.write(bytes, 0, bytes.length);
        return this;
    }

    /** Appends {@code count} zero bytes. */
    public Fixture zeros(int count, String comment) {
        out.write(new byte[count], 0, count);
        return this;
    }

    /** Appends {@code text} as 8-bit characters. */
    public Fixture ascii(String text, String comment) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        out.write(bytes, 0, bytes.length);
        return this;
    }

    /** Appends another fixture's bytes. */
    public Fixture then(byte[] bytes, String comment) {
        out.write(bytes, 0, bytes.length);
        return this;
    }

    /** Number of bytes so far. */
    public int size() {
        return out.size();
    }

    /** The bytes. */
    public byte[] bytes() {
        return out.toByteArray();
    }
}
