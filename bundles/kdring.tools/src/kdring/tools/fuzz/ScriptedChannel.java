package kdring.tools.fuzz;

import java.util.SplittableRandom;

import kdring.kd.endpoint.KdChannel;

/**
 * A {@link KdChannel} that hands a fixed byte stream to its reader in random chunks and then reports the end
 * of the stream; it never waits, so an endpoint driven by it can only loop for as long as the stream lasts.
 * What the endpoint writes is counted and dropped. Confined to one thread.
 */
final class ScriptedChannel implements KdChannel {

    private final byte[] script;
    private final int length;
    private final SplittableRandom random;
    private int position;
    private long written;
    private boolean closed;

    ScriptedChannel(byte[] script, int length, SplittableRandom random) {
        this.script = script;
        this.length = length;
        this.random = random;
    }

    /** @return bytes the endpoint wrote */
    long written() {
        return written;
    }

    @Override
    public void write(byte[] bytes, int offset, int count) {
        written += count;
    }

    @Override
    public int read(byte[] buffer, int offset, int count, long timeoutNanos) {
        if (closed || position >= length) {
            return -1;
        }
        int n = Math.min(Math.min(count, length - position), random.nextInt(4) == 0 ? 1 + random.nextInt(24) : count);
        System.arraycopy(script, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public void close() {
        closed = true;
    }
}
