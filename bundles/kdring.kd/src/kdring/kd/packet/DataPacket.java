package kdring.kd.packet;

import java.util.Objects;

/**
 * A data packet: 16-byte header under the data leader, the body, and the trailer byte AA.
 *
 * <pre>
 * 30303030  leader
 * tttt      PacketType  2 MANIPULATE, 3 DEBUG_IO, 7 STATE_CHANGE64, 11 FILE_IO, ...
 * nnnn      ByteCount   body length, at most 4000
 * iiiiiiii  PacketId
 * cccccccc  Checksum    unsigned sum of the n body bytes
 * ...       body        n bytes, kept raw (junk bytes included) so re-encoding is byte-identical
 * AA        trailer
 * </pre>
 * The checksum is always computed from the body; a packet with a wrong checksum never becomes a
 * {@code DataPacket} (the framer reports it as a bad packet instead).
 *
 * @param type a data packet type
 * @param id   the PacketId field as sent
 * @param body the body bytes
 */
public record DataPacket(PacketType type, int id, Bytes body) implements KdPacket {

    /** Checks the type and the size limit. */
    public DataPacket {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
        if (type.kind() != PacketType.Kind.DATA) {
            throw new IllegalArgumentException(type + " is not a data packet type");
        }
        if (body.length() > KdWire.MAX_BODY_SIZE) {
            throw new IllegalArgumentException("body of " + body.length() + " bytes exceeds "
                    + KdWire.MAX_BODY_SIZE);
        }
    }

    /** The Checksum header field: the sum of the body bytes. */
    public int checksum() {
        return body.checksum();
    }

    /** A copy of this packet with another id, as a sender stamps it before each (re)transmission. */
    public DataPacket withId(int newId) {
        return newId == id ? this : new DataPacket(type, newId, body);
    }

    @Override
    public int wireLength() {
        return KdWire.HEADER_SIZE + body.length() + 1;
    }

    @Override
    public byte[] encode() {
        byte[] wire = new byte[wireLength()];
        encodeInto(wire, 0);
        return wire;
    }

    @Override
    public int encodeInto(byte[] target, int offset) {
        KdPacket.writeHeader(target, offset, KdWire.DATA_LEADER_BYTE, type.code(), body.length(), id,
                checksum());
        body.copyTo(target, offset + KdWire.HEADER_SIZE);
        target[offset + KdWire.HEADER_SIZE + body.length()] = KdWire.TRAILER_BYTE;
        return wireLength();
    }

    @Override
    public String toString() {
        return type + " id=0x" + Integer.toHexString(id).toUpperCase() + " len=" + body.length();
    }
}
