package kdring.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.model.capture.CaptureFormat;
import kdring.model.capture.CaptureReader;
import kdring.model.capture.CaptureRecord;
import kdring.model.capture.CaptureWriter;
import kdring.kd.observer.Direction;

class CaptureFileTest {

    @TempDir
    Path dir;

    /** A KD ACK control packet, id 0x80800000 (fact sheet XP-B). */
    private static final byte[] ACK = { 0x69, 0x69, 0x69, 0x69, 4, 0, 0, 0, 0, 0, (byte) 0x80, (byte) 0x80, 0, 0, 0, 0 };

    private Path writeThree() throws IOException {
        Path file = dir.resolve("session.kdcap");
        try (CaptureWriter writer = CaptureWriter.create(file)) {
            writer.append(Direction.DEBUGGER_TO_TARGET, 1_000, new byte[] { 0x62 }, 0, 1);
            writer.append(Direction.TARGET_TO_DEBUGGER, 2_000, ACK, 0, ACK.length);
            writer.append(Direction.TARGET_TO_DEBUGGER, 3_000, new byte[100_000], 0, 100_000);
            assertEquals(4, writer.records(), "100,000 bytes are split at the 64 KiB record limit");
        }
        return file;
    }

    private static List<CaptureRecord> readAll(Path file, CaptureReader.Result[] result) throws IOException {
        List<CaptureRecord> records = new ArrayList<>();
        result[0] = CaptureReader.read(file, records::add);
        return records;
    }

    @Test
    void roundTripKeepsBytesDirectionsAndTimes() throws IOException {
        CaptureReader.Result[] result = new CaptureReader.Result[1];
        List<CaptureRecord> records = readAll(writeThree(), result);
        assertTrue(result[0].damage().isEmpty());
        assertEquals(4, records.size());
        assertEquals(Direction.DEBUGGER_TO_TARGET, records.get(0).direction());
        assertArrayEquals(new byte[] { 0x62 }, records.get(0).bytes());
        assertArrayEquals(ACK, records.get(1).bytes());
        assertEquals(2_000, records.get(1).timeNanos());
        assertEquals(CaptureFormat.MAX_PAYLOAD, records.get(2).bytes().length);
        assertEquals(100_000 - CaptureFormat.MAX_PAYLOAD, records.get(3).bytes().length);
    }

    @Test
    void aCutFileKeepsEverythingBeforeTheCutAndSaysWhere() throws IOException {
        Path file = writeThree();
        long fullSize = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(fullSize - 10); // a crash in the middle of the last record
        }
        CaptureReader.Result[] result = new CaptureReader.Result[1];
        List<CaptureRecord> records = readAll(file, result);
        assertEquals(3, records.size());
        assertTrue(result[0].damage().isPresent());
        assertEquals(records.get(2).fileOffset() + 16 + CaptureFormat.MAX_PAYLOAD + 4, result[0].damage().get().offset());
        assertTrue(result[0].damage().get().problem().contains("cut short"), result[0].damage().get().problem());
    }

    @Test
    void aFlippedByteIsCaughtByTheChecksum() throws IOException {
        Path file = writeThree();
        byte[] bytes = Files.readAllBytes(file);
        bytes[16 + 21 + 16 + 3] ^= 0x01; // inside the ACK's payload, in the second record
        Files.write(file, bytes);
        CaptureReader.Result[] result = new CaptureReader.Result[1];
        List<CaptureRecord> records = readAll(file, result);
        assertEquals(1, records.size());
        assertTrue(result[0].damage().get().problem().contains("checksum"));
    }

    @Test
    void aFileThatIsNotACaptureIsRefusedWithItsName() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "hello, this is not a capture");
        IOException e = assertThrows(IOException.class, () -> CaptureReader.read(file, r -> { }));
        assertTrue(e.getMessage().contains("notes.txt") && e.getMessage().contains("not a kdring capture"), e.getMessage());
    }
}
