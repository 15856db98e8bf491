package kdring.kd.packet;

/**
 * A body that is kept only as bytes: a type this codec does not decode (TRACE_IO, CONTROL_REQUEST,
 * STATE_CHANGE32) or a body too short for its structure.
 *
 * @param type   the packet type
 * @param raw    the body bytes
 * @param reason why it was not decoded
 */
public record UnparsedBody(PacketType type, Bytes raw, String reason) implements KdBody {

    static UnparsedBody tooShort(PacketType type, Bytes raw, int needed) {
        return new UnparsedBody(type, raw, "body of " + raw.length() + " bytes is shorter than the "
                + needed + "-byte " + type + " header");
    }

    /** True when the body was too short for its structure rather than simply not decoded. */
    public boolean isMalformed() {
        return !"not decoded".equals(reason);
    }
}
