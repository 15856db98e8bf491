package kdring.server.api;

import com.google.gson.Gson;

/** Makes the WebSocket endpoint of one channel's live stream (the endpoint class itself stays package-private). */
public final class StreamSockets {

    private StreamSockets() {
    }

    /** @return a new endpoint that subscribes to channel {@code id} of {@code backend} once open */
    public static Object create(Gson gson, ServiceBackend backend, String id) {
        return new StreamSocket(gson, socket -> backend.subscribe(id, socket::offer));
    }
}
