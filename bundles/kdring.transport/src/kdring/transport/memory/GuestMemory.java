package kdring.transport.memory;

import java.io.Closeable;

/**
 * The guest-physical memory of one VM, as the host sees it. Every access is bounds-checked: an address
 * or length that falls outside the guest's RAM is a {@link GuestMemoryException}, never a read of host
 * memory. Implementations are thread-safe for concurrent reads and writes of distinct ranges; the ring
 * engine supplies the ordering the channel contract asks for.
 */
public interface GuestMemory extends Closeable {

    /** Size of the guest's RAM in bytes; addresses run from 0 to {@code size() - 1}. */
    long size();

    /** Copies {@code length} bytes at guest-physical {@code address} into {@code target[offset..]}. */
    void read(long address, byte[] target, int offset, int length) throws GuestMemoryException;

    /** Copies {@code length} bytes from {@code source[offset..]} to guest-physical {@code address}. */
    void write(long address, byte[] source, int offset, int length) throws GuestMemoryException;

    /** Reads a little-endian 32-bit value with acquire semantics (it is not reordered with later reads). */
    int readIntAcquire(long address) throws GuestMemoryException;

    /** Writes a little-endian 32-bit value with release semantics (earlier writes are visible first). */
    void writeIntRelease(long address, int value) throws GuestMemoryException;

    @Override
    void close();

    /**
     * Throws when [address, address + length) is not entirely inside [0, size).
     * Shared by implementations so that every one rejects the same ranges with the same words.
     */
    static void checkRange(long size, long address, long length) throws GuestMemoryException {
        if (length < 0 || address < 0 || address > size || length > size - address) {
            throw new GuestMemoryException(String.format(
                    "guest-physical range 0x%x+0x%x lies outside guest RAM (0x%x bytes)", address, length, size));
        }
    }
}
