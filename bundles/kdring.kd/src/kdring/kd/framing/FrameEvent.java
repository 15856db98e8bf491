package kdring.kd.framing;

import kdring.kd.packet.KdPacket;

/**
 * What a {@link Framer} finds in a byte stream. Offsets count bytes from the start of the stream fed to
 * that framer. Immutable values.
 */
public sealed interface FrameEvent
        permits FrameEvent.PacketFramed, FrameEvent.BreakIn, FrameEvent.BadPacket, FrameEvent.Skipped {

    /** Stream offset of the first byte this event is about. */
    long offset();

    /**
     * A well-formed packet: leader, known type, ByteCount within limits, trailer and checksum right.
     *
     * @param packet the packet
     * @param offset offset of its first leader byte
     */
    record PacketFramed(KdPacket packet, long offset) implements FrameEvent {
    }

    /**
     * A lone break-in byte 0x62 seen outside a packet.
     *
     * @param offset its offset
     */
    record BreakIn(long offset) implements FrameEvent {
    }

    /**
     * Something that began with a leader but is not a good packet. The framer then rescans from the byte
     * after that leader's first byte, so a good packet hidden behind the bad one is still found.
     *
     * @param problem what was wrong
     * @param offset  offset of the first leader byte
     * @param length  bytes examined from the leader on
     * @param detail  a readable explanation with the offending values
     */
    record BadPacket(Problem problem, long offset, int length, String detail) implements FrameEvent {
    }

    /**
     * Bytes outside any packet that were skipped (line noise, a partial leader, stale data).
     *
     * @param offset offset of the first skipped byte
     * @param count  how many
     */
    record Skipped(long offset, long count) implements FrameEvent {
    }

    /** Why a candidate packet was rejected. */
    enum Problem {
        /** The body's byte sum differs from the Checksum field. */
        BAD_CHECKSUM,
        /** The byte after the body is not AA. */
        MISSING_TRAILER,
        /** ByteCount exceeds 4000. */
        OVERSIZE,
        /** The PacketType is unknown or not valid under this leader. */
        UNKNOWN_TYPE,
        /** The stream ended (or was abandoned) in the middle of the packet. */
        TRUNCATED
    }
}
