package kdring.transport.memory;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Guest RAM backed by a file that the hypervisor shares with us: QEMU's
 * {@code memory-backend-file,share=on}, where guest-physical address == file offset for the low RAM of a
 * {@code pc} machine. The whole file is mapped once; every access is checked against its size before it
 * touches the mapping, so a hostile guest-supplied address cannot reach outside it.
 *
 * <p>Thread-safe. {@link #close()} unmaps; later accesses fail with {@link GuestMemoryException}.
 */
public final class MappedGuestMemory implements GuestMemory {

    private static final ValueLayout.OfInt INT_LE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final Path file;
    private final Arena arena;
    private final MemorySegment ram;

    private MappedGuestMemory(Path file, Arena arena, MemorySegment ram) {
        this.file = file;
        this.arena = arena;
        this.ram = ram;
    }

    /** Maps the whole of {@code file} read-write and shared. */
    public static MappedGuestMemory map(Path file) throws GuestMemoryException {
        Arena arena = Arena.ofShared();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            if (size == 0) {
                throw new GuestMemoryException("guest memory file " + file + " is empty");
            }
            return new MappedGuestMemory(file, arena, channel.map(FileChannel.MapMode.READ_WRITE, 0, size, arena));
        } catch (IOException e) {
            arena.close();
            throw new GuestMemoryException("cannot map guest memory file " + file + ": " + e.getMessage(), e);
        } catch (GuestMemoryException | RuntimeException e) {
            arena.close();
            throw e;
        }
    }

    @Override
    public long size() {
        return ram.byteSize();
    }

    @Override
    public void read(long address, byte[] target, int offset, int length) throws GuestMemoryException {
        GuestMemory.checkRange(size(), address, length);
        try {
            MemorySegment.copy(ram, ValueLayout.JAVA_BYTE, address, target, offset, length);
        } catch (IllegalStateException e) {
            throw gone(e);
        }
    }

    @Override
    public void write(long address, byte[] source, int offset, int length) throws GuestMemoryException {
        GuestMemory.checkRange(size(), address, length);
        try {
            MemorySegment.copy(source, offset, ram, ValueLayout.JAVA_BYTE, address, length);
        } catch (IllegalStateException e) {
            throw gone(e);
        }
    }

    @Override
    public int readIntAcquire(long address) throws GuestMemoryException {
        GuestMemory.checkRange(size(), address, Integer.BYTES);
        try {
            int value = ram.get(INT_LE, address);
            VarHandle.acquireFence();
            return value;
        } catch (IllegalStateException e) {
            throw gone(e);
        }
    }

    @Override
    public void writeIntRelease(long address, int value) throws GuestMemoryException {
        GuestMemory.checkRange(size(), address, Integer.BYTES);
        try {
            VarHandle.releaseFence();
            ram.set(INT_LE, address, value);
        } catch (IllegalStateException e) {
            throw gone(e);
        }
    }

    private GuestMemoryException gone(IllegalStateException e) {
        return new GuestMemoryException("guest memory " + file + " is no longer mapped", e);
    }

    @Override
    public void close() {
        try {
            arena.close();
        } catch (IllegalStateException alreadyClosed) {
            // closing twice is harmless
        }
    }

    @Override
    public String toString() {
        return "guest RAM " + file + " (" + size() + " bytes)";
    }
}
