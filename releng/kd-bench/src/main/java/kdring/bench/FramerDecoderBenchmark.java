package kdring.bench;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import kdring.kd.framing.FrameEvent;
import kdring.kd.framing.Framer;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.DebugIo;
import kdring.kd.packet.KdBody;
import kdring.kd.packet.KdPacket;
import kdring.kd.packet.KdWire;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.ManipulateApi;
import kdring.kd.packet.PacketType;
import kdring.kd.packet.VersionInfo;

/**
 * Throughput of kdring.kd's {@link Framer} and body decoder ({@link KdBody#decode(DataPacket)}) over a
 * realistic KDCOM session stream, fed in 4 KiB reads as a serial port or socket delivers them.
 * <p>
 * The stream, built once per trial with kdring.kd's own encoders, is what a debugger reading memory puts on
 * the wire: ReadVirtualMemory requests (56-byte bodies) and their ACKs, replies carrying 3944 data bytes
 * (the most one packet holds; three in four replies) or a short read (module list entries, pointers), and
 * now and then a GetVersion exchange, a DbgPrint, a lone break-in byte and a few bytes of line noise.
 * <p>
 * One operation frames and decodes the whole stream with a new framer. Besides operations per second JMH
 * reports two rates from {@link Counters}: {@code bytes} (stream bytes per second; divide by 10^6 for
 * MB/s) and {@code packets} (framed packets, data and control, per second). {@code frameOnly} is the same
 * without the body decoder, to show what decoding costs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FramerDecoderBenchmark {

    /** Read size, as one socket or serial read delivers. */
    static final int CHUNK = 4096;

    /** Approximate stream size in MiB. */
    @Param("8")
    public int streamMiB;

    /** Seed of the stream's contents and mix. */
    @Param("42")
    public long seed;

    byte[] stream;
    SessionStream.Expected expected;
    Sink sink;

    /** Builds the stream and checks that the framer finds exactly what was encoded into it. */
    @Setup(Level.Trial)
    public void buildStream() {
        SessionStream built = SessionStream.build(streamMiB << 20, seed);
        stream = built.bytes();
        expected = built.expected();
        sink = new Sink();
        sink.decode = true;
        sink.blackhole = null;
        feed(stream, sink);
        if (sink.packets != expected.packets() || sink.dataPackets != expected.dataPackets()
                || sink.breakIns != expected.breakIns() || sink.badPackets != 0 || sink.decodedBytes == 0) {
            throw new IllegalStateException("framer disagrees with the stream: " + sink + ", expected "
                    + expected);
        }
    }

    /** Frames the stream and decodes every data packet's body. */
    @Benchmark
    public void frameAndDecode(Counters counters, Blackhole blackhole) {
        run(true, counters, blackhole);
    }

    /** Frames the stream without decoding bodies (baseline). */
    @Benchmark
    public void frameOnly(Counters counters, Blackhole blackhole) {
        run(false, counters, blackhole);
    }

    private void run(boolean decode, Counters counters, Blackhole blackhole) {
        Sink s = sink;
        s.reset(decode, blackhole);
        feed(stream, s);
        if (s.packets != expected.packets()) {
            throw new IllegalStateException("framed " + s.packets + " packets, expected " + expected.packets());
        }
        counters.bytes += stream.length;
        counters.packets += s.packets;
        blackhole.consume(s.decodedBytes);
    }

    /** Feeds {@code stream} to a new framer in {@link #CHUNK}-byte reads, then ends the input. */
    static void feed(byte[] stream, Consumer<FrameEvent> sink) {
        Framer framer = new Framer(sink);
        for (int at = 0; at < stream.length; at += CHUNK) {
            framer.feed(stream, at, Math.min(CHUNK, stream.length - at));
        }
        framer.endOfInput();
    }

    /**
     * Rates JMH reports beside the primary score: every public field is summed over the iteration and
     * divided by its time.
     */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counters {
        /** Stream bytes framed (and decoded). */
        public long bytes;
        /** Packets framed, data and control. */
        public long packets;

        /** Starts each iteration from zero. */
        @Setup(Level.Iteration)
        public void clear() {
            bytes = 0;
            packets = 0;
        }
    }

    /** The framer's event sink: counts events and decodes bodies, handing results to the blackhole. */
    static final class Sink implements Consumer<FrameEvent> {
        boolean decode;
        Blackhole blackhole;
        long packets;
        long dataPackets;
        long breakIns;
        long badPackets;
        long skipped;
        long decodedBytes;

        void reset(boolean decodeBodies, Blackhole hole) {
            decode = decodeBodies;
            blackhole = hole;
            packets = dataPackets = breakIns = badPackets = skipped = decodedBytes = 0;
        }

        @Override
        public void accept(FrameEvent event) {
            switch (event) {
                case FrameEvent.PacketFramed framed -> framed(framed.packet());
                case FrameEvent.BreakIn breakIn -> breakIns++;
                case FrameEvent.BadPacket bad -> badPackets++;
                case FrameEvent.Skipped skip -> skipped += skip.count();
            }
        }

        private void framed(KdPacket packet) {
            packets++;
            if (!(packet instanceof DataPacket data)) {
                consume(packet);
                return;
            }
            dataPackets++;
            if (!decode) {
                consume(data);
                return;
            }
            KdBody body = KdBody.decode(data);
            switch (body) {
                case Manipulate m -> {
                    consume(m.detail());
                    decodedBytes += m.dataLength();
                }
                case DebugIo io -> {
                    consume(io.text());
                    decodedBytes += io.stringLength();
                }
                default -> consume(body);
            }
        }

        private void consume(Object value) {
            if (blackhole != null) {
                blackhole.consume(value);
            }
        }

        @Override
        public String toString() {
            return "packets " + packets + " (data " + dataPackets + "), break-ins " + breakIns + ", bad "
                    + badPackets + ", skipped bytes " + skipped;
        }
    }

    /** A session stream and what framing it must yield. */
    record SessionStream(byte[] bytes, Expected expected) {

        /** Event counts the framer must report. */
        record Expected(long packets, long dataPackets, long breakIns) {
        }

        /** The share of replies that carry a full 3944-byte read, in quarters. */
        private static final int FULL_READS_PER_FOUR = 3;

        /** Builds at least {@code size} bytes of session stream from {@code seed}. */
        static SessionStream build(int size, long seed) {
            Random random = new Random(seed);
            Builder out = new Builder(size);
            VersionInfo version = new VersionInfo(0x0F, 19045, 6, 2,
                    VersionInfo.FLAG_MP | VersionInfo.FLAG_DATA | VersionInfo.FLAG_PTR64, VersionInfo.MACHINE_AMD64,
                    0x0C, 3, 0x31, 0, 0xFFFFF80512200000L, 0xFFFFF80512E2A2D0L, 0xFFFFF80512C00000L);
            int debuggerId = KdWire.INITIAL_PACKET_ID;
            int targetId = KdWire.INITIAL_PACKET_ID;
            for (int round = 1; out.size() < size; round++) {
                if (round % 16 == 0) { // the target prints, the debugger acknowledges
                    out.data(PacketType.DEBUG_IO, targetId,
                            DebugIo.print(0, "kdring bench: DbgPrint number " + round + " from a driver\n").raw());
                    out.control(ControlPacket.ack(targetId));
                    targetId = KdWire.nextId(targetId);
                }
                if (round % 64 == 0) { // GetVersion, as after every break-in
                    Manipulate request = Manipulate.getVersionRequest();
                    out.data(PacketType.STATE_MANIPULATE, debuggerId, request.raw());
                    out.control(ControlPacket.ack(debuggerId));
                    debuggerId = KdWire.nextId(debuggerId);
                    out.data(PacketType.STATE_MANIPULATE, targetId, request.reply(0, version::writeTo,
                            Bytes.EMPTY).raw());
                    out.control(ControlPacket.ack(targetId));
                    targetId = KdWire.nextId(targetId);
                }
                if (round % 97 == 0) { // a break-in byte, then line noise the framer must skip
                    out.breakIn();
                    out.noise(random, 1 + random.nextInt(24));
                }
                boolean full = random.nextInt(4) < FULL_READS_PER_FOUR;
                int count = full ? Manipulate.MAX_TRANSFER : 8 << random.nextInt(7); // 8 .. 512 bytes
                long address = 0xFFFFF80512200000L + ((long) random.nextInt(1 << 24) << 4);
                Manipulate request = Manipulate.readRequest(ManipulateApi.READ_VIRTUAL_MEMORY, 0, address, count);
                out.data(PacketType.STATE_MANIPULATE, debuggerId, request.raw());
                out.control(ControlPacket.ack(debuggerId));
                debuggerId = KdWire.nextId(debuggerId);
                byte[] memory = new byte[count];
                random.nextBytes(memory);
                Manipulate reply = request.reply(0, w -> w.u32(0x1C, count), Bytes.of(memory));
                out.data(PacketType.STATE_MANIPULATE, targetId, reply.raw());
                out.control(ControlPacket.ack(targetId));
                targetId = KdWire.nextId(targetId);
            }
            return new SessionStream(out.toByteArray(), new Expected(out.packets, out.dataPackets, out.breakIns));
        }

        /** Accumulates encoded packets and counts them. */
        private static final class Builder {
            private final ByteArrayOutputStream out;
            long packets;
            long dataPackets;
            long breakIns;

            Builder(int size) {
                out = new ByteArrayOutputStream(size + 2 * KdWire.MAX_WIRE_SIZE);
            }

            int size() {
                return out.size();
            }

            void data(PacketType type, int id, Bytes body) {
                byte[] wire = new DataPacket(type, id, body).encode();
                out.write(wire, 0, wire.length);
                packets++;
                dataPackets++;
            }

            void control(ControlPacket packet) {
                byte[] wire = packet.encode();
                out.write(wire, 0, wire.length);
                packets++;
            }

            void breakIn() {
                out.write(KdWire.BREAKIN_BYTE);
                breakIns++;
            }

            /** Random bytes that can neither start a packet nor be taken for a break-in. */
            void noise(Random random, int count) {
                for (int i = 0; i < count; i++) {
                    int b;
                    do {
                        b = random.nextInt(256);
                    } while (b == KdWire.DATA_LEADER_BYTE || b == KdWire.CONTROL_LEADER_BYTE
                            || b == KdWire.BREAKIN_BYTE);
                    out.write(b);
                }
            }

            byte[] toByteArray() {
                return out.toByteArray();
            }
        }
    }
}
