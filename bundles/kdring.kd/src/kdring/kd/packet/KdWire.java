package kdring.kd.packet;

/**
 * Constants of the KDCOM wire format (fact sheet §1, §3.1).
 */
public final class KdWire {

    /** Size of the {@code KD_PACKET} header. */
    public static final int HEADER_SIZE = 16;
    /** One byte of the data leader {@code 0x30303030} ("0000"). */
    public static final byte DATA_LEADER_BYTE = 0x30;
    /** One byte of the control leader {@code 0x69696969} ("iiii"). */
    public static final byte CONTROL_LEADER_BYTE = 0x69;
    /** The single byte a debugger sends to break in. */
    public static final byte BREAKIN_BYTE = 0x62;
    /** The byte after every data packet body. */
    public static final byte TRAILER_BYTE = (byte) 0xAA;
    /** {@code PACKET_MAX_SIZE}: the largest ByteCount a receiver accepts. */
    public static final int MAX_BODY_SIZE = 4000;
    /** The largest possible data packet on the wire: header, body, trailer. */
    public static final int MAX_WIRE_SIZE = HEADER_SIZE + MAX_BODY_SIZE + 1;
    /** {@code INITIAL_PACKET_ID}. */
    public static final int INITIAL_PACKET_ID = 0x80800000;
    /** {@code SYNC_PACKET_ID}: OR-ed into a target's first id after boot or give-up. */
    public static final int SYNC_PACKET_ID = 0x00000800;

    private KdWire() {
    }

    /** The id a target uses for its first packet after boot or after giving up: INITIAL | SYNC. */
    public static final int BOOT_PACKET_ID = INITIAL_PACKET_ID | SYNC_PACKET_ID;

    /**
     * True for the ids KDCOM data packets can carry: 0x80800000 or 0x80800001, or the boot id 0x80800800.
     * The header is not covered by the checksum, so a receiver that rejects every other id turns most
     * corrupted ids into a RESEND instead of a lost or misordered packet.
     */
    public static boolean isPlausibleDataId(int id) {
        return (id & ~1) == INITIAL_PACKET_ID || id == BOOT_PACKET_ID;
    }

    /** {@code id} with only bit 0 toggled: the next id in the alternating sequence. */
    public static int nextId(int id) {
        return id ^ 1;
    }
}
