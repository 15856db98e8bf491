package kdring.tools.soak;

import java.io.IOException;
import java.util.Random;

import kdring.kd.endpoint.KdChannel;

/**
 * A debugger's line as the soak degrades it: one byte in {@code corruptOneIn}, in either direction, gets one
 * bit flipped, and a slow line hands the debugger at most {@code slowChunk} bytes per read, after a pause.
 * Every byte actually written, corrupted or not, goes into the {@link DeliveryLedger}: that is what must reach
 * the guest. Confined to the debugger's thread, like the {@link KdChannel} it wraps.
 */
final class LineChannel implements KdChannel {

    private final KdChannel line;
    private final DeliveryLedger ledger;
    private final Random random;
    private final int corruptOneIn;
    private final int slowChunk;
    private final long slowPauseNanos;
    private long corrupted;

    /**
     * @param corruptOneIn 0: no corruption
     * @param slowChunk    0: read at full speed
     */
    LineChannel(KdChannel line, DeliveryLedger ledger, Random random, int corruptOneIn, int slowChunk,
            long slowPauseNanos) {
        this.line = line;
        this.ledger = ledger;
        this.random = random;
        this.corruptOneIn = corruptOneIn;
        this.slowChunk = slowChunk;
        this.slowPauseNanos = slowPauseNanos;
    }

    /** @return bytes corrupted so far */
    long corrupted() {
        return corrupted;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        byte[] copy = java.util.Arrays.copyOfRange(bytes, offset, offset + length);
        if (corruptOneIn > 0) {
            for (int i = 0; i < copy.length; i++) {
                if (random.nextInt(corruptOneIn) == 0) {
                    copy[i] ^= (byte) (1 << random.nextInt(8));
                    corrupted++;
                }
            }
        }
        try {
            line.write(copy, 0, copy.length);
        } catch (IOException e) {
            ledger.cut();
            throw e;
        }
        ledger.sent(copy, 0, copy.length);
    }

    @Override
    public int read(byte[] buffer, int offset, int length, long timeoutNanos) throws IOException {
        if (slowChunk == 0) {
            return corrupt(buffer, offset, line.read(buffer, offset, length, timeoutNanos));
        }
        long pause = Math.min(slowPauseNanos, timeoutNanos);
        if (pause > 0) {
            try {
                Thread.sleep(pause / 1_000_000, (int) (pause % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        return corrupt(buffer, offset,
                line.read(buffer, offset, Math.min(length, slowChunk), Math.max(0, timeoutNanos - pause)));
    }

    /** The line corrupts what the target sends as well: the debugger must ask for it again. */
    private int corrupt(byte[] buffer, int offset, int count) {
        if (corruptOneIn > 0) {
            for (int i = 0; i < count; i++) {
                if (random.nextInt(corruptOneIn) == 0) {
                    buffer[offset + i] ^= (byte) (1 << random.nextInt(8));
                    corrupted++;
                }
            }
        }
        return count;
    }

    @Override
    public void close() {
        line.close();
    }
}
