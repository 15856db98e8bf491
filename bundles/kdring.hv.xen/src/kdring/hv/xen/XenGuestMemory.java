package kdring.hv.xen;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

import kdring.transport.memory.GuestMemory;
import kdring.transport.memory.GuestMemoryException;

/**
 * A Xen HVM domain's guest-physical memory, mapped page by page through the foreign-memory interface as the
 * channel touches it (no contiguity assumed, nothing mapped up front). Every access is checked against
 * {@link #size()} with the same rule, and the same words, as the file-backed memory
 * ({@link GuestMemory#checkRange}) before any page is mapped; a frame the domain does not own is a
 * {@link GuestMemoryException} naming it, which the channel turns into a fault of that channel only.
 *
 * <p>At most {@link #MAX_PAGES} pages stay mapped (least recently used ones are unmapped). When a mapping fails
 * because the domain is gone, the domain is looked up again by name: a domain that rebooted under a new id is
 * followed (its old pages are dropped), one that is gone is reported as such, and the channel waits for its
 * next hello.
 *
 * <p>Thread-safe: every access holds the instance's lock while it copies, so a page is never unmapped while
 * another thread reads it.
 */
public final class XenGuestMemory implements GuestMemory {

    /** Pages kept mapped at most (16 MiB): the rings and descriptor stay, a crash dump streams through. */
    public static final int MAX_PAGES = 4096;

    private static final ValueLayout.OfInt INT_LE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final ForeignMemory foreign;
    private final String domain;
    private final long size;
    private final Supplier<OptionalInt> currentId;
    private final int maxPages;
    private final Map<Long, MemorySegment> pages = new LinkedHashMap<>(64, 0.75f, true);
    private int domid;
    private boolean closed;
    private long mappings;

    /**
     * @param foreign   the foreign-memory calls (owned: closed with this memory)
     * @param domain    the domain's name, for messages
     * @param domid     its id now
     * @param size      bytes of guest-physical address space the channel may touch
     * @param currentId looks the domain's id up again by name (empty: the domain is gone)
     * @param maxPages  pages kept mapped at most
     */
    public XenGuestMemory(ForeignMemory foreign, String domain, int domid, long size, Supplier<OptionalInt> currentId,
            int maxPages) {
        this.foreign = foreign;
        this.domain = domain;
        this.domid = domid;
        this.size = size;
        this.currentId = currentId;
        this.maxPages = Math.max(1, maxPages);
    }

    @Override
    public long size() {
        return size;
    }

    /** @return the domain id the pages are mapped from now */
    public synchronized int domid() {
        return domid;
    }

    /** @return how many pages are mapped now */
    public synchronized int mappedPages() {
        return pages.size();
    }

    /** @return how many single-page mappings were made so far */
    public synchronized long mappings() {
        return mappings;
    }

    @Override
    public synchronized void read(long address, byte[] target, int offset, int length) throws GuestMemoryException {
        GuestMemory.checkRange(size, address, length);
        java.util.Objects.checkFromIndexSize(offset, length, target.length);
        int done = 0;
        while (done < length) {
            long at = address + done;
            int inPage = (int) (at & (ForeignMemory.PAGE - 1));
            int chunk = Math.min(length - done, ForeignMemory.PAGE - inPage);
            MemorySegment.copy(page(at >>> 12), ValueLayout.JAVA_BYTE, inPage, target, offset + done, chunk);
            done += chunk;
        }
    }

    @Override
    public synchronized void write(long address, byte[] source, int offset, int length) throws GuestMemoryException {
        GuestMemory.checkRange(size, address, length);
        java.util.Objects.checkFromIndexSize(offset, length, source.length);
        int done = 0;
        while (done < length) {
            long at = address + done;
            int inPage = (int) (at & (ForeignMemory.PAGE - 1));
            int chunk = Math.min(length - done, ForeignMemory.PAGE - inPage);
            MemorySegment.copy(source, offset + done, page(at >>> 12), ValueLayout.JAVA_BYTE, inPage, chunk);
            done += chunk;
        }
    }

    @Override
    public synchronized int readIntAcquire(long address) throws GuestMemoryException {
        GuestMemory.checkRange(size, address, Integer.BYTES);
        int inPage = (int) (address & (ForeignMemory.PAGE - 1));
        int value;
        if (inPage <= ForeignMemory.PAGE - Integer.BYTES) {
            value = page(address >>> 12).get(INT_LE, inPage);
        } else {
            byte[] bytes = new byte[Integer.BYTES]; // straddles two pages: only a hostile address does that
            read(address, bytes, 0, bytes.length);
            value = (bytes[0] & 0xFF) | (bytes[1] & 0xFF) << 8 | (bytes[2] & 0xFF) << 16 | (bytes[3] & 0xFF) << 24;
        }
        VarHandle.acquireFence();
        return value;
    }

    @Override
    public synchronized void writeIntRelease(long address, int value) throws GuestMemoryException {
        GuestMemory.checkRange(size, address, Integer.BYTES);
        VarHandle.releaseFence();
        int inPage = (int) (address & (ForeignMemory.PAGE - 1));
        if (inPage <= ForeignMemory.PAGE - Integer.BYTES) {
            page(address >>> 12).set(INT_LE, inPage, value);
        } else {
            write(address, new byte[] { (byte) value, (byte) (value >>> 8), (byte) (value >>> 16),
                (byte) (value >>> 24) }, 0, Integer.BYTES);
        }
    }

    /** The page of frame {@code pfn}, mapped now if it is not; lock held. */
    private MemorySegment page(long pfn) throws GuestMemoryException {
        if (closed) {
            throw new GuestMemoryException("the memory of Xen domain " + domain + " is no longer mapped");
        }
        MemorySegment page = pages.get(pfn);
        if (page != null) {
            return page;
        }
        try {
            page = mapFollowingReboots(pfn);
        } catch (ForeignMemory.MapException e) {
            throw new GuestMemoryException(e.getMessage());
        }
        if (pages.size() >= maxPages) {
            Iterator<Map.Entry<Long, MemorySegment>> eldest = pages.entrySet().iterator();
            foreign.unmap(eldest.next().getValue());
            eldest.remove();
        }
        pages.put(pfn, page);
        mappings++;
        return page;
    }

    private MemorySegment mapFollowingReboots(long pfn) throws ForeignMemory.MapException, GuestMemoryException {
        try {
            return foreign.map(domid, pfn);
        } catch (ForeignMemory.MapException e) {
            if (e.errno() != ForeignMemory.MapException.ESRCH) {
                throw e;
            }
            OptionalInt now = currentId.get();
            if (now.isEmpty()) {
                throw new GuestMemoryException("Xen domain " + domain + " (id " + domid + ") is gone; the channel "
                        + "waits for it to come back");
            }
            if (now.getAsInt() == domid) {
                throw e;
            }
            // the domain rebooted under a new id: its old pages belong to nobody now
            unmapAll();
            domid = now.getAsInt();
            return foreign.map(domid, pfn);
        }
    }

    private void unmapAll() {
        for (MemorySegment page : pages.values()) {
            foreign.unmap(page);
        }
        pages.clear();
    }

    /** Unmaps every page and closes the foreign-memory handle; later accesses fail. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        unmapAll();
        foreign.close();
    }

    @Override
    public String toString() {
        return "Xen domain " + domain + " RAM (" + size + " bytes, " + pages.size() + " pages mapped)";
    }
}
