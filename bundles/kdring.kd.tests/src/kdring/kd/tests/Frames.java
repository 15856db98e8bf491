package kdring.kd.tests;

import java.util.ArrayList;
import java.util.List;

import kdring.kd.framing.FrameEvent;
import kdring.kd.framing.Framer;
import kdring.kd.packet.KdPacket;

/** Test helpers around {@link Framer}. */
public final class Frames {

    private Frames() {
    }

    /** All events from framing {@code bytes} in one feed, end of input declared. */
    public static List<FrameEvent> events(byte[] bytes) {
        List<FrameEvent> events = new ArrayList<>();
        Framer framer = new Framer(events::add);
        framer.feed(bytes);
        framer.endOfInput();
        return events;
    }

    /** Only the packets framed from {@code bytes}. */
    public static List<KdPacket> packets(byte[] bytes) {
        return packetsOf(events(bytes));
    }

    /** The packets among {@code events}. */
    public static List<KdPacket> packetsOf(List<FrameEvent> events) {
        List<KdPacket> packets = new ArrayList<>();
        for (FrameEvent event : events) {
            if (event instanceof FrameEvent.PacketFramed framed) {
                packets.add(framed.packet());
            }
        }
        return packets;
    }

    /** The single packet framed from {@code bytes}; fails when there is not exactly one. */
    public static KdPacket single(byte[] bytes) {
        List<KdPacket> packets = packets(bytes);
        if (packets.size() != 1) {
            throw new AssertionError("expected one packet, got " + events(bytes));
        }
        return packets.get(0);
    }

    /** Concatenates arrays. */
    public static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
    }
}
