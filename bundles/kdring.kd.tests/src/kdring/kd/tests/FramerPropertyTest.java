package kdring.kd.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import kdring.kd.framing.FrameEvent;
import kdring.kd.framing.Framer;
import kdring.kd.packet.KdBody;
import kdring.kd.packet.KdPacket;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.StateChange;
import kdring.kd.packet.Manipulate;

/** Seeded property tests of the framer: chunking, garbage, arbitrary input. */
public class FramerPropertyTest {

    private static final long SEED = 0x4B44_5249_4E47L;

    private static List<FrameEvent> feedInChunks(byte[] input, Random random, int maxChunk) {
        List<FrameEvent> events = new ArrayList<>();
        Framer framer = new Framer(events::add);
        int at = 0;
        while (at < input.length) {
            int n = Math.min(input.length - at, 1 + random.nextInt(maxChunk));
            // feed from an offset inside a bigger array to exercise offset handling
            byte[] carrier = new byte[n + 7];
            System.arraycopy(input, at, carrier, 3, n);
            framer.feed(carrier, 3, n);
            at += n;
        }
        framer.endOfInput();
        return events;
    }

    @Test
    void anyChunkingGivesTheSameEvents() {
        Random random = new Random(SEED);
        RandomPackets generator = new RandomPackets(random);
        for (int round = 0; round < 200; round++) {
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            for (KdPacket packet : generator.packets(1 + random.nextInt(20))) {
                byte[] noise = generator.garbage(random.nextInt(3) == 0 ? 30 : 0, true);
                stream.write(noise, 0, noise.length);
                byte[] wire = packet.encode();
                if (random.nextInt(10) == 0) {
                    wire[random.nextInt(wire.length)] ^= (byte) (1 << random.nextInt(8));
                }
                stream.write(wire, 0, wire.length);
            }
            byte[] input = stream.toByteArray();
            List<FrameEvent> whole = Frames.events(input);
            for (int maxChunk : new int[] {1, 3, 17, 1000}) {
                assertEquals(whole, feedInChunks(input, random, maxChunk), "round " + round + " chunk " + maxChunk);
            }
        }
    }

    @Test
    void garbageBetweenPacketsLosesNoPacket() {
        Random random = new Random(SEED + 1);
        RandomPackets generator = new RandomPackets(random);
        for (int round = 0; round < 300; round++) {
            List<KdPacket> packets = generator.packets(1 + random.nextInt(15));
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            for (KdPacket packet : packets) {
                byte[] noise = generator.garbage(40, false);
                stream.write(noise, 0, noise.length);
                byte[] wire = packet.encode();
                stream.write(wire, 0, wire.length);
            }
            byte[] tail = generator.garbage(40, false);
            stream.write(tail, 0, tail.length);
            List<FrameEvent> events = feedInChunks(stream.toByteArray(), random, 64);
            assertEquals(packets, Frames.packetsOf(events), "round " + round);
        }
    }

    @Test
    void arbitraryBytesNeverThrow() {
        Random random = new Random(SEED + 2);
        byte[] alphabet = {0x30, 0x69, 0x62, (byte) 0xAA, 0, 2, 4, 6, 7, (byte) 0xFF, 0x38};
        for (int round = 0; round < 300; round++) {
            byte[] input = new byte[random.nextInt(9000)];
            boolean biased = random.nextBoolean();
            for (int i = 0; i < input.length; i++) {
                input[i] = biased ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            for (FrameEvent event : feedInChunks(input, random, 500)) {
                if (event instanceof FrameEvent.PacketFramed framed && framed.packet() instanceof DataPacket data) {
                    exercise(KdBody.decode(data));
                }
            }
        }
    }

    /** Calls every decoder accessor; used to show that no field read can fail on a framed packet. */
    static int exercise(KdBody body) {
        return switch (body) {
            case StateChange change -> change.report().hashCode() + change.controlReport().hashCode()
                    + change.extraData().length();
            case Manipulate manipulate -> manipulate.detail().hashCode() + manipulate.data().length();
            case kdring.kd.packet.DebugIo io -> io.text().length() + io.stringLength();
            case kdring.kd.packet.FileIo io -> io.apiName().length() + io.path().length() + (int) io.handle();
            case kdring.kd.packet.UnparsedBody unparsed -> unparsed.reason().length();
        };
    }
}
