package kdring.server.channels;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import kdring.model.story.StoryEvent;
import kdring.server.api.ApiModel;
import kdring.server.api.ServiceBackend;

/**
 * The service's channels by id, served to the API. Adding and closing channels is thread-safe; a fault or a
 * slow client on one channel never touches another. One named daemon thread pushes a throughput sample
 * per second to live subscribers.
 */
public final class ChannelRegistry implements ServiceBackend, AutoCloseable {

    private final Map<String, ServedChannel> channels = new ConcurrentSkipListMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kdring-throughput-sampler");
        t.setDaemon(true);
        return t;
    });

    public ChannelRegistry() {
        sampler.scheduleAtFixedRate(() -> channels.values().forEach(ServedChannel::publishThroughput), 1, 1,
                TimeUnit.SECONDS);
    }

    /** Adds a channel; its id must be new. */
    public void add(ServedChannel channel) {
        if (channels.putIfAbsent(channel.id(), channel) != null) {
            throw new IllegalArgumentException("a channel named '" + channel.id() + "' exists already");
        }
    }

    public List<ServedChannel> served() {
        return List.copyOf(channels.values());
    }

    private ServedChannel get(String id) throws NoSuchChannelException {
        ServedChannel channel = id == null ? null : channels.get(id);
        if (channel == null) {
            throw new NoSuchChannelException(id);
        }
        return channel;
    }

    @Override
    public List<ApiModel.Channel> channels() {
        return channels.values().stream().map(ServedChannel::describe).toList();
    }

    @Override
    public ApiModel.Channel channel(String id) throws NoSuchChannelException {
        return get(id).describe();
    }

    @Override
    public List<ApiModel.Module> modules(String id) throws NoSuchChannelException {
        return get(id).modules();
    }

    @Override
    public ApiModel.EventPage events(String id, Set<StoryEvent.Kind> kinds, long from, int limit)
            throws NoSuchChannelException {
        return get(id).events(kinds, from, limit);
    }

    @Override
    public ApiModel.TracePage trace(String id, long from, int limit) throws NoSuchChannelException {
        return get(id).trace(from, limit);
    }

    @Override
    public List<ApiModel.ThroughputSample> throughput(String id, long sinceMillis) throws NoSuchChannelException {
        return get(id).throughput(sinceMillis);
    }

    @Override
    public ApiModel.StopInfo breakIn(String id) throws NoSuchChannelException, ActionFailedException {
        return get(id).breakIn();
    }

    @Override
    public byte[] readMemory(String id, long address, int length) throws NoSuchChannelException, ActionFailedException {
        return get(id).readMemory(address, length);
    }

    @Override
    public kdring.server.api.TargetApi target(String id) throws NoSuchChannelException {
        return get(id).target();
    }

    @Override
    public void go(String id) throws NoSuchChannelException, ActionFailedException {
        get(id).go();
    }

    @Override
    public ApiModel.DebuggerChange replaceDebugger(String id, String askedBy) throws NoSuchChannelException {
        return get(id).replaceDebugger(askedBy);
    }

    @Override
    public ApiModel.DebuggerChange disconnectDebugger(String id, String reason)
            throws NoSuchChannelException, ActionFailedException {
        return get(id).disconnectDebugger(reason);
    }

    @Override
    public ApiModel.Capture startCapture(String id) throws NoSuchChannelException, ActionFailedException {
        return get(id).startCapture();
    }

    @Override
    public ApiModel.Capture stopCapture(String id) throws NoSuchChannelException, ActionFailedException {
        return get(id).stopCapture();
    }

    @Override
    public ApiModel.Dump dump(String id, String kind) throws NoSuchChannelException, ActionFailedException {
        return get(id).dump(kind);
    }

    @Override
    public Path export(String id, String format) throws NoSuchChannelException, ActionFailedException {
        return get(id).export(format);
    }

    @Override
    public Optional<Path> captureFile(String id) throws NoSuchChannelException {
        return get(id).captureFile();
    }

    @Override
    public AutoCloseable subscribe(String id, Consumer<String> sink) throws NoSuchChannelException {
        return get(id).subscribe(sink);
    }

    /** Closes every channel: captures flushed, endpoints closed, launched VMs stopped. */
    @Override
    public void close() {
        sampler.shutdownNow();
        for (ServedChannel channel : channels.values()) {
            channel.close();
        }
        channels.clear();
    }
}
