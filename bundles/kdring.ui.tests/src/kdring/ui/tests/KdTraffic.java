package kdring.ui.tests;

import java.io.IOException;

import kdring.kd.packet.Bytes;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.ControlReport;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.DebugIo;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.KdWire;
import kdring.kd.packet.LoadSymbolsReport;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.ManipulateApi;
import kdring.kd.packet.PacketType;
import kdring.kd.packet.StateChange;
import kdring.kd.packet.StateChangeReport;
import kdring.kd.observer.Direction;
import kdring.ui.session.WorkbenchChannel;

/**
 * Writes a KD conversation into a {@link WorkbenchChannel} as the two byte streams a channel would carry, built
 * packet by packet with the kd codec: each data packet is followed by the peer's ACK, like on a real line.
 * Confined to one thread.
 */
final class KdTraffic {

    static final long NT_BASE = 0xFFFFF80002A00000L;
    private static final ControlReport AMD64 = new ControlReport.Amd64(0, 0, 0x246, 16, 3,
            Bytes.of(new byte[16]), 0x10, 0x2B, 0x2B, 0x53);

    private final WorkbenchChannel session;
    private int targetId = KdWire.INITIAL_PACKET_ID;
    private int debuggerId = KdWire.INITIAL_PACKET_ID;
    private long clock = System.currentTimeMillis() * 1_000_000L;

    KdTraffic(WorkbenchChannel session) {
        this.session = session;
    }

    /** Stamps the following packets from {@code nanos} on (nanoseconds since the Unix epoch). */
    KdTraffic at(long nanos) {
        clock = nanos;
        return this;
    }

    /** The target reports {@code path} loaded at {@code base}. */
    KdTraffic load(String path, long base, int size, int checksum) throws IOException {
        return stateChange(LoadSymbolsReport.of(path, base, size, checksum, false), base);
    }

    /** The target stops at {@code address} with a breakpoint (what a break-in reports). */
    KdTraffic stop(long address) throws IOException {
        return stateChange(ExceptionReport.breakpoint(address, true), address);
    }

    /**
     * The target restarts: it reports a new stop at {@code address} with the boot id (0x80800800, the sync
     * id a target's first packet after boot carries), whatever the debugger was waiting for.
     */
    KdTraffic restartStop(long address) throws IOException {
        targetId = KdWire.BOOT_PACKET_ID;
        stateChange(ExceptionReport.breakpoint(address, true), address);
        targetId = KdWire.nextId(KdWire.INITIAL_PACKET_ID); // after the sync id the ids go on from 0x80800001
        return this;
    }

    /** The target prints {@code text}. */
    KdTraffic print(String text) throws IOException {
        return fromTarget(PacketType.DEBUG_IO, DebugIo.print(0, text).raw());
    }

    /** The debugger sends the break-in byte. */
    KdTraffic breakIn() throws IOException {
        session.bytes(Direction.DEBUGGER_TO_TARGET, tick(), new byte[] { KdWire.BREAKIN_BYTE }, 0, 1);
        return this;
    }

    /** The debugger asks to read {@code count} bytes at {@code address}; the target acknowledges. */
    KdTraffic readRequest(long address, int count) throws IOException {
        return fromDebugger(PacketType.STATE_MANIPULATE,
                Manipulate.readRequest(ManipulateApi.READ_VIRTUAL_MEMORY, 0, address, count).raw());
    }

    /** The target answers a read of {@code data.length} bytes at {@code address} with {@code data}. */
    KdTraffic readReply(long address, byte[] data) throws IOException {
        Manipulate request = Manipulate.readRequest(ManipulateApi.READ_VIRTUAL_MEMORY, 0, address, data.length);
        return fromTarget(PacketType.STATE_MANIPULATE, request.reply(0, w -> w.u32(0x1C, data.length),
                Bytes.of(data)).raw());
    }

    /** The debugger resumes the target. */
    KdTraffic go() throws IOException {
        return fromDebugger(PacketType.STATE_MANIPULATE, Manipulate.continueRequest(0x00010002).raw());
    }

    private KdTraffic stateChange(StateChangeReport report, long pc) throws IOException {
        return fromTarget(PacketType.STATE_CHANGE64, StateChange.of(0, 0, 1, 0xFFFFF80002B00000L, pc, report, AMD64).raw());
    }

    private KdTraffic fromTarget(PacketType type, Bytes body) throws IOException {
        byte[] wire = new DataPacket(type, targetId, body).encode();
        session.bytes(Direction.TARGET_TO_DEBUGGER, tick(), wire, 0, wire.length);
        byte[] ack = ControlPacket.ack(targetId).encode();
        session.bytes(Direction.DEBUGGER_TO_TARGET, tick(), ack, 0, ack.length);
        targetId = KdWire.nextId(targetId);
        return this;
    }

    private KdTraffic fromDebugger(PacketType type, Bytes body) throws IOException {
        byte[] wire = new DataPacket(type, debuggerId, body).encode();
        session.bytes(Direction.DEBUGGER_TO_TARGET, tick(), wire, 0, wire.length);
        byte[] ack = ControlPacket.ack(debuggerId).encode();
        session.bytes(Direction.TARGET_TO_DEBUGGER, tick(), ack, 0, ack.length);
        debuggerId = KdWire.nextId(debuggerId);
        return this;
    }

    private long tick() {
        clock += 20_000;
        return clock;
    }
}
