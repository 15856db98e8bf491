package kdring.kd.packet;

/**
 * One KDCOM packet as it crosses the serial line: a {@link ControlPacket} (16-byte header only) or a
 * {@link DataPacket} (header, body, trailer).
 *
 * <pre>
 * Off  Size  Field
 * 0x00 4     PacketLeader  30303030 data / 69696969 control
 * 0x04 2     PacketType    {@link PacketType}
 * 0x06 2     ByteCount     body length, header and trailer not counted (0 for control)
 * 0x08 4     PacketId      alternates 0x80800000 / 0x80800001; may carry 0x800 (sync)
 * 0x0C 4     Checksum      unsigned byte sum of the body (0 for control)
 * 0x10 n     body          data packets only
 * 0x10+n 1   AA            trailer, data packets only
 * </pre>
 * Immutable values; thread-safe.
 */
public sealed interface KdPacket permits ControlPacket, DataPacket {

    /** The packet type. */
    PacketType type();

    /** The PacketId field as sent. */
    int id();

    /** Number of bytes this packet occupies on the wire. */
    int wireLength();

    /** The exact wire bytes. */
    byte[] encode();

    /** Writes the wire bytes into {@code target} at {@code offset}; returns the number written. */
    int encodeInto(byte[] target, int offset);

    /** Writes the 16-byte header. */
    static void writeHeader(byte[] target, int offset, byte leaderByte, int type, int byteCount, int id,
            int checksum) {
        for (int i = 0; i < 4; i++) {
            target[offset + i] = leaderByte;
        }
        target[offset + 4] = (byte) type;
        target[offset + 5] = (byte) (type >>> 8);
        target[offset + 6] = (byte) byteCount;
        target[offset + 7] = (byte) (byteCount >>> 8);
        for (int i = 0; i < 4; i++) {
            target[offset + 8 + i] = (byte) (id >>> (8 * i));
            target[offset + 12 + i] = (byte) (checksum >>> (8 * i));
        }
    }
}
