package kdring.server.api;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

import com.google.gson.Gson;

/**
 * One WebSocket client of a channel's live stream. The channel's thread only ever {@link #offer}s items:
 * each client has a bounded queue, one send in flight at a time, and a drop counter that travels with the
 * next item it does receive. So a slow client loses items (and sees how many) but never slows the
 * bridge or the other clients. Thread-safe.
 */
public final class StreamSocket extends Session.Listener.AbstractAutoDemanding {

    /** Items a client may fall behind by before new ones are dropped. */
    static final int QUEUE_LIMIT = 1024;

    private final Gson gson;
    private final Subscriber subscriber;
    private final ArrayDeque<ApiModel.StreamItem> queue = new ArrayDeque<>();
    private final AtomicLong dropped = new AtomicLong();
    private long droppedReported;
    private boolean sending;
    private AutoCloseable subscription;

    /** Subscribes a socket to its channel once the socket is open. */
    @FunctionalInterface
    interface Subscriber {
        AutoCloseable subscribe(StreamSocket socket) throws Exception;
    }

    StreamSocket(Gson gson, Subscriber subscriber) {
        this.gson = gson;
        this.subscriber = subscriber;
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

    /** Queues an item for this client, or counts it as dropped when the client is too far behind. */
    void offer(ApiModel.StreamItem item) {
        ApiModel.StreamItem next;
        synchronized (this) {
            if (queue.size() >= QUEUE_LIMIT) {
                dropped.incrementAndGet();
                return;
            }
            queue.add(item);
            if (sending) {
                return;
            }
            next = takeNext();
        }
        send(next);
    }

    /** @return items this client missed so far */
    long dropped() {
        return dropped.get();
    }

    private synchronized ApiModel.StreamItem takeNext() {
        ApiModel.StreamItem item = queue.poll();
        sending = item != null;
        if (item != null && dropped.get() != droppedReported) {
            droppedReported = dropped.get();
            item = item.withDropped(droppedReported);
        }
        return item;
    }

    private void send(ApiModel.StreamItem item) {
        Session session = getSession();
        if (item == null || session == null || !session.isOpen()) {
            synchronized (this) {
                sending = false;
            }
            return;
        }
        session.sendText(gson.toJson(item), new Callback() {
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
