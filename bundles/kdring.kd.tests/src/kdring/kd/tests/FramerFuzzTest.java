package kdring.kd.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import kdring.kd.framing.FrameEvent;
import kdring.kd.framing.Framer;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.KdBody;
import kdring.kd.packet.KdPacket;
import kdring.kd.packet.PacketType;

/**
 * Mutation fuzzing of framer and decoder: seeded mutations (bit flips, truncation, length field changes,
 * insertions, duplications) of valid packets, each followed by a separator and a sentinel packet. No input
 * may throw, and the sentinel must always be found: a damaged packet never hides the good one after it.
 * <p>
 * Run longer by hand: {@code java -cp ... kdring.kd.tests.FramerFuzzTest [iterations] [seed]}.
 */
public class FramerFuzzTest {

    private static final byte[] SEPARATOR = new byte[16];
    private static final DataPacket SENTINEL = new DataPacket(PacketType.DEBUG_IO, 0x80800001,
            kdring.kd.packet.DebugIo.print(0, "sentinel\n").raw());

    @Test
    void millionMutatedInputs() {
        Result result = fuzz(1_000_000, 20240611L);
        assertEquals(1_000_000, result.sentinelsFound());
        assertTrue(result.badPackets() > 500_000, "most mutations must be caught: " + result);
    }

    /** Outcome of a fuzz run. */
    record Result(long inputs, long sentinelsFound, long packets, long badPackets, long bytes) {
    }

    static Result fuzz(long iterations, long seed) {
        Random random = new Random(seed);
        List<byte[]> seeds = seedPackets(random);
        byte[] sentinel = SENTINEL.encode();
        byte[] buffer = new byte[8192];
        long[] counters = new long[3];
        long[] sentinels = {0};
        List<KdPacket> packetsOfInput = new ArrayList<>();
        Framer framer = new Framer(event -> {
            switch (event) {
                case FrameEvent.PacketFramed framed -> {
                    counters[0]++;
                    packetsOfInput.add(framed.packet());
                }
                case FrameEvent.BadPacket bad -> counters[1]++;
                default -> { }
            }
        });
        long bytes = 0;
        for (long i = 0; i < iterations; i++) {
            byte[] original = seeds.get(random.nextInt(seeds.size()));
            int length = mutate(original, buffer, random);
            System.arraycopy(SEPARATOR, 0, buffer, length, SEPARATOR.length);
            length += SEPARATOR.length;
            System.arraycopy(sentinel, 0, buffer, length, sentinel.length);
            length += sentinel.length;
            packetsOfInput.clear();
            int at = 0;
            while (at < length) {
                int n = random.nextInt(4) == 0 ? Math.min(length - at, 1 + random.nextInt(40)) : length - at;
                framer.feed(buffer, at, n);
                at += n;
            }
            framer.endOfInput(); // a packet cut short by the mutation is only known at the end
            bytes += length;
            if (!packetsOfInput.isEmpty() && packetsOfInput.get(packetsOfInput.size() - 1).equals(SENTINEL)) {
                sentinels[0]++;
            } else {
                throw new AssertionError("sentinel lost after input " + i + ": "
                        + Bytes.copyOf(buffer, 0, length).toHex() + " packets " + packetsOfInput);
            }
            for (KdPacket packet : packetsOfInput) {
                if (packet instanceof DataPacket data && packet != SENTINEL) {
                    FramerPropertyTest.exercise(KdBody.decode(data));
                }
            }
        }
        return new Result(iterations, sentinels[0], counters[0], counters[1], bytes);
    }

    private static List<byte[]> seedPackets(Random random) {
        List<byte[]> seeds = new ArrayList<>(List.of(KdVectors.xpA(), KdVectors.xpB(), KdVectors.xpC(),
                KdVectors.xpD(), KdVectors.xpE(), KdVectors.xpF(0x80800800), KdVectors.w81A(), KdVectors.w81B(),
                KdVectors.w10A(), KdVectors.reset()));
        RandomPackets generator = new RandomPackets(random);
        while (seeds.size() < 30) {
            KdPacket packet = generator.packet();
            if (packet.wireLength() < 600) {
                seeds.add(packet.encode());
            }
        }
        return seeds;
    }

    /** Writes a mutation of {@code original} into {@code out}; returns its length (at most 4096). */
    private static int mutate(byte[] original, byte[] out, Random random) {
        int length = original.length;
        System.arraycopy(original, 0, out, 0, length);
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            switch (random.nextInt(6)) {
                case 0 -> { // bit flip
                    int at = random.nextInt(length);
                    out[at] ^= (byte) (1 << random.nextInt(8));
                }
                case 1 -> length = random.nextInt(length) + 1; // truncation
                case 2 -> { // length field change
                    if (length >= 8) {
                        int count = random.nextBoolean() ? random.nextInt(0x10000) : random.nextInt(300);
                        out[6] = (byte) count;
                        out[7] = (byte) (count >>> 8);
                    }
                }
                case 3 -> { // insertion
                    int n = 1 + random.nextInt(8);
                    if (length + n <= 4096) {
                        int at = random.nextInt(length + 1);
                        System.arraycopy(out, at, out, at + n, length - at);
                        for (int k = 0; k < n; k++) {
                            out[at + k] = random.nextBoolean() ? (byte) random.nextInt(256) : 0x30;
                        }
                        length += n;
                    }
                }
                case 4 -> { // duplication of a slice
                    int from = random.nextInt(length);
                    int n = Math.min(1 + random.nextInt(20), length - from);
                    if (length + n <= 4096) {
                        System.arraycopy(out, from, out, from + n, length - from);
                        length += n;
                    }
                }
                default -> { // byte replaced with a protocol-significant value
                    byte[] special = {0x30, 0x69, 0x62, (byte) 0xAA, 0};
                    out[random.nextInt(length)] = special[random.nextInt(special.length)];
                }
            }
        }
        return length;
    }

    /** Runs a longer fuzz by hand. */
    public static void main(String[] args) {
        long iterations = args.length > 0 ? Long.parseLong(args[0]) : 20_000_000L;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        long start = System.nanoTime();
        Result result = fuzz(iterations, seed);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("seed %d: %s in %.1f s%n", seed, result, seconds);
        System.out.println(Arrays.toString(new long[] {result.sentinelsFound(), result.inputs()}));
    }
}
