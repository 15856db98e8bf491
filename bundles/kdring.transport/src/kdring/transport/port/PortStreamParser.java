package kdring.transport.port;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * Parses the byte stream of the handshake port (docs/channel-protocol.md §2.1, §2.4): kicks ({@code 6B}),
 * framed hello and goodbye messages ({@code 4B 44 52 tt ...}) and garbage.
 *
 * <p>A candidate message starts at a {@code 4B}. It is rejected as soon as a byte shows that it cannot be a
 * message (no {@code 44 52}, unknown type, length outside 16..64), when its CRC-32 does not match, or when it
 * stays incomplete for {@link #PARTIAL_TIMEOUT_NANOS} (checked by {@link #expire}). A rejection drops only the
 * candidate's first byte and parses the remaining collected bytes again, so a kick or a real message that
 * follows a torn one is not lost.
 *
 * <p>Not thread-safe: confined to the channel's owner thread, which feeds it whatever the port delivered
 * and then services the rings once however many kicks arrived (kick coalescing is the caller's job, helped
 * by {@link Sink#kick()} being a plain call).
 */
public final class PortStreamParser {

    /** A candidate that stays incomplete this long is abandoned (§2.4: 500 ms). */
    public static final long PARTIAL_TIMEOUT_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    static final int KICK = 0x6B;
    static final int MAGIC0 = 0x4B;
    static final int MAGIC1 = 0x44;
    static final int MAGIC2 = 0x52;
    static final int TYPE_HELLO = 0x48;
    static final int TYPE_GOODBYE = 0x47;
    static final int MIN_LENGTH = 16;
    static final int MAX_LENGTH = 64;
    static final int HELLO_LENGTH = 0x20;
    static final int GOODBYE_LENGTH = 0x10;

    /** Where the parser's findings go. Called on the thread that feeds the parser. */
    public interface Sink {
        /** One kick byte. */
        void kick();

        /** A well-framed message of version 1 with a correct CRC. */
        void message(PortMessage message);

        /** A candidate was rejected ("malformed port message") or a good frame had an unsupported version. */
        void rejected(String reason);

        /** {@code count} bytes that were neither a kick nor part of a message. */
        void garbage(int count);
    }

    private final Sink sink;
    private final byte[] candidate = new byte[MAX_LENGTH];
    private int length;
    private long candidateStart;

    /** A parser that reports to {@code sink}. */
    public PortStreamParser(Sink sink) {
        this.sink = Objects.requireNonNull(sink);
    }

    /** Feeds bytes that arrived at {@code nowNanos} ({@link System#nanoTime()}). */
    public void feed(byte[] bytes, int offset, int count, long nowNanos) {
        expire(nowNanos);
        for (int i = 0; i < count; i++) {
            step(bytes[offset + i] & 0xFF, nowNanos);
        }
    }

    /** Feeds the remaining bytes of {@code buffer}. */
    public void feed(ByteBuffer buffer, long nowNanos) {
        expire(nowNanos);
        while (buffer.hasRemaining()) {
            step(buffer.get() & 0xFF, nowNanos);
        }
    }

    /** Abandons a candidate that has been incomplete for longer than the partial timeout. */
    public void expire(long nowNanos) {
        while (length > 0 && nowNanos - candidateStart >= PARTIAL_TIMEOUT_NANOS) {
            reject("incomplete port message abandoned after 500 ms (" + length + " bytes)", nowNanos);
        }
    }

    /** The port stream was closed or reconnected: any candidate is discarded (§2.4). */
    public void reset() {
        length = 0;
    }

    /** @return whether a candidate message is being collected (for choosing a wake-up time) */
    public boolean hasPartialMessage() {
        return length > 0;
    }

    /** @return when the current candidate would expire, in {@link System#nanoTime()} terms */
    public long partialDeadline() {
        return candidateStart + PARTIAL_TIMEOUT_NANOS;
    }

    private void step(int b, long nowNanos) {
        if (length == 0) {
            if (b == KICK) {
                sink.kick();
            } else if (b == MAGIC0) {
                candidate[0] = (byte) b;
                length = 1;
                candidateStart = nowNanos;
            } else {
                sink.garbage(1);
            }
            return;
        }
        candidate[length++] = (byte) b;
        String problem = checkPrefix();
        if (problem != null) {
            reject(problem, nowNanos);
            return;
        }
        if (length >= 6 && length == (candidate[5] & 0xFF)) {
            complete(nowNanos);
        }
    }

    /** @return why the collected prefix cannot be a message, or null while it still may be one */
    private String checkPrefix() {
        int last = length - 1;
        int b = candidate[last] & 0xFF;
        return switch (last) {
            case 1 -> b == MAGIC1 ? null : String.format("malformed port message: 4B followed by %02X, not 44", b);
            case 2 -> b == MAGIC2 ? null : String.format("malformed port message: 4B 44 followed by %02X, not 52", b);
            case 3 -> b == TYPE_HELLO || b == TYPE_GOODBYE ? null
                    : String.format("malformed port message: unknown type %02X", b);
            case 5 -> b >= MIN_LENGTH && b <= MAX_LENGTH ? null
                    : String.format("malformed port message: length %d outside 16..64", b);
            default -> null;
        };
    }

    private void complete(long nowNanos) {
        ByteBuffer message = ByteBuffer.wrap(candidate, 0, length).order(ByteOrder.LITTLE_ENDIAN);
        CRC32 crc = new CRC32();
        crc.update(candidate, 0, length - 4);
        int expected = (int) crc.getValue();
        int found = message.getInt(length - 4);
        if (expected != found) {
            reject(String.format("malformed port message: CRC-32 0x%08x, expected 0x%08x", found, expected),
                    nowNanos);
            return;
        }
        int type = candidate[3] & 0xFF;
        int version = candidate[4] & 0xFF;
        int size = length;
        length = 0;
        if (version != 1) {
            sink.rejected("unsupported message version " + version);
            return;
        }
        if (type == TYPE_HELLO) {
            if (size != HELLO_LENGTH) {
                sink.rejected("malformed port message: hello of " + size + " bytes, version 1 has 32");
                return;
            }
            sink.message(new PortMessage.Hello(message.getShort(6) & 0xFFFF, message.getLong(8),
                    message.getInt(0x10), message.getShort(0x14) & 0xFFFF));
        } else {
            if (size != GOODBYE_LENGTH) {
                sink.rejected("malformed port message: goodbye of " + size + " bytes, version 1 has 16");
                return;
            }
            sink.message(new PortMessage.Goodbye(message.getShort(6) & 0xFFFF, message.getInt(8)));
        }
    }

    /** Drops the candidate's first byte (counted as garbage) and parses the rest again. */
    private void reject(String reason, long nowNanos) {
        sink.rejected(reason);
        sink.garbage(1);
        int rest = length - 1;
        byte[] again = new byte[rest];
        System.arraycopy(candidate, 1, again, 0, rest);
        length = 0;
        for (byte b : again) {
            step(b & 0xFF, nowNanos);
        }
    }

    /** Builds a well-formed message of {@code type} with the given fields (for guests in tests and tools). */
    public static byte[] frame(int type, int version, byte[] fields) {
        int size = fields.length + 10;
        if (size < MIN_LENGTH || size > MAX_LENGTH) {
            throw new IllegalArgumentException("message length " + size + " outside 16..64");
        }
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) MAGIC0).put((byte) MAGIC1).put((byte) MAGIC2).put((byte) type).put((byte) version)
                .put((byte) size).put(fields);
        CRC32 crc = new CRC32();
        crc.update(out.array(), 0, size - 4);
        out.putInt((int) crc.getValue());
        return out.array();
    }

    /** A hello of version 1 (32 bytes). */
    public static byte[] hello(long descriptorGpa, int nonce, int guestKind) {
        ByteBuffer fields = ByteBuffer.allocate(HELLO_LENGTH - 10).order(ByteOrder.LITTLE_ENDIAN);
        fields.putShort((short) 0).putLong(descriptorGpa).putInt(nonce).putShort((short) guestKind)
                .putShort((short) 0).putInt(0);
        return frame(TYPE_HELLO, 1, fields.array());
    }

    /** A goodbye of version 1 (16 bytes). */
    public static byte[] goodbye(int reason, int nonce) {
        ByteBuffer fields = ByteBuffer.allocate(GOODBYE_LENGTH - 10).order(ByteOrder.LITTLE_ENDIAN);
        fields.putShort((short) reason).putInt(nonce);
        return frame(TYPE_GOODBYE, 1, fields.array());
    }
}
