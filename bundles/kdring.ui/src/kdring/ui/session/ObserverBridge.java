package kdring.ui.session;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import kdring.model.capture.CaptureFormat;
import kdring.kd.observer.Direction;
import kdring.transport.ByteTap;
import kdring.transport.ChannelLifecycle;
import kdring.transport.VmChannel;

/**
 * Feeds a transport {@link VmChannel} into a {@link LiveSession}: every byte of the KD stream, exactly as it
 * crossed (the channel's {@link ByteTap}: packets, break-in bytes, garbage), is recorded, and every lifecycle
 * transition becomes a channel event.
 * <p>
 * The tap calls back on the channel's owner thread, so the bytes are copied and recording — file I/O — is
 * handed to one named thread per channel ({@code kdring-recorder-<vm>}); the owner thread never waits for it.
 */
public final class ObserverBridge implements AutoCloseable {

    private final VmChannel channel;
    private final LiveSession session;
    private final ExecutorService recorder;
    private final ByteTap bytes = this::onBytes;
    private final ChannelLifecycle.Listener states;

    private ObserverBridge(VmChannel channel, LiveSession session) {
        this.channel = channel;
        this.session = session;
        this.recorder = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "kdring-recorder-" + channel.name());
            thread.setDaemon(true);
            return thread;
        });
        this.states = t -> {
            long nanos = t.at().getEpochSecond() * 1_000_000_000L + t.at().getNano();
            recorder.execute(() -> session.channelState(t.to(), t.reason(), nanos));
        };
    }

    /** Starts feeding {@code session} from {@code channel}. */
    public static ObserverBridge connect(VmChannel channel, LiveSession session) {
        ObserverBridge bridge = new ObserverBridge(channel, session);
        channel.addByteTap(bridge.bytes);
        channel.lifecycle().addListener(bridge.states);
        long now = System.currentTimeMillis() * 1_000_000L;
        bridge.recorder.execute(() -> session.channelState(channel.lifecycle().state(), channel.lifecycle().reason(),
                now));
        return bridge;
    }

    private void onBytes(kdring.kd.observer.Direction direction, byte[] buffer, int offset, int length, long nanos) {
        record(Direction.of(direction), CaptureFormat.epochNanos(nanos),
                java.util.Arrays.copyOfRange(buffer, offset, offset + length));
    }

    private void record(Direction direction, long nanos, byte[] wire) {
        recorder.execute(() -> {
            try {
                session.bytes(direction, nanos, wire, 0, wire.length);
            } catch (IOException e) {
                session.channelState(channel.lifecycle().state(), "capture write failed: " + e.getMessage(), nanos);
            }
        });
    }

    /** Stops feeding; what is queued is still recorded. */
    @Override
    public void close() {
        channel.removeByteTap(bytes);
        channel.lifecycle().removeListener(states);
        recorder.shutdown();
        try {
            recorder.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
