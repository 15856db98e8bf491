package kdring.transport.ring;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;

import kdring.transport.memory.GuestMemory;
import kdring.transport.memory.GuestMemoryException;

/**
 * Checks a descriptor page before the host attaches to it (docs/channel-protocol.md §4.5, §7.1): reads the
 * whole page <em>once</em> into a snapshot and validates only the snapshot, so a guest changing the page
 * meanwhile cannot slip a value past the checks. Stateless and thread-safe.
 */
public final class AttachValidator {

    private AttachValidator() {
    }

    /**
     * @param descriptorGpa the GPA named in the hello
     * @param helloNonce    the nonce named in the hello
     * @return the cached facts of the descriptor
     * @throws ChannelFault with code 8 when the page is not usable RAM (then nothing may be written), or with
     *                      codes 4..7 for a bad page
     */
    public static ValidatedDescriptor validate(GuestMemory memory, GuestRamLayout layout, long descriptorGpa,
            int helloNonce) throws ChannelFault {
        if (descriptorGpa == 0 || (descriptorGpa & 0xFFF) != 0) {
            throw new ChannelFault(FaultCode.DESCRIPTOR_OUTSIDE_RAM,
                    String.format("descriptor GPA 0x%x is %s", descriptorGpa, descriptorGpa == 0 ? "0"
                            : "not page aligned"));
        }
        long descriptorPfn = descriptorGpa >>> 12;
        String notRam = layout.whyNotRam(descriptorPfn);
        if (notRam != null || descriptorGpa + DescriptorLayout.PAGE_SIZE > memory.size()) {
            throw new ChannelFault(FaultCode.DESCRIPTOR_OUTSIDE_RAM, String.format("descriptor GPA 0x%x %s",
                    descriptorGpa, notRam != null ? notRam
                            : String.format("lies beyond the mapped guest RAM (0x%x bytes)", memory.size())));
        }
        byte[] page = new byte[DescriptorLayout.PAGE_SIZE];
        try {
            memory.read(descriptorGpa, page, 0, page.length);
        } catch (GuestMemoryException e) {
            throw new ChannelFault(FaultCode.DESCRIPTOR_OUTSIDE_RAM, e.getMessage());
        }
        ByteBuffer snapshot = ByteBuffer.wrap(page).order(ByteOrder.LITTLE_ENDIAN);
        checkHeader(snapshot, helloNonce);
        Map<Long, String> seen = new HashMap<>();
        seen.put(descriptorPfn, "the descriptor page");
        RingGeometry tx = ring(snapshot, "tx", descriptorGpa, DescriptorLayout.TX_CONTROL, DescriptorLayout.TX_PFNS,
                layout, memory, seen);
        RingGeometry rx = ring(snapshot, "rx", descriptorGpa, DescriptorLayout.RX_CONTROL, DescriptorLayout.RX_PFNS,
                layout, memory, seen);
        int txProducer = snapshot.getInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_PRODUCER);
        int txConsumer = snapshot.getInt(DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_CONSUMER);
        int rxProducer = snapshot.getInt(DescriptorLayout.RX_CONTROL + DescriptorLayout.RING_PRODUCER);
        int rxConsumer = snapshot.getInt(DescriptorLayout.RX_CONTROL + DescriptorLayout.RING_CONSUMER);
        checkIndices("tx", tx.size(), txProducer, txConsumer);
        checkIndices("rx", rx.size(), rxProducer, rxConsumer);
        checkMapped(tx, memory);
        checkMapped(rx, memory);
        return new ValidatedDescriptor(descriptorGpa, helloNonce, snapshot.getInt(DescriptorLayout.GUEST_FEATURES),
                snapshot.getShort(DescriptorLayout.GUEST_KIND) & 0xFFFF, tx, rx, txProducer, rxProducer, rxConsumer);
    }

    private static void checkHeader(ByteBuffer snapshot, int helloNonce) throws ChannelFault {
        int magic = snapshot.getInt(DescriptorLayout.MAGIC_OFFSET);
        int version = snapshot.getShort(DescriptorLayout.VERSION_OFFSET) & 0xFFFF;
        int pageSize = snapshot.getShort(DescriptorLayout.PAGE_SIZE_OFFSET) & 0xFFFF;
        int nonce = snapshot.getInt(DescriptorLayout.NONCE);
        if (magic != DescriptorLayout.MAGIC) {
            throw new ChannelFault(FaultCode.BAD_DESCRIPTOR_HEADER,
                    String.format("magic 0x%08x, expected 0x%08x (\"KDRD\")", magic, DescriptorLayout.MAGIC));
        }
        if (version != DescriptorLayout.VERSION) {
            throw new ChannelFault(FaultCode.BAD_DESCRIPTOR_HEADER, "version " + version + ", expected 1");
        }
        if (pageSize != DescriptorLayout.PAGE_SIZE) {
            throw new ChannelFault(FaultCode.BAD_DESCRIPTOR_HEADER,
                    String.format("page size 0x%x, expected 0x1000", pageSize));
        }
        if (nonce != helloNonce) {
            throw new ChannelFault(FaultCode.BAD_DESCRIPTOR_HEADER,
                    String.format("descriptor nonce 0x%08x differs from the hello's 0x%08x", nonce, helloNonce));
        }
    }

    private static RingGeometry ring(ByteBuffer snapshot, String name, long descriptorGpa, int control, int pfnList,
            GuestRamLayout layout, GuestMemory memory, Map<Long, String> seen) throws ChannelFault {
        long mappedSize = memory.size();
        int size = snapshot.getInt(control + DescriptorLayout.RING_SIZE);
        int pages = snapshot.getInt(control + DescriptorLayout.RING_PAGES);
        if (Integer.bitCount(size) != 1 || Integer.compareUnsigned(size, DescriptorLayout.MIN_RING_SIZE) < 0
                || Integer.compareUnsigned(size, DescriptorLayout.MAX_RING_SIZE) > 0) {
            throw new ChannelFault(FaultCode.BAD_RING_SIZE, String.format(
                    "%s size 0x%x is not a power of two between 0x1000 and 0x80000", name, size));
        }
        if (pages != size / DescriptorLayout.PAGE_SIZE) {
            throw new ChannelFault(FaultCode.BAD_RING_SIZE, String.format(
                    "%s page count %d does not match its size 0x%x (expected %d)", name,
                    Integer.toUnsignedLong(pages), size, size / DescriptorLayout.PAGE_SIZE));
        }
        long[] frames = new long[pages];
        for (int k = 0; k < pages; k++) {
            long pfn = snapshot.getLong(pfnList + 8 * k);
            String problem = layout.whyNotRam(pfn);
            if (problem == null && (pfn << 12) + DescriptorLayout.PAGE_SIZE > mappedSize) {
                problem = String.format("lies beyond the mapped guest RAM (0x%x bytes)", mappedSize);
            }
            if (problem == null && seen.containsKey(pfn)) {
                problem = "is also " + seen.get(pfn);
            }
            if (problem != null) {
                throw new ChannelFault(FaultCode.BAD_PAGE_FRAME,
                        String.format("%s PFN[%d] = 0x%x %s", name, k, pfn, problem));
            }
            seen.put(pfn, name + " PFN[" + k + "]");
            frames[k] = pfn;
        }
        return new RingGeometry(name, size, frames, descriptorGpa + control);
    }

    /**
     * Touches one byte of every ring page, last, once the descriptor is otherwise valid: memory mapped page by page
     * (Xen's foreign mapping) can refuse a frame the domain does not own, and no page the descriptor does not
     * validly name is ever touched.
     */
    private static void checkMapped(RingGeometry ring, GuestMemory memory) throws ChannelFault {
        long[] frames = ring.pageFrames();
        for (int k = 0; k < frames.length; k++) {
            try {
                memory.read(frames[k] << 12, new byte[1], 0, 1);
            } catch (GuestMemoryException e) {
                throw new ChannelFault(FaultCode.BAD_PAGE_FRAME,
                        String.format("%s PFN[%d] = 0x%x cannot be mapped: %s", ring.name(), k, frames[k],
                                e.getMessage()));
            }
        }
    }

    private static void checkIndices(String name, int size, int producer, int consumer) throws ChannelFault {
        long used = Integer.toUnsignedLong(producer - consumer);
        if (used > size) {
            throw new ChannelFault(FaultCode.BAD_INITIAL_INDICES, String.format(
                    "%s producer 0x%08x is %d bytes ahead of consumer 0x%08x, more than the ring's %d bytes", name,
                    producer, used, consumer, size));
        }
    }
}
