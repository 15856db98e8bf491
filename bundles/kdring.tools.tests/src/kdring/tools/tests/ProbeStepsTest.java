package kdring.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kdring.hv.qemu.KdClient;
import kdring.kd.endpoint.KdException;
import kdring.kd.endpoint.MemoryPipe;
import kdring.kd.packet.BodyWriter;
import kdring.kd.packet.VersionInfo;
import kdring.kd.tests.debugger.MemoryImage;
import kdring.kd.tests.debugger.SimulatedKernel;
import kdring.tools.ProbeSteps;

/**
 * The probe's steps against a simulated kernel (no VM): it always continues a target it stopped, whatever
 * failed, and checks the pattern only on the reference guest.
 */
class ProbeStepsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long KERNBASE = 0xFFFFF8017B600000L;
    private static final long LIST_HEAD = 0xFFFFF8017BA00000L;

    private MemoryPipe.Pair pipes;
    private SimulatedKernel kernel;
    private final StringWriter text = new StringWriter();
    private final PrintWriter out = new PrintWriter(text, true);

    @AfterEach
    void stop() throws InterruptedException {
        if (pipes != null) {
            pipes.first().close();
        }
        if (kernel != null) {
            kernel.close();
        }
    }

    /** Some Windows VM: an empty module list and an MZ header at KernBase; no pattern region. */
    private KdClient someVm() {
        VersionInfo version = new VersionInfo(0x000F, 19041, 6, 2, 7, VersionInfo.MACHINE_AMD64, 12, 3, 0x31, 0,
                KERNBASE, LIST_HEAD, 0);
        byte[] header = new byte[4096];
        header[0] = 'M';
        header[1] = 'Z';
        header[0x3C] = (byte) 0xF0;
        MemoryImage memory = new MemoryImage()
                .put(LIST_HEAD, new BodyWriter(16).u64(0, LIST_HEAD).u64(8, LIST_HEAD).toBytes().toArray())
                .put(KERNBASE, header);
        pipes = MemoryPipe.pair();
        kernel = new SimulatedKernel(pipes.second(), version, memory, new MemoryImage());
        return KdClient.over(pipes.first());
    }

    /**
     * The kernel's count of Continues, once it reached {@code expected} or 5 s passed: the kernel thread counts
     * a Continue just after it acknowledged it, so the probe may return a moment before.
     */
    private int continuesSeen(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (kernel.continues() < expected && System.nanoTime() - deadline < 0) {
            Thread.sleep(5);
        }
        return kernel.continues();
    }

    @Test
    void onAnotherVmItShowsTheKernelImageAndContinues() throws Exception {
        KdClient session = someVm();
        ProbeSteps.run(session, out, ProbeSteps.Guest.UNKNOWN, WAIT);
        String printed = text.toString();
        assertTrue(printed.contains("memory at KernBase 0xFFFFF8017B600000: 4d 5a 00 00"), printed);
        assertTrue(printed.contains("an MZ image header (not the reference guest: no pattern check)"), printed);
        assertTrue(printed.contains("continued"), printed);
        assertEquals(1, continuesSeen(1));
        assertNull(kernel.failure());
    }

    @Test
    void aFailedCheckStillContinuesTheTarget() throws Exception {
        KdClient session = someVm();
        // told it is the reference guest, the probe reads a pattern region this VM does not have
        KdException failure = assertThrows(KdException.class,
                () -> ProbeSteps.run(session, out, ProbeSteps.Guest.REFERENCE, WAIT));
        assertTrue(failure.getMessage().contains("0xFFFFF80100000000"), failure.getMessage());
        assertTrue(text.toString().contains("continued the target after the failure"), text.toString());
        assertEquals(1, continuesSeen(1), "the VM is not left frozen in the debugger");
    }

    @Test
    void aTargetThatCannotBeContinuedIsSaidSo() throws Exception {
        KdClient session = someVm();
        kernel.mute(); // never stops: the break-in fails and there is nothing to continue
        KdException failure = assertThrows(KdException.class,
                () -> ProbeSteps.run(session, out, ProbeSteps.Guest.UNKNOWN, Duration.ofMillis(1500)));
        assertTrue(failure.getMessage().contains("timed out"), failure.getMessage());
        assertFalse(text.toString().contains("continued"), text.toString());
        assertEquals(0, kernel.continues());
    }
}
