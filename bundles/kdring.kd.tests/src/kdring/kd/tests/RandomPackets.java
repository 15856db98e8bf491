package kdring.kd.tests;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import kdring.kd.packet.Bytes;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.KdPacket;
import kdring.kd.packet.PacketType;

/** Seeded generators of packets, streams and garbage for the property and fuzz tests. */
public final class RandomPackets {

    private static final PacketType[] DATA_TYPES = {PacketType.STATE_MANIPULATE, PacketType.DEBUG_IO,
        PacketType.STATE_CHANGE64, PacketType.FILE_IO, PacketType.TRACE_IO};
    private static final PacketType[] CONTROL_TYPES = {PacketType.ACKNOWLEDGE, PacketType.RESEND,
        PacketType.RESET};

    private final Random random;

    /** A generator driven by {@code random}. */
    public RandomPackets(Random random) {
        this.random = random;
    }

    /** One random packet: a third control packets, bodies mostly small, sometimes up to 4000 bytes. */
    public KdPacket packet() {
        int id = 0x80800000 | random.nextInt(2) | (random.nextInt(8) == 0 ? 0x800 : 0);
        if (random.nextInt(3) == 0) {
            return new ControlPacket(CONTROL_TYPES[random.nextInt(CONTROL_TYPES.length)], id);
        }
        int length = switch (random.nextInt(10)) {
            case 0 -> random.nextInt(4001);
            case 1, 2 -> 0x38 + random.nextInt(200);
            default -> random.nextInt(80);
        };
        byte[] body = new byte[length];
        random.nextBytes(body);
        return new DataPacket(DATA_TYPES[random.nextInt(DATA_TYPES.length)], id, Bytes.of(body));
    }

    /** {@code count} random packets. */
    public List<KdPacket> packets(int count) {
        List<KdPacket> packets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            packets.add(packet());
        }
        return packets;
    }

    /**
     * Random garbage of up to {@code maxLength} bytes with no run of four identical leader bytes and,
     * when {@code breakIns} is false, no 0x62.
     */
    public byte[] garbage(int maxLength, boolean breakIns) {
        int length = random.nextInt(maxLength + 1);
        byte[] bytes = new byte[length];
        int run = 0;
        for (int i = 0; i < length; i++) {
            byte b;
            do {
                int pick = random.nextInt(8);
                b = pick == 0 ? 0x30 : pick == 1 ? 0x69 : pick == 2 ? (byte) 0xAA : (byte) random.nextInt(256);
            } while ((!breakIns && b == 0x62) || (run >= 3 && b == bytes[i - 1]));
            boolean leader = b == 0x30 || b == 0x69;
            run = leader && i > 0 && bytes[i - 1] == b ? run + 1 : leader ? 1 : 0;
            bytes[i] = b;
        }
        return bytes;
    }

    /** The wire bytes of {@code packets} back to back. */
    public static byte[] encode(List<KdPacket> packets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (KdPacket packet : packets) {
            byte[] wire = packet.encode();
            out.write(wire, 0, wire.length);
        }
        return out.toByteArray();
    }
}
