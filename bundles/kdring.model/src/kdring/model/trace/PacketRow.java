package kdring.model.trace;

import java.util.Objects;

import kdring.kd.observer.Direction;
import kdring.model.session.PacketKind;

/**
 * One row of a packet trace, as tables and the HTTP API show it. An immutable value: safe to hand to the
 * UI thread or serialise.
 *
 * @param index          position in the channel's trace, from 0
 * @param timeNanos      when its last byte arrived, nanoseconds since the Unix epoch
 * @param direction      which way it went
 * @param kind           packet type (or {@link PacketKind#BREAK_IN} for the break-in byte)
 * @param api            API or state-change name; empty for control packets and the break-in byte
 * @param packetId       the PacketId field as sent (0 for the break-in byte)
 * @param length         bytes on the wire
 * @param status         return status of a reply, named when known; empty otherwise
 * @param summary        one line for people
 * @param retransmission true when it repeats the previous unacknowledged packet of its direction
 * @param captureOffset  offset of the capture record holding its first byte; -1 when not known
 * @param offsetInRecord offset of its first byte in that record's payload
 */
public record PacketRow(long index, long timeNanos, Direction direction, PacketKind kind, String api, int packetId,
        int length, String status, String summary, boolean retransmission, long captureOffset, int offsetInRecord) {

    /** Checks that no field is null. */
    public PacketRow {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
    }
}
