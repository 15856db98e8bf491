package kdring.transport.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.transport.memory.GuestMemoryException;
import kdring.transport.memory.MappedGuestMemory;

/** Maps a real file, as the host maps QEMU's memory-backend-file. */
class MappedGuestMemoryTest {

    private static final int SIZE = 64 * 1024;

    @TempDir
    Path dir;

    private Path ramFile() throws Exception {
        Path file = dir.resolve("ram");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(SIZE);
        }
        return file;
    }

    @Test
    void writesReachTheFileAndReadsSeeIt() throws Exception {
        Path file = ramFile();
        try (MappedGuestMemory ram = MappedGuestMemory.map(file)) {
            assertEquals(SIZE, ram.size());
            ram.write(0x1000, new byte[] { 1, 2, 3, 4 }, 0, 4);
            ram.writeIntRelease(0x2000, 0xCAFEF00D);
            byte[] back = new byte[4];
            ram.read(0x1000, back, 0, 4);
            assertArrayEquals(new byte[] { 1, 2, 3, 4 }, back);
            assertEquals(0xCAFEF00D, ram.readIntAcquire(0x2000));
        }
        byte[] onDisk = Files.readAllBytes(file);
        assertEquals(1, onDisk[0x1000]);
        assertEquals(0xCAFEF00D, ByteBuffer.wrap(onDisk, 0x2000, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
    }

    @Test
    void everyRangeOutsideRamIsRefused() throws Exception {
        try (MappedGuestMemory ram = MappedGuestMemory.map(ramFile())) {
            byte[] buffer = new byte[16];
            assertThrows(GuestMemoryException.class, () -> ram.read(SIZE - 8, buffer, 0, 16));
            assertThrows(GuestMemoryException.class, () -> ram.read(-1, buffer, 0, 1));
            assertThrows(GuestMemoryException.class, () -> ram.read(Long.MAX_VALUE - 4, buffer, 0, 16));
            assertThrows(GuestMemoryException.class, () -> ram.write(SIZE, buffer, 0, 1));
            assertThrows(GuestMemoryException.class, () -> ram.readIntAcquire(SIZE - 2));
            GuestMemoryException e = assertThrows(GuestMemoryException.class, () -> ram.writeIntRelease(0xFFFFFFFFL, 1));
            assertTrue(e.getMessage().contains("outside guest RAM"), e.getMessage());
            ram.read(SIZE - 16, buffer, 0, 16); // the last bytes are fine
        }
    }

    @Test
    void accessAfterCloseFailsCleanly() throws Exception {
        MappedGuestMemory ram = MappedGuestMemory.map(ramFile());
        ram.close();
        assertThrows(GuestMemoryException.class, () -> ram.readIntAcquire(0));
        ram.close();
    }

    @Test
    void aMissingFileIsAClearError() {
        GuestMemoryException e = assertThrows(GuestMemoryException.class, () -> MappedGuestMemory.map(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }
}
