package kdring.hv.xen;

import java.lang.foreign.MemorySegment;

/**
 * The calls of Xen's foreign-memory interface that kdring makes ({@code xenforeignmemory.h}): map one page of
 * another domain into this process, and unmap it. {@link XenForeignMemory} binds them to Debian's
 * {@code libxenforeignmemory.so.1}; tests put a double of the mapping call in its place, so that everything
 * above (the page cache, the bounds checks, the ring engine) is the code that runs in dom0.
 *
 * <p>Implementations are thread-safe.
 */
public interface ForeignMemory extends AutoCloseable {

    /** Bytes in a page. */
    int PAGE = 4096;

    /**
     * A frame that could not be mapped.
     *
     * @param errno the positive error number: from the per-page error array of {@code xenforeignmemory_map}, or
     *              its {@code errno} when the whole call failed ({@code ESRCH}: no such domain)
     */
    final class MapException extends Exception {
        private static final long serialVersionUID = 1L;
        /** No such domain (it was destroyed, or rebooted with a new id). */
        public static final int ESRCH = 3;
        /** A frame the domain does not own ({@code EFAULT}), or one it never had ({@code EINVAL}). */
        public static final int EFAULT = 14;
        private final int errno;

        public MapException(int errno, String message) {
            super(message);
            this.errno = errno;
        }

        /** @return the positive error number */
        public int errno() {
            return errno;
        }
    }

    /**
     * Maps guest frame {@code pfn} of domain {@code domid} read-write ({@code xenforeignmemory_map} with one
     * page).
     *
     * @return the page, exactly {@link #PAGE} bytes, valid until {@link #unmap}
     * @throws MapException when the domain does not give that frame
     */
    MemorySegment map(int domid, long pfn) throws MapException;

    /** Unmaps a page {@link #map} returned ({@code xenforeignmemory_unmap}); it must not be touched again. */
    void unmap(MemorySegment page);

    /** Closes the handle ({@code xenforeignmemory_close}); pages still mapped stay valid until unmapped. */
    @Override
    void close();
}
