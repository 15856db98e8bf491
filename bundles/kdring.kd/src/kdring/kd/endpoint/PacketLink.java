package kdring.kd.endpoint;

import java.io.IOException;
import java.util.ArrayDeque;

import kdring.kd.framing.FrameEvent;
import kdring.kd.framing.Framer;
import kdring.kd.packet.KdPacket;
import kdring.kd.packet.KdWire;

/**
 * Packets over a {@link KdChannel}: writes encoded packets and turns the bytes read into frame events, with
 * deadlines. The shared plumbing of both endpoints.
 * <p>
 * Confined to the endpoint's owner thread.
 */
final class PacketLink {

    private final KdChannel channel;
    private final ArrayDeque<FrameEvent> pending = new ArrayDeque<>();
    private final Framer framer = new Framer(pending::add);
    private final byte[] readBuffer = new byte[8192];
    private final byte[] writeBuffer = new byte[KdWire.MAX_WIRE_SIZE];

    PacketLink(KdChannel channel) {
        this.channel = channel;
    }

    KdChannel channel() {
        return channel;
    }

    void send(KdPacket packet) throws KdDisconnectedException {
        int length = packet.encodeInto(writeBuffer, 0);
        write(writeBuffer, length);
    }

    void write(byte[] bytes, int length) throws KdDisconnectedException {
        try {
            channel.write(bytes, 0, length);
        } catch (IOException e) {
            throw new KdDisconnectedException("cannot write to the KD channel: " + e.getMessage(), e);
        }
    }

    /**
     * The next frame event, waiting until {@code deadline} ({@link System#nanoTime()} based); {@code null}
     * when the deadline passed. A packet still incomplete at the deadline is given up as truncated (as kdcom
     * gives up a read that times out mid-packet), so its bytes are rescanned.
     */
    FrameEvent next(long deadline) throws KdDisconnectedException {
        while (pending.isEmpty()) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                if (framer.isInsidePacket()) {
                    framer.endOfInput();
                    continue;
                }
                return null;
            }
            readInto(remaining);
        }
        return pending.poll();
    }

    /**
     * The next frame event already framed, or {@code null}; never reads and never gives up a packet that is
     * still arriving.
     */
    FrameEvent nextFramed() {
        return pending.poll();
    }

    /**
     * Waits up to {@code timeoutNanos} for bytes and frames what arrives. Unlike {@link #next(long)}, a packet
     * still incomplete when the time is up is kept: its remaining bytes may be on their way.
     *
     * @return true when any byte arrived
     */
    boolean readWithin(long timeoutNanos) throws KdDisconnectedException {
        return readInto(Math.max(0, timeoutNanos));
    }

    /** True while a packet's first bytes have been read but not all of it. */
    boolean isInsidePacket() {
        return framer.isInsidePacket();
    }

    /** Reads whatever is available without waiting; returns false when nothing was. */
    boolean readAvailable() throws KdDisconnectedException {
        return readInto(0);
    }

    /** Discards framed but unconsumed events and all bytes the channel holds right now. */
    void discardInput() throws KdDisconnectedException {
        pending.clear();
        framer.endOfInput();
        while (readInto(0)) {
            // drop
        }
        pending.clear();
    }

    /** Removes and returns the waiting events that match {@code filter}, keeping the others in order. */
    java.util.List<FrameEvent> takePending(java.util.function.Predicate<FrameEvent> filter) {
        java.util.List<FrameEvent> taken = new java.util.ArrayList<>();
        pending.removeIf(event -> filter.test(event) && taken.add(event));
        return taken;
    }

    /** True when an event is waiting. */
    boolean hasPending() {
        return !pending.isEmpty();
    }

    private boolean readInto(long timeoutNanos) throws KdDisconnectedException {
        int n;
        try {
            n = channel.read(readBuffer, 0, readBuffer.length, timeoutNanos);
        } catch (IOException e) {
            throw new KdDisconnectedException("cannot read from the KD channel: " + e.getMessage(), e);
        }
        if (n < 0) {
            throw new KdDisconnectedException("the KD channel was closed", null);
        }
        framer.feed(readBuffer, 0, n);
        return n > 0;
    }
}
