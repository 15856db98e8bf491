package kdring.kd.packet;

/**
 * The decoded body of a data packet: a view over the raw body bytes that names their fields.
 * <p>
 * Every implementation keeps the raw bytes it was decoded from, so {@link #raw()} re-encodes them
 * unchanged, junk included. {@link #decode(PacketType, Bytes)} never throws: a body too short for its
 * structure becomes an {@link UnparsedBody} that says why. Immutable; thread-safe.
 */
public sealed interface KdBody permits StateChange, Manipulate, DebugIo, FileIo, UnparsedBody {

    /** The body bytes exactly as on the wire. */
    Bytes raw();

    /** Decodes the body of {@code packet}. */
    static KdBody decode(DataPacket packet) {
        return decode(packet.type(), packet.body());
    }

    /** Decodes a body of a packet of type {@code type}. */
    static KdBody decode(PacketType type, Bytes body) {
        return switch (type) {
            case STATE_CHANGE64 -> body.length() >= StateChange.HEADER_SIZE ? new StateChange(body)
                    : UnparsedBody.tooShort(type, body, StateChange.HEADER_SIZE);
            case STATE_MANIPULATE -> body.length() >= Manipulate.HEADER_SIZE ? new Manipulate(body)
                    : UnparsedBody.tooShort(type, body, Manipulate.HEADER_SIZE);
            case DEBUG_IO -> body.length() >= DebugIo.HEADER_SIZE ? new DebugIo(body)
                    : UnparsedBody.tooShort(type, body, DebugIo.HEADER_SIZE);
            case FILE_IO -> body.length() >= FileIo.HEADER_SIZE ? new FileIo(body)
                    : UnparsedBody.tooShort(type, body, FileIo.HEADER_SIZE);
            default -> new UnparsedBody(type, body, "not decoded");
        };
    }
}
