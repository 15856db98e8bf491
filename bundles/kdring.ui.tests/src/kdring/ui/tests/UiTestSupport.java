package kdring.ui.tests;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Runs the SWT event loop until a condition holds, as a user would wait for the screen. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    /** Dispatches events until {@code condition} holds; fails with {@code what} after {@code timeout}. */
    static void waitUntil(Display display, Duration timeout, String what, BooleanSupplier condition) {
        waitUntil(display, timeout, what, condition, () -> "");
    }

    /** As above; the failure also says what {@code seen} describes (the state the test saw last). */
    static void waitUntil(Display display, Duration timeout, String what, BooleanSupplier condition,
            java.util.function.Supplier<String> seen) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                String last = seen.get();
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what
                        + (last.isEmpty() ? "" : "; saw " + last));
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }
}
