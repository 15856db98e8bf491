package kdring.server.tests;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for an observable condition instead of sleeping and hoping: polls until it holds or a deadline passes. */
final class Deadline {

    private Deadline() {
    }

    /**
     * Polls {@code condition} every 20 ms until it holds.
     *
     * @throws AssertionError naming {@code what} when it does not hold within {@code timeout}
     */
    static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up after " + timeout.toMillis() + " ms waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
