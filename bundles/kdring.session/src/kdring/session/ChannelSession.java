package kdring.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import kdring.model.persist.CaptureFiles;
import kdring.model.recorder.RecorderListener;
import kdring.model.session.Channel;
import kdring.model.session.SessionFactory;
import kdring.model.session.Transport;
import kdring.model.story.ChannelStatus;
import kdring.model.story.ChannelStory;
import kdring.model.story.StoryEvent;
import kdring.model.trace.PacketTrace;
import kdring.transport.ChannelState;
import kdring.transport.ChannelStats;
import kdring.transport.VmChannel;
import kdring.transport.bridge.DebuggerHub;
import kdring.transport.bridge.SocketDebuggerServer;
import kdring.transport.memory.GuestMemory;
import kdring.transport.vm.VmConnection;

/**
 * One channel, whole: the transport's {@link VmChannel} on a VM from a hypervisor adapter, its WinDbg
 * endpoints, a bounded recorder on its own thread (the session recording that backs the packet trace, the
 * user's captures, the model and the {@link ChannelStory}), the built-in debugger on its executor, and the
 * VM connection. The workbench and the service are thin adapters over this object; neither builds
 * channels, endpoints, captures or debuggers itself.
 *
 * <h2>Threads</h2>
 * <ul>
 * <li>{@code kdring-channel-<name>}: the data path (rings, serial, debugger hub). It only copies bytes into
 * the recorder's bounded queue; nothing it does waits for decoding, disks or clients.</li>
 * <li>{@code kdring-recorder-<name>}: decodes every byte once, writes the recording and the capture, tells
 * the story; {@link RecorderListener}s and story listeners are called here.</li>
 * <li>{@code kdring-debugger-<name>}: the built-in debugger.</li>
 * <li>{@code kdring-idle-<name>}: pauses the VM while its stopped target waits ({@link IdlePause}), for
 * VMs that offer it.</li>
 * </ul>
 * Every public method is thread-safe. {@link #close()} stops everything this session owns, the VM
 * included when the adapter launched it; recordings and captures stay on disk. A target kdring's debugger
 * stopped is continued first, launched and attached VMs alike: nothing kdring leaves behind stays stopped.
 */
public final class ChannelSession implements AutoCloseable {

    /**
     * How to serve a channel.
     *
     * @param endpoints       the debugger endpoints to open (none: only the built-in debugger)
     * @param recordingFolder where the session recording (which backs the packet trace) goes
     * @param captureFolder   where captures started with {@link #startCapture()} go
     * @param stallTimeout    how long a debugger may leave the target's bytes unread before it is disconnected
     */
    public record Options(List<EndpointConfig> endpoints, Path recordingFolder, Path captureFolder,
            Duration stallTimeout) {
        public Options {
            endpoints = List.copyOf(endpoints);
            Objects.requireNonNull(recordingFolder);
            Objects.requireNonNull(captureFolder);
            Objects.requireNonNull(stallTimeout);
        }

        /**
         * One TCP endpoint on 127.0.0.1 and the default stall timeout.
         *
         * @param debuggerPort the TCP port of the WinDbg endpoint (0: any free port, negative: none)
         */
        public Options(int debuggerPort, Path recordingFolder, Path captureFolder) {
            this(debuggerPort < 0 ? List.of() : List.of(new EndpointConfig.Tcp("127.0.0.1", debuggerPort)),
                    recordingFolder, captureFolder, DebuggerHub.DEFAULT_STALL_TIMEOUT);
        }
    }

    /** Where a debugger endpoint listens. */
    public sealed interface EndpointConfig {

        /** TCP on {@code host:port} (port 0: any free one); WinDbg's {@code com:ipport}. */
        record Tcp(String host, int port) implements EndpointConfig {
            public Tcp {
                Objects.requireNonNull(host);
            }
        }

        /** A unix-domain socket at {@code path}, mode 0600, for the service's own user (and root). */
        record Unix(Path path) implements EndpointConfig {
            public Unix {
                Objects.requireNonNull(path);
            }
        }
    }

    /**
     * A debugger endpoint of the channel.
     *
     * @param kind          "tcp" or "unix"
     * @param address       where it listens
     * @param windbgCommand the command line that attaches WinDbg to it
     */
    public record Endpoint(String kind, String address, String windbgCommand) {
    }

    private final VmConnection vm;
    private final VmChannel channel;
    private final List<SocketDebuggerServer> servers;
    private final Recorder recorder;
    private final BuiltInDebugger debugger;
    private final Options options;
    /** Pauses the VM while its target waits in the debugger; null when the VM cannot be paused. */
    private final IdlePause idlePause;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ChannelSession(VmConnection vm, VmChannel channel, List<SocketDebuggerServer> servers, Recorder recorder,
            Options options) {
        this.vm = vm;
        this.channel = channel;
        this.servers = servers;
        this.recorder = recorder;
        this.options = options;
        this.debugger = new BuiltInDebugger(channel, recorder.story());
        this.idlePause = IdlePause.startIfOffered(vm, channel, recorder);
    }

    /**
     * Opens a channel on {@code vm}: starts the transport, the WinDbg endpoint and the recorder. On failure
     * everything opened so far is closed again, {@code vm} included, and the exception says what failed.
     */
    public static ChannelSession open(VmConnection vm, Options options) throws IOException {
        VmChannel channel = null;
        List<SocketDebuggerServer> servers = new ArrayList<>();
        Recorder recorder = null;
        try {
            Files.createDirectories(options.recordingFolder());
            channel = VmChannel.start(channelConfig(vm));
            channel.hub().setStallTimeout(options.stallTimeout());
            Channel model = SessionFactory.eINSTANCE.createChannel();
            model.setName(vm.name());
            model.setVmName(vm.name());
            model.setTransport(channel.hasPort() ? Transport.RING : Transport.SERIAL);
            recorder = Recorder.start(channel, model,
                    CaptureFiles.newCapture(options.recordingFolder(), vm.name() + "-session"));
            Recorder story = recorder;
            channel.hub().addListener(event -> story.tell(
                    StoryEvent.of(event.nanos(), StoryEvent.Kind.CHANNEL, event.describe())));
            for (EndpointConfig endpoint : options.endpoints()) {
                servers.add(openEndpoint(channel, endpoint));
            }
            return new ChannelSession(vm, channel, List.copyOf(servers), recorder, options);
        } catch (IOException | RuntimeException e) {
            if (recorder != null) {
                recorder.close();
            }
            servers.forEach(SocketDebuggerServer::close);
            if (channel != null) {
                channel.close();
            }
            vm.close();
            throw e;
        }
    }

    private static SocketDebuggerServer openEndpoint(VmChannel channel, EndpointConfig endpoint) throws IOException {
        try {
            return switch (endpoint) {
                case EndpointConfig.Tcp tcp -> SocketDebuggerServer.tcp(channel.hub(), tcp.host(), tcp.port());
                case EndpointConfig.Unix unix -> SocketDebuggerServer.unix(channel.hub(), unix.path());
            };
        } catch (IOException e) {
            String where = switch (endpoint) {
                case EndpointConfig.Tcp tcp -> "on " + tcp.host() + ":" + tcp.port();
                case EndpointConfig.Unix unix -> "at " + unix.path();
            };
            throw new IOException("channel " + channel.name() + ": cannot open the debugger endpoint " + where + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The transport's configuration for {@code vm}: rings and serial bridge when it has a handshake port and
     * mapped RAM; only the serial bridge for a VM with stock kdcom on COM1 (no port, no RAM).
     */
    private static VmChannel.Config channelConfig(VmConnection vm) throws IOException {
        Optional<GuestMemory> memory = vm.memory();
        if (vm.portStream().isPresent() && memory.isPresent()) {
            return new VmChannel.Config(vm.name(), vm.portStream().get(), vm.serialStream().orElse(null),
                    memory.get(), vm.ramLayout());
        }
        if (vm.serialStream().isEmpty()) {
            throw new IOException(vm.name() + ": " + (vm.portStream().isPresent()
                    ? "has a handshake port but no mapped guest RAM for the rings, and no serial port"
                    : "has neither a handshake port nor a serial port: nothing to debug"));
        }
        return VmChannel.Config.serialOnly(vm.name(), vm.serialStream().get());
    }

    /** @return the channel's name (the VM's) */
    public String name() {
        return vm.name();
    }

    /** @return the VM this channel is on: its hypervisor, accelerator, controls and guest log */
    public VmConnection vm() {
        return vm;
    }

    /** @return the story: modules, events, prints, throughput and live status */
    public ChannelStory story() {
        return recorder.story();
    }

    /** @return the channel's live status (state, reason, transport) */
    public ChannelStatus status() {
        return recorder.story().status();
    }

    /** @return the packet trace, paged from the session recording */
    public PacketTrace trace() {
        return recorder.trace();
    }

    /** @return the session recording (every byte since the session opened) */
    public Path recording() {
        return recorder.recording();
    }

    /** @return the transport's channel (tools that measure it attach their own debugger to its hub) */
    public VmChannel channel() {
        return channel;
    }

    /** @return the transport's counters */
    public ChannelStats stats() {
        return channel.stats();
    }

    /**
     * Asks the channel thread to answer at the top of its next pass (it is woken if it sleeps); the future
     * completes with {@link System#nanoTime()} of the answer, never when the thread is stuck or gone.
     */
    public java.util.concurrent.CompletableFuture<Long> heartbeat() {
        return channel.heartbeat();
    }

    /** @return the channel's owner thread ({@code kdring-channel-<name>}), e.g. to read its CPU time or stack */
    public Thread channelThread() {
        return channel.ownerThread();
    }

    /**
     * Adds a tap that sees every byte of the KD stream as the channel thread moved it (debugger bytes when
     * taken for the guest's receive ring or UART, target bytes when taken from the guest). It is called on
     * the channel thread: it must be quick and must not throw.
     */
    public void addByteTap(kdring.transport.ByteTap tap) {
        channel.addByteTap(tap);
    }

    /** Removes a tap added by {@link #addByteTap}. */
    public void removeByteTap(kdring.transport.ByteTap tap) {
        channel.removeByteTap(tap);
    }

    /** @return the channel's state as the transport sees it right now */
    public ChannelState transportState() {
        return channel.lifecycle().state();
    }

    /** Waits until the transport is in {@code state}; @return whether it got there in time */
    public boolean awaitState(ChannelState state, Duration timeout) throws InterruptedException {
        return channel.awaitState(state, timeout);
    }

    /** @return the debugger endpoints */
    public List<Endpoint> endpoints() {
        List<Endpoint> list = new ArrayList<>();
        for (SocketDebuggerServer server : servers) {
            list.add(new Endpoint(server.unixPath() == null ? "tcp" : "unix", String.valueOf(server.address()),
                    server.windbgCommandLine()));
        }
        return list;
    }

    /** @return the command line that attaches WinDbg, or "" when no endpoint is served */
    public String windbgCommand() {
        return servers.isEmpty() ? "" : servers.get(0).windbgCommandLine();
    }

    /** @return whether a debugger (WinDbg or the built-in one) is attached */
    public boolean debuggerAttached() {
        return channel.hub().debuggerAttached();
    }

    /** @return who is attached as the debugger ("tcp 127.0.0.1:50412", "kdring built-in"), or null */
    public String attachedDebugger() {
        return channel.hub().attachedDescription();
    }

    /**
     * The user's "replace debugger" action: the next debugger to connect to an endpoint (within
     * {@link DebuggerHub#REPLACE_WINDOW}) takes the channel from the attached one; until then a second
     * debugger is refused. Logged and told in the story.
     *
     * @return the debugger that will be replaced, or null when none is attached
     */
    public String replaceDebugger() {
        return replaceDebugger("kdring");
    }

    /** As {@link #replaceDebugger()}, naming who asked ("the API (127.0.0.1)", "the workbench"). */
    public String replaceDebugger(String askedBy) {
        return channel.hub().replaceDebugger(askedBy);
    }

    /**
     * The user's "disconnect debugger" action: disconnects the attached debugger (WinDbg or the built-in one),
     * telling it, the log and the story why; the bytes it sent still reach the guest. May wait about a second
     * for a peer that does not read: not for UI threads.
     *
     * @return the debugger disconnected, or null when none was attached
     */
    public String disconnectDebugger(String reason) {
        if (debugger.targetStopped() && !channel.hub().attachedExternal()) {
            debugger.resumeIfStopped(BuiltInDebugger.RESUME_ON_CLOSE_TIMEOUT); // never leave it stopped in kdring
        }
        return channel.hub().disconnectDebugger(reason);
    }

    /**
     * What the session did to spare the CPU of the VM while its target waits, stopped, in the debugger: it
     * pauses the VM then (no host CPU), and the debugger's next bytes resume it first. See
     * {@link VmConnection.Control#PAUSE}; {@link PauseStats#NOT_OFFERED} for a VM that cannot be paused.
     */
    public PauseStats pauseStats() {
        return idlePause == null ? PauseStats.NOT_OFFERED : idlePause.stats();
    }

    /** @return the built-in debugger */
    public BuiltInDebugger debugger() {
        return debugger;
    }

    /** Adds a listener called on the recorder thread for every decoded event and throughput sample. */
    public void addRecorderListener(RecorderListener listener) {
        recorder.addListener(listener);
    }

    /** Removes a listener added by {@link #addRecorderListener}. */
    public void removeRecorderListener(RecorderListener listener) {
        recorder.removeListener(listener);
    }

    /**
     * Starts writing every byte from now on into a new capture in the capture folder (in order with the
     * bytes: the recorder thread opens it). A capture already running is kept and described.
     */
    public Capture startCapture() throws IOException {
        Files.createDirectories(options.captureFolder());
        return recorder.startCapture(CaptureFiles.newCapture(options.captureFolder(), name()), this::describeCapture);
    }

    /** Stops the running capture (if any) after the bytes queued before this call, and describes it. */
    public Capture stopCapture() throws IOException {
        return recorder.stopCapture(this::describeCapture);
    }

    /** @return where captures (and crash dumps the front ends write) go */
    public Path captureFolder() {
        return options.captureFolder();
    }

    /** @return the running capture, or else the last one, if there was any */
    public Optional<Capture> capture() {
        return recorder.capture();
    }

    private void describeCapture(Path capture) throws IOException {
        CaptureFiles.writeMetadata(capture, "local/" + name(), name(), status().transportName(), windbgCommand());
    }

    /**
     * Writes a Windows kernel crash dump of the target, which kdring's debugger must have stopped: the header
     * facts through the debugger, the pages straight from the mapped guest RAM. The target stays stopped
     * and in the debugger's hands; the dump is a copy. Takes seconds (a full dump copies all of RAM): call
     * it off UI threads.
     *
     * @param progress told how many pages are written; returning false cancels (nothing is left behind)
     */
    public CrashDump.Result writeCrashDump(Path target, CrashDump.Kind kind, CrashDump.Progress progress)
            throws IOException, kdring.kd.endpoint.KdException, java.util.concurrent.TimeoutException {
        return writeCrashDump(target, kind, progress, false);
    }

    /**
     * As {@link #writeCrashDump(Path, CrashDump.Kind, CrashDump.Progress)}; with {@code throughKd} the pages
     * are read through the debugger (KD ReadPhysicalMemory, 3944 bytes a request) instead of the mapped RAM:
     * slower, a check of the mapping. A serial-only VM (no mapped RAM) cannot be dumped either way: the RAM's
     * size and layout come from the mapping.
     */
    public CrashDump.Result writeCrashDump(Path target, CrashDump.Kind kind, CrashDump.Progress progress,
            boolean throughKd) throws IOException, kdring.kd.endpoint.KdException, java.util.concurrent.TimeoutException {
        Optional<GuestMemory> mapped = vm.memory();
        if (mapped.isEmpty()) {
            // even through KD the dump needs the RAM's size and layout, which only the mapping tells
            throw new IOException("a crash dump needs guest memory: " + name() + " is attached through its serial "
                    + "port only, so kdring knows neither its RAM nor its size (attach it with its RAM to dump it)");
        }
        if (!debugger.targetStopped()) {
            throw new IOException("the target of " + name() + " is running; break in first, then dump");
        }
        CrashDump.Facts facts = debugger.dumpFacts(BuiltInDebugger.REQUEST_TIMEOUT);
        GuestMemory memory = throughKd ? new KdPhysicalMemory(debugger, mapped.get().size()) : mapped.get();
        return CrashDump.write(target, kind, facts, memory, vm.ramLayout(), progress);
    }

    /**
     * Stops what this session owns: debugger (continuing a target it stopped, within
     * {@link BuiltInDebugger#RESUME_ON_CLOSE_TIMEOUT}), endpoints, channel, recorder (everything queued is still
     * recorded; a running capture is finished), and the VM connection. Only the first call does anything.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (idlePause != null) {
            idlePause.close(); // resumed before anything else lets go of the VM
        }
        debugger.close();
        servers.forEach(SocketDebuggerServer::close);
        channel.close();
        recorder.close();
        vm.close();
    }

    /** @return whether {@link #close()} was called */
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public String toString() {
        return "channel session " + name() + " (" + status().stateName() + ")";
    }
}
