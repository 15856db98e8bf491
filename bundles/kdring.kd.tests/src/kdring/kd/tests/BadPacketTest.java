package kdring.kd.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import kdring.kd.framing.FrameEvent;
import kdring.kd.framing.FrameEvent.BadPacket;
import kdring.kd.framing.FrameEvent.Problem;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.KdBody;
import kdring.kd.packet.PacketType;
import kdring.kd.packet.UnparsedBody;

/** Short, truncated, oversized, wrong-checksum and unknown-type inputs to the framer and the decoder. */
public class BadPacketTest {

    private static BadPacket onlyBadPacket(List<FrameEvent> events) {
        List<BadPacket> bad = events.stream().filter(BadPacket.class::isInstance).map(BadPacket.class::cast)
                .toList();
        assertEquals(0, Frames.packetsOf(events).size(), "no packet expected: " + events);
        assertTrue(!bad.isEmpty(), "a bad packet expected: " + events);
        return bad.get(0);
    }

    @Test
    void shortInputIsTruncated() {
        byte[] input = new Fixture()
                .hex("30303030", "data leader")
                .hex("0200 38", "half a header")
                .bytes();
        BadPacket bad = onlyBadPacket(Frames.events(input));
        assertEquals(Problem.TRUNCATED, bad.problem());
        assertEquals(0, bad.offset());
    }

    @Test
    void truncatedPacketIsReportedAndTheNextPacketStillFound() {
        byte[] cut = Arrays.copyOf(KdVectors.xpA(), 40);
        List<FrameEvent> alone = Frames.events(cut);
        assertEquals(Problem.TRUNCATED, onlyBadPacket(alone).problem());

        List<FrameEvent> followed = Frames.events(Frames.concat(cut, KdVectors.xpB(), KdVectors.xpC()));
        assertEquals(2, Frames.packetsOf(followed).size(), followed.toString());
        assertEquals(PacketType.ACKNOWLEDGE, Frames.packetsOf(followed).get(0).type());
        assertTrue(followed.stream().anyMatch(BadPacket.class::isInstance));
    }

    @Test
    void oversizedByteCountIsRejected() {
        byte[] input = new Fixture()
                .hex("30303030", "data leader")
                .hex("0300", "DEBUG_IO")
                .hex("A10F", "ByteCount 4001, one over PACKET_MAX_SIZE")
                .hex("00008080", "id")
                .hex("00000000", "checksum")
                .zeros(20, "some body")
                .bytes();
        BadPacket bad = onlyBadPacket(Frames.events(input));
        assertEquals(Problem.OVERSIZE, bad.problem());
        assertTrue(bad.detail().contains("4001"), bad.detail());
    }

    @Test
    void largestBodyIsAccepted() {
        DataPacket largest = new DataPacket(PacketType.STATE_MANIPULATE, 0x80800001, Bytes.of(new byte[4000]));
        assertEquals(largest, Frames.single(largest.encode()));
    }

    @Test
    void wrongChecksumIsRejected() {
        byte[] input = KdVectors.xpC();
        input[12] ^= 1;
        BadPacket bad = onlyBadPacket(Frames.events(input));
        assertEquals(Problem.BAD_CHECKSUM, bad.problem());
        assertTrue(bad.detail().contains("0x0000173E"), bad.detail());
    }

    @Test
    void corruptedBodyIsRejected() {
        byte[] input = KdVectors.xpC();
        input[40] ^= 0x10;
        assertEquals(Problem.BAD_CHECKSUM, onlyBadPacket(Frames.events(input)).problem());
    }

    @Test
    void missingTrailerIsRejected() {
        byte[] input = KdVectors.xpA();
        input[input.length - 1] = 0x55;
        assertEquals(Problem.MISSING_TRAILER, onlyBadPacket(Frames.events(input)).problem());
    }

    @Test
    void unknownTypesAreRejected() {
        byte[] dataUnknown = new Fixture()
                .hex("30303030", "data leader")
                .hex("0D00", "PacketType 13: beyond PACKET_TYPE_MAX")
                .hex("0000 00008080 00000000", "count, id, checksum")
                .bytes();
        assertEquals(Problem.UNKNOWN_TYPE, onlyBadPacket(Frames.events(dataUnknown)).problem());

        byte[] pollUnderData = new Fixture()
                .hex("30303030", "data leader")
                .hex("0800", "PacketType 8: POLL_BREAKIN, never on the wire")
                .hex("0000 00008080 00000000", "count, id, checksum")
                .bytes();
        assertEquals(Problem.UNKNOWN_TYPE, onlyBadPacket(Frames.events(pollUnderData)).problem());

        byte[] dataTypeUnderControl = new Fixture()
                .hex("69696969", "control leader")
                .hex("0200", "PacketType 2: a data type")
                .hex("0000 00008080 00000000", "count, id, checksum")
                .bytes();
        assertEquals(Problem.UNKNOWN_TYPE, onlyBadPacket(Frames.events(dataTypeUnderControl)).problem());
    }

    @Test
    void bodiesTooShortForTheirStructureDecodeAsUnparsed() {
        for (PacketType type : new PacketType[] {PacketType.STATE_CHANGE64, PacketType.STATE_MANIPULATE,
                PacketType.DEBUG_IO, PacketType.FILE_IO}) {
            KdBody body = KdBody.decode(new DataPacket(type, 0x80800000, Bytes.of(new byte[8])));
            UnparsedBody unparsed = assertInstanceOf(UnparsedBody.class, body);
            assertTrue(unparsed.isMalformed());
            assertTrue(unparsed.reason().contains("shorter"), unparsed.reason());
        }
        KdBody empty = KdBody.decode(new DataPacket(PacketType.STATE_MANIPULATE, 0, Bytes.EMPTY));
        assertInstanceOf(UnparsedBody.class, empty);
    }

    @Test
    void breakInByteOutsidePacketsIsReportedButNotInsideABody() {
        byte[] input = Frames.concat(new byte[] {0x62}, KdVectors.xpB(), new byte[] {0x62});
        List<FrameEvent> events = Frames.events(input);
        assertInstanceOf(FrameEvent.BreakIn.class, events.get(0));
        assertEquals(0, events.get(0).offset());
        assertInstanceOf(FrameEvent.PacketFramed.class, events.get(1));
        assertEquals(17, ((FrameEvent.BreakIn) events.get(2)).offset());

        DataPacket print = new DataPacket(PacketType.DEBUG_IO, 0x80800000,
                kdring.kd.packet.DebugIo.print(0, "bbbb").raw());
        assertEquals(1, Frames.events(print.encode()).size(), "0x62 inside a body is data");
    }

    @Test
    void garbageIsSkippedAndCounted() {
        byte[] input = Frames.concat(new byte[] {1, 2, 3, 0x30, 0x30}, KdVectors.xpB(), new byte[] {9, 9});
        List<FrameEvent> events = Frames.events(input);
        assertEquals(new FrameEvent.Skipped(0, 5), events.get(0));
        assertEquals(5, events.get(1).offset());
        assertEquals(new FrameEvent.Skipped(21, 2), events.get(2));
    }

    @Test
    void longLeaderRunSlidesToThePacket() {
        byte[] input = Frames.concat(new byte[] {0x30, 0x30, 0x30}, KdVectors.xpA());
        List<FrameEvent> events = Frames.events(input);
        assertEquals(1, Frames.packetsOf(events).size(), events.toString());
        assertEquals(3, ((FrameEvent.PacketFramed) events.get(events.size() - 1)).offset());
    }
}
