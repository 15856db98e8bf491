package kdring.hv.xen.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.hv.xen.XenGuestMemory;
import kdring.transport.memory.GuestMemoryException;
import kdring.transport.memory.MappedGuestMemory;

/** Xen's page-by-page memory over the double of the mapping call, checked against the file-backed memory. */
class XenGuestMemoryTest {

    static final long RAM = 64 * 4096;

    @TempDir
    Path dir;
    Path file;
    FileForeignMemory foreign;
    AtomicReference<OptionalInt> currentId = new AtomicReference<>(OptionalInt.of(7));
    XenGuestMemory xen;
    MappedGuestMemory mapped;

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("ram");
        byte[] content = new byte[(int) RAM];
        new Random(16).nextBytes(content);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(content);
        }
        foreign = new FileForeignMemory(file, 7);
        xen = new XenGuestMemory(foreign, "win10", 7, RAM, currentId::get, 8);
        mapped = MappedGuestMemory.map(file);
    }

    @AfterEach
    void tearDown() {
        xen.close();
        mapped.close();
    }

    @Test
    void boundsAreCheckedExactlyLikeTheFileBackedMemory() {
        long[][] ranges = { { -1, 4 }, { RAM, 1 }, { RAM - 3, 4 }, { 0, RAM + 1 }, { Long.MAX_VALUE, 4 },
            { RAM - 4096, 8192 }, { 4095, -1 } };
        for (long[] range : ranges) {
            int length = (int) Math.max(Math.min(range[1], Integer.MAX_VALUE), Integer.MIN_VALUE);
            byte[] buffer = new byte[Math.max(0, Math.min(length, 1 << 20))];
            String expected = assertThrows(Exception.class,
                    () -> mapped.read(range[0], new byte[Math.max(0, length)], 0, length)).getMessage();
            String actual = assertThrows(GuestMemoryException.class,
                    () -> xen.read(range[0], new byte[Math.max(0, length)], 0, length)).getMessage();
            assertEquals(expected, actual, "range " + range[0] + "+" + range[1]);
            assertThrows(GuestMemoryException.class, () -> xen.write(range[0], buffer, 0, buffer.length == 0 ? length
                    : buffer.length));
        }
        for (long address : new long[] { -4, RAM - 3, RAM, Long.MAX_VALUE - 2 }) {
            assertEquals(assertThrows(GuestMemoryException.class, () -> mapped.readIntAcquire(address)).getMessage(),
                    assertThrows(GuestMemoryException.class, () -> xen.readIntAcquire(address)).getMessage());
            assertThrows(GuestMemoryException.class, () -> xen.writeIntRelease(address, 1));
        }
        assertEquals(0, foreign.maps.get(), "a refused range maps nothing");
    }

    @Test
    void readsAndWritesCrossPagesLikeTheFile() throws Exception {
        byte[] expected = new byte[3 * 4096 + 100];
        byte[] actual = new byte[expected.length];
        mapped.read(4096 - 50, expected, 0, expected.length);
        xen.read(4096 - 50, actual, 0, actual.length);
        assertArrayEquals(expected, actual);
        assertEquals(5, foreign.maps.get(), "one mapping per page touched");
        byte[] written = "across the page boundary".getBytes();
        xen.write(2 * 4096 - 7, written, 0, written.length);
        byte[] back = new byte[written.length];
        mapped.read(2 * 4096 - 7, back, 0, back.length);
        assertArrayEquals(written, back, "written through to the domain's frames");
        xen.writeIntRelease(4096 - 2, 0x11223344); // straddles two pages: only a hostile index does that
        assertEquals(0x11223344, mapped.readIntAcquire(4096 - 2));
        assertEquals(0x11223344, xen.readIntAcquire(4096 - 2));
        mapped.writeIntRelease(8, 0xCAFEBABE);
        assertEquals(0xCAFEBABE, xen.readIntAcquire(8));
    }

    @Test
    void aFrameTheDomainDoesNotOwnIsRefusedByName() {
        foreign.notOwned.add(5L);
        GuestMemoryException e = assertThrows(GuestMemoryException.class,
                () -> xen.read(5 * 4096 + 10, new byte[4], 0, 4));
        assertEquals("frame 0x5 is not domain 7's: Bad address", e.getMessage());
        assertThrows(GuestMemoryException.class, () -> xen.read(4 * 4096, new byte[8192], 0, 8192));
    }

    @Test
    void atMostMaxPagesStayMappedAndCloseUnmapsThemAll() throws Exception {
        byte[] one = new byte[1];
        for (int pfn = 0; pfn < 20; pfn++) {
            xen.read(pfn * 4096L, one, 0, 1);
        }
        assertEquals(8, xen.mappedPages());
        assertEquals(20, foreign.maps.get());
        assertEquals(12, foreign.unmaps.get(), "the least recently used pages were unmapped");
        xen.read(19 * 4096L, one, 0, 1);
        assertEquals(20, foreign.maps.get(), "a mapped page is used again, not mapped twice");
        xen.close();
        assertEquals(20, foreign.unmaps.get());
        assertTrue(foreign.closed);
        assertEquals(0, foreign.open.size());
        GuestMemoryException after = assertThrows(GuestMemoryException.class, () -> xen.read(0, one, 0, 1));
        assertEquals("the memory of Xen domain win10 is no longer mapped", after.getMessage());
    }

    @Test
    void aRebootedDomainIsFollowedToItsNewIdAndAGoneOneIsSaidToBeGone() throws Exception {
        byte[] one = new byte[1];
        xen.read(0, one, 0, 1);
        foreign.domid = 9; // the domain rebooted: id 7 is gone, the name now belongs to id 9
        currentId.set(OptionalInt.of(9));
        xen.read(4096, one, 0, 1);
        assertEquals(9, xen.domid());
        assertEquals(1, foreign.unmaps.get(), "the old id's page was dropped");
        foreign.domid = 11;
        currentId.set(OptionalInt.empty());
        GuestMemoryException gone = assertThrows(GuestMemoryException.class, () -> xen.read(2 * 4096, one, 0, 1));
        assertEquals("Xen domain win10 (id 9) is gone; the channel waits for it to come back", gone.getMessage());
    }
}
