package kdring.kd.debugger;

import java.util.Objects;

import kdring.kd.packet.NtStatus;

/**
 * What a memory read returned: all the bytes asked for, or the readable start of the range and the status
 * that ended it. Never more bytes than asked.
 *
 * @param address   where the read started
 * @param requested how many bytes were asked for
 * @param bytes     the bytes read, {@code bytes.length <= requested}
 * @param what      the read in words ("reading 16 bytes of virtual memory at 0x…")
 * @param status    NTSTATUS of the request that ended the read (STATUS_SUCCESS when complete)
 */
public record MemoryRead(long address, int requested, byte[] bytes, String what, int status) {

    /** Checks that no more bytes than asked are held. */
    public MemoryRead {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(what, "what");
        if (bytes.length > requested) {
            throw new IllegalArgumentException(bytes.length + " bytes read for " + requested + " asked");
        }
    }

    /** True when every byte asked for was read. */
    public boolean complete() {
        return bytes.length == requested;
    }

    /** How many bytes were read. */
    public int count() {
        return bytes.length;
    }

    /** The bytes when complete; else {@link KdPartialReadException} saying how many were read. */
    public byte[] orThrow() throws KdPartialReadException {
        if (!complete()) {
            throw new KdPartialReadException(this);
        }
        return bytes;
    }

    /** "only 8 of 16 bytes are readable (STATUS_UNSUCCESSFUL)", or "complete". */
    public String describe() {
        return complete() ? "complete"
                : "only " + bytes.length + " bytes of " + requested + " are readable (" + NtStatus.describe(status) + ")";
    }
}
