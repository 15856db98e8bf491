package kdring.transport.ring;

/**
 * Offsets of the descriptor page (docs/channel-protocol.md §4), one 4 KiB page of guest RAM:
 *
 * <pre>
 *  0x000 4 magic 0x4452444B "KDRD" (guest)     0x004 2 version 1 (guest)      0x006 2 page size 0x1000 (guest)
 *  0x008 4 nonce (guest)                       0x00C 4 guest features (guest) 0x010 4 host features (host)
 *  0x014 4 host status (host)                  0x018 4 host fault code (host) 0x01C 4 host nonce (host)
 *  0x020 2 guest kind (guest)
 *  0x100 0x100 tx ring control (guest → host)  0x200 0x100 rx ring control (host → guest)
 *  0x800 0x400 tx PFN list, 128 × u64          0xC00 0x400 rx PFN list, 128 × u64
 * </pre>
 *
 * Ring control block, relative to 0x100 (tx) or 0x200 (rx); each index on its own 64-byte line:
 *
 * <pre>
 *  +0x00 4 size in bytes   +0x04 4 page count   +0x40 4 producer   +0x80 4 consumer   +0xC0 4 host waiting
 * </pre>
 */
public final class DescriptorLayout {

    public static final int PAGE_SIZE = 0x1000;
    public static final int MAGIC = 0x4452444B;
    public static final int VERSION = 1;

    public static final int MAGIC_OFFSET = 0x000;
    public static final int VERSION_OFFSET = 0x004;
    public static final int PAGE_SIZE_OFFSET = 0x006;
    public static final int NONCE = 0x008;
    public static final int GUEST_FEATURES = 0x00C;
    public static final int HOST_FEATURES = 0x010;
    public static final int HOST_STATUS = 0x014;
    public static final int HOST_FAULT_CODE = 0x018;
    public static final int HOST_NONCE = 0x01C;
    public static final int GUEST_KIND = 0x020;

    public static final int TX_CONTROL = 0x100;
    public static final int RX_CONTROL = 0x200;
    public static final int TX_PFNS = 0x800;
    public static final int RX_PFNS = 0xC00;
    public static final int MAX_PAGES = 128;

    public static final int RING_SIZE = 0x00;
    public static final int RING_PAGES = 0x04;
    public static final int RING_PRODUCER = 0x40;
    public static final int RING_CONSUMER = 0x80;
    public static final int RING_HOST_WAITING = 0xC0;

    public static final int MIN_RING_SIZE = 0x1000;
    public static final int MAX_RING_SIZE = 0x80000;

    /** Host status bit 0: a host validated this descriptor and services the rings. */
    public static final int HOST_ATTACHED = 1;
    /** Host status bit 1: a debugger is connected; bytes may arrive in rx. */
    public static final int DEBUGGER_ATTACHED = 2;
    /** Host status bit 2: the host found a violation; reason in the fault code. */
    public static final int FAULTED = 4;

    /** Feature bit 0: the guest kicks only when a host-waiting flag is set. */
    public static final int FEATURE_KICK_ON_WAIT = 1;
    /** The features this host implements. */
    public static final int HOST_FEATURES_IMPLEMENTED = FEATURE_KICK_ON_WAIT;

    private DescriptorLayout() {
    }
}
