package kdring.server.api;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Makes the WebSocket endpoints of channels' live streams, and owns the small pool of named threads that
 * write to stream clients (so that channel threads never do). Thread-safe; close once at shutdown.
 */
public final class StreamSockets implements AutoCloseable {

    private final ServiceBackend backend;
    private final ExecutorService senders = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "kdring-stream-sender");
        thread.setDaemon(true);
        return thread;
    });

    public StreamSockets(ServiceBackend backend) {
        this.backend = backend;
    }

    /** @return a new endpoint that subscribes to channel {@code id} once open */
    public Object create(String id) {
        return new StreamSocket(socket -> backend.subscribe(id, socket::offer), senders);
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
