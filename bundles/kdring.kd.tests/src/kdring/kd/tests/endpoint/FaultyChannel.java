package kdring.kd.tests.endpoint;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import kdring.kd.endpoint.KdChannel;

/**
 * A {@link KdChannel} decorator that damages what is written through it, seeded: whole writes dropped,
 * single bytes dropped or corrupted, slices duplicated, writes delayed or split with a pause. Order is kept
 * (a serial line or socket never reorders), which is what the KD id scheme relies on.
 * <p>
 * Each instance is written by one thread.
 */
public final class FaultyChannel implements KdChannel {

    /**
     * Probabilities per write.
     *
     * @param dropWrite  the whole write is lost
     * @param dropByte   one byte is lost
     * @param corrupt    one byte is changed
     * @param duplicate  a slice is sent twice in a row
     * @param delay      the write is delayed or split with a pause of up to 2 ms
     */
    public record Faults(double dropWrite, double dropByte, double corrupt, double duplicate, double delay) {
        /** No faults. */
        public static final Faults NONE = new Faults(0, 0, 0, 0, 0);
    }

    private final KdChannel inner;
    private final Random random;
    private volatile Faults faults;
    private final AtomicLong injected = new AtomicLong();

    /** Damages writes to {@code inner} as {@code faults} says, drawing from {@code seed}. */
    public FaultyChannel(KdChannel inner, long seed, Faults faults) {
        this.inner = inner;
        this.random = new Random(seed);
        this.faults = faults;
    }

    /** Changes the fault rates (e.g. after a clean connect). */
    public void setFaults(Faults faults) {
        this.faults = faults;
    }

    /** Number of faults injected so far. */
    public long injected() {
        return injected.get();
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        Faults f = faults;
        byte[] data = Arrays.copyOfRange(bytes, offset, offset + length);
        if (length == 0) {
            return;
        }
        if (random.nextDouble() < f.dropWrite()) {
            injected.incrementAndGet();
            return;
        }
        if (random.nextDouble() < f.dropByte() && data.length > 1) {
            injected.incrementAndGet();
            int at = random.nextInt(data.length);
            byte[] shorter = new byte[data.length - 1];
            System.arraycopy(data, 0, shorter, 0, at);
            System.arraycopy(data, at + 1, shorter, at, data.length - at - 1);
            data = shorter;
        }
        if (random.nextDouble() < f.corrupt()) {
            injected.incrementAndGet();
            data[random.nextInt(data.length)] ^= (byte) (1 + random.nextInt(255));
        }
        if (random.nextDouble() < f.duplicate()) {
            injected.incrementAndGet();
            int from = random.nextInt(data.length);
            int n = 1 + random.nextInt(data.length - from);
            byte[] longer = new byte[data.length + n];
            System.arraycopy(data, 0, longer, 0, from + n);
            System.arraycopy(data, from, longer, from + n, data.length - from);
            data = longer;
        }
        if (random.nextDouble() < f.delay()) {
            int split = random.nextInt(data.length + 1);
            inner.write(data, 0, split);
            pause(random.nextInt(2000));
            inner.write(data, split, data.length - split);
        } else {
            inner.write(data, 0, data.length);
        }
    }

    private static void pause(int micros) {
        try {
            Thread.sleep(micros / 1000, (micros % 1000) * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, long timeoutNanos) throws IOException {
        return inner.read(buffer, offset, length, timeoutNanos);
    }

    @Override
    public void close() {
        inner.close();
    }
}
