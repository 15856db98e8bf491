package kdring.server.api;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One WebSocket client of a channel's live stream.
 *
 * <p>The channel's thread only {@link #offer}s items, each already serialised to JSON once for all clients:
 * offering appends to this client's bounded queue and, when no send is in flight, hands the draining to the
 * {@code sender} executor. So the channel thread never serialises or writes to a socket, a client that
 * reads too slowly loses items (and is told how many, in a {@code {"kind":"dropped","dropped":N}} message
 * before the next item it does get), and nobody else is slowed down. Thread-safe.
 */
public final class StreamSocket extends Session.Listener.AbstractAutoDemanding {

    /** Items a client may fall behind by before new ones are dropped. */
    static final int QUEUE_LIMIT = 1024;

    private final Subscriber subscriber;
    private final Executor sender;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private final AtomicLong dropped = new AtomicLong();
    private long droppedReported;
    private boolean sending;
    private AutoCloseable subscription;

    /** Subscribes a socket to its channel once the socket is open. */
    @FunctionalInterface
    interface Subscriber {
        AutoCloseable subscribe(StreamSocket socket) throws Exception;
    }

    StreamSocket(Subscriber subscriber, Executor sender) {
        this.subscriber = subscriber;
        this.sender = sender;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        super.onWebSocketOpen(session);
        try {
            subscription = subscriber.subscribe(this);
        } catch (Exception e) {
            session.close(1011, "cannot subscribe: " + e.getMessage(), Callback.NOOP);
        }
    }

    /** Queues one JSON item for this client, or counts it as dropped when the client is too far behind. */
    void offer(String json) {
        synchronized (this) {
            if (queue.size() >= QUEUE_LIMIT) {
                dropped.incrementAndGet();
                return;
            }
            queue.add(json);
            if (sending) {
                return;
            }
            sending = true;
        }
        sender.execute(() -> send(takeNext()));
    }

    private synchronized String takeNext() {
        long missed = dropped.get();
        if (missed != droppedReported && !queue.isEmpty()) {
            droppedReported = missed;
            return "{\"kind\":\"dropped\",\"dropped\":" + missed + "}";
        }
        String item = queue.poll();
        sending = item != null;
        return item;
    }

    private void send(String json) {
        Session session = getSession();
        if (json == null) {
            return;
        }
        if (session == null || !session.isOpen()) {
            synchronized (this) {
                sending = false;
                queue.clear();
            }
            return;
        }
        session.sendText(json, new Callback() {
            @Override
            public void succeed() {
                send(takeNext());
            }

            @Override
            public void fail(Throwable x) {
                synchronized (StreamSocket.this) {
                    sending = false;
                    queue.clear();
                }
            }
        });
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
        unsubscribe();
        callback.succeed();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        unsubscribe();
    }

    private void unsubscribe() {
        AutoCloseable s;
        synchronized (this) {
            s = subscription;
            subscription = null;
            queue.clear();
        }
        if (s != null) {
            try {
                s.close();
            } catch (Exception ignored) {
                // the channel may already be gone
            }
        }
    }
}
