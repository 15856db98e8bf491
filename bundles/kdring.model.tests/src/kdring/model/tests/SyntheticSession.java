package kdring.model.tests;

import java.io.IOException;
import java.nio.file.Path;

import kdring.kd.packet.Bytes;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.ControlReport;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.DebugIo;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.LoadSymbolsReport;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.NtStatus;
import kdring.kd.packet.PacketType;
import kdring.kd.packet.StateChange;
import kdring.kd.packet.VersionInfo;
import kdring.kd.observer.Direction;
import kdring.model.persist.SessionStore;
import kdring.model.recorder.ChannelRecorder;
import kdring.model.session.Channel;
import kdring.model.session.Session;
import kdring.model.session.SessionFactory;

/**
 * Plays a short, complete KD session into a recorder, the way a Windows x64 target and WinDbg exchange it:
 * reset, break-in, the stop, GetVersion, a LoadSymbols, a DbgPrint, a read with its reply split over two
 * reads, and the continue. Every data packet is acknowledged. {@link #recordWin10} makes the capture that
 * the export tests (here and in kdring.tools.tests) write out.
 */
public final class SyntheticSession {

    /** Times start here: 2026-01-01T00:00:00Z. */
    static final long T0 = 1_767_225_600_000_000_000L;
    static final long BREAK_PC = 0xFFFFF8017BC5D2D0L;
    static final long NT_BASE = 0xFFFFF8017B800000L;
    static final String NT_PATH = "\\SystemRoot\\system32\\ntoskrnl.exe";
    /** Packets (and break-in bytes) the session holds. */
    public static final int PACKETS = 19;

    private final ChannelRecorder recorder;
    private long now = T0;
    private int targetId = 0x80800000;
    private int debuggerId = 0x80800000;

    public SyntheticSession(ChannelRecorder recorder) {
        this.recorder = recorder;
    }

    static VersionInfo version() {
        return new VersionInfo(0x000F, 19041, 6, 2, 7, VersionInfo.MACHINE_AMD64, 12, 3, 0x59, 0, NT_BASE,
                0xFFFFF8017C42A1B0L, 0xFFFFF8017C200000L);
    }

    private static ControlReport amd64() {
        return new ControlReport.Amd64(0xFFFF0FF0L, 0x400, 0x202, 16, 3,
                Bytes.fromHex("CCC3CCCCCCCCCCCC0F1F840000000000"), 0x10, 0x2B, 0x2B, 0x53);
    }

    private void bytes(Direction direction, byte[] bytes) throws IOException {
        now += 1_000_000; // 1 ms apart
        recorder.bytes(direction, now, bytes, 0, bytes.length);
    }

    private void fromTarget(PacketType type, Bytes body) throws IOException {
        bytes(Direction.TARGET_TO_DEBUGGER, new DataPacket(type, targetId, body).encode());
        bytes(Direction.DEBUGGER_TO_TARGET, ControlPacket.ack(targetId).encode());
        targetId ^= 1;
    }

    private void fromDebugger(Manipulate request) throws IOException {
        bytes(Direction.DEBUGGER_TO_TARGET, new DataPacket(PacketType.STATE_MANIPULATE, debuggerId, request.raw()).encode());
        bytes(Direction.TARGET_TO_DEBUGGER, ControlPacket.ack(debuggerId).encode());
        debuggerId ^= 1;
    }

    /**
     * Records the session as channel "win10" (VM "win10-vm", WinDbg on TCP port 50001 and pipe
     * "kdring-win10") into {@code folder}: the capture {@code win10.kdcap} and its session metadata beside it.
     *
     * @return the capture
     */
    public static Path recordWin10(Path folder) throws IOException {
        Session session = SessionFactory.eINSTANCE.createSession();
        Channel channel = SessionFactory.eINSTANCE.createChannel();
        channel.setName("win10");
        channel.setVmName("win10-vm");
        channel.setTcpPort(50001);
        channel.setPipeName("kdring-win10");
        session.getChannels().add(channel);
        Path capture = folder.resolve("win10.kdcap");
        try (ChannelRecorder recorder = ChannelRecorder.live(channel, capture)) {
            new SyntheticSession(recorder).play();
        }
        SessionStore.save(session, SessionStore.metadataFor(capture));
        return capture;
    }

    /**
     * Records a session as an attacker would shape it into {@code folder}: the channel, VM and pipe names
     * are cmd.exe syntax, a module path and a debug print are spreadsheet formulas.
     *
     * @return the capture
     */
    public static Path recordHostile(Path folder, String channelName, String pipeName, String modulePath,
            String print) throws IOException {
        Session session = SessionFactory.eINSTANCE.createSession();
        Channel channel = SessionFactory.eINSTANCE.createChannel();
        channel.setName(channelName);
        channel.setVmName(channelName);
        channel.setTcpPort(50001);
        channel.setPipeName(pipeName);
        session.getChannels().add(channel);
        Path capture = folder.resolve("hostile.kdcap");
        try (ChannelRecorder recorder = ChannelRecorder.live(channel, capture)) {
            SyntheticSession play = new SyntheticSession(recorder);
            play.bytes(Direction.DEBUGGER_TO_TARGET, ControlPacket.reset().encode());
            play.bytes(Direction.TARGET_TO_DEBUGGER, ControlPacket.reset().encode());
            play.fromTarget(PacketType.STATE_CHANGE64, StateChange.of(6, 0, 1, 0, 0,
                    LoadSymbolsReport.of(modulePath, NT_BASE, 0x1046000, 0x9A5F2E, false), amd64()).raw());
            play.fromTarget(PacketType.DEBUG_IO, DebugIo.print(0, print).raw());
        }
        SessionStore.save(session, SessionStore.metadataFor(capture));
        return capture;
    }

    /** Plays {@code count} LoadSymbols of distinct modules, as a guest flooding the module table would. */
    public void loadModules(int count) throws IOException {
        bytes(Direction.DEBUGGER_TO_TARGET, ControlPacket.reset().encode());
        bytes(Direction.TARGET_TO_DEBUGGER, ControlPacket.reset().encode());
        for (int i = 0; i < count; i++) {
            fromTarget(PacketType.STATE_CHANGE64, StateChange.of(6, 0, 1, 0, 0, LoadSymbolsReport.of(
                    "\\SystemRoot\\system32\\drivers\\flood" + i + ".sys", NT_BASE + ((long) i << 16), 0x10000, i,
                    false), amd64()).raw());
        }
    }

    /** Where {@link #walkModules} puts its list head and entries. */
    static final long LIST_HEAD = 0xFFFFF8017C42A1B0L;
    static final long FIRST_ENTRY = 0xFFFFF80180001000L;

    /**
     * Plays the built-in debugger walking a list of {@code count} modules on the stopped target, read by
     * read: GetVersion (when {@code withVersion}), 8 bytes at the list head, then each 0x88-byte x64 entry
     * and its FullDllName, acknowledged like every data packet; the last Flink points back at the head.
     *
     * @return the paths of the modules in list order
     */
    public java.util.List<String> walkModules(int count, boolean withVersion) throws IOException {
        if (withVersion) {
            Manipulate getVersion = Manipulate.getVersionRequest();
            fromDebugger(getVersion);
            fromTarget(PacketType.STATE_MANIPULATE,
                    getVersion.reply(NtStatus.SUCCESS, version()::writeTo, Bytes.EMPTY).raw());
        }
        readReply(LIST_HEAD, new kdring.kd.packet.BodyWriter(8).u64(0, FIRST_ENTRY).toBytes());
        java.util.List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            long entry = FIRST_ENTRY + i * 0x1000L;
            long name = entry + 0x100;
            String path = "\\SystemRoot\\system32\\drivers\\walked" + i + ".sys";
            Bytes utf16 = Bytes.of(path.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
            long flink = i == count - 1 ? LIST_HEAD : entry + 0x1000L;
            readReply(entry, new kdring.kd.packet.BodyWriter(0x88).u64(0x00, flink).u64(0x30, NT_BASE + (i + 1L) * 0x100000L)
                    .u64(0x38, NT_BASE + (i + 1L) * 0x100000L + 0x1000).u32(0x40, 0x20000 + i)
                    .u16(0x48, utf16.length()).u16(0x4A, utf16.length() + 2).u64(0x50, name).u32(0x78, 0xC0DE + i)
                    .toBytes());
            readReply(name, utf16);
            paths.add(path);
        }
        return paths;
    }

    private void readReply(long address, Bytes data) throws IOException {
        Manipulate read = Manipulate.readRequest(kdring.kd.packet.ManipulateApi.READ_VIRTUAL_MEMORY, 0, address,
                data.length());
        fromDebugger(read);
        fromTarget(PacketType.STATE_MANIPULATE, read.reply(NtStatus.SUCCESS, w -> w.u32(0x1C, data.length()), data).raw());
    }

    /** Plays the session; returns the time of its last byte. */
    public long play() throws IOException {
        bytes(Direction.DEBUGGER_TO_TARGET, ControlPacket.reset().encode()); // 1
        bytes(Direction.TARGET_TO_DEBUGGER, ControlPacket.reset().encode()); // 2
        bytes(Direction.DEBUGGER_TO_TARGET, new byte[] { 0x62 }); // 3: break-in
        fromTarget(PacketType.STATE_CHANGE64, StateChange.of(6, 0, 1, 0xFFFFF8017BD26A00L, BREAK_PC,
                ExceptionReport.breakpoint(BREAK_PC, true), amd64()).raw()); // 4, 5
        Manipulate getVersion = Manipulate.getVersionRequest();
        fromDebugger(getVersion); // 6, 7
        fromTarget(PacketType.STATE_MANIPULATE, getVersion.reply(NtStatus.SUCCESS, version()::writeTo, Bytes.EMPTY).raw()); // 8, 9
        fromTarget(PacketType.STATE_CHANGE64, StateChange.of(6, 0, 1, 0, 0,
                LoadSymbolsReport.of(NT_PATH, NT_BASE, 0x1046000, 0x9A5F2E, false), amd64()).raw()); // 10, 11
        fromTarget(PacketType.DEBUG_IO, DebugIo.print(0, "kdring: hello, debugger\n").raw()); // 12, 13
        Manipulate read = Manipulate.readRequest(kdring.kd.packet.ManipulateApi.READ_VIRTUAL_MEMORY, 0, NT_BASE, 16);
        fromDebugger(read); // 14, 15
        byte[] reply = new DataPacket(PacketType.STATE_MANIPULATE, targetId,
                read.reply(NtStatus.SUCCESS, w -> w.u32(0x1C, 16), Bytes.of(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0,
                        0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 })).raw()).encode();
        now += 1_000_000;
        recorder.bytes(Direction.TARGET_TO_DEBUGGER, now, reply, 0, 30); // 16: split over two reads
        now += 1_000_000;
        recorder.bytes(Direction.TARGET_TO_DEBUGGER, now, reply, 30, reply.length - 30);
        bytes(Direction.DEBUGGER_TO_TARGET, ControlPacket.ack(targetId).encode()); // 17
        targetId ^= 1;
        fromDebugger(Manipulate.continueRequest(NtStatus.DBG_CONTINUE)); // 18, 19
        return now;
    }
}
