package kdring.transport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import kdring.transport.bridge.PeerGreeting;
import kdring.transport.bridge.PeerGreeting.Verdict;

/** The judgement on a peer's first bytes, byte by byte. */
class PeerGreetingTest {

    private static Verdict classify(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return PeerGreeting.classify(b, b.length);
    }

    @Test
    void kdcomStartsAreAccepted() {
        assertEquals(Verdict.ACCEPT, classify(0x62), "a lone break-in");
        assertEquals(Verdict.ACCEPT, classify(0x62, 0x62, 0x62), "break-ins");
        assertEquals(Verdict.ACCEPT, classify(0x30, 0x30, 0x30, 0x30, 0x02), "a data packet leader");
        assertEquals(Verdict.ACCEPT, classify(0x69, 0x69, 0x69, 0x69, 0x06, 0x00), "a RESET");
        assertEquals(Verdict.ACCEPT, classify(0x62, 0x69, 0x69, 0x69, 0x69), "break-in, then a control packet");
    }

    @Test
    void incompleteLeadersWaitForMore() {
        assertEquals(Verdict.MORE, classify());
        assertEquals(Verdict.MORE, classify(0x30));
        assertEquals(Verdict.MORE, classify(0x62, 0x69, 0x69, 0x69));
    }

    @Test
    void everythingElseIsRejected() {
        assertEquals(Verdict.REJECT, classify('G', 'E', 'T', ' '));
        assertEquals(Verdict.REJECT, classify(0x30, 0x30, 0x69), "mixed leader");
        assertEquals(Verdict.REJECT, classify(0x62, 0x00), "break-in, then noise");
        assertEquals(Verdict.REJECT, classify(0x16, 0x03, 0x01), "a TLS hello");
        assertEquals(Verdict.REJECT, classify(0x00));
    }

    @Test
    void httpIsNamedAsSuch() {
        byte[] post = "POST /api HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII);
        assertTrue(PeerGreeting.looksLikeHttp(post, post.length));
        assertEquals("an HTTP request, not KDCOM", PeerGreeting.reason(post, post.length));
        byte[] noise = {0x62, 0x41};
        assertTrue(PeerGreeting.reason(noise, 2).contains("byte 0x41 at offset 1"), PeerGreeting.reason(noise, 2));
    }
}
