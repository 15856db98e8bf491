package kdring.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.observer.Direction;
import kdring.model.capture.CaptureReader;
import kdring.model.capture.CaptureWriter;
import kdring.model.recorder.ChannelRecorder;
import kdring.model.session.Channel;
import kdring.model.session.SessionFactory;

/** Captures stop at their size limit (a guest can send faster than a disk fills), and say so once. */
class CaptureLimitTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultLimitIsOneGibPerCapture() {
        assertEquals(1L << 30, CaptureWriter.DEFAULT_LIMIT);
    }

    @Test
    void aCaptureStopsWholeAtItsLimitAndStaysReadable() throws IOException {
        Path file = dir.resolve("small.kdcap");
        long limit = 64 * 1024;
        int appended = 0;
        try (CaptureWriter writer = CaptureWriter.create(file, limit)) {
            byte[] chunk = new byte[1000];
            IOException full = assertThrows(CaptureWriter.CaptureFullException.class, () -> {
                for (int i = 0; i < 1000; i++) {
                    writer.append(Direction.TARGET_TO_DEBUGGER, i, chunk, 0, chunk.length);
                }
            });
            assertTrue(full.getMessage().contains("size limit of 65536 bytes"), full.getMessage());
            appended = (int) writer.records();
            assertTrue(writer.size() <= limit, writer.size() + " bytes");
        }
        assertTrue(Files.size(file) <= limit);
        long[] records = new long[1];
        CaptureReader.Result result = CaptureReader.read(file, record -> records[0]++);
        assertTrue(result.damage().isEmpty(), result.damage().toString());
        assertEquals(appended, records[0]);
    }

    @Test
    void aFullRecordingSaysSoOnceAndDecodingGoesOn() throws IOException {
        Channel channel = SessionFactory.eINSTANCE.createChannel();
        channel.setName("storm");
        Path capture = dir.resolve("storm.kdcap");
        long limit = 32 * 1024;
        int failures = 0;
        long fed = 0;
        try (ChannelRecorder recorder = ChannelRecorder.live(channel, capture, 10_000, 1_000_000_000L, limit)) {
            byte[] garbage = new byte[4000];
            for (int i = 0; i < 100; i++) {
                try {
                    recorder.bytes(Direction.TARGET_TO_DEBUGGER, 1_000_000L * i, garbage, 0, garbage.length);
                } catch (IOException e) {
                    failures++;
                    assertTrue(e.getMessage().contains("size limit"), e.getMessage());
                }
                fed += garbage.length;
            }
            long total = fed;
            recorder.read(() -> {
                assertEquals(total, channel.getCounters().getBytesToDebugger(), "every byte was still decoded");
                assertEquals(1, channel.getFaults().stream().filter(f -> f.getMessage().startsWith("recording stopped"))
                        .count(), "the event log says it once");
                return null;
            });
        }
        assertEquals(1, failures, "told once");
        assertTrue(Files.size(capture) <= limit, Files.size(capture) + " bytes");
    }
}
