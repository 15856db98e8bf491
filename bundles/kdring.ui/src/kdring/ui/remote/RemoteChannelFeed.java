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
import kdring.model.persist.CaptureFiles;
import kdring.ui.session.ChannelInfo;
import kdring.ui.session.DebugControl;
import kdring.model.story.StoryEvent;
import kdring.ui.session.WorkbenchChannel;
import kdring.ui.session.RemoteControl;
import kdring.kd.observer.Direction;

/**
 * One channel of a remote kdring service, followed as a {@link WorkbenchChannel} so that the same views show it:
 * state polled over HTTP every {@value #POLL_SECONDS} s, events, debug output and throughput from the
 * WebSocket stream, the module table over HTTP when the stream says modules changed, and the debugger
 * (break-in, go, modules, memory, and the front end's registers, breakpoints, stepping and console) as a
 * {@link DebugControl} over HTTP ({@link RemoteDebugControl}). The packet trace stays empty: the stream carries
 * packet summaries, not the bytes the trace decodes. HTTP work runs on one named thread
 * ({@code kdring-remote-HOST-ID}); stream callbacks on the HttpClient's threads. Thread-safe.
 */
public final class RemoteChannelFeed implements AutoCloseable {

    static final int POLL_SECONDS = 2;
    /** How often the packet trace is fetched. */
    static final int TRACE_POLL_MILLIS = 500;
    /** Rows per trace request. */
    static final int TRACE_PAGE = 1000;

    private final RemoteService service;
    private final String id;
    private final WorkbenchChannel session;
    private final ScheduledExecutorService worker;
    private final AtomicLong packetsToDebugger = new AtomicLong();
    private final AtomicLong packetsToTarget = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile WebSocket socket;
    private volatile String state = "";
    /** Worker thread only: the next service trace row to fetch. */
    private long nextTraceRow;
    private boolean traceFailing;

    private RemoteChannelFeed(RemoteService service, RemoteService.RemoteChannel channel, WorkbenchChannel session) {
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
    public static RemoteChannelFeed open(RemoteService service, RemoteService.RemoteChannel channel) throws IOException {
        Path scratch = Files.createTempFile("kdring-remote-" + channel.id() + "-", ".kdcap");
        scratch.toFile().deleteOnExit();
        WorkbenchChannel session = WorkbenchChannel.record(new ChannelInfo(service.host(), channel.vm(),
                channel.windbgCommand()), WorkbenchChannel.Kind.REMOTE, scratch);
        RemoteChannelFeed remote = new RemoteChannelFeed(service, channel, session);
        session.setControl(new RemoteDebugControl(service, channel.id(), session));
        session.setRemote(new RemoteControl() {
            @Override
            public String capture(boolean start) throws IOException {
                return remote.capture(start);
            }

            @Override
            public Path downloadCapture(Path folder) throws IOException {
                return remote.downloadCapture(folder);
            }
        });
        session.owning(remote);
        remote.stateSeen(channel);
        try {
            remote.socket = service.stream(channel.id(), remote.new Stream()).get(RemoteService.TIMEOUT.toSeconds(),
                    TimeUnit.SECONDS);
        } catch (Exception e) {
            session.close();
            throw new IOException("could not open the live stream of " + channel.id() + ": " + e.getMessage(), e);
        }
        remote.worker.execute(remote::refreshModules);
        remote.worker.scheduleWithFixedDelay(remote::poll, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
        remote.worker.scheduleWithFixedDelay(remote::pullTrace, 0, TRACE_POLL_MILLIS, TimeUnit.MILLISECONDS);
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
        Path capture = CaptureFiles.newCapture(folder, CaptureFiles.safe(info.host()) + "-" + info.vm());
        service.downloadCapture(id, capture);
        CaptureFiles.writeMetadata(capture, info.key(), info.vm(), session.status().transportName(),
                info.windbgCommand());
        return capture;
    }

    /** Starts or stops the service's capture of this channel; @return the file on the service's host */
    public String capture(boolean start) throws IOException {
        return service.capture(id, start);
    }

    /** @return the session the views show */
    public WorkbenchChannel session() {
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

    /**
     * Worker thread: fetches the service's packet trace from where it left off and feeds each packet's wire
     * bytes into the local session, so that the Packet Trace view decodes, filters and shows them as it
     * does for a local channel. The story (events, prints, modules) comes from the stream, not from here.
     */
    private void pullTrace() {
        try {
            while (!closed.get()) {
                List<RemoteService.TraceRow> rows = service.trace(id, nextTraceRow, TRACE_PAGE);
                for (RemoteService.TraceRow row : rows) {
                    session.bytes(row.toDebugger() ? Direction.TARGET_TO_DEBUGGER : Direction.DEBUGGER_TO_TARGET,
                            row.timeNanos(), row.bytes(), 0, row.bytes().length);
                    nextTraceRow = row.index() + 1;
                }
                if (rows.size() < TRACE_PAGE) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (!closed.get() && !traceFailing) {
                traceFailing = true;
                session.addEvent(StoryEvent.of(now(), StoryEvent.Kind.FAULT, "packet trace not fetched from "
                        + service.host() + ": " + e.getMessage() + " (retrying)"));
            }
            return;
        }
        traceFailing = false;
    }

    private void refreshModules() {
        try {
            session.moduleWalk(service.modules(id));
        } catch (IOException e) {
            session.addEvent(StoryEvent.of(now(), StoryEvent.Kind.FAULT, "module table not fetched: " + e.getMessage()));
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
            case "dropped" -> session.addEvent(StoryEvent.of(now(), StoryEvent.Kind.FAULT,
                    "the stream dropped " + item.get("dropped").getAsLong() + " items (this workbench read too slowly)"));
            default -> { }
        }
    }

    private void event(JsonObject event) {
        long nanos = event.has("timeMillis") ? event.get("timeMillis").getAsLong() * 1_000_000L : now();
        String text = RemoteService.text(event, "text");
        String kind = RemoteService.text(event, "kind");
        switch (kind) {
            case "print" -> session.addPrint(0, text.endsWith("\n") ? text : text + "\n");
            case "module" -> worker.execute(this::refreshModules);
            // the service's channel state is polled: its own state events would only repeat it
            case "state", "fault" -> worker.execute(this::poll);
            default -> session.addEvent(StoryEvent.Kind.ofApiName(kind)
                    .map(k -> new StoryEvent(-1, nanos, k, text, k == StoryEvent.Kind.STOPPED ? stop(event) : null))
                    .orElse(StoryEvent.of(nanos, StoryEvent.Kind.CHANNEL, kind + ": " + text)));
        }
    }

    /** The stop's fields of a service's breakin event, or null when it has none (an older service). */
    static StoryEvent.Stop stop(JsonObject event) {
        if (!event.has("stop") || !event.get("stop").isJsonObject()) {
            return null;
        }
        JsonObject stop = event.getAsJsonObject("stop");
        try {
            return new StoryEvent.Stop(Long.parseUnsignedLong(RemoteService.text(stop, "address").substring(2), 16),
                    (int) Long.parseLong(RemoteService.text(stop, "exceptionCode").substring(2), 16),
                    RemoteService.text(stop, "reason"), stop.has("processor") ? stop.get("processor").getAsInt() : 0,
                    stop.has("firstChance") && stop.get("firstChance").getAsBoolean());
        } catch (RuntimeException e) {
            return null; // not as documented: the words still say where it stopped
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
                    session.addEvent(StoryEvent.of(now(), StoryEvent.Kind.PROTOCOL_ERROR,
                            "unreadable stream item from the service: " + e.getMessage()));
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!closed.get()) {
                session.addEvent(StoryEvent.of(now(), StoryEvent.Kind.CHANNEL,
                        "live stream closed by the service (" + statusCode + " " + reason + ")"));
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (!closed.get()) {
                session.addEvent(StoryEvent.of(now(), StoryEvent.Kind.CHANNEL, "live stream failed: " + error));
            }
        }
    }
}
