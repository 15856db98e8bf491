package kdring.tools.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import kdring.tools.JitSettle;

/** The bench's warm-up: it runs until the JIT compilers were quiet for a while, and never forever. */
class JitSettleTest {

    @Test
    void warmUpRunsTheBatchUntilTheCompilersWereQuietForAWhile() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        double millis = JitSettle.warmUp(() -> {
            runs.incrementAndGet();
            Thread.sleep(50); // a batch of work that takes a while (no result is waited for)
        });
        // quiet for at least QUIET means several 50 ms batches, and it gives up at MAX at the latest
        assertTrue(millis >= JitSettle.QUIET.toMillis(), millis + " ms");
        assertTrue(millis < JitSettle.MAX.toMillis() + 5_000, millis + " ms");
        assertTrue(runs.get() >= JitSettle.QUIET.toMillis() / 50, runs.get() + " runs in " + millis + " ms");
    }

    @Test
    void awaitReturnsOnceTheCompilersWereQuietForAWhile() throws Exception {
        double millis = JitSettle.await();
        assertTrue(millis >= JitSettle.QUIET.toMillis(), millis + " ms");
        assertTrue(millis < JitSettle.MAX.toMillis() + 5_000, millis + " ms");
    }
}
