package kdring.transport.bridge;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What every debugger endpoint (TCP, unix socket, named pipe) puts between a new peer and the guest: the
 * peer's first bytes are held until {@link PeerGreeting} has judged them; a KDCOM start opens the gate and
 * everything held passes on, in order, followed by all later bytes; anything else closes it for good, and
 * nothing the peer sent passes. One gate per connection, confined to the thread that reads the peer.
 */
public final class GreetingGate {

    /** Where the bytes go once the gate is open (the hub). */
    @FunctionalInterface
    public interface Sink {
        /** @return false when the bytes were not taken (the connection is no longer the attached debugger) */
        boolean accept(byte[] bytes, int offset, int length);
    }

    /** What became of the bytes fed. */
    public enum Outcome {
        /** Passed on (the gate is open). */
        PASSED,
        /** Held: the greeting is not complete yet. */
        HELD,
        /** Not KDCOM: close the peer; nothing it sent passed. See {@link #reason()}. */
        REJECTED,
        /** The gate is open but the sink refused the bytes: the connection is over. */
        REFUSED
    }

    private final Sink sink;
    private final byte[] held = new byte[PeerGreeting.MAX_HELD];
    private int heldLength;
    private boolean open;
    private String reason;
    private boolean http;

    /** A closed gate in front of {@code sink}. */
    public GreetingGate(Sink sink) {
        this.sink = Objects.requireNonNull(sink);
    }

    /** Feeds {@code length} bytes the peer sent. */
    public Outcome feed(byte[] bytes, int offset, int length) {
        if (reason != null) {
            return Outcome.REJECTED;
        }
        if (open) {
            return length == 0 || sink.accept(bytes, offset, length) ? Outcome.PASSED : Outcome.REFUSED;
        }
        int piece = Math.min(length, held.length - heldLength);
        System.arraycopy(bytes, offset, held, heldLength, piece);
        heldLength += piece;
        switch (PeerGreeting.classify(held, heldLength)) {
            case REJECT -> {
                reason = PeerGreeting.reason(held, heldLength);
                http = PeerGreeting.looksLikeHttp(held, heldLength);
                return Outcome.REJECTED;
            }
            case MORE -> {
                return Outcome.HELD; // MORE means fewer than MAX_HELD bytes are held: all of this piece
            }
            case ACCEPT -> {
                open = true;
                if (!sink.accept(held, 0, heldLength)) {
                    return Outcome.REFUSED;
                }
                int rest = length - piece;
                return rest == 0 || sink.accept(bytes, offset + piece, rest) ? Outcome.PASSED : Outcome.REFUSED;
            }
            default -> throw new IllegalStateException();
        }
    }

    /** @return whether a KDCOM greeting opened the gate */
    public boolean isOpen() {
        return open;
    }

    /** @return why the peer was rejected, one line, or null while it was not */
    public String reason() {
        return reason;
    }

    /**
     * @return the last words for a rejected peer: one line saying why, as an HTTP 400 answer when it spoke
     *         HTTP (so a browser or curl shows it)
     */
    public byte[] lastWords() {
        String line = "kdring: this is a kernel-debugger (KDCOM) endpoint; closing (" + reason + ")\n";
        return (http ? "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nConnection: close\r\n"
                + "Content-Length: " + line.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + line : line)
                .getBytes(StandardCharsets.UTF_8);
    }
}
