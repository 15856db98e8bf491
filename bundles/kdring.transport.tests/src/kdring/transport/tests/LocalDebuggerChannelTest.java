package kdring.transport.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import kdring.transport.bridge.DebuggerHub;
import kdring.transport.bridge.LocalDebuggerChannel;

/**
 * The built-in debugger's buffer of target bytes, which copies in bulk: every byte arrives once and in order
 * across the buffer's wrap, whatever the sizes of deliveries and reads, and a debugger that does not read
 * loses the oldest bytes, never the newest.
 */
class LocalDebuggerChannelTest {

    private static final int CAP = LocalDebuggerChannel.BUFFER_CAPACITY;

    @Test
    void bytesArriveOnceAndInOrderAcrossTheWrap() throws Exception {
        try (LocalDebuggerChannel channel = LocalDebuggerChannel.attach(new DebuggerHub("wrap"), "test", false)) {
            Random random = new Random(15);
            ByteArrayOutputStream sent = new ByteArrayOutputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] piece = new byte[70_000];
            byte[] target = new byte[90_000];
            long total = 0;
            // more than three buffers' worth, the buffer never more than half full: nothing is dropped
            while (total < 3L * CAP) {
                int n = 1 + random.nextInt(piece.length);
                random.nextBytes(piece);
                channel.deliver(piece, 0, n);
                sent.write(piece, 0, n);
                total += n;
                int got;
                while ((got = channel.read(target, 0, 1 + random.nextInt(target.length), 0)) > 0) {
                    received.write(target, 0, got);
                }
                if (sent.size() > 1 << 20) { // compare and forget, so memory stays small
                    assertArrayEquals(sent.toByteArray(), received.toByteArray());
                    sent.reset();
                    received.reset();
                }
            }
            assertArrayEquals(sent.toByteArray(), received.toByteArray());
            assertEquals(0, channel.read(target, 0, target.length, TimeUnit.MILLISECONDS.toNanos(1)),
                    "nothing left after everything was read");
        }
    }

    @Test
    void aDebuggerThatDoesNotReadLosesTheOldestBytes() throws Exception {
        try (LocalDebuggerChannel channel = LocalDebuggerChannel.attach(new DebuggerHub("overflow"), "test", false)) {
            // move the buffer's start off zero, so the kept bytes wrap
            byte[] lead = new byte[12_345];
            channel.deliver(lead, 0, lead.length);
            assertEquals(lead.length, channel.read(new byte[lead.length], 0, lead.length, 0));
            byte[] stream = new byte[CAP + CAP / 2 + 7];
            for (int i = 0; i < stream.length; i++) {
                stream[i] = (byte) (i * 31 + (i >>> 11));
            }
            channel.deliver(stream, 0, CAP / 2);
            channel.deliver(stream, CAP / 2, stream.length - CAP / 2); // overflows: the oldest go
            byte[] kept = new byte[CAP];
            int got = 0;
            int n;
            while ((n = channel.read(kept, got, kept.length - got, 0)) > 0) {
                got += n;
            }
            assertEquals(CAP, got);
            byte[] newest = java.util.Arrays.copyOfRange(stream, stream.length - CAP, stream.length);
            assertArrayEquals(newest, kept);
            // one delivery larger than the buffer keeps its own newest bytes
            channel.deliver(stream, 0, stream.length);
            got = 0;
            while ((n = channel.read(kept, got, kept.length - got, 0)) > 0) {
                got += n;
            }
            assertEquals(CAP, got);
            assertArrayEquals(newest, kept);
        }
    }
}
