package kdring.kd.tests.debugger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

import kdring.kd.endpoint.KdChannel;

/**
 * The debugger's end of the wire, delivering what the target sends late on purpose, so that "the stop
 * arrives just as the break-in resend is due" is a scripted event instead of a timing race.
 * <p>
 * Armed, the channel pretends nothing has arrived until the debugger's next read that may wait (a read with
 * a timeout). That read waits for the target's first bytes however long they take (up to
 * {@link #SAFETY_TIMEOUT_NANOS}), and then:
 * <ul>
 * <li>{@link #arriveAfterWait()}: returns nothing once its own timeout has run out, as if the bytes had come
 * in a moment later; the following reads return them;</li>
 * <li>{@link #arriveAfterWait(int)}: the same, but the reads after the wait get only the first bytes; the
 * rest comes when the debugger waits again;</li>
 * <li>{@link #arriveAcrossWait(int)}: returns the first bytes only; the rest stays away, for reads with and
 * without a timeout, until that first wait's time is up and a new wait begins.</li>
 * </ul>
 * Writes pass straight through. Used by the debugger's own thread only (the test thread).
 */
final class LateDeliveryChannel implements KdChannel {

    /** How long an armed read waits for the target's first bytes before it fails the test. */
    static final long SAFETY_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(20);

    private static final int ALL = Integer.MAX_VALUE;

    private enum Phase { PASS, ARMED, IN_WAIT, AFTER_WAIT, HOLDING_REST }

    private final KdChannel inner;
    private Phase phase = Phase.PASS;
    private int inWait;
    private int afterWait;
    private byte[] held = new byte[0];
    private int heldPosition;
    private int afterWaitLimit;
    private long waitEnd;
    private int deliveredLate;

    LateDeliveryChannel(KdChannel inner) {
        this.inner = inner;
    }

    /** The target's next bytes reach the debugger only after the wait in which they arrive has timed out. */
    void arriveAfterWait() {
        arm(0, ALL);
    }

    /**
     * The first {@code firstBytes} of the target's next bytes reach the debugger only after the wait in which
     * they arrive has timed out; the rest only when it waits again (it arrived later still).
     */
    void arriveAfterWait(int firstBytes) {
        if (firstBytes <= 0) {
            throw new IllegalArgumentException("firstBytes must be positive");
        }
        arm(0, firstBytes);
    }

    /**
     * The first {@code firstBytes} of the target's next bytes reach the debugger during a wait, the rest only
     * after that wait has timed out and the debugger waits again: a packet still arriving when the wait ends.
     */
    void arriveAcrossWait(int firstBytes) {
        if (firstBytes <= 0) {
            throw new IllegalArgumentException("firstBytes must be positive");
        }
        arm(firstBytes, 0);
    }

    private void arm(int during, int after) {
        phase = Phase.ARMED;
        inWait = during;
        afterWait = after;
        held = new byte[0];
        heldPosition = 0;
    }

    /** How many times held bytes were finally delivered: proof that the scripted lateness took place. */
    int deliveredLate() {
        return deliveredLate;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        inner.write(bytes, offset, length);
    }

    @Override
    public int read(byte[] buffer, int offset, int length, long timeoutNanos) throws IOException {
        switch (phase) {
            case PASS -> {
                return inner.read(buffer, offset, length, timeoutNanos);
            }
            case ARMED -> {
                if (timeoutNanos <= 0) {
                    return 0; // nothing has arrived yet, as far as the debugger can tell
                }
                waitEnd = System.nanoTime() + timeoutNanos;
                held = collect(inWait + (afterWait == ALL ? 1 : Math.max(afterWait, 1)));
                if (inWait > 0) {
                    phase = Phase.IN_WAIT;
                    return give(buffer, offset, Math.min(inWait, length));
                }
                sleepUntil(waitEnd);
                startAfterWait();
                return 0;
            }
            case IN_WAIT -> {
                long now = System.nanoTime();
                if (timeoutNanos <= 0) {
                    return 0;
                }
                if (now - waitEnd < 0) {
                    sleepUntil(Math.min(waitEnd, now + timeoutNanos)); // still the first wait: nothing more in it
                    return 0;
                }
                startAfterWait();
                return read(buffer, offset, length, timeoutNanos);
            }
            case AFTER_WAIT -> {
                int n = give(buffer, offset, Math.min(length, afterWaitLimit - heldPosition));
                if (heldPosition == afterWaitLimit) {
                    phase = afterWait == ALL ? finish() : Phase.HOLDING_REST;
                }
                return n;
            }
            case HOLDING_REST -> {
                if (timeoutNanos <= 0) {
                    return 0; // the rest has not arrived yet
                }
                if (heldPosition == held.length) {
                    phase = finish();
                    return inner.read(buffer, offset, length, timeoutNanos);
                }
                int n = give(buffer, offset, Math.min(length, held.length - heldPosition));
                if (heldPosition == held.length) {
                    phase = finish();
                }
                return n;
            }
            default -> throw new IllegalStateException(phase.name());
        }
    }

    private void startAfterWait() {
        afterWaitLimit = (int) Math.min(held.length, (long) heldPosition + afterWait);
        phase = heldPosition < afterWaitLimit ? Phase.AFTER_WAIT : Phase.HOLDING_REST;
    }

    private Phase finish() {
        deliveredLate++;
        return Phase.PASS;
    }

    private int give(byte[] buffer, int offset, int n) {
        System.arraycopy(held, heldPosition, buffer, offset, n);
        heldPosition += n;
        return n;
    }

    /** Reads at least {@code atLeast} bytes from the target (waiting as needed), then all that is there. */
    private byte[] collect(int atLeast) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long deadline = System.nanoTime() + SAFETY_TIMEOUT_NANOS;
        while (true) {
            long wait = out.size() >= atLeast ? 0 : deadline - System.nanoTime();
            if (out.size() < atLeast && wait <= 0) {
                throw new IOException("the target sent " + out.size() + " bytes in 20 s, the test needs " + atLeast);
            }
            int n = inner.read(chunk, 0, chunk.length, wait);
            if (n < 0) {
                throw new IOException("the target's end was closed while the test waited for its bytes");
            }
            if (n == 0 && out.size() >= atLeast) {
                return out.toByteArray();
            }
            out.write(chunk, 0, n);
        }
    }

    private static void sleepUntil(long nanoTime) throws IOException {
        try {
            for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
                TimeUnit.NANOSECONDS.sleep(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void close() {
        inner.close();
    }
}
