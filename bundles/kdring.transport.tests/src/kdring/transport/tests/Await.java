package kdring.transport.tests;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for observable conditions with a deadline, never for a fixed time. */
final class Await {

    private Await() {
    }

    /** Waits until {@code condition} holds, polling every few milliseconds; fails naming {@code what}. */
    static void until(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            Thread.sleep(5);
        }
    }
}
