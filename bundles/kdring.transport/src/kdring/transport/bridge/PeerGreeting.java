package kdring.transport.bridge;

import java.nio.charset.StandardCharsets;

/**
 * Decides from the first bytes a peer sent whether it speaks KDCOM, before any of them reaches the guest.
 *
 * <p>A KDCOM debugger opens with any number of break-in bytes ({@code 0x62}) followed by a packet leader:
 * four {@code 0x30} (data packet) or four {@code 0x69} (control packet: RESET, ACK, RESEND). Such a start
 * is accepted as soon as it is complete; break-in bytes alone are accepted at once (a debugger that only
 * breaks in waits for the target). Anything else — an HTTP request, a TLS hello, line noise — is rejected,
 * with the reason in words. Stateless; thread-safe.
 */
public final class PeerGreeting {

    /** Bytes held at most while undecided; a peer that needs more is rejected. */
    public static final int MAX_HELD = 64;

    private static final byte BREAK_IN = 0x62;
    private static final byte DATA_LEADER = 0x30;
    private static final byte CONTROL_LEADER = 0x69;
    private static final int LEADER_LENGTH = 4;
    private static final String[] HTTP_METHODS = {"GET ", "POST", "PUT ", "HEAD", "DELE", "OPTI", "PATC", "CONN",
        "TRAC", "PRI "};

    /** The decision on a greeting. */
    public enum Verdict {
        /** A KDCOM start: pass everything held on. */
        ACCEPT,
        /** A valid but incomplete KDCOM start: keep holding and read more. */
        MORE,
        /** Not KDCOM: close the peer, drop what it sent. */
        REJECT
    }

    private PeerGreeting() {
    }

    /** @return the verdict on the first {@code length} bytes a peer sent */
    public static Verdict classify(byte[] bytes, int length) {
        int i = 0;
        while (i < length && bytes[i] == BREAK_IN) {
            i++;
        }
        if (i == length) {
            return length == 0 ? Verdict.MORE : Verdict.ACCEPT;
        }
        byte leader = bytes[i];
        if (leader != DATA_LEADER && leader != CONTROL_LEADER) {
            return Verdict.REJECT;
        }
        int run = 0;
        while (i < length && run < LEADER_LENGTH) {
            if (bytes[i] != leader) {
                return Verdict.REJECT;
            }
            i++;
            run++;
        }
        if (run == LEADER_LENGTH) {
            return Verdict.ACCEPT;
        }
        return length >= MAX_HELD ? Verdict.REJECT : Verdict.MORE;
    }

    /** @return whether the bytes start like an HTTP request */
    public static boolean looksLikeHttp(byte[] bytes, int length) {
        if (length < 4) {
            return false;
        }
        String start = new String(bytes, 0, 4, StandardCharsets.ISO_8859_1);
        for (String method : HTTP_METHODS) {
            if (start.equals(method)) {
                return true;
            }
        }
        return false;
    }

    /** @return why a rejected greeting was rejected, one line */
    public static String reason(byte[] bytes, int length) {
        if (looksLikeHttp(bytes, length)) {
            return "an HTTP request, not KDCOM";
        }
        int i = 0;
        while (i < length && bytes[i] == BREAK_IN) {
            i++;
        }
        if (i == length) {
            return "not KDCOM";
        }
        byte leader = bytes[i];
        if (leader == DATA_LEADER || leader == CONTROL_LEADER) {
            int start = i;
            while (i < length && i - start < LEADER_LENGTH && bytes[i] == leader) {
                i++;
            }
            if (i < length && i - start < LEADER_LENGTH) {
                return String.format("not KDCOM: byte 0x%02x at offset %d inside a packet leader of 0x%02x",
                        bytes[i] & 0xFF, i, leader & 0xFF);
            }
            return "not KDCOM: no complete packet leader in the first " + length + " bytes";
        }
        return String.format("not KDCOM: byte 0x%02x at offset %d where a packet leader (0x30 or 0x69) or a"
                + " break-in (0x62) belongs", leader & 0xFF, i);
    }
}
