package kdring.hv.xen.tests;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import kdring.hv.xen.ForeignMemory;

/**
 * The double of Xen's mapping call: each {@link #map} maps one page of a real RAM file (the one a
 * {@code FakeGuest} writes its descriptor and rings into) on its own, shared, as {@code xenforeignmemory_map}
 * maps one frame of another domain; frames the "domain" does not own fail with {@code EFAULT} as the
 * hypercall's per-page error does, and a domain id other than the current one with {@code ESRCH}. Unmapping
 * really unmaps (the page's arena is closed), so a use after unmap would fail the test rather than pass.
 */
final class FileForeignMemory implements ForeignMemory {

    private final FileChannel file;
    private final long size;
    final Set<Long> notOwned = ConcurrentHashMap.newKeySet();
    final ConcurrentHashMap<Long, Arena> open = new ConcurrentHashMap<>();
    final AtomicInteger maps = new AtomicInteger();
    final AtomicInteger unmaps = new AtomicInteger();
    volatile int domid;
    volatile boolean closed;

    FileForeignMemory(Path ram, int domid) throws IOException {
        this.file = FileChannel.open(ram, StandardOpenOption.READ, StandardOpenOption.WRITE);
        this.size = file.size();
        this.domid = domid;
    }

    @Override
    public MemorySegment map(int domain, long pfn) throws MapException {
        if (closed) {
            throw new MapException(9, "closed handle");
        }
        if (domain != domid) {
            throw new MapException(MapException.ESRCH, "mapping frame of domain " + domain + " failed: No such process");
        }
        if (notOwned.contains(pfn) || pfn < 0 || (pfn + 1) * PAGE > size) {
            throw new MapException(MapException.EFAULT, String.format("frame 0x%x is not domain %d's: Bad address",
                    pfn, domain));
        }
        Arena arena = Arena.ofShared();
        try {
            MemorySegment page = file.map(FileChannel.MapMode.READ_WRITE, pfn * PAGE, PAGE, arena);
            open.put(page.address(), arena);
            maps.incrementAndGet();
            return page;
        } catch (IOException e) {
            arena.close();
            throw new MapException(5, e.getMessage());
        }
    }

    @Override
    public void unmap(MemorySegment page) {
        Arena arena = open.remove(page.address());
        if (arena == null) {
            throw new AssertionError("unmap of a page that is not mapped");
        }
        arena.close();
        unmaps.incrementAndGet();
    }

    @Override
    public void close() {
        closed = true;
        try {
            file.close();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
