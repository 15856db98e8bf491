package kdring.ui.remote;

import java.io.IOException;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import kdring.kd.observer.LoadedModule;
import kdring.model.recorder.Throughput;
import kdring.transport.ChannelState;
import kdring.ui.session.ChannelInfo;
import kdring.ui.session.DebugControl;
import kdring.ui.session.EventRow;
import kdring.ui.session.LiveSession;

/**
 * One channel of a remote kdring service, followed as a {@link LiveSession} so that the same views show it:
 * state polled over HTTP every {@value #POLL_SECONDS} s, events, debug output and throughput from the
 * WebSocket stream, the module table over HTTP when the stream says modules changed, and break-in, go,
 * modules and memory as a {@link DebugControl} over HTTP. The packet trace stays empty: the stream carries
 * packet summaries, not the bytes the trace decodes. HTTP work runs on one named thread
 * ({@code kdring-remote-HOST-ID}); stream callbacks on the HttpClient's threads. Thread-safe.
 */
public final class RemoteSession implements AutoCloseable {

    static final int POLL_SECONDS = 2;

    private final RemoteService service;
    private final String id;
    private final LiveSession session;
    private final ScheduledExecutorService worker;
    private final AtomicLong packetsToDebugger = new AtomicLong();
    private final AtomicLong packetsToTarget = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile WebSocket socket;
    private volatile String state = "";

    private RemoteSession(RemoteService service, RemoteService.RemoteChannel channel, LiveSession session) {
        this.service = service;
        this.id = channel.id();
        this.session = session;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kdring-remote-" + service.host() + "-" + channel.id());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts following {@code channel} of {@code service}. Blocking (opens the stream): call it from a Job. */
    public static RemoteSession open(RemoteService service, RemoteService.RemoteChannel channel) throws IOException {
        Path scratch = Files.createTempFile("kdring-remote-" + channel.id() + "-", ".kdcap");
        scratch.toFile().deleteOnExit();
        LiveSession session = LiveSession.record(new ChannelInfo(service.host(), channel.vm(),
                channel.transport().isEmpty() ? "ring" : channel.transport(), channel.windbgCommand()), scratch);
        RemoteSession remote = new RemoteSession(service, channel, session);
        session.setControl(remote.new Control());
        remote.stateSeen(channel);
        try {
            remote.socket = service.stream(channel.id(), remote.new Stream()).get(RemoteService.TIMEOUT.toSeconds(),
                    TimeUnit.SECONDS);
        } catch (Exception e) {
            remote.close();
            throw new IOException("could not open the live stream of " + channel.id() + ": " + e.getMessage(), e);
        }
        remote.worker.execute(remote::refreshModules);
        remote.worker.scheduleWithFixedDelay(remote::poll, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
        return remote;
    }

    /**
     * Downloads the service's capture of this channel into {@code folder}, named after host, VM and time,
     * with a {@code .kdsession} beside it. Blocking: call it from a Job.
     *
     * @return the capture file
     */
    public Path downloadCapture(Path folder) throws IOException {
        Files.createDirectories(folder);
        ChannelInfo info = session.info();
        Path capture = kdring.ui.session.CaptureFiles.newCapture(folder, new ChannelInfo(info.host(),
                kdring.ui.session.CaptureFiles.safe(info.host()) + "-" + info.vm(), info.transport(),
                info.windbgCommand()));
        service.downloadCapture(id, capture);
        kdring.ui.session.CaptureFiles.writeMetadata(capture, info);
        return capture;
    }

    /** Starts or stops the service's capture of this channel; @return the file on the service's host */
    public String capture(boolean start) throws IOException {
        return service.capture(id, start);
    }

    /** @return the session the views show */
    public LiveSession session() {
        return session;
    }

    private void poll() {
        try {
            stateSeen(service.channel(id));
        } catch (IOException e) {
            if (!"unreachable".equals(state)) {
                state = "unreachable";
                session.channelState(ChannelState.FAULTED, "service unreachable: " + e.getMessage(), now());
            }
        }
    }

    private void stateSeen(RemoteService.RemoteChannel channel) {
        String key = channel.state() + "|" + channel.reason();
        if (!key.equals(state)) {
            state = key;
            ChannelState mapped;
            try {
                mapped = ChannelState.valueOf(channel.state().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                mapped = ChannelState.WAITING;
            }
            session.channelState(mapped, channel.reason(), now());
        }
    }

    private void refreshModules() {
        try {
            session.moduleWalk(service.modules(id));
        } catch (IOException e) {
            session.addEvent(new EventRow(now(), EventRow.Kind.CHANNEL, "module table not fetched: " + e.getMessage()));
        }
    }

    /** One stream item (a JSON text message). */
    void item(String text) {
        JsonObject item = JsonParser.parseString(text).getAsJsonObject();
        switch (RemoteService.text(item, "kind")) {
            case "packet" -> {
                boolean fromTarget = "target".equals(RemoteService.text(item.getAsJsonObject("packet"), "direction"));
                (fromTarget ? packetsToDebugger : packetsToTarget).incrementAndGet();
            }
            case "throughput" -> {
                JsonObject t = item.getAsJsonObject("throughput");
                session.addThroughput(new Throughput(t.get("timeMillis").getAsLong() * 1_000_000L, 1_000_000_000L,
                        (long) t.get("targetBytesPerSecond").getAsDouble(),
                        (long) t.get("debuggerBytesPerSecond").getAsDouble(), packetsToDebugger.getAndSet(0),
                        packetsToTarget.getAndSet(0)));
            }
            case "event" -> event(item.getAsJsonObject("event"));
            case "dropped" -> session.addEvent(new EventRow(now(), EventRow.Kind.CHANNEL,
                    "the stream dropped " + item.get("dropped").getAsLong() + " items (this workbench read too slowly)"));
            default -> { }
        }
    }

    private void event(JsonObject event) {
        long nanos = event.has("timeMillis") ? event.get("timeMillis").getAsLong() * 1_000_000L : now();
        String text = RemoteService.text(event, "text");
        switch (RemoteService.text(event, "kind")) {
            case "print" -> session.addPrint(0, text.endsWith("\n") ? text : text + "\n");
            case "module" -> worker.execute(this::refreshModules);
            case "breakin" -> session.addEvent(new EventRow(nanos, EventRow.Kind.STOPPED, text));
            case "reset" -> session.addEvent(new EventRow(nanos, EventRow.Kind.RESET, text));
            default -> session.addEvent(new EventRow(nanos, EventRow.Kind.CHANNEL,
                    RemoteService.text(event, "kind") + ": " + text));
        }
    }

    private static long now() {
        return System.currentTimeMillis() * 1_000_000L;
    }

    /** Stops following: closes the stream and the worker; the remote channel is untouched. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
        worker.shutdownNow();
        try {
            session.close();
        } catch (IOException e) {
            // nothing recorded locally is worth keeping
        }
    }

    /** Reads the stream's text messages, one at a time. */
    private final class Stream implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    item(text);
                } catch (RuntimeException e) {
                    session.addEvent(new EventRow(now(), EventRow.Kind.PROTOCOL_ERROR,
                            "unreadable stream item from the service: " + e.getMessage()));
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!closed.get()) {
                session.addEvent(new EventRow(now(), EventRow.Kind.CHANNEL,
                        "live stream closed by the service (" + statusCode + " " + reason + ")"));
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (!closed.get()) {
                session.addEvent(new EventRow(now(), EventRow.Kind.CHANNEL, "live stream failed: " + error));
            }
        }
    }

    /** The service's built-in debugger, over HTTP. */
    private final class Control implements DebugControl {
        @Override
        public String breakIn() throws Exception {
            return service.breakIn(id);
        }

        @Override
        public void go() throws Exception {
            service.resume(id);
        }

        @Override
        public List<LoadedModule> listModules() throws Exception {
            List<LoadedModule> modules = service.modules(id);
            session.moduleWalk(modules);
            return modules;
        }

        @Override
        public byte[] readVirtual(long address, int length) throws Exception {
            return service.memory(id, address, length);
        }

        @Override
        public void close() {
            // the remote debugger belongs to the service
        }
    }
}
