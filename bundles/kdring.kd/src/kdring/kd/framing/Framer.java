package kdring.kd.framing;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

import kdring.kd.framing.FrameEvent.BadPacket;
import kdring.kd.framing.FrameEvent.Problem;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.KdWire;
import kdring.kd.packet.PacketType;

/**
 * Cuts one direction of a KDCOM byte stream into packets, incrementally: bytes may arrive in any chunks.
 * <p>
 * Leader scan as the kdcom receiver does it (fact sheet §1): four identical bytes, all 0x30 or all 0x69,
 * start a packet; a lone 0x62 outside a packet is a break-in; anything else is skipped. Unlike kdcom, the
 * framer lets extra leader bytes slide the leader window (a packet type's low byte is never 0x30 or 0x69),
 * and when a candidate packet turns out bad it rescans the bytes after that leader's first byte, so one
 * corrupted or truncated packet never hides the good packets whose bytes it swallowed.
 * <p>
 * Problems are reported as {@link FrameEvent.BadPacket} events, never as exceptions. Memory is bounded:
 * at most one maximal packet ({@value KdWire#MAX_WIRE_SIZE} bytes) is buffered, plus at most as much again
 * for a rescan.
 * <p>
 * Not thread-safe: confine a framer to the thread that reads its stream. The sink is called on that thread,
 * from inside {@link #feed}, and must not call back into the framer.
 */
public final class Framer {

    private enum State { SCAN, HEADER, BODY, TRAILER }

    private final Consumer<? super FrameEvent> sink;
    private final byte[] packet = new byte[KdWire.MAX_WIRE_SIZE];

    private State state = State.SCAN;
    private long streamOffset;

    // leader scan
    private byte runByte;
    private int runCount;
    private long runStart;
    private long skipFrom;

    // packet being assembled
    private long packetStart;
    private int packetLength;
    private int bodyRemaining;
    private int bodyLength;
    private int checksumSum;
    private PacketType dataType;

    // bytes to rescan after a bad packet, before any further input
    private byte[] replay = new byte[0];
    private int rejectedLength;
    private int replayPos;
    private long replayBase;

    /** Creates a framer that reports to {@code sink}. */
    public Framer(Consumer<? super FrameEvent> sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Total bytes fed so far. */
    public long offset() {
        return streamOffset;
    }

    /** True while a packet has begun but is not complete. */
    public boolean isInsidePacket() {
        return state != State.SCAN;
    }

    /** Feeds all of {@code data}. */
    public void feed(byte[] data) {
        feed(data, 0, data.length);
    }

    /** Feeds {@code length} bytes of {@code data} from {@code offset}. */
    public void feed(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        long base = streamOffset - offset;
        int position = offset;
        int end = offset + length;
        streamOffset += length;
        while (true) {
            if (replayPos < replay.length) {
                int stop = run(replay, replayPos, replay.length, replayBase);
                if (stop < 0) {
                    startRescan(replay, -stop - 1);
                } else {
                    replayPos = stop;
                }
            } else if (position < end) {
                int stop = run(data, position, end, base);
                if (stop < 0) {
                    position = -stop - 1;
                    startRescan(replay, replay.length);
                } else {
                    position = stop;
                }
            } else {
                return;
            }
        }
    }

    /**
     * Declares the end of the stream (or that the partial packet will never complete, e.g. after a read
     * timeout): a packet in progress is reported as {@link Problem#TRUNCATED} and the bytes after its
     * leader are rescanned; skipped bytes at the end are reported.
     */
    public void endOfInput() {
        while (state != State.SCAN) {
            int examined = packetLength;
            reject(Problem.TRUNCATED, "stream ended " + examined + " bytes into the packet");
            startRescan(replay, replay.length);
            feed(new byte[0], 0, 0);
        }
        flushSkipped(streamOffset);
    }

    /**
     * Processes {@code src[from, to)}; {@code base} is the stream offset of {@code src[0]}. Returns the index
     * where it stopped, or {@code -(index + 1)} when a bad packet set up a rescan and processing must first
     * continue with the replay buffer (the input resumes at {@code index}).
     */
    private int run(byte[] src, int from, int to, long base) {
        int i = from;
        while (i < to) {
            switch (state) {
                case SCAN -> i = scan(src, i, to, base);
                case HEADER -> {
                    byte b = src[i];
                    if (packetLength == 4 && b == packet[0]) {
                        packetStart++; // slide the leader window over a longer run
                        i++;
                        continue;
                    }
                    packet[packetLength++] = b;
                    i++;
                    if (packetLength == KdWire.HEADER_SIZE && !headerComplete()) {
                        return -(i + 1);
                    }
                }
                case BODY -> {
                    int n = Math.min(bodyRemaining, to - i);
                    System.arraycopy(src, i, packet, packetLength, n);
                    int sum = checksumSum;
                    for (int k = i, e = i + n; k < e; k++) {
                        sum += src[k] & 0xFF;
                    }
                    checksumSum = sum;
                    packetLength += n;
                    bodyRemaining -= n;
                    i += n;
                    if (bodyRemaining == 0) {
                        state = State.TRAILER;
                    }
                }
                case TRAILER -> {
                    byte b = src[i++];
                    packet[packetLength++] = b;
                    if (!trailerComplete(b)) {
                        return -(i + 1);
                    }
                }
            }
        }
        return i;
    }

    private int scan(byte[] src, int from, int to, long base) {
        byte run = runByte;
        int count = runCount;
        for (int i = from; i < to; i++) {
            byte b = src[i];
            if (b == KdWire.DATA_LEADER_BYTE || b == KdWire.CONTROL_LEADER_BYTE) {
                if (b == run && count > 0) {
                    count++;
                } else {
                    run = b;
                    count = 1;
                    runStart = base + i;
                }
                if (count == 4) {
                    runCount = 0;
                    startPacket(run);
                    return i + 1;
                }
            } else {
                count = 0;
                if (b == KdWire.BREAKIN_BYTE) {
                    long at = base + i;
                    flushSkipped(at);
                    skipFrom = at + 1;
                    sink.accept(new FrameEvent.BreakIn(at));
                }
            }
        }
        runByte = run;
        runCount = count;
        return to;
    }

    private void startPacket(byte leader) {
        flushSkipped(runStart);
        packetStart = runStart;
        Arrays.fill(packet, 0, 4, leader);
        packetLength = 4;
        state = State.HEADER;
    }

    private void flushSkipped(long upTo) {
        if (upTo > skipFrom) {
            sink.accept(new FrameEvent.Skipped(skipFrom, upTo - skipFrom));
            skipFrom = upTo;
        }
    }

    /** Validates a complete header; returns false when the candidate was rejected. */
    private boolean headerComplete() {
        int typeCode = (packet[4] & 0xFF) | (packet[5] & 0xFF) << 8;
        int byteCount = (packet[6] & 0xFF) | (packet[7] & 0xFF) << 8;
        PacketType type = PacketType.fromCode(typeCode);
        boolean control = packet[0] == KdWire.CONTROL_LEADER_BYTE;
        PacketType.Kind expected = control ? PacketType.Kind.CONTROL : PacketType.Kind.DATA;
        if (type == null || type.kind() != expected) {
            reject(Problem.UNKNOWN_TYPE, "type 0x" + Integer.toHexString(typeCode) + " under a "
                    + (control ? "control" : "data") + " leader");
            return false;
        }
        if (control) {
            // kdcom ignores ByteCount and Checksum of control packets; so does the framer
            emit(new ControlPacket(type, readInt(8)));
            return true;
        }
        if (byteCount > KdWire.MAX_BODY_SIZE) {
            reject(Problem.OVERSIZE, "ByteCount " + byteCount + " exceeds " + KdWire.MAX_BODY_SIZE);
            return false;
        }
        dataType = type;
        bodyLength = byteCount;
        bodyRemaining = byteCount;
        checksumSum = 0;
        state = byteCount == 0 ? State.TRAILER : State.BODY;
        return true;
    }

    /** Validates the trailer and checksum of a complete data packet; false when rejected. */
    private boolean trailerComplete(byte trailer) {
        if (trailer != KdWire.TRAILER_BYTE) {
            reject(Problem.MISSING_TRAILER, "byte after the " + bodyLength + "-byte body is 0x"
                    + Integer.toHexString(trailer & 0xFF) + ", not 0xAA");
            return false;
        }
        int declared = readInt(12);
        if (declared != checksumSum) {
            reject(Problem.BAD_CHECKSUM, "checksum field 0x" + hex8(declared) + ", body sums to 0x"
                    + hex8(checksumSum));
            return false;
        }
        emit(new DataPacket(dataType, readInt(8),
                Bytes.copyOf(packet, KdWire.HEADER_SIZE, bodyLength)));
        return true;
    }

    private void emit(kdring.kd.packet.KdPacket framed) {
        long start = packetStart;
        long end = packetStart + packetLength;
        state = State.SCAN;
        packetLength = 0;
        skipFrom = Math.max(skipFrom, end);
        sink.accept(new FrameEvent.PacketFramed(framed, start));
    }

    /** Reports the candidate as bad and returns to the leader scan; the caller then sets up the rescan. */
    private void reject(Problem problem, String detail) {
        sink.accept(new BadPacket(problem, packetStart, packetLength, detail));
        skipFrom = Math.max(skipFrom, packetStart + packetLength);
        rejectedLength = packetLength;
        state = State.SCAN;
        runCount = 0;
        packetLength = 0;
    }

    /**
     * Makes the rejected candidate's bytes after its first leader byte the next input, followed by the part
     * of the current replay buffer from {@code pendingFrom} on that was not consumed yet.
     */
    private void startRescan(byte[] currentReplay, int pendingFrom) {
        int keep = rejectedLength - 1;
        int pending = currentReplay.length - pendingFrom;
        byte[] next = new byte[keep + pending];
        System.arraycopy(packet, 1, next, 0, keep);
        System.arraycopy(currentReplay, pendingFrom, next, keep, pending);
        replay = next;
        replayPos = 0;
        replayBase = packetStart + 1;
    }

    private static String hex8(int value) {
        String digits = Integer.toHexString(value).toUpperCase();
        return "00000000".substring(digits.length()) + digits;
    }

    private int readInt(int at) {
        return (packet[at] & 0xFF) | (packet[at + 1] & 0xFF) << 8 | (packet[at + 2] & 0xFF) << 16
                | (packet[at + 3] & 0xFF) << 24;
    }
}
