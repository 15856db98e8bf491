package kdring.kd.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import kdring.kd.debugger.ProcessorContext;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.ManipulateApi;
import kdring.kd.packet.ManipulateDetail;
import kdring.kd.packet.NtStatus;

/**
 * The requests a debugger front end sends besides reads (fact sheet §4.3): SetContext, WriteBreakPoint,
 * RestoreBreakPoint, Continue2 with the trace flag, WriteVirtualMemory; and the CONTEXT register layouts.
 */
public class DebugRequestTest {

    @Test
    void writeBreakPointCarriesTheAddressAt0x10() {
        Manipulate request = Manipulate.writeBreakPointRequest(0xFFFFF80000101234L);
        Bytes expected = Bytes.fromHex(
                "34310000" // 0x00 ApiNumber 0x3134 DbgKdWriteBreakPointApi
                        + "0000" // 0x04 ProcessorLevel
                        + "0000" // 0x06 Processor
                        + "00000000" // 0x08 ReturnStatus
                        + "00000000" // 0x0C padding
                        + "3412100000F8FFFF" // 0x10 BreakPointAddress
                        + "00000000" // 0x18 BreakPointHandle (the target fills it in)
                        + "00".repeat(0x38 - 0x1C)); // rest of the union
        assertEquals(expected, request.raw());
        var bp = assertInstanceOf(ManipulateDetail.BreakPoint.class, request.detail());
        assertEquals(0xFFFFF80000101234L, bp.address());
    }

    @Test
    void restoreBreakPointCarriesTheHandleAt0x10() {
        Manipulate request = Manipulate.restoreBreakPointRequest(7);
        Bytes expected = Bytes.fromHex("35310000" // 0x00 ApiNumber 0x3135
                + "0000" + "0000" + "00000000" + "00000000" // level, processor, status, padding
                + "07000000" // 0x10 BreakPointHandle
                + "00".repeat(0x38 - 0x14));
        assertEquals(expected, request.raw());
        assertEquals(7, assertInstanceOf(ManipulateDetail.RestoreBreakPoint.class, request.detail()).handle());
    }

    @Test
    void continue2CarriesTheTraceFlagAndTheAmd64ControlSet() {
        Manipulate step = Manipulate.continue2Request(NtStatus.DBG_CONTINUE, true, 0x400);
        Bytes expected = Bytes.fromHex("3C310000" // 0x00 ApiNumber 0x313C DbgKdContinueApi2
                + "0000" + "0000" // level, processor
                + "02000100" // 0x08 ReturnStatus: WinDbg repeats the continue status here
                + "00000000" // 0x0C padding
                + "02000100" // 0x10 ContinueStatus DBG_CONTINUE
                + "01000000" // 0x14 TraceFlag
                + "0004000000000000" // 0x18 Dr7
                + "0100000000000000" // 0x20 CurrentSymbolStart = 1: unchanged
                + "0000000000000000" // 0x28 CurrentSymbolEnd
                + "0000000000000000"); // 0x30 end of the union
        assertEquals(expected, step.raw());
        var detail = assertInstanceOf(ManipulateDetail.Continue2.class, step.detail());
        assertEquals(1, detail.traceFlag());
        assertEquals(0, assertInstanceOf(ManipulateDetail.Continue2.class,
                Manipulate.continue2Request(NtStatus.DBG_CONTINUE, false, 0).detail()).traceFlag());
        assertTrue(ManipulateApi.CONTINUE2.hasNoReply());
    }

    @Test
    void setContextRepeatsTheContextFlagsAndCarriesTheWholeContext() {
        byte[] context = new byte[0x4D0];
        context[0x30] = 0x1F; // ContextFlags 0x0010001F
        context[0x32] = 0x10;
        context[0xF8] = 0x42; // Rip
        Manipulate request = Manipulate.setContextRequest(0, Bytes.of(context), 0x30);
        assertEquals(0x3133, request.apiNumber());
        assertEquals(0x0010001F, request.raw().u32(0x10), "ContextFlags in the union");
        assertEquals(0x4D0, request.dataLength());
        assertEquals(Bytes.of(context), request.data());
        assertEquals(0x38 + 0x4D0, request.raw().length(), "ByteCount 0x508, as a GetContext reply");
    }

    @Test
    void writeVirtualMemoryCarriesCountAndData() {
        Manipulate request = Manipulate.writeRequest(ManipulateApi.WRITE_VIRTUAL_MEMORY, 0, 0x1000L,
                Bytes.fromHex("DEADBEEF"));
        assertEquals(0x3131, request.raw().u32(0x00));
        assertEquals(0x1000L, request.raw().u64(0x10));
        assertEquals(4, request.raw().u32(0x18), "TransferCount");
        assertEquals(Bytes.fromHex("DEADBEEF"), request.data());
    }

    @Test
    void amd64ContextRegistersSitWhereTheLayoutSays() {
        byte[] raw = new byte[0x4D0];
        put(raw, 0x78, 0x1111111111111111L, 8); // Rax
        put(raw, 0x98, 0xFFFFF80000200000L, 8); // Rsp
        put(raw, 0xF0, 0x0F0F0F0F0F0F0F0FL, 8); // R15
        put(raw, 0xF8, 0xFFFFF80000101000L, 8); // Rip
        put(raw, 0x44, 0x246, 4); // EFlags
        put(raw, 0x38, 0x10, 2); // SegCs
        put(raw, 0x70, 0x400, 8); // Dr7
        ProcessorContext context = new ProcessorContext(ProcessorContext.Layout.AMD64, Bytes.of(raw));
        assertEquals(0x1111111111111111L, context.get("rax"));
        assertEquals(0xFFFFF80000200000L, context.stackPointer());
        assertEquals(0x0F0F0F0F0F0F0F0FL, context.get("R15"));
        assertEquals(0xFFFFF80000101000L, context.programCounter());
        assertEquals(0x246, context.get("efl"));
        assertEquals(0x10, context.get("cs"));
        assertEquals(0x400, context.get("dr7"));
        assertEquals("rax", context.registers().keySet().iterator().next());

        ProcessorContext changed = context.with("rip", 0xFFFFF80000101005L);
        assertEquals(0xFFFFF80000101005L, changed.programCounter());
        assertEquals(0xFFFFF80000101000L, context.programCounter(), "the original is unchanged");
        byte[] diff = changed.raw().toArray();
        put(diff, 0xF8, 0xFFFFF80000101000L, 8);
        assertEquals(Bytes.of(raw), Bytes.of(diff), "nothing but rip changed");

        var unknown = assertThrows(IllegalArgumentException.class, () -> context.get("eax"));
        assertTrue(unknown.getMessage().contains("rip"), unknown.getMessage());
        var shortContext = assertThrows(IllegalArgumentException.class,
                () -> new ProcessorContext(ProcessorContext.Layout.AMD64, Bytes.of(new byte[0x2CC])));
        assertTrue(shortContext.getMessage().contains("0x4D0"), shortContext.getMessage());
    }

    @Test
    void x86ContextRegistersSitWhereTheLayoutSays() {
        byte[] raw = new byte[0x2CC];
        put(raw, 0xB8, 0x804D8000L, 4); // Eip
        put(raw, 0xC4, 0x8054A000L, 4); // Esp
        put(raw, 0xB0, 0x12345678L, 4); // Eax
        put(raw, 0xC0, 0x202, 4); // EFlags
        ProcessorContext context = new ProcessorContext(ProcessorContext.Layout.X86, Bytes.of(raw));
        assertEquals(0x804D8000L, context.programCounter());
        assertEquals(0x8054A000L, context.stackPointer());
        assertEquals(0x12345678L, context.get("eax"));
        assertEquals(0x202, context.get("efl"));
        assertEquals(0x00, ProcessorContext.Layout.X86.contextFlagsOffset());
    }

    private static void put(byte[] raw, int offset, long value, int size) {
        for (int i = 0; i < size; i++) {
            raw[offset + i] = (byte) (value >>> (8 * i));
        }
    }
}
