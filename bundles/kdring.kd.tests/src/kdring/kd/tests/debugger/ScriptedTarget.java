package kdring.kd.tests.debugger;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;

import kdring.kd.endpoint.KdChannel;
import kdring.kd.framing.FrameEvent;
import kdring.kd.framing.Framer;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.KdPacket;

/**
 * The target's end of the wire, driven packet by packet by a test: it reads what the debugger sent as
 * framed packets and writes exactly the packets the test asks for, so a restart, a lost reply or a lost ACK
 * is a scripted step instead of a timing race. Used from one thread (the test's target thread).
 */
final class ScriptedTarget {

    private final KdChannel channel;
    private final ArrayDeque<KdPacket> received = new ArrayDeque<>();
    private final Framer framer;
    private final byte[] buffer = new byte[8192];

    ScriptedTarget(KdChannel channel) {
        this.channel = channel;
        this.framer = new Framer(event -> {
            if (event instanceof FrameEvent.PacketFramed framed) {
                received.add(framed.packet());
            }
        });
    }

    /** The next packet from the debugger, or null when none comes within {@code timeout}. */
    KdPacket next(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            int n = channel.read(buffer, 0, buffer.length, left);
            if (n < 0) {
                return null;
            }
            framer.feed(buffer, 0, n);
        }
        return received.poll();
    }

    /** The next data packet from the debugger (control packets are skipped); fails after {@code timeout}. */
    DataPacket nextData(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            KdPacket packet = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (packet == null) {
                throw new AssertionError("the debugger sent no data packet within " + timeout.toMillis() + " ms");
            }
            if (packet instanceof DataPacket data) {
                return data;
            }
        }
    }

    /** Waits for the debugger's RESET and echoes it, as kdcom does. */
    void acceptReset(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            KdPacket packet = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (packet == null) {
                throw new AssertionError("no RESET within " + timeout.toMillis() + " ms");
            }
            if (packet instanceof ControlPacket control && control.type() == kdring.kd.packet.PacketType.RESET) {
                send(ControlPacket.reset());
                return;
            }
        }
    }

    /** Writes {@code packet} to the debugger. */
    void send(KdPacket packet) throws IOException {
        byte[] bytes = packet.encode();
        channel.write(bytes, 0, bytes.length);
    }

    /** Acknowledges {@code data} (its id without the sync flag). */
    void ack(DataPacket data) throws IOException {
        send(ControlPacket.ack(data.id() & ~0x800));
    }
}
