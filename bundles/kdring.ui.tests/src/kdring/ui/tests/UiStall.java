package kdring.ui.tests;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread was kept from running a 5 ms heartbeat: the longest stall a user would
 * feel as a frozen window. Start it, let the test dispatch events (UiTestSupport.waitUntil), stop it.
 * Confined to the UI thread.
 */
final class UiStall {

    private static final int BEAT_MILLIS = 5;

    private final Display display;
    private long last;
    private long longest;
    private boolean running;
    private final Runnable beat = this::beat;

    UiStall(Display display) {
        this.display = display;
    }

    /** Starts the heartbeat. */
    UiStall start() {
        running = true;
        last = System.nanoTime();
        display.timerExec(BEAT_MILLIS, beat);
        return this;
    }

    private void beat() {
        long now = System.nanoTime();
        long gap = now - last - BEAT_MILLIS * 1_000_000L;
        longest = Math.max(longest, gap);
        phaseLongest = Math.max(phaseLongest, gap);
        last = now;
        if (running) {
            display.timerExec(BEAT_MILLIS, beat);
        }
    }

    private long phaseLongest;

    /** @return the longest stall since the last call (or the start), in milliseconds; for finding the culprit */
    long phaseMillis() {
        long phase = phaseLongest;
        phaseLongest = 0;
        return phase / 1_000_000L;
    }

    /** Stops the heartbeat; @return the longest stall in milliseconds */
    long stopMillis() {
        running = false;
        display.timerExec(-1, beat);
        return Math.max(0, longest / 1_000_000L);
    }
}
