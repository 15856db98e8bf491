package kdring.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.DebugIo;
import kdring.kd.packet.PacketType;
import kdring.model.capture.CaptureWriter;
import kdring.kd.observer.Direction;
import kdring.model.recorder.ChannelRecorder;
import kdring.model.session.Channel;
import kdring.model.session.PacketKind;
import kdring.model.session.SessionFactory;
import kdring.model.trace.PacketFilter;
import kdring.model.trace.PacketIndex;
import kdring.model.trace.PacketRow;

/**
 * A capture of 1,000,000 KD packets is reopened, paged and filtered in bounded heap: the retained heap grows
 * by the packet index (9 bytes a packet) and the bounded windows, not by an object per packet.
 */
class MillionPacketTest {

    static final int PACKETS = 1_000_000;
    static final int BATCH = 100;
    /** The bound asserted: retained heap growth for the whole reopened session of 1,000,000 packets. */
    static final long BOUND_BYTES = 32L << 20;

    @TempDir
    Path dir;

    private Path writeCapture() throws IOException {
        Path capture = dir.resolve("million.kdcap");
        long time = SyntheticSession.T0;
        int id = 0x80800000;
        try (CaptureWriter writer = CaptureWriter.create(capture)) {
            for (int done = 0; done < PACKETS; done += 2 * BATCH) {
                ByteArrayOutputStream prints = new ByteArrayOutputStream();
                ByteArrayOutputStream acks = new ByteArrayOutputStream();
                for (int i = 0; i < BATCH; i++) {
                    byte[] print = new DataPacket(PacketType.DEBUG_IO, id,
                            DebugIo.print(0, "tick " + (done + 2 * i) + "\n").raw()).encode();
                    prints.write(print, 0, print.length);
                    acks.write(ControlPacket.ack(id).encode(), 0, 16);
                    id ^= 1;
                }
                time += 1_000_000;
                writer.append(Direction.TARGET_TO_DEBUGGER, time, prints.toByteArray(), 0, prints.size());
                writer.append(Direction.DEBUGGER_TO_TARGET, time + 500_000, acks.toByteArray(), 0, acks.size());
            }
        }
        return capture;
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Test
    void aMillionPacketsFitInBoundedHeap() throws Exception {
        Path capture = writeCapture();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedHeapAfterGc(memory);
        long start = System.nanoTime();
        Channel channel = SessionFactory.eINSTANCE.createChannel();
        try (ChannelRecorder recorder = ChannelRecorder.replay(channel, capture, ChannelRecorder.DEFAULT_WINDOW)) {
            long replayMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(PACKETS, recorder.trace().count());
            assertEquals(PACKETS, channel.getPacketCount());
            assertEquals(PACKETS / 2, channel.getCounters().getPrints());
            assertEquals(0, channel.getCounters().getRetransmissions());
            assertEquals(ChannelRecorder.DEFAULT_WINDOW, channel.getRecentPackets().size(), "a window, not every packet");
            assertEquals(ChannelRecorder.DEFAULT_WINDOW, channel.getPrints().size());

            // each batch is 100 prints, then their 100 ACKs: the last print is row 999,899
            List<PacketRow> last = recorder.trace().page(PACKETS - BATCH - 1, 10);
            assertEquals(10, last.size());
            assertEquals("DbgPrint: \"tick 999998\"", last.get(0).summary());
            assertEquals(PacketKind.ACKNOWLEDGE, last.get(1).kind());
            assertEquals(2, recorder.trace().page(PACKETS - 2, 10).size());
            List<PacketRow> middle = recorder.trace().page(500_000, 2);
            assertEquals("DbgPrint: \"tick 500000\"", middle.get(0).summary());
            assertEquals(channel.getRecentPackets().get(channel.getRecentPackets().size() - BATCH - 1).getSummary(),
                    last.get(0).summary(), "the window's rows are the trace's last rows");
            assertEquals(PACKETS / 2, recorder.trace().filter(PacketFilter.ALL.withKinds(PacketKind.ACKNOWLEDGE)).count());

            long after = usedHeapAfterGc(memory);
            long grown = after - before;
            System.out.printf("1,000,000 packets: replay %d ms, retained heap %.1f MB (index %.1f MB), bound %d MB%n",
                    replayMillis, grown / 1048576.0, recorder.index().memoryBytes() / 1048576.0, BOUND_BYTES >> 20);
            assertTrue(recorder.index().memoryBytes() <= (long) PACKETS * PacketIndex.BYTES_PER_PACKET + (1 << 20));
            assertTrue(grown < BOUND_BYTES, "retained heap grew by " + grown + " bytes");
        }
    }
}
