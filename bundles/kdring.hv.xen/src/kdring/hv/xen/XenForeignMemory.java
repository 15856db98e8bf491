package kdring.hv.xen;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Xen's foreign-memory interface from Debian's {@code libxenforeignmemory.so.1} (package
 * {@code libxenforeignmemory1}), called through the Java FFM API: no JNI, no C shim. The four calls:
 *
 * <pre>
 * xenforeignmemory_handle *xenforeignmemory_open(xentoollog_logger *logger, unsigned open_flags);
 * void *xenforeignmemory_map(xenforeignmemory_handle *fmem, uint32_t dom, int prot,
 *                            size_t pages, const xen_pfn_t arr[], int err[]);     xen_pfn_t: 64 bits
 * int xenforeignmemory_unmap(xenforeignmemory_handle *fmem, void *addr, size_t pages);
 * int xenforeignmemory_close(xenforeignmemory_handle *fmem);
 * </pre>
 *
 * The library opens {@code /dev/xen/privcmd}, which exists in a Xen dom0 (with the {@code xen-privcmd} module)
 * and nowhere else; {@link #open()} says which of library, dom0 and privcmd is missing. Thread-safe (the
 * library's handle is).
 */
public final class XenForeignMemory implements ForeignMemory {

    /** The library's file name (SONAME). */
    public static final String LIBRARY = "libxenforeignmemory.so.1";
    /** The device the library opens. */
    public static final Path PRIVCMD = Path.of("/dev/xen/privcmd");

    private static final int PROT_READ_WRITE = 0x1 | 0x2;
    private static final ValueLayout.OfInt ERRNO = ValueLayout.JAVA_INT;

    private final MemorySegment handle;
    private final MethodHandle map;
    private final MethodHandle unmap;
    private final MethodHandle close;
    private final MethodHandle strerror;
    private final MemoryLayout callState;
    private final long errnoOffset;
    private volatile boolean closed;

    private XenForeignMemory(MemorySegment handle, MethodHandle map, MethodHandle unmap, MethodHandle close,
            MethodHandle strerror, MemoryLayout callState, long errnoOffset) {
        this.handle = handle;
        this.map = map;
        this.unmap = unmap;
        this.close = close;
        this.strerror = strerror;
        this.callState = callState;
        this.errnoOffset = errnoOffset;
    }

    /**
     * Loads the library and opens a handle.
     *
     * @throws IOException saying what is missing: the library (install libxenforeignmemory1), a dom0 with
     *                     {@code /dev/xen/privcmd}, or the permission to open it
     */
    public static XenForeignMemory open() throws IOException {
        Linker linker = Linker.nativeLinker();
        SymbolLookup library;
        try {
            library = SymbolLookup.libraryLookup(LIBRARY, Arena.global());
        } catch (IllegalArgumentException e) {
            throw new IOException("Xen's foreign-memory library " + LIBRARY + " is not installed (Debian: apt-get "
                    + "install libxenforeignmemory1); kdring maps Xen guests' memory through it", e);
        }
        Linker.Option errno = Linker.Option.captureCallState("errno");
        MemoryLayout callState = Linker.Option.captureStateLayout();
        // an offset, not a VarHandle: layout VarHandles changed their coordinates between Java 21 and 22
        long errnoOffset = callState.byteOffset(MemoryLayout.PathElement.groupElement("errno"));
        MethodHandle open = linker.downcallHandle(find(library, "xenforeignmemory_open"),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT), errno);
        MethodHandle map = linker.downcallHandle(find(library, "xenforeignmemory_map"),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT,
                        ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.ADDRESS),
                errno);
        MethodHandle unmap = linker.downcallHandle(find(library, "xenforeignmemory_unmap"),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
                        ValueLayout.JAVA_LONG));
        MethodHandle close = linker.downcallHandle(find(library, "xenforeignmemory_close"),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        MethodHandle strerror = linker.downcallHandle(linker.defaultLookup().find("strerror").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        MemorySegment handle;
        int error;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(callState);
            handle = (MemorySegment) open.invokeExact(state, MemorySegment.NULL, 0);
            error = state.get(ERRNO, errnoOffset);
        } catch (Throwable e) {
            throw new IOException("calling xenforeignmemory_open failed: " + e, e);
        }
        if (handle.equals(MemorySegment.NULL)) {
            throw new IOException("cannot open Xen's foreign-memory interface (" + PRIVCMD + "): "
                    + describe(strerror, error) + " (errno " + error + "). " + why(error));
        }
        return new XenForeignMemory(handle, map, unmap, close, strerror, callState, errnoOffset);
    }

    private static String why(int errno) {
        if (!Files.exists(Path.of("/proc/xen"))) {
            return "This is not a Xen domain at all (no /proc/xen): run kdring in the dom0 of the Xen host.";
        }
        if (!Files.exists(PRIVCMD)) {
            return "There is no " + PRIVCMD + ": run kdring in dom0, with the xen-privcmd module loaded "
                    + "(modprobe xen-privcmd) and xenfs mounted on /proc/xen.";
        }
        if (errno == 13 || errno == 1) {
            return "Run kdring as root (or as a user that may open " + PRIVCMD + ").";
        }
        return "Is this the dom0 of a running Xen host?";
    }

    private static MemorySegment find(SymbolLookup library, String name) throws IOException {
        return library.find(name).orElseThrow(() -> new IOException(LIBRARY + " has no " + name
                + " (an incompatible version?)"));
    }

    private static String describe(MethodHandle strerror, int errno) {
        try {
            MemorySegment text = (MemorySegment) strerror.invokeExact(errno);
            MemorySegment bytes = text.reinterpret(256);
            StringBuilder message = new StringBuilder();
            for (long i = 0; i < bytes.byteSize(); i++) {
                byte b = bytes.get(ValueLayout.JAVA_BYTE, i);
                if (b == 0) {
                    break;
                }
                message.append((char) (b & 0xFF));
            }
            return message.toString();
        } catch (Throwable e) {
            return "error " + errno;
        }
    }

    @Override
    public MemorySegment map(int domid, long pfn) throws MapException {
        if (closed) {
            throw new MapException(9, "the foreign-memory handle is closed");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment frames = arena.allocate(ValueLayout.JAVA_LONG);
            frames.set(ValueLayout.JAVA_LONG, 0, pfn);
            MemorySegment errors = arena.allocate(ValueLayout.JAVA_INT);
            errors.set(ValueLayout.JAVA_INT, 0, 0);
            MemorySegment state = arena.allocate(callState);
            MemorySegment address = (MemorySegment) map.invokeExact(state, handle, domid, PROT_READ_WRITE, 1L,
                    frames, errors);
            if (address.equals(MemorySegment.NULL)) {
                int error = state.get(ERRNO, errnoOffset);
                throw new MapException(error, String.format("mapping frame 0x%x of domain %d failed: %s", pfn, domid,
                        describe(strerror, error)));
            }
            int pageError = errors.get(ERRNO, 0);
            if (pageError != 0) {
                int ignored = (int) unmap.invokeExact(handle, address, 1L);
                int error = Math.abs(pageError);
                throw new MapException(error, String.format("frame 0x%x is not domain %d's: %s", pfn, domid,
                        describe(strerror, error)));
            }
            return address.reinterpret(PAGE);
        } catch (MapException e) {
            throw e;
        } catch (Throwable e) {
            throw new MapException(5, "calling xenforeignmemory_map failed: " + e);
        }
    }

    @Override
    public void unmap(MemorySegment page) {
        try {
            int ignored = (int) unmap.invokeExact(handle, page, 1L);
        } catch (Throwable e) {
            // nothing more to do for a page that will not be touched again
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            int ignored = (int) close.invokeExact(handle);
        } catch (Throwable e) {
            // closing anyway
        }
    }
}
