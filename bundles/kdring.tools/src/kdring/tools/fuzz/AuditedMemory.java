package kdring.tools.fuzz;

import java.util.BitSet;

import kdring.transport.memory.GuestMemory;
import kdring.transport.memory.GuestMemoryException;

/**
 * Guest memory as the fuzzed host code sees it: every access is checked against the guest's RAM and against
 * the pages the host may touch right now (the descriptor page, and once a descriptor was validated its ring
 * pages) before it reaches the real, file-backed memory. The first access outside is remembered as the
 * violation; the access itself is still passed on, so the host sees what real memory would do. Confined to
 * the fuzzing thread.
 */
public final class AuditedMemory implements GuestMemory {

    private final GuestMemory memory;
    private final BitSet allowed = new BitSet();
    private String violation;
    private boolean validating;
    private final java.util.List<Long> probes = new java.util.ArrayList<>();

    public AuditedMemory(GuestMemory memory) {
        this.memory = memory;
    }

    /** Only these pages may be touched from now on. */
    public void allowOnly(long... pfns) {
        allowed.clear();
        allow(pfns);
    }

    /** These pages may be touched too. */
    public void allow(long... pfns) {
        for (long pfn : pfns) {
            if (pfn >= 0 && pfn < Integer.MAX_VALUE) {
                allowed.set((int) pfn);
            }
        }
    }

    /**
     * Attach validation begins: from now until {@link #endValidation}, a one-byte read of a page not allowed is a
     * probe (the validator touches each ring page once the descriptor is otherwise valid, for memory mapped page
     * by page), remembered and judged at the end instead of at once.
     */
    public void beginValidation() {
        validating = true;
        probes.clear();
    }

    /**
     * Attach validation ended: every probe must have touched one of {@code ringPages}, the pages of the descriptor
     * it validated (none when validation failed: a validator must not probe before everything else passed).
     */
    public void endValidation(long... ringPages) {
        validating = false;
        for (long page : probes) {
            if (violation == null && java.util.Arrays.stream(ringPages).noneMatch(p -> p == page)) {
                violation = String.format("attach validation probed page 0x%x, which %s", page, ringPages.length == 0
                        ? "it touched though the descriptor was refused" : "the validated descriptor does not name");
            }
        }
        probes.clear();
    }

    /** @return the first access outside, or null */
    public String violation() {
        return violation;
    }

    /** Forgets the violation, for the next case. */
    public void clearViolation() {
        violation = null;
    }

    private void check(String what, long address, long length) {
        if (violation != null) {
            return;
        }
        if (address < 0 || length < 0 || address > memory.size() || length > memory.size() - address) {
            violation = String.format("%s of 0x%x bytes at 0x%x lies outside guest RAM (0x%x bytes)", what, length,
                    address, memory.size());
            return;
        }
        for (long page = address >>> 12; length > 0 && page <= (address + length - 1) >>> 12; page++) {
            if (!allowed.get((int) page) && validating && length == 1 && what.equals("a read")) {
                probes.add(page);
                return;
            }
            if (!allowed.get((int) page)) {
                violation = String.format("%s of 0x%x bytes at 0x%x touches page 0x%x, which is neither the"
                        + " descriptor nor a ring page the validated descriptor names", what, length, address, page);
                return;
            }
        }
    }

    @Override
    public long size() {
        return memory.size();
    }

    @Override
    public void read(long address, byte[] target, int offset, int length) throws GuestMemoryException {
        check("a read", address, length);
        memory.read(address, target, offset, length);
    }

    @Override
    public void write(long address, byte[] source, int offset, int length) throws GuestMemoryException {
        check("a write", address, length);
        memory.write(address, source, offset, length);
    }

    @Override
    public int readIntAcquire(long address) throws GuestMemoryException {
        check("a 32-bit read", address, 4);
        return memory.readIntAcquire(address);
    }

    @Override
    public void writeIntRelease(long address, int value) throws GuestMemoryException {
        check("a 32-bit write", address, 4);
        memory.writeIntRelease(address, value);
    }

    @Override
    public void close() {
        // the fuzzer owns the real memory
    }
}
