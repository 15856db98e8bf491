package kdring.transport.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import kdring.transport.bridge.GreetingGate;
import kdring.transport.bridge.GreetingGate.Outcome;
import kdring.transport.bridge.PeerGreeting;

/**
 * The gate every debugger endpoint (TCP, unix socket and, on Windows, the named pipe) puts in front of the
 * guest, fed as a reader thread would feed it: in pieces of any size. (The named pipe itself only runs on
 * Windows; this is the part of it that runs everywhere.)
 */
class GreetingGateTest {

    /** The hub's side: what passed, in order. */
    private static final class Passed implements GreetingGate.Sink {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean refuse;

        @Override
        public boolean accept(byte[] b, int offset, int length) {
            if (refuse) {
                return false;
            }
            bytes.write(b, offset, length);
            return true;
        }
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void aKdcomStartInPiecesPassesWholeAndInOrder() {
        Passed passed = new Passed();
        GreetingGate gate = new GreetingGate(passed);
        assertEquals(Outcome.HELD, gate.feed(bytes(0x62, 0x30), 0, 2));
        assertEquals(Outcome.HELD, gate.feed(bytes(0x30, 0x30), 0, 2));
        assertEquals(0, passed.bytes.size(), "nothing passes before the leader is complete");
        assertEquals(Outcome.PASSED, gate.feed(bytes(0x30, 0x02, 0x00, 0x38), 0, 4));
        assertEquals(Outcome.PASSED, gate.feed(bytes(0xAA), 0, 1));
        assertTrue(gate.isOpen());
        assertNull(gate.reason());
        assertArrayEquals(bytes(0x62, 0x30, 0x30, 0x30, 0x30, 0x02, 0x00, 0x38, 0xAA), passed.bytes.toByteArray());
    }

    @Test
    void aLargeFirstReadPassesWhole() {
        Passed passed = new Passed();
        GreetingGate gate = new GreetingGate(passed);
        byte[] read = new byte[16384];
        for (int i = 0; i < read.length; i++) {
            read[i] = (byte) (i < 4 ? 0x69 : i);
        }
        assertEquals(Outcome.PASSED, gate.feed(read, 0, read.length));
        assertArrayEquals(read, passed.bytes.toByteArray());
    }

    @Test
    void breakInBytesAlonePassAtOnce() {
        Passed passed = new Passed();
        GreetingGate gate = new GreetingGate(passed);
        assertEquals(Outcome.PASSED, gate.feed(bytes(0x62), 0, 1));
        assertArrayEquals(bytes(0x62), passed.bytes.toByteArray());
    }

    @Test
    void httpIsRejectedAndToldSoInHttp() {
        Passed passed = new Passed();
        GreetingGate gate = new GreetingGate(passed);
        byte[] request = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n0000".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Outcome.REJECTED, gate.feed(request, 0, request.length));
        assertEquals(Outcome.REJECTED, gate.feed(bytes(0x30, 0x30, 0x30, 0x30), 0, 4), "rejected for good");
        assertEquals(0, passed.bytes.size(), "nothing it sent passed");
        assertFalse(gate.isOpen());
        assertEquals("an HTTP request, not KDCOM", gate.reason());
        String words = new String(gate.lastWords(), StandardCharsets.UTF_8);
        assertTrue(words.startsWith("HTTP/1.1 400 Bad Request\r\n"), words);
        int body = words.indexOf("\r\n\r\n") + 4;
        assertTrue(words.contains("Content-Length: " + (words.length() - body) + "\r\n"), words);
    }

    @Test
    void garbageAfterAGoodStartIsRejectedAndNothingPasses() {
        Passed passed = new Passed();
        GreetingGate gate = new GreetingGate(passed);
        assertEquals(Outcome.HELD, gate.feed(bytes(0x62, 0x62, 0x30, 0x30), 0, 4));
        assertEquals(Outcome.REJECTED, gate.feed(bytes(0x41), 0, 1));
        assertEquals(0, passed.bytes.size());
        assertTrue(gate.reason().contains("byte 0x41 at offset 4"), gate.reason());
        assertTrue(new String(gate.lastWords(), StandardCharsets.UTF_8).startsWith("kdring: "));
    }

    @Test
    void aGreetingThatNeverCompletesWithinTheHeldBytesIsRejected() {
        Passed passed = new Passed();
        GreetingGate gate = new GreetingGate(passed);
        byte[] start = new byte[PeerGreeting.MAX_HELD];
        Arrays.fill(start, (byte) 0x62);
        start[start.length - 1] = 0x30; // 63 break-ins, then a leader that has no room left to complete
        assertEquals(Outcome.REJECTED, gate.feed(start, 0, start.length));
        assertEquals(0, passed.bytes.size());
        assertTrue(gate.reason().contains("no complete packet leader"), gate.reason());
    }

    @Test
    void aSinkThatNoLongerTakesBytesEndsTheConnection() {
        Passed passed = new Passed();
        GreetingGate gate = new GreetingGate(passed);
        assertEquals(Outcome.PASSED, gate.feed(bytes(0x69, 0x69, 0x69, 0x69), 0, 4));
        passed.refuse = true;
        assertEquals(Outcome.REFUSED, gate.feed(bytes(0x06), 0, 1));
    }
}
