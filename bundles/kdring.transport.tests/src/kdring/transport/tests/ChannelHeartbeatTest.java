package kdring.transport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.transport.ChannelState;
import kdring.transport.VmChannel;

/**
 * {@link VmChannel#heartbeat()}: the owner thread answers it at the top of a pass that began after it was asked
 * for, so two heartbeats in a row prove that a whole pass ran over whatever the port held before the first;
 * a channel whose thread has ended never answers. The chaos soak and the channel fuzz rely on both.
 */
class ChannelHeartbeatTest {

    @TempDir
    Path directory;

    private static void twoHeartbeats(VmChannel channel) throws Exception {
        channel.heartbeat().get(5, TimeUnit.SECONDS);
        channel.heartbeat().get(5, TimeUnit.SECONDS);
    }

    /**
     * Before the fix the thread answered every heartbeat queued while it was answering, the second one included,
     * and the state was read before the pass that took the hello: it failed within a few rounds.
     */
    @Test
    void twoHeartbeatsProveAWholePassRanOverWhatThePortHeld() throws Exception {
        try (FakeGuest guest = new FakeGuest(directory, "beat"); VmChannel channel = VmChannel.start(guest.config("beat"))) {
            guest.awaitHost(VmChannelTest.WAIT);
            for (int round = 0; round < 500; round++) {
                guest.initialise(round * 16);
                guest.hello();
                twoHeartbeats(channel);
                assertEquals(ChannelState.OPEN, channel.lifecycle().state(), "round " + round + ": " + channel.lifecycle());
                guest.goodbye();
                twoHeartbeats(channel);
                assertEquals(ChannelState.WAITING, channel.lifecycle().state(), "round " + round + ": " + channel.lifecycle());
            }
            assertEquals(500, channel.stats().hellos());
        }
    }

    @Test
    void aChannelWhoseThreadEndedNeverAnswers() throws Exception {
        try (FakeGuest guest = new FakeGuest(directory, "gone")) {
            VmChannel channel = VmChannel.start(guest.config("gone"));
            long answered = channel.heartbeat().get(5, TimeUnit.SECONDS); // it could answer
            assertTrue(answered > 0);
            channel.close();
            assertTrue(!channel.ownerThread().isAlive());
            assertThrows(TimeoutException.class, () -> channel.heartbeat().get(300, TimeUnit.MILLISECONDS));
        }
    }
}
