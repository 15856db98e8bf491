package kdring.kd.packet;

import java.util.function.Consumer;

/**
 * A STATE_MANIPULATE body, {@code DBGKD_MANIPULATE_STATE64} (fact sheet §4.3): a debugger request or the
 * target's reply.
 *
 * <pre>
 * Off  Size  Field
 * 0x00 4     ApiNumber        {@link ManipulateApi}
 * 0x04 2     ProcessorLevel   junk in WinDbg's requests
 * 0x06 2     Processor        only meaningful for per-CPU APIs
 * 0x08 4     ReturnStatus     set by the target in replies; WinDbg's requests carry junk (often 0x103)
 * 0x0C 4     (padding)        junk, echoed by targets
 * 0x10 0x28  union            see {@link ManipulateDetail}
 * 0x38 ...   data             memory contents, CONTEXT, ...
 * </pre>
 *
 * @param raw the whole body, at least {@link #HEADER_SIZE} bytes
 */
public record Manipulate(Bytes raw) implements KdBody {

    /** Size of the fixed part. */
    public static final int HEADER_SIZE = 0x38;
    /** The largest memory transfer that fits one packet: 4000 - 56. */
    public static final int MAX_TRANSFER = KdWire.MAX_BODY_SIZE - HEADER_SIZE;

    /** Checks the size. */
    public Manipulate {
        if (raw.length() < HEADER_SIZE) {
            throw new IllegalArgumentException("manipulate body needs " + HEADER_SIZE + " bytes");
        }
    }

    /** ApiNumber as sent. */
    public int apiNumber() {
        return raw.u32(0x00);
    }

    /** The API, or {@code null} for a number outside 0x3130..0x3161. */
    public ManipulateApi api() {
        return ManipulateApi.fromNumber(apiNumber());
    }

    /** ProcessorLevel. */
    public int processorLevel() {
        return raw.u16(0x04);
    }

    /** Processor. */
    public int processor() {
        return raw.u16(0x06);
    }

    /** ReturnStatus. */
    public int returnStatus() {
        return raw.u32(0x08);
    }

    /** The data after the fixed part. */
    public Bytes data() {
        return raw.slice(HEADER_SIZE);
    }

    /** Length of the data after the fixed part. */
    public int dataLength() {
        return raw.length() - HEADER_SIZE;
    }

    /** The union decoded according to the ApiNumber. */
    public ManipulateDetail detail() {
        ManipulateApi api = api();
        if (api == null) {
            return new ManipulateDetail.Other(apiNumber());
        }
        return switch (api) {
            case READ_VIRTUAL_MEMORY, WRITE_VIRTUAL_MEMORY, READ_PHYSICAL_MEMORY, WRITE_PHYSICAL_MEMORY,
                    READ_CONTROL_SPACE, WRITE_CONTROL_SPACE -> ManipulateDetail.MemoryTransfer.read(raw);
            case GET_VERSION -> VersionInfo.read(raw);
            case GET_CONTEXT, SET_CONTEXT -> new ManipulateDetail.ContextRequest(raw.u32(0x10));
            case WRITE_BREAKPOINT -> new ManipulateDetail.BreakPoint(raw.u64(0x10), raw.u32(0x18));
            case RESTORE_BREAKPOINT -> new ManipulateDetail.RestoreBreakPoint(raw.u32(0x10));
            case CONTINUE -> new ManipulateDetail.Continue(raw.u32(0x10));
            case CONTINUE2 -> new ManipulateDetail.Continue2(raw.u32(0x10), raw.u32(0x14), raw.u64(0x18),
                    raw.u64(0x20), raw.u64(0x28));
            default -> new ManipulateDetail.Other(apiNumber());
        };
    }

    /**
     * Builds a request: ApiNumber and Processor set, everything else zero except what {@code union} writes
     * at 0x10..0x37, followed by {@code data}.
     */
    public static Manipulate request(ManipulateApi api, int processor, Consumer<BodyWriter> union, Bytes data) {
        BodyWriter writer = new BodyWriter(HEADER_SIZE).u32(0x00, api.number()).u16(0x06, processor);
        union.accept(writer);
        writer.append(data);
        return new Manipulate(writer.toBytes());
    }

    /** A ReadVirtualMemory, ReadPhysicalMemory or ReadControlSpace request. */
    public static Manipulate readRequest(ManipulateApi api, int processor, long address, int count) {
        return request(api, processor, w -> w.u64(0x10, address).u32(0x18, count), Bytes.EMPTY);
    }

    /** A WriteVirtualMemory, WritePhysicalMemory or WriteControlSpace request. */
    public static Manipulate writeRequest(ManipulateApi api, int processor, long address, Bytes bytes) {
        return request(api, processor, w -> w.u64(0x10, address).u32(0x18, bytes.length()), bytes);
    }

    /** A GetVersion request. */
    public static Manipulate getVersionRequest() {
        return request(ManipulateApi.GET_VERSION, 0, w -> { }, Bytes.EMPTY);
    }

    /** A Continue request; ReturnStatus also carries the status, as WinDbg sends it. */
    public static Manipulate continueRequest(int continueStatus) {
        return request(ManipulateApi.CONTINUE, 0, w -> w.u32(0x08, continueStatus).u32(0x10, continueStatus),
                Bytes.EMPTY);
    }

    /**
     * A SetContext request: the whole CONTEXT as data; the union's ContextFlags (0x10) repeats the
     * context's own flags word at {@code contextFlagsOffset} (0x30 on x64, 0x00 on x86).
     */
    public static Manipulate setContextRequest(int processor, Bytes context, int contextFlagsOffset) {
        int flags = context.length() >= contextFlagsOffset + 4 ? context.u32(contextFlagsOffset) : 0;
        return request(ManipulateApi.SET_CONTEXT, processor, w -> w.u32(0x10, flags), context);
    }

    /** A GetContext request for {@code processor} (union unused). */
    public static Manipulate getContextRequest(int processor) {
        return request(ManipulateApi.GET_CONTEXT, processor, w -> { }, Bytes.EMPTY);
    }

    /**
     * A WriteBreakPoint request: {@code 0x10 BreakPointAddress u64}; the target answers with the handle at
     * 0x18 (sign-extend 32-bit addresses before calling).
     */
    public static Manipulate writeBreakPointRequest(long address) {
        return request(ManipulateApi.WRITE_BREAKPOINT, 0, w -> w.u64(0x10, address), Bytes.EMPTY);
    }

    /** A RestoreBreakPoint request: {@code 0x10 BreakPointHandle u32}, as the target returned it. */
    public static Manipulate restoreBreakPointRequest(int handle) {
        return request(ManipulateApi.RESTORE_BREAKPOINT, 0, w -> w.u32(0x10, handle), Bytes.EMPTY);
    }

    /**
     * A Continue2 request with the AMD64 control set (pack(4)): ContinueStatus (also in ReturnStatus, as
     * WinDbg sends it), TraceFlag (1 = stop after one instruction), Dr7 for every processor, and
     * CurrentSymbolStart = 1 ("unchanged"), CurrentSymbolEnd = 0.
     */
    public static Manipulate continue2Request(int continueStatus, boolean trace, long dr7) {
        return request(ManipulateApi.CONTINUE2, 0, w -> w.u32(0x08, continueStatus).u32(0x10, continueStatus)
                .u32(0x14, trace ? 1 : 0).u64(0x18, dr7).u64(0x20, 1L).u64(0x28, 0L), Bytes.EMPTY);
    }

    /**
     * A reply the way targets build it: the request's 56 bytes echoed (junk included), ReturnStatus set,
     * {@code union} applied, then {@code data}.
     */
    public Manipulate reply(int status, Consumer<BodyWriter> union, Bytes data) {
        BodyWriter writer = new BodyWriter(raw.slice(0, HEADER_SIZE)).u32(0x08, status);
        union.accept(writer);
        writer.append(data);
        return new Manipulate(writer.toBytes());
    }
}
