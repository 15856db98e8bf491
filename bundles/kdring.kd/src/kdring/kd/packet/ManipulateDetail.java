package kdring.kd.packet;

/**
 * The union of a STATE_MANIPULATE body, decoded according to its ApiNumber. Offsets are body offsets.
 */
public sealed interface ManipulateDetail permits VersionInfo, ManipulateDetail.MemoryTransfer,
        ManipulateDetail.ContextRequest, ManipulateDetail.BreakPoint, ManipulateDetail.RestoreBreakPoint,
        ManipulateDetail.Continue, ManipulateDetail.Continue2, ManipulateDetail.Other {

    /**
     * {@code DBGKD_READ_MEMORY64} / {@code DBGKD_WRITE_MEMORY64}, shared by virtual, physical and control
     * space reads and writes.
     *
     * <pre>
     * 0x10 8 TargetBaseAddress   (control space: a selector)
     * 0x18 4 TransferCount
     * 0x1C 4 ActualBytesRead / ActualBytesWritten (physical requests: caching flags)
     * </pre>
     */
    record MemoryTransfer(long address, int transferCount, int actualCount) implements ManipulateDetail {
        static MemoryTransfer read(Bytes body) {
            return new MemoryTransfer(body.u64(0x10), body.u32(0x18), body.u32(0x1C));
        }
    }

    /**
     * GetContext ({@code 0x10 Unused}) and SetContext ({@code 0x10 ContextFlags}, junk from WinDbg).
     */
    record ContextRequest(int contextFlags) implements ManipulateDetail {
    }

    /**
     * {@code DBGKD_WRITE_BREAKPOINT64}: {@code 0x10 BreakPointAddress u64; 0x18 BreakPointHandle u32}.
     */
    record BreakPoint(long address, int handle) implements ManipulateDetail {
    }

    /** {@code DBGKD_RESTORE_BREAKPOINT}: {@code 0x10 BreakPointHandle u32}. */
    record RestoreBreakPoint(int handle) implements ManipulateDetail {
    }

    /** {@code DBGKD_CONTINUE}: {@code 0x10 ContinueStatus}. */
    record Continue(int continueStatus) implements ManipulateDetail {
    }

    /**
     * {@code DBGKD_CONTINUE2} with the AMD64 control set, pack(4).
     *
     * <pre>
     * 0x10 4 ContinueStatus
     * 0x14 4 TraceFlag
     * 0x18 8 Dr7
     * 0x20 8 CurrentSymbolStart  1 = unchanged
     * 0x28 8 CurrentSymbolEnd
     * </pre>
     */
    record Continue2(int continueStatus, int traceFlag, long dr7, long currentSymbolStart,
            long currentSymbolEnd) implements ManipulateDetail {
    }

    /** An API whose union is not decoded field by field; the bytes stay in the body. */
    record Other(int apiNumber) implements ManipulateDetail {
    }
}
