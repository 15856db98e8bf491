package kdring.tools.soak;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import kdring.kd.observer.Direction;
import kdring.transport.ByteTap;

/**
 * The soak's check that every byte an attached debugger sent reaches the guest, in order, and nothing else
 * does: the injector {@linkplain #sent records} what each connection it knows to be the attached debugger
 * wrote, the channel's {@link ByteTap} records what the channel thread took for the guest (into its receive
 * ring or UART), and {@link #verify} compares the two streams whenever the endpoint is free again.
 *
 * <p>Bytes from refused debuggers, HTTP and garbage peers are never recorded as sent, so any of them reaching
 * the guest shows up as a difference. Thread-safe: the tap runs on the channel thread, the rest on the
 * injector's.
 */
public final class DeliveryLedger implements ByteTap {

    /** The result of one {@link #verify}: empty {@code problem} when the streams matched. */
    public record Check(long bytes, String problem) {
        public boolean ok() {
            return problem.isEmpty();
        }
    }

    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final ByteArrayOutputStream delivered = new ByteArrayOutputStream();
    private long checked;
    private long skipped;

    @Override
    public synchronized void onBytes(Direction direction, byte[] bytes, int offset, int length, long nanos) {
        if (direction == Direction.DEBUGGER_TO_TARGET) {
            delivered.write(bytes, offset, length);
            notifyAll();
        }
    }

    /** The attached debugger wrote these bytes (all of them: its write returned). */
    public synchronized void sent(byte[] bytes, int offset, int length) {
        sent.write(bytes, offset, length);
    }

    /**
     * A write of the attached debugger failed part way (the endpoint closed it): how much of it reached the
     * endpoint is unknown, so the streams are compared up to here only and then both start afresh.
     */
    public synchronized void cut() {
        skipped += Math.max(sent.size(), delivered.size());
        sent.reset();
        delivered.reset();
    }

    /** @return bytes compared and found equal so far */
    public synchronized long checked() {
        return checked;
    }

    /** @return bytes left out of the comparison after a cut write */
    public synchronized long skipped() {
        return skipped;
    }

    /**
     * Compares what was sent with what was delivered, once the channel has delivered as many bytes as were
     * sent (waiting at most {@code timeoutNanos}: a departed debugger's last bytes may still be queued), then
     * starts afresh. Call it while no debugger is attached.
     *
     * @param quietNanos how long to watch for extra bytes after the expected ones arrived
     */
    public synchronized Check verify(long timeoutNanos, long quietNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (delivered.size() < sent.size()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
        long quietEnd = System.nanoTime() + quietNanos;
        for (long left; (left = quietEnd - System.nanoTime()) > 0;) {
            wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
        byte[] expected = sent.toByteArray();
        byte[] got = delivered.toByteArray();
        sent.reset();
        delivered.reset();
        int common = Math.min(expected.length, got.length);
        int differs = Arrays.mismatch(Arrays.copyOf(expected, common), Arrays.copyOf(got, common));
        String problem = "";
        if (differs >= 0) {
            problem = String.format("byte %d of %d the debuggers sent reached the guest as 0x%02x, not 0x%02x"
                    + " (bytes lost, reordered or not from an attached debugger)", differs, expected.length,
                    got[differs] & 0xFF, expected[differs] & 0xFF);
        } else if (got.length < expected.length) {
            problem = (expected.length - got.length) + " of the " + expected.length
                    + " bytes the debuggers sent never reached the guest";
        } else if (got.length > expected.length) {
            problem = (got.length - expected.length) + " bytes reached the guest that no attached debugger sent"
                    + " (from a refused, HTTP or garbage peer?)";
        }
        if (problem.isEmpty()) {
            checked += expected.length;
        }
        return new Check(expected.length, problem);
    }
}
