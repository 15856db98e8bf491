package kdring.transport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import kdring.transport.CpuPlacement;

/** An inline spinner that finds the guest absent moves to another CPU, and stays unpinned. */
class CpuPlacementTest {

    @Test
    void aThreadIsMovedToAnotherCpuAndItsAffinityIsLeftAsItWas() throws Exception {
        if (!System.getProperty("os.name").startsWith("Linux") || Runtime.getRuntime().availableProcessors() < 2) {
            // nowhere to move to: it says so and does nothing
            assertFalse(CpuPlacement.moveOffThisCpu());
            return;
        }
        assertTrue(CpuPlacement.available(), "Linux with two CPUs or more lets a thread move");
        String allowed = allowedCpus();
        int moves = 0;
        for (int i = 0; i < 20; i++) {
            int before = CpuPlacement.currentCpu();
            assertTrue(before >= 0);
            assertTrue(CpuPlacement.moveOffThisCpu(), "move " + i);
            // the kernel migrates the thread before the call returns; a loaded machine may move it back soon after
            if (CpuPlacement.currentCpu() != before) {
                moves++;
            }
            assertEquals(allowed, allowedCpus(), "the thread's affinity is what it was: nothing stays pinned");
        }
        assertTrue(moves > 0, "the thread never ran on another CPU after a move");
    }

    private static String allowedCpus() throws Exception {
        return Files.readAllLines(Path.of("/proc/thread-self/status")).stream()
                .filter(line -> line.startsWith("Cpus_allowed_list:")).findFirst().orElseThrow();
    }
}
