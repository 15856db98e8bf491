package kdring.model.trace;

import kdring.kd.observer.Direction;
import kdring.model.session.PacketKind;

/**
 * The compact index of a channel's packet trace: per packet, where its first byte lies in the capture file
 * (8 bytes) and its direction, kind and retransmission flag (1 byte). Everything else a row shows is
 * recomputed from the capture on demand, so 10 million packets cost about 90 MB here and no objects per
 * packet. Entries are stored in fixed chunks so that growing never copies the whole index.
 * <p>
 * Thread-safe: one writer (the recorder) and any number of readers.
 */
public final class PacketIndex {

    private static final int CHUNK_BITS = 16;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;
    private static final int DIRECTION_BIT = 0x10;
    private static final int RETRANSMISSION_BIT = 0x20;
    private static final PacketKind[] KINDS = PacketKind.values();

    private long[][] positions = new long[16][];
    private byte[][] flags = new byte[16][];
    private volatile long count;

    /** Bytes a packet costs in this index. */
    public static final int BYTES_PER_PACKET = 9;

    /**
     * Appends the next packet.
     *
     * @param recordOffset   offset of the capture record holding its first byte, or -1 when unknown
     * @param offsetInRecord offset of its first byte in that record's payload (below 65536)
     */
    public synchronized void append(long recordOffset, int offsetInRecord, Direction direction, PacketKind kind,
            boolean retransmission) {
        long n = count;
        int chunk = (int) (n >>> CHUNK_BITS);
        if (chunk == positions.length) {
            positions = java.util.Arrays.copyOf(positions, chunk * 2);
            flags = java.util.Arrays.copyOf(flags, chunk * 2);
        }
        if (positions[chunk] == null) {
            positions[chunk] = new long[CHUNK];
            flags[chunk] = new byte[CHUNK];
        }
        int at = (int) (n & MASK);
        positions[chunk][at] = recordOffset < 0 ? -1 : recordOffset << 16 | (offsetInRecord & 0xFFFF);
        flags[chunk][at] = (byte) (kind.ordinal() | (direction == Direction.DEBUGGER_TO_TARGET ? DIRECTION_BIT : 0)
                | (retransmission ? RETRANSMISSION_BIT : 0));
        count = n + 1;
    }

    /** @return how many packets the index holds */
    public long count() {
        return count;
    }

    /** @return the offset of the capture record holding packet {@code index}'s first byte, or -1 */
    public synchronized long recordOffset(long index) {
        long position = positions[chunk(index)][(int) (index & MASK)];
        return position < 0 ? -1 : position >>> 16;
    }

    /** @return the offset of packet {@code index}'s first byte in its record's payload */
    public synchronized int offsetInRecord(long index) {
        return (int) (positions[chunk(index)][(int) (index & MASK)] & 0xFFFF);
    }

    /** @return the direction of packet {@code index} */
    public synchronized Direction direction(long index) {
        return (flags[chunk(index)][(int) (index & MASK)] & DIRECTION_BIT) != 0 ? Direction.DEBUGGER_TO_TARGET
                : Direction.TARGET_TO_DEBUGGER;
    }

    /** @return the kind of packet {@code index} */
    public synchronized PacketKind kind(long index) {
        return KINDS[flags[chunk(index)][(int) (index & MASK)] & 0x0F];
    }

    /** @return whether packet {@code index} repeated an unacknowledged packet */
    public synchronized boolean retransmission(long index) {
        return (flags[chunk(index)][(int) (index & MASK)] & RETRANSMISSION_BIT) != 0;
    }

    /** @return the heap this index holds, in bytes (allocated chunks) */
    public synchronized long memoryBytes() {
        long chunks = (count + CHUNK - 1) >>> CHUNK_BITS;
        return chunks * CHUNK * BYTES_PER_PACKET;
    }

    private int chunk(long index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("packet " + index + " of " + count);
        }
        return (int) (index >>> CHUNK_BITS);
    }
}
