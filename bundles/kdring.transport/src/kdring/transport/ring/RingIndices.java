package kdring.transport.ring;

/**
 * Checks the free-running 32-bit producer and consumer indices of one ring, as read from guest memory.
 *
 * <p>Indices only ever grow (modulo 2<sup>32</sup>); the slot of index {@code i} is {@code i & (size - 1)}.
 * The number of bytes in the ring is {@code producer - consumer} computed as an unsigned 32-bit
 * difference, which stays correct across the wrap from 0xFFFFFFFF to 0. A guest that writes indices
 * whose difference exceeds the ring size is lying, and the host must not trust any length derived from
 * them: {@link #validate} turns that into a {@link RingViolation} instead of an out-of-bounds access.
 *
 * @param size ring size in bytes, a power of two
 * @param producer producer index (written by the producing side)
 * @param consumer consumer index (written by the consuming side)
 */
public record RingIndices(int size, int producer, int consumer) {

    public RingIndices {
        if (size <= 0 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("ring size must be a power of two, got " + Integer.toUnsignedString(size));
        }
    }

    /** @return bytes the producer has written that the consumer has not yet taken, unsigned; may exceed size if the guest lies */
    public long used() {
        return Integer.toUnsignedLong(producer - consumer);
    }

    /** @return bytes the producer may still write; only meaningful after {@link #validate} */
    public long free() {
        return size - used();
    }

    /** @return the offset in the ring's data area of index {@code index} */
    public int offsetOf(int index) {
        return index & (size - 1);
    }

    /**
     * @return this, when the indices describe a possible ring state
     * @throws RingViolation when the guest's indices claim more bytes than the ring holds
     */
    public RingIndices validate(String ringName) throws RingViolation {
        if (used() > size) {
            throw new RingViolation(ringName + " ring: producer 0x" + Integer.toHexString(producer) + " is "
                    + used() + " bytes ahead of consumer 0x" + Integer.toHexString(consumer)
                    + ", more than the ring's " + size + " bytes");
        }
        return this;
    }
}
