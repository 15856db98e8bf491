package kdring.ui.session;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import kdring.kd.observer.SessionEvent;
import kdring.kd.observer.SessionListener;
import kdring.model.capture.Direction;
import kdring.transport.ChannelLifecycle;
import kdring.transport.VmChannel;

/**
 * Feeds a transport {@link VmChannel} into a {@link LiveSession}: every packet its observer decodes is
 * re-encoded (byte-identical, the codec keeps bodies raw) and recorded with the break-in bytes, and every
 * lifecycle transition becomes a channel event. Bytes that were not a good packet reach the Events view as
 * protocol errors but not the capture.
 * <p>
 * The observer calls back on the channel's owner thread under its lock, so recording — file I/O — is handed
 * to one named thread per channel ({@code kdring-recorder-<vm>}) and the owner thread never waits for it.
 */
public final class ObserverBridge implements AutoCloseable {

    private final VmChannel channel;
    private final LiveSession session;
    private final ExecutorService recorder;
    private final SessionListener packets = this::onEvent;
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
        channel.observer().addListener(bridge.packets);
        channel.lifecycle().addListener(bridge.states);
        long now = System.currentTimeMillis() * 1_000_000L;
        bridge.recorder.execute(() -> session.channelState(channel.lifecycle().state(), channel.lifecycle().reason(),
                now));
        return bridge;
    }

    private void onEvent(SessionEvent event) {
        long nanos = System.currentTimeMillis() * 1_000_000L;
        switch (event) {
            case SessionEvent.PacketSeen seen -> record(direction(seen.direction()), nanos, seen.packet().encode());
            case SessionEvent.BreakInRequested b -> record(Direction.DEBUGGER_TO_TARGET, nanos, new byte[] { 0x62 });
            default -> { }
        }
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

    private static Direction direction(kdring.kd.observer.Direction direction) {
        return direction == kdring.kd.observer.Direction.TARGET_TO_DEBUGGER ? Direction.TARGET_TO_DEBUGGER
                : Direction.DEBUGGER_TO_TARGET;
    }

    /** Stops feeding; what is queued is still recorded. */
    @Override
    public void close() {
        channel.observer().removeListener(packets);
        channel.lifecycle().removeListener(states);
        recorder.shutdown();
        try {
            recorder.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
