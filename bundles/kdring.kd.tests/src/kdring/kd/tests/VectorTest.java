package kdring.kd.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import kdring.kd.packet.Bytes;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.ControlReport;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.KdBody;
import kdring.kd.packet.KdPacket;
import kdring.kd.packet.LoadSymbolsReport;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.ManipulateApi;
import kdring.kd.packet.ManipulateDetail.MemoryTransfer;
import kdring.kd.packet.PacketType;
import kdring.kd.packet.StateChange;
import kdring.kd.packet.VersionInfo;

/** Every captured vector of the fact sheet (§8) decodes to its documented fields and re-encodes exactly. */
public class VectorTest {

    private static DataPacket data(byte[] wire) {
        KdPacket packet = Frames.single(wire);
        assertArrayEquals(wire, packet.encode(), "re-encoding must reproduce the captured bytes");
        return assertInstanceOf(DataPacket.class, packet);
    }

    private static ControlPacket control(byte[] wire) {
        KdPacket packet = Frames.single(wire);
        assertArrayEquals(wire, packet.encode());
        return assertInstanceOf(ControlPacket.class, packet);
    }

    @Test
    void xpAGetVersionRequest() {
        DataPacket packet = data(KdVectors.xpA());
        assertEquals(PacketType.STATE_MANIPULATE, packet.type());
        assertEquals(0x80800000, packet.id());
        assertEquals(0x0B9C, packet.checksum());
        Manipulate request = assertInstanceOf(Manipulate.class, KdBody.decode(packet));
        assertEquals(ManipulateApi.GET_VERSION, request.api());
        assertEquals(0x077D, request.processor(), "junk processor is kept as sent");
        assertEquals(0x103, request.returnStatus());
        assertEquals(0, request.dataLength());
        assertArrayEquals(packet.body().toArray(), request.raw().toArray());
    }

    @Test
    void xpBAcknowledge() {
        ControlPacket ack = control(KdVectors.xpB());
        assertEquals(PacketType.ACKNOWLEDGE, ack.type());
        assertEquals(0x80800000, ack.id());
        assertArrayEquals(KdVectors.xpB(), ControlPacket.ack(0x80800000).encode());
    }

    @Test
    void resetPackets() {
        ControlPacket reset = control(KdVectors.reset());
        assertEquals(PacketType.RESET, reset.type());
        assertArrayEquals(KdVectors.reset(), ControlPacket.reset().encode());
        ControlPacket echo = control(KdVectors.xpResetEcho());
        assertEquals(PacketType.RESET, echo.type());
        assertEquals(0x0005F863, echo.id(), "XP's junk id is kept so the echo re-encodes exactly");
    }

    @Test
    void xpCGetVersionReply() {
        DataPacket packet = data(KdVectors.xpC());
        assertEquals(0x80800001, packet.id());
        assertEquals(0x173F, packet.checksum());
        Manipulate reply = (Manipulate) KdBody.decode(packet);
        assertEquals(0, reply.returnStatus());
        VersionInfo version = assertInstanceOf(VersionInfo.class, reply.detail());
        assertEquals(0x000F, version.majorVersion());
        assertEquals(2600, version.buildNumber());
        assertEquals(6, version.protocolVersion());
        assertEquals(0, version.secondaryVersion());
        assertEquals(VersionInfo.FLAG_DATA, version.flags());
        assertEquals(VersionInfo.MACHINE_I386, version.machineType());
        assertEquals(0x0C, version.maxPacketType());
        assertEquals(3, version.maxStateChange());
        assertEquals(0x2D, version.maxManipulate());
        assertEquals(0xFFFFFFFF804D8000L, version.kernBase());
        assertEquals(0xFFFFFFFF80554FC0L, version.psLoadedModuleList());
        assertEquals(0xFFFFFFFF80678EF4L, version.debuggerDataList());
        assertFalse(version.is64Bit());
    }

    @Test
    void xpDReadVirtualMemoryRequest() {
        DataPacket packet = data(KdVectors.xpD());
        assertEquals(0x80800001, packet.id());
        assertEquals(0x13B1, packet.checksum());
        Manipulate request = (Manipulate) KdBody.decode(packet);
        assertEquals(ManipulateApi.READ_VIRTUAL_MEMORY, request.api());
        MemoryTransfer read = assertInstanceOf(MemoryTransfer.class, request.detail());
        assertEquals(0xFFFFFFFF80678EF4L, read.address());
        assertEquals(4, read.transferCount());
    }

    @Test
    void xpEReadVirtualMemoryReplyEchoesTheRequest() {
        DataPacket packet = data(KdVectors.xpE());
        assertEquals(0x80800000, packet.id());
        assertEquals(0x3C, packet.body().length());
        assertEquals(0x11D4, packet.checksum());
        Manipulate reply = (Manipulate) KdBody.decode(packet);
        MemoryTransfer read = (MemoryTransfer) reply.detail();
        assertEquals(0, reply.returnStatus());
        assertEquals(4, read.actualCount());
        assertEquals(0x80546AE0, reply.data().u32(0));

        // a target builds the reply by echoing the request: the junk survives
        Manipulate request = (Manipulate) KdBody.decode(data(KdVectors.xpD()));
        Manipulate built = request.reply(0, w -> w.u32(0x1C, 4), Bytes.fromHex("E06A5480"));
        assertEquals(reply.raw(), built.raw());
    }

    @Test
    void xpFLoadSymbols() {
        for (int id : new int[] {0x80800800, 0x80800000}) {
            DataPacket packet = data(KdVectors.xpF(id));
            assertEquals(PacketType.STATE_CHANGE64, packet.type());
            assertEquals(id, packet.id());
            assertEquals(0x10F, packet.body().length());
            assertEquals(0x3344, packet.checksum());
            StateChange change = assertInstanceOf(StateChange.class, KdBody.decode(packet));
            assertEquals(StateChange.LOAD_SYMBOLS, change.newState());
            assertEquals(1, change.numberProcessors());
            assertEquals(0xFFFFFFFF80553740L, change.thread());
            assertEquals(0xFFFFFFFF8052F4C4L, change.programCounter());
            LoadSymbolsReport load = assertInstanceOf(LoadSymbolsReport.class, change.report());
            assertEquals(0x1F, load.pathNameLength());
            assertEquals("\\WINDOWS\\system32\\ntkrnlpa.exe", load.path());
            assertEquals(0xFFFFFFFF804D8000L, load.baseOfDll());
            assertEquals(0xFFFFFFFFL, load.processId());
            assertEquals(0x002050D3, load.checkSum());
            assertEquals(0x001F8480, load.sizeOfImage());
            assertFalse(load.unload());
            assertTrue(change.looksLikeX86());
            ControlReport.X86 report = change.x86ControlReport();
            assertEquals(0xFFFF0FF0, report.dr6());
            assertEquals(0x400, report.dr7());
            assertEquals(16, report.instructionCount());
            assertEquals(3, report.reportFlags());
            assertEquals(0x08, report.segCs());
            assertEquals(0x23, report.segDs());
            assertEquals(0x30, report.segFs());
            assertEquals(0x82, report.eflags());
            assertEquals(0xCC, report.instructionStream().u8(0));
        }
    }

    @Test
    void w81AExceptionStateChange() {
        DataPacket packet = data(KdVectors.w81A());
        assertEquals(0xF0, packet.body().length());
        assertEquals(0x2F8E, packet.checksum());
        StateChange change = (StateChange) KdBody.decode(packet);
        assertEquals(StateChange.EXCEPTION, change.newState());
        assertEquals(6, change.processorLevel());
        assertEquals(0, change.processor());
        assertEquals(0xFFFFF8026BD72B90L, change.programCounter());
        ExceptionReport exception = assertInstanceOf(ExceptionReport.class, change.report());
        assertEquals(0x80000003, exception.code());
        assertEquals(0xFFFFF8026BD72B90L, exception.address());
        assertEquals(1, exception.numberParameters());
        assertEquals(1, exception.information().length);
        assertTrue(exception.firstChance());
        assertFalse(change.looksLikeX86());
        ControlReport.Amd64 report = assertInstanceOf(ControlReport.Amd64.class, change.controlReport());
        assertEquals(0xFFFF0FF0L, report.dr6());
        assertEquals(0x400L, report.dr7());
        assertEquals(0x202, report.eflags());
        assertEquals(3, report.reportFlags());
        assertEquals(0x10, report.segCs());
        assertEquals(0x2B, report.segDs());
        assertEquals(0x2B, report.segEs());
        assertEquals(0x53, report.segFs());
        assertEquals(0xCC, report.instructionStream().u8(0));
        assertEquals(0xC3, report.instructionStream().u8(1));
    }

    @Test
    void w81BGetVersionReply() {
        DataPacket packet = data(KdVectors.w81B());
        assertEquals(0x121E, packet.checksum());
        VersionInfo version = (VersionInfo) ((Manipulate) KdBody.decode(packet)).detail();
        assertEquals(9600, version.buildNumber());
        assertEquals(2, version.secondaryVersion());
        assertEquals(7, version.flags());
        assertEquals(VersionInfo.MACHINE_AMD64, version.machineType());
        assertEquals(0x31, version.maxManipulate());
        assertEquals(0xFFFFF8026BC18000L, version.kernBase());
        assertEquals(0xFFFFF8026BEE22D0L, version.psLoadedModuleList());
        assertEquals(0xFFFFF8026BEF91F0L, version.debuggerDataList());
        assertTrue(version.is64Bit());
    }

    @Test
    void w10AModuleEntryRead() {
        DataPacket packet = data(KdVectors.w10A());
        assertEquals(0xC0, packet.body().length());
        assertEquals(0x2292, packet.checksum());
        Manipulate reply = (Manipulate) KdBody.decode(packet);
        MemoryTransfer read = (MemoryTransfer) reply.detail();
        assertEquals(0xFFFFF8017BC49E30L, read.address());
        assertEquals(0x88, read.transferCount());
        assertEquals(0x88, read.actualCount());
        Bytes entry = reply.data();
        assertEquals(0xFFFFF8017BC58650L, entry.u64(0x00));
        assertEquals(0xAD5E60L, entry.u64(0x08));
        assertEquals(0x96F000L, entry.u64(0x30));
        assertEquals(0x17D000, entry.u32(0x40));
        assertEquals(0x3A, entry.u16(0x48));
        assertEquals(0x149E3F, entry.u32(0x78));
    }

    @Test
    void wholeXpSessionFramesInOrder() {
        byte[] session = Frames.concat(KdVectors.reset(), KdVectors.xpF(0x80800800), KdVectors.xpResetEcho(),
                KdVectors.xpF(0x80800000), KdVectors.xpA(), KdVectors.xpB(), KdVectors.xpC(), KdVectors.xpD(),
                KdVectors.xpE());
        var packets = Frames.packets(session);
        assertEquals(9, packets.size());
        assertEquals(PacketType.RESET, packets.get(0).type());
        assertEquals(PacketType.STATE_CHANGE64, packets.get(1).type());
        assertEquals(PacketType.STATE_MANIPULATE, packets.get(8).type());
        var events = Frames.events(session);
        assertEquals(9, events.size(), "no skipped bytes and no bad packets: " + events);
    }
}
