package kdring.kd.observer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import kdring.kd.framing.FrameEvent;
import kdring.kd.framing.Framer;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.DebugIo;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.KdBody;
import kdring.kd.packet.KdWire;
import kdring.kd.packet.LoadSymbolsReport;
import kdring.kd.packet.Manipulate;
import kdring.kd.packet.ManipulateApi;
import kdring.kd.packet.ManipulateDetail;
import kdring.kd.packet.PacketType;
import kdring.kd.packet.StateChange;
import kdring.kd.packet.VersionInfo;

/**
 * Turns the two byte streams of a KD session into its story: decoded packets with direction and time,
 * stops, module loads and unloads, debug prints, resets, resends, protocol errors and restarts of the target
 * while a request waited, and keeps the current
 * module table. It only listens: as a passive tap beside WinDbg, or behind the built-in debugger (see
 * {@link #onModuleWalk}).
 * <p>
 * Thread-safe. The two directions may be fed from two threads; each call is handled under the observer's
 * lock and listeners are called from inside it (see {@link KdEventListener}). {@link #modules()} and
 * {@link #version()} may be called from any thread.
 */
public final class KdObserver {

    /**
     * The most modules the table keeps (a guest decides how many LoadSymbols it reports); loads of further
     * modules are still reported as events but not kept, and counted ({@link #modulesOverCap()}).
     */
    public static final int MAX_MODULES = 65_536;

    private final List<KdEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Side target = new Side(Direction.TARGET_TO_DEBUGGER);
    private final Side debugger = new Side(Direction.DEBUGGER_TO_TARGET);
    private final Map<Long, LoadedModule> modules = new LinkedHashMap<>();
    private VersionInfo version;
    /** The debugger's request that the target has not answered yet, or null. */
    private ManipulateApi waitingRequest;
    private long now;
    private long modulesOverCap;

    /** Adds a listener; it sees events from the next fed bytes on. */
    public void addListener(KdEventListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener. */
    public void removeListener(KdEventListener listener) {
        listeners.remove(listener);
    }

    /** Bytes the target sent to the debugger, received at {@code nanos}. */
    public synchronized void onTargetBytes(byte[] bytes, int offset, int length, long nanos) {
        now = nanos;
        target.framer.feed(bytes, offset, length);
    }

    /** Bytes the debugger sent to the target, received at {@code nanos}. */
    public synchronized void onDebuggerBytes(byte[] bytes, int offset, int length, long nanos) {
        now = nanos;
        debugger.framer.feed(bytes, offset, length);
    }

    /** Both streams ended (session closed): partial packets are reported as truncated. */
    public synchronized void endOfInput(long nanos) {
        now = nanos;
        target.framer.endOfInput();
        debugger.framer.endOfInput();
    }

    /**
     * The built-in debugger walked PsLoadedModuleList: the walk becomes the module table. Modules new to the
     * table are reported loaded, modules missing from the walk unloaded.
     */
    public synchronized void onModuleWalk(List<LoadedModule> walked, long nanos) {
        Map<Long, LoadedModule> fresh = new LinkedHashMap<>();
        for (LoadedModule module : walked) {
            if (fresh.size() >= MAX_MODULES && !fresh.containsKey(module.base())) {
                modulesOverCap++;
                continue;
            }
            fresh.put(module.base(), module);
        }
        for (LoadedModule old : List.copyOf(modules.values())) {
            if (!fresh.containsKey(old.base())) {
                modules.remove(old.base());
                publish(new KdEvent.ModuleUnloaded(nanos, old));
            }
        }
        for (LoadedModule module : fresh.values()) {
            LoadedModule known = modules.put(module.base(), module);
            if (known == null || !known.path().equalsIgnoreCase(module.path())) {
                publish(new KdEvent.ModuleLoaded(nanos, module));
            }
        }
    }

    /** @return how many module loads found the table full ({@link #MAX_MODULES}) and were not kept */
    public synchronized long modulesOverCap() {
        return modulesOverCap;
    }

    /** A snapshot of the module table in load order. */
    public synchronized List<LoadedModule> modules() {
        return List.copyOf(modules.values());
    }

    /** The last GetVersion reply seen, if any. */
    public synchronized Optional<VersionInfo> version() {
        return Optional.ofNullable(version);
    }

    private void publish(KdEvent event) {
        for (KdEventListener listener : listeners) {
            listener.onEvent(event);
        }
    }

    private Side other(Side side) {
        return side == target ? debugger : target;
    }

    /** Per-direction state: its framer and what is needed to recognise retransmissions. */
    private final class Side {
        final Direction direction;
        final Framer framer;
        DataPacket lastData;
        boolean lastAcknowledged = true;

        Side(Direction direction) {
            this.direction = direction;
            this.framer = new Framer(this::onFrame);
        }

        private void onFrame(FrameEvent event) {
            switch (event) {
                case FrameEvent.PacketFramed(ControlPacket control, long offset) -> onControl(control, offset);
                case FrameEvent.PacketFramed(DataPacket data, long offset) -> onData(data, offset);
                case FrameEvent.BreakIn breakIn -> {
                    if (direction == Direction.DEBUGGER_TO_TARGET) {
                        publish(new KdEvent.BreakInRequested(now));
                    }
                }
                case FrameEvent.BadPacket bad -> publish(new KdEvent.ProtocolError(direction, now,
                        bad.problem(), bad.offset(), bad.detail()));
                case FrameEvent.Skipped skipped -> publish(new KdEvent.BytesSkipped(direction, now,
                        skipped.offset(), skipped.count()));
            }
        }

        private void onControl(ControlPacket control, long offset) {
            publish(new KdEvent.PacketSeen(direction, now, control, null, false, offset));
            switch (control.type()) {
                case ACKNOWLEDGE -> {
                    Side peer = other(this);
                    if (peer.lastData != null
                            && (peer.lastData.id() & ~KdWire.SYNC_PACKET_ID) == control.id()) {
                        peer.lastAcknowledged = true;
                    }
                }
                case RESET -> publish(new KdEvent.ResetSeen(direction, now));
                case RESEND -> publish(new KdEvent.ResendRequested(direction, now));
                default -> { }
            }
        }

        private void onData(DataPacket data, long offset) {
            boolean retransmission = lastData != null && !lastAcknowledged && lastData.type() == data.type()
                    && lastData.body().equals(data.body());
            lastData = data;
            lastAcknowledged = false;
            KdBody body = KdBody.decode(data);
            publish(new KdEvent.PacketSeen(direction, now, data, body, retransmission, offset));
            if (!retransmission) {
                if (direction == Direction.TARGET_TO_DEBUGGER && data.type() == PacketType.STATE_CHANGE64
                        && (data.id() & KdWire.SYNC_PACKET_ID) != 0 && waitingRequest != null) {
                    publish(new KdEvent.TargetRestarted(now, waitingRequest));
                    waitingRequest = null;
                }
                tell(body);
            }
        }

        private void tell(KdBody body) {
            switch (body) {
                case StateChange change when direction == Direction.TARGET_TO_DEBUGGER -> onStateChange(change);
                case DebugIo io when direction == Direction.TARGET_TO_DEBUGGER && (io.isPrint() || io.isPrompt()) ->
                        publish(new KdEvent.DebugPrint(now, io.processor(), io.text(), io.isPrompt()));
                case Manipulate manipulate -> onManipulate(manipulate);
                default -> { }
            }
        }

        private void onStateChange(StateChange change) {
            switch (change.report()) {
                case ExceptionReport exception -> publish(new KdEvent.Stopped(now, change.processor(),
                        exception.code(), exception.address(), change.programCounter(), exception.firstChance()));
                case LoadSymbolsReport load -> onLoadSymbols(load);
                default -> { }
            }
        }

        private void onLoadSymbols(LoadSymbolsReport load) {
            LoadedModule module = new LoadedModule(load.path(), load.baseOfDll(), load.sizeOfImage(),
                    load.checkSum(), 0, LoadedModule.Source.LOAD_SYMBOLS);
            if (load.isSystemShutdown()) {
                modules.clear();
                publish(new KdEvent.ModuleUnloaded(now, module));
            } else if (load.unload()) {
                LoadedModule known = modules.remove(load.baseOfDll());
                publish(new KdEvent.ModuleUnloaded(now, known != null ? known : module));
            } else {
                if (modules.size() < MAX_MODULES || modules.containsKey(module.base())) {
                    modules.put(module.base(), module);
                } else {
                    modulesOverCap++;
                }
                publish(new KdEvent.ModuleLoaded(now, module));
            }
        }

        private void onManipulate(Manipulate manipulate) {
            ManipulateApi api = manipulate.api();
            if (direction == Direction.DEBUGGER_TO_TARGET) {
                // a continue is never answered: the target runs
                waitingRequest = api == ManipulateApi.CONTINUE || api == ManipulateApi.CONTINUE2 ? null : api;
                if (api == ManipulateApi.CONTINUE || api == ManipulateApi.CONTINUE2) {
                    int status = switch (manipulate.detail()) {
                        case ManipulateDetail.Continue resume -> resume.continueStatus();
                        case ManipulateDetail.Continue2 resume -> resume.continueStatus();
                        default -> manipulate.returnStatus();
                    };
                    publish(new KdEvent.Resumed(now, status));
                }
            } else if (waitingRequest != null) {
                waitingRequest = null;
            }
            if (direction == Direction.TARGET_TO_DEBUGGER && api == ManipulateApi.GET_VERSION
                    && manipulate.returnStatus() == 0
                    && manipulate.detail() instanceof VersionInfo reported) {
                version = reported;
                publish(new KdEvent.VersionReported(now, reported));
            }
        }
    }

    /** All events a listener would see, collected: a convenience for tools and tests. */
    public static final class Recorder implements KdEventListener {
        private final List<KdEvent> events = new ArrayList<>();

        @Override
        public synchronized void onEvent(KdEvent event) {
            events.add(event);
        }

        /** A snapshot of the events so far. */
        public synchronized List<KdEvent> events() {
            return List.copyOf(events);
        }
    }
}
