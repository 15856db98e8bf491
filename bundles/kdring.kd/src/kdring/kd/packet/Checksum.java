package kdring.kd.packet;

/**
 * The KD body checksum: every body byte added as an unsigned 8-bit value into an unsigned 32-bit sum that
 * wraps modulo 2^32. The header is not covered, and control packets carry 0.
 */
public final class Checksum {

    private Checksum() {
    }

    /** The checksum of {@code length} bytes of {@code data} from {@code offset}. */
    public static int of(byte[] data, int offset, int length) {
        int sum = 0;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            sum += data[i] & 0xFF;
        }
        return sum;
    }
}
