package kdring.session.debug;

import kdring.kd.endpoint.KdException;

/** Reads the stopped target's virtual memory: KD's ReadVirtualMemory, or a byte image in tests. */
@FunctionalInterface
public interface Memory {

    /**
     * Up to {@code length} bytes at {@code address}: fewer when the rest is unreadable.
     *
     * @throws KdException when nothing at {@code address} can be read, or the request failed
     */
    byte[] read(long address, int length) throws KdException;
}
