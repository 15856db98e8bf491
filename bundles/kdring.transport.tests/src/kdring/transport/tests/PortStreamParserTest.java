package kdring.transport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

import kdring.transport.port.PortMessage;
import kdring.transport.port.PortStreamParser;

class PortStreamParserTest {

    /** Records everything the parser reports. */
    static final class Recorder implements PortStreamParser.Sink {
        int kicks;
        int garbage;
        final List<PortMessage> messages = new ArrayList<>();
        final List<String> rejections = new ArrayList<>();

        @Override
        public void kick() {
            kicks++;
        }

        @Override
        public void message(PortMessage message) {
            messages.add(message);
        }

        @Override
        public void rejected(String reason) {
            rejections.add(reason);
        }

        @Override
        public void garbage(int count) {
            garbage += count;
        }
    }

    private final Recorder sink = new Recorder();
    private final PortStreamParser parser = new PortStreamParser(sink);

    private void feed(byte[] bytes) {
        parser.feed(bytes, 0, bytes.length, 0);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void crcIsTheIeeeOneOfTheContract() {
        CRC32 crc = new CRC32();
        crc.update("123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(0xCBF43926L, crc.getValue());
    }

    @Test
    void helloOfTheContractExampleDecodes() {
        byte[] hello = HexFormat.of().parseHex(
                "4B445248" // "KDRH"
                        + "01" // version 1
                        + "20" // length 0x20
                        + "0000" // flags
                        + "0030120000000000" // descriptor GPA 0x00123000
                        + "44332211" // nonce 0x11223344
                        + "0100" // guest kind 1
                        + "0000" // reserved
                        + "00000000"); // reserved
        CRC32 crc = new CRC32();
        crc.update(hello);
        byte[] framed = concat(hello, new byte[] {(byte) crc.getValue(), (byte) (crc.getValue() >> 8),
            (byte) (crc.getValue() >> 16), (byte) (crc.getValue() >> 24)});
        assertEquals(HexFormat.of().formatHex(PortStreamParser.hello(0x123000, 0x11223344, 1)),
                HexFormat.of().formatHex(framed));
        feed(framed);
        assertEquals(List.of(new PortMessage.Hello(0, 0x123000, 0x11223344, 1)), sink.messages);
        assertEquals(0, sink.garbage);
    }

    @Test
    void kicksGoodbyeAndGarbage() {
        feed(concat(new byte[] {0x6B, 0x6B, 0x00, (byte) 0xFF, 0x6B}, PortStreamParser.goodbye(1, 7)));
        assertEquals(3, sink.kicks);
        assertEquals(2, sink.garbage);
        assertEquals(List.of(new PortMessage.Goodbye(1, 7)), sink.messages);
    }

    @Test
    void tornHelloDropsOnlyItsFirstByteAndTheNextMessageSurvives() {
        byte[] hello = PortStreamParser.hello(0x5000, 42, 1);
        byte[] torn = java.util.Arrays.copyOf(hello, 12);
        feed(concat(torn, new byte[] {0x6B}, hello));
        assertEquals(List.of(new PortMessage.Hello(0, 0x5000, 42, 1)), sink.messages);
        assertTrue(sink.rejections.stream().allMatch(r -> r.startsWith("malformed port message")), sink.rejections
                .toString());
        assertTrue(sink.kicks >= 1, "the kick after the torn hello is kept");
    }

    @Test
    void wrongCrcIsRejectedAndAFollowingKickIsKept() {
        byte[] hello = PortStreamParser.hello(0x5000, 42, 1);
        hello[20] ^= 1;
        feed(concat(hello, new byte[] {0x6B}));
        assertTrue(sink.messages.isEmpty());
        assertTrue(sink.rejections.get(0).contains("CRC-32"), sink.rejections.toString());
        assertEquals(1, sink.kicks);
    }

    @Test
    void badMagicTypeAndLengthAreMalformed() {
        feed(new byte[] {0x4B, 0x44, 0x00});
        feed(new byte[] {0x4B, 0x44, 0x52, 0x51});
        feed(new byte[] {0x4B, 0x44, 0x52, 0x48, 0x01, 0x05});
        feed(new byte[] {0x4B, 0x44, 0x52, 0x48, 0x01, 0x41});
        assertEquals(4, sink.rejections.size(), sink.rejections.toString());
        assertTrue(sink.rejections.get(1).contains("unknown type 51"));
        assertTrue(sink.rejections.get(2).contains("length 5"));
        assertTrue(sink.messages.isEmpty());
    }

    @Test
    void unsupportedVersionIsReportedAndIgnored() {
        byte[] fields = new byte[22];
        feed(PortStreamParser.frame(0x48, 2, fields));
        assertEquals(List.of("unsupported message version 2"), sink.rejections);
        assertTrue(sink.messages.isEmpty());
    }

    @Test
    void partialMessageIsAbandonedAfter500Milliseconds() {
        byte[] hello = PortStreamParser.hello(0x5000, 42, 1);
        parser.feed(hello, 0, 10, 0);
        parser.expire(PortStreamParser.PARTIAL_TIMEOUT_NANOS - 1);
        assertTrue(sink.rejections.isEmpty());
        parser.expire(PortStreamParser.PARTIAL_TIMEOUT_NANOS);
        assertTrue(sink.rejections.get(0).contains("500 ms"), sink.rejections.toString());
        parser.feed(hello, 0, hello.length, PortStreamParser.PARTIAL_TIMEOUT_NANOS + 1);
        assertEquals(1, sink.messages.size());
    }

    @Test
    void repeatedHellosAreAllReported() {
        byte[] hello = PortStreamParser.hello(0x5000, 42, 1);
        feed(concat(hello, hello, hello));
        assertEquals(3, sink.messages.size());
    }

    @Test
    void kickStormIsCountedNotQueued() {
        byte[] storm = new byte[100_000];
        java.util.Arrays.fill(storm, (byte) 0x6B);
        feed(storm);
        assertEquals(100_000, sink.kicks);
        assertEquals(0, sink.garbage);
    }

    @Test
    void resetDiscardsACandidate() {
        byte[] hello = PortStreamParser.hello(0x5000, 42, 1);
        parser.feed(hello, 0, 20, 0);
        parser.reset();
        parser.feed(hello, 20, hello.length - 20, 0);
        assertTrue(sink.messages.isEmpty());
    }

    @Test
    void randomGarbageNeverThrowsAndMessagesInsideSurvive() {
        java.util.Random random = new java.util.Random(5);
        byte[] hello = PortStreamParser.hello(0x7000, 99, 2);
        for (int round = 0; round < 200; round++) {
            byte[] noise = new byte[random.nextInt(200)];
            random.nextBytes(noise);
            for (int i = 0; i < noise.length; i++) {
                if (noise[i] == 0x4B && random.nextBoolean()) {
                    noise[i] = 0x4B; // keep some magic starts
                }
            }
            feed(concat(noise, hello));
        }
        assertEquals(200, sink.messages.stream().filter(m -> m.equals(new PortMessage.Hello(0, 0x7000, 99, 2)))
                .count());
    }
}
