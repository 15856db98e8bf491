package kdring.kd.packet;

import java.util.Objects;

/**
 * A control packet: exactly the 16-byte header under the control leader, ByteCount 0, Checksum 0, no
 * trailer.
 *
 * <pre>
 * 69696969  leader
 * tttt      PacketType  4 ACKNOWLEDGE, 5 RESEND, 6 RESET
 * 0000      ByteCount
 * iiiiiiii  PacketId    ACK: the acknowledged packet's id; RESEND/RESET: meaningless (XP sends junk)
 * 00000000  Checksum
 * </pre>
 * A receiver keeps the id as sent so that re-encoding reproduces the captured bytes.
 *
 * @param type ACKNOWLEDGE, RESEND or RESET
 * @param id   the PacketId field
 */
public record ControlPacket(PacketType type, int id) implements KdPacket {

    /** Checks that {@code type} is a control type. */
    public ControlPacket {
        Objects.requireNonNull(type, "type");
        if (type.kind() != PacketType.Kind.CONTROL) {
            throw new IllegalArgumentException(type + " is not a control packet type");
        }
    }

    /** An ACK of the data packet with id {@code acknowledgedId} (the caller clears the sync flag). */
    public static ControlPacket ack(int acknowledgedId) {
        return new ControlPacket(PacketType.ACKNOWLEDGE, acknowledgedId);
    }

    /** A RESEND with id 0, as ReactOS sends it. */
    public static ControlPacket resend() {
        return new ControlPacket(PacketType.RESEND, 0);
    }

    /** A RESET with id 0, as WinDbg and ReactOS send it. */
    public static ControlPacket reset() {
        return new ControlPacket(PacketType.RESET, 0);
    }

    @Override
    public int wireLength() {
        return KdWire.HEADER_SIZE;
    }

    @Override
    public byte[] encode() {
        byte[] wire = new byte[KdWire.HEADER_SIZE];
        encodeInto(wire, 0);
        return wire;
    }

    @Override
    public int encodeInto(byte[] target, int offset) {
        KdPacket.writeHeader(target, offset, KdWire.CONTROL_LEADER_BYTE, type.code(), 0, id, 0);
        return KdWire.HEADER_SIZE;
    }

    @Override
    public String toString() {
        return type + " id=0x" + Integer.toHexString(id).toUpperCase();
    }
}
