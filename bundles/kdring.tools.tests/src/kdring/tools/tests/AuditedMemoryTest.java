package kdring.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.tools.fuzz.AuditedMemory;
import kdring.transport.memory.GuestMemoryException;
import kdring.transport.memory.MappedGuestMemory;

/**
 * The ring fuzzer's memory audit sees the two ways host code can overstep over a real file-backed guest
 * memory: an access outside guest RAM, and one inside RAM but on a page the validated descriptor never named.
 */
class AuditedMemoryTest {

    @TempDir
    Path folder;

    private MappedGuestMemory ram() throws Exception {
        Path file = folder.resolve("ram.bin");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(1), 16 * 4096 - 1);
        }
        return MappedGuestMemory.map(file);
    }

    @Test
    void accessesToAllowedPagesPassAndOthersAreReportedOnce() throws Exception {
        try (MappedGuestMemory ram = ram()) {
            AuditedMemory audited = new AuditedMemory(ram);
            audited.allowOnly(3, 5);
            audited.writeIntRelease(3 * 4096 + 8, 0x1234);
            audited.read(5 * 4096, new byte[4096], 0, 4096);
            assertNull(audited.violation());
            assertEquals(0x1234, audited.readIntAcquire(3 * 4096 + 8));

            audited.read(5 * 4096 + 4000, new byte[200], 0, 200); // runs into page 6
            assertTrue(audited.violation().contains("touches page 0x6"), audited.violation());
            audited.read(3 * 4096, new byte[4], 0, 4);
            assertTrue(audited.violation().contains("page 0x6"), "the first violation is kept: " + audited.violation());
        }
    }

    @Test
    void anAccessOutsideGuestRamIsReportedAndStillRefusedByTheMemory() throws Exception {
        try (MappedGuestMemory ram = ram()) {
            AuditedMemory audited = new AuditedMemory(ram);
            audited.allowOnly(15);
            assertThrows(GuestMemoryException.class, () -> audited.readIntAcquire(16 * 4096 - 2));
            assertTrue(audited.violation().contains("outside guest RAM"), audited.violation());
            audited.clearViolation();
            assertNull(audited.violation());
        }
    }

    @Test
    void validationProbesPassOnlyOnPagesOfTheDescriptorItAccepted() throws Exception {
        try (MappedGuestMemory ram = ram()) {
            AuditedMemory audited = new AuditedMemory(ram);
            audited.allowOnly(2);
            audited.beginValidation();
            audited.read(7 * 4096, new byte[1], 0, 1);
            audited.read(9 * 4096, new byte[1], 0, 1);
            audited.endValidation(7, 9);
            assertNull(audited.violation(), "probes of the accepted descriptor's ring pages");

            audited.beginValidation();
            audited.read(11 * 4096, new byte[1], 0, 1);
            audited.endValidation();
            assertTrue(audited.violation().contains("probed page 0xb") && audited.violation().contains("refused"),
                    audited.violation());

            audited.clearViolation();
            audited.beginValidation();
            audited.read(12 * 4096, new byte[2], 0, 2); // more than a probe: judged at once
            audited.endValidation(12);
            assertTrue(audited.violation().contains("touches page 0xc"), audited.violation());
        }
    }
}
