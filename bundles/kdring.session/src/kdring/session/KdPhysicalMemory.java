package kdring.session;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import kdring.kd.endpoint.KdException;
import kdring.transport.memory.GuestMemory;
import kdring.transport.memory.GuestMemoryException;

/**
 * Guest-physical memory read through the stopped target's debugger (KD ReadPhysicalMemory), for crash dumps
 * of a VM whose RAM kdring has not mapped. Read-only; every read is bounds-checked like mapped memory and
 * goes through the built-in debugger's thread. Thread-safe.
 */
final class KdPhysicalMemory implements GuestMemory {

    private static final Duration REQUEST = Duration.ofSeconds(60);

    private final BuiltInDebugger debugger;
    private final long size;

    KdPhysicalMemory(BuiltInDebugger debugger, long size) {
        this.debugger = debugger;
        this.size = size;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void read(long address, byte[] target, int offset, int length) throws GuestMemoryException {
        GuestMemory.checkRange(size, address, length);
        try {
            byte[] bytes = debugger.readPhysical(address, length, REQUEST);
            System.arraycopy(bytes, 0, target, offset, Math.min(length, bytes.length));
            if (bytes.length < length) {
                throw new GuestMemoryException(String.format("KD read %d of %d bytes at physical 0x%x",
                        bytes.length, length, address));
            }
        } catch (IOException | KdException | TimeoutException e) {
            throw new GuestMemoryException("KD physical read of 0x" + Integer.toHexString(length) + " bytes at 0x"
                    + Long.toHexString(address) + " failed: " + e.getMessage());
        }
    }

    @Override
    public void write(long address, byte[] source, int offset, int length) throws GuestMemoryException {
        throw new GuestMemoryException("memory read through the debugger is read-only");
    }

    @Override
    public int readIntAcquire(long address) throws GuestMemoryException {
        byte[] four = new byte[4];
        read(address, four, 0, 4);
        return (four[0] & 0xFF) | (four[1] & 0xFF) << 8 | (four[2] & 0xFF) << 16 | (four[3] & 0xFF) << 24;
    }

    @Override
    public void writeIntRelease(long address, int value) throws GuestMemoryException {
        throw new GuestMemoryException("memory read through the debugger is read-only");
    }

    @Override
    public void close() {
        // the debugger belongs to the session
    }
}
