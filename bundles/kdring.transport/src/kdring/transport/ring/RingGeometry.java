package kdring.transport.ring;

import java.util.Arrays;

/**
 * Where the bytes of one ring live, as validated at attach and cached for the life of the channel
 * (docs/channel-protocol.md §5): the host never re-reads size or page frames from guest memory.
 * The byte with free-running index {@code i} is at {@code pfn[(i & (size-1)) >> 12] * 0x1000 + (i & 0xFFF)}.
 *
 * @param name             "tx" or "rx"
 * @param size             ring size in bytes, a power of two, 4 KiB .. 512 KiB
 * @param pageFrames       the validated page frames, one per 4 KiB of the ring (defensively copied)
 * @param controlAddress   guest-physical address of the ring's control block in the descriptor
 */
public record RingGeometry(String name, int size, long[] pageFrames, long controlAddress) {

    public RingGeometry {
        pageFrames = pageFrames.clone();
        if (Integer.bitCount(size) != 1 || pageFrames.length != size / DescriptorLayout.PAGE_SIZE) {
            throw new IllegalArgumentException(name + ": inconsistent ring geometry");
        }
    }

    /** @return the guest-physical address of the byte with index {@code index} */
    public long addressOf(int index) {
        int offset = index & (size - 1);
        return (pageFrames[offset >>> 12] << 12) + (offset & 0xFFF);
    }

    /** @return how many bytes from index {@code index} lie contiguously in the same page */
    public int contiguousFrom(int index) {
        return DescriptorLayout.PAGE_SIZE - (index & 0xFFF);
    }

    public long producerAddress() {
        return controlAddress + DescriptorLayout.RING_PRODUCER;
    }

    public long consumerAddress() {
        return controlAddress + DescriptorLayout.RING_CONSUMER;
    }

    public long waitingAddress() {
        return controlAddress + DescriptorLayout.RING_HOST_WAITING;
    }

    @Override
    public long[] pageFrames() {
        return pageFrames.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RingGeometry g && g.name.equals(name) && g.size == size
                && g.controlAddress == controlAddress && Arrays.equals(g.pageFrames, pageFrames);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(pageFrames);
    }

    @Override
    public String toString() {
        return name + " ring of " + size + " bytes in " + pageFrames.length + " pages";
    }
}
