package kdring.kd.tests.bench;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;

import kdring.kd.framing.FrameEvent;
import kdring.kd.framing.Framer;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.KdBody;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.ManipulateApi;
import kdring.kd.packet.ManipulateDetail;
import kdring.kd.packet.PacketType;

/**
 * Throughput of framer plus body decoder over a realistic session stream: large memory-read replies
 * (3944 bytes of data, the most one packet carries) mixed with small requests, short replies and ACKs,
 * fed in 4 KiB reads as a socket would deliver them. Not a test: run by hand (see the bundle README).
 * Prints the median of the measured iterations.
 */
public final class FramerBenchmark {

    private FramerBenchmark() {
    }

    /** Builds about {@code size} bytes of session stream. */
    static byte[] sessionStream(int size, long seed) {
        Random random = new Random(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 8192);
        int id = 0x80800000;
        while (out.size() < size) {
            long address = 0xFFFFF80000000000L + random.nextInt(1 << 30);
            Manipulate request = Manipulate.readRequest(ManipulateApi.READ_VIRTUAL_MEMORY, 0, address,
                    Manipulate.MAX_TRANSFER);
            boolean large = random.nextInt(4) != 0;
            byte[] memory = new byte[large ? Manipulate.MAX_TRANSFER : 8 + random.nextInt(120)];
            random.nextBytes(memory);
            Manipulate reply = request.reply(0, w -> w.u32(0x1C, memory.length), Bytes.of(memory));
            write(out, new DataPacket(PacketType.STATE_MANIPULATE, id, request.raw()).encode());
            write(out, ControlPacket.ack(id).encode());
            write(out, new DataPacket(PacketType.STATE_MANIPULATE, id ^ 1, reply.raw()).encode());
            write(out, ControlPacket.ack(id ^ 1).encode());
            id ^= 1;
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, byte[] bytes) {
        out.write(bytes, 0, bytes.length);
    }

    /** Frames and decodes {@code stream} once; returns the number of packets. */
    static long run(byte[] stream) {
        long[] packets = {0};
        long[] sink = {0};
        Framer framer = new Framer(event -> {
            if (event instanceof FrameEvent.PacketFramed framed) {
                packets[0]++;
                if (framed.packet() instanceof DataPacket data && KdBody.decode(data) instanceof Manipulate m
                        && m.detail() instanceof ManipulateDetail.MemoryTransfer transfer) {
                    sink[0] += transfer.actualCount();
                }
            }
        });
        for (int at = 0; at < stream.length; at += 4096) {
            framer.feed(stream, at, Math.min(4096, stream.length - at));
        }
        framer.endOfInput();
        if (sink[0] == 0) {
            throw new IllegalStateException("nothing decoded");
        }
        return packets[0];
    }

    /** {@code java ... FramerBenchmark [megabytes] [iterations]} */
    public static void main(String[] args) {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        byte[] stream = sessionStream(megabytes << 20, 42);
        for (int warm = 0; warm < 3; warm++) {
            run(stream);
        }
        double[] mbPerSecond = new double[iterations];
        double[] packetsPerSecond = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            long packets = run(stream);
            double seconds = (System.nanoTime() - start) / 1e9;
            mbPerSecond[i] = stream.length / 1e6 / seconds;
            packetsPerSecond[i] = packets / seconds;
        }
        Arrays.sort(mbPerSecond);
        Arrays.sort(packetsPerSecond);
        System.out.printf("stream %.1f MB, %d iterations: median %.0f MB/s, %.0f packets/s%n", stream.length / 1e6,
                iterations, mbPerSecond[iterations / 2], packetsPerSecond[iterations / 2]);
    }
}
