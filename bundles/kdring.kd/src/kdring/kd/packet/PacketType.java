package kdring.kd.packet;

/**
 * The 16-bit PacketType field of the KD packet header (fact sheet §2), with the leader each type travels
 * under on a serial line.
 */
public enum PacketType {
    /** 0: not used on serial. */
    UNUSED(0, Kind.NONE),
    /** 1: the obsolete 32-bit state change of NT4. */
    STATE_CHANGE32(1, Kind.DATA),
    /** 2: a debugger request or the target's reply ({@code DBGKD_MANIPULATE_STATE64}). */
    STATE_MANIPULATE(2, Kind.DATA),
    /** 3: DbgPrint / DbgPrompt and the prompt's answer. */
    DEBUG_IO(3, Kind.DATA),
    /** 4: acknowledges one data packet; the id is that packet's id. */
    ACKNOWLEDGE(4, Kind.CONTROL),
    /** 5: "send your last packet again". */
    RESEND(5, Kind.CONTROL),
    /** 6: resynchronise packet ids; the receiver echoes it. */
    RESET(6, Kind.CONTROL),
    /** 7: exception, symbol load/unload or command string ({@code DBGKD_ANY_WAIT_STATE_CHANGE}). */
    STATE_CHANGE64(7, Kind.DATA),
    /** 8: never on the wire; the kdcom "poll for a break-in byte" request. */
    POLL_BREAKIN(8, Kind.NONE),
    /** 9: trace buffers from the target. */
    TRACE_IO(9, Kind.DATA),
    /** 10: hardware breakpoint reservation. */
    CONTROL_REQUEST(10, Kind.DATA),
    /** 11: the target asks the debugger for a file (.kdfiles). */
    FILE_IO(11, Kind.DATA);

    /** Which leader a packet type uses on the wire. */
    public enum Kind {
        /** Sent under the data leader {@code 30303030}, with body and trailer. */
        DATA,
        /** Sent under the control leader {@code 69696969}, 16 bytes, no body. */
        CONTROL,
        /** Never sent on a serial line. */
        NONE
    }

    private static final PacketType[] BY_CODE = values();

    private final int code;
    private final Kind kind;

    PacketType(int code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    /** The wire value. */
    public int code() {
        return code;
    }

    /** The leader this type travels under. */
    public Kind kind() {
        return kind;
    }

    /** The type with wire value {@code code}, or {@code null} when there is none. */
    public static PacketType fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
