package kdring.model.recorder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;

import kdring.kd.observer.LoadedModule;
import kdring.kd.observer.KdEvent;
import kdring.model.story.StoryEvent;
import kdring.kd.packet.KdPacket;
import kdring.kd.packet.VersionInfo;
import kdring.kd.observer.Direction;
import kdring.model.session.BreakIn;
import kdring.model.session.Channel;
import kdring.model.session.ChannelCounters;
import kdring.model.session.DebugPrint;
import kdring.model.session.Fault;
import kdring.model.session.FaultKind;
import kdring.model.session.Module;
import kdring.model.session.ModuleSource;
import kdring.model.session.PacketDirection;
import kdring.model.session.PacketKind;
import kdring.model.session.PacketRecord;
import kdring.model.session.SessionFactory;
import kdring.model.session.TargetInfo;
import kdring.model.session.ThroughputSample;
import kdring.model.trace.PacketDescriptions;

/**
 * Applies a session's events to its channel's model, keeping every list a bounded window: when a list is
 * full its oldest entry goes (totals stay in the counters). Confined to the recorder's lock.
 */
final class ModelUpdater {

    private static final SessionFactory FACTORY = SessionFactory.eINSTANCE;

    private final Channel channel;
    private final int window;
    /** The loaded modules of the channel's table by base: one lookup per load instead of a scan. */
    private final Map<Long, Module> loaded = new HashMap<>();
    private int unloadedCount;
    private long modulesOverCap;

    ModelUpdater(Channel channel, int window) {
        this.channel = channel;
        this.window = Math.max(1, window);
        for (Module module : channel.getModules()) {
            if (module.getUnloadTime() == 0) {
                loaded.put(module.getBase(), module);
            } else {
                unloadedCount++;
            }
        }
    }

    /** @return how many module loads found the table full and were counted instead of kept */
    long modulesOverCap() {
        return modulesOverCap;
    }

    static PacketDirection direction(Direction direction) {
        return direction == Direction.TARGET_TO_DEBUGGER ? PacketDirection.TARGET_TO_DEBUGGER
                : PacketDirection.DEBUGGER_TO_TARGET;
    }

    void packet(KdEvent.PacketSeen seen, Direction direction, PacketKind kind, long index, long captureOffset,
            int offsetInRecord) {
        ChannelCounters counters = channel.getCounters();
        if (direction == Direction.TARGET_TO_DEBUGGER) {
            counters.setPacketsToDebugger(counters.getPacketsToDebugger() + 1);
        } else {
            counters.setPacketsToTarget(counters.getPacketsToTarget() + 1);
        }
        if (seen.retransmission()) {
            counters.setRetransmissions(counters.getRetransmissions() + 1);
        }
        KdPacket packet = seen.packet();
        PacketDescriptions.Description description = PacketDescriptions.describe(packet, seen.body(), direction);
        PacketRecord record = FACTORY.createPacketRecord();
        record.setIndex(index);
        record.setTime(seen.nanos());
        record.setDirection(direction(direction));
        record.setType(kind);
        record.setApi(description.api());
        record.setPacketId(packet.id());
        record.setLength(packet.wireLength());
        record.setStatus(description.status());
        record.setSummary(description.summary());
        record.setRetransmission(seen.retransmission());
        record.setCaptureOffset(captureOffset);
        record.setOffsetInRecord(offsetInRecord);
        add(channel.getRecentPackets(), record);
    }

    void breakIn(KdEvent.BreakInRequested request, long index, long captureOffset, int offsetInRecord) {
        ChannelCounters counters = channel.getCounters();
        counters.setBreakIns(counters.getBreakIns() + 1);
        PacketRecord record = FACTORY.createPacketRecord();
        record.setIndex(index);
        record.setTime(request.nanos());
        record.setDirection(PacketDirection.DEBUGGER_TO_TARGET);
        record.setType(PacketKind.BREAK_IN);
        record.setApi("");
        record.setLength(1);
        record.setStatus("");
        record.setSummary(PacketDescriptions.breakIn().summary());
        record.setCaptureOffset(captureOffset);
        record.setOffsetInRecord(offsetInRecord);
        add(channel.getRecentPackets(), record);
        BreakIn open = openBreakIn();
        if (open != null && open.getRequestTime() != 0 && open.getStopTime() == 0) {
            return; // the debugger repeats 0x62 until the target stops: one break-in
        }
        BreakIn breakIn = FACTORY.createBreakIn();
        breakIn.setRequestTime(request.nanos());
        add(channel.getBreakIns(), breakIn);
    }

    /** Everything but packets and break-in requests. */
    void story(KdEvent event) {
        ChannelCounters counters = channel.getCounters();
        switch (event) {
            case KdEvent.Stopped stopped -> {
                counters.setStops(counters.getStops() + 1);
                BreakIn breakIn = openBreakIn();
                if (breakIn == null || breakIn.getStopTime() != 0) {
                    breakIn = FACTORY.createBreakIn();
                    add(channel.getBreakIns(), breakIn);
                }
                breakIn.setStopTime(stopped.nanos());
                breakIn.setProcessor(stopped.processor());
                breakIn.setExceptionCode(stopped.exceptionCode());
                breakIn.setAddress(stopped.address());
                breakIn.setProgramCounter(stopped.programCounter());
                breakIn.setFirstChance(stopped.firstChance());
            }
            case KdEvent.Resumed resumed -> {
                BreakIn breakIn = openBreakIn();
                if (breakIn != null && breakIn.getStopTime() != 0) {
                    breakIn.setResumeTime(resumed.nanos());
                    breakIn.setContinueStatus(resumed.continueStatus());
                }
            }
            case KdEvent.ModuleLoaded loaded -> {
                counters.setModuleLoads(counters.getModuleLoads() + 1);
                moduleLoaded(loaded.nanos(), loaded.module());
            }
            case KdEvent.ModuleUnloaded unloaded -> moduleUnloaded(unloaded.nanos(), unloaded.module());
            case KdEvent.DebugPrint print -> {
                counters.setPrints(counters.getPrints() + 1);
                DebugPrint entry = FACTORY.createDebugPrint();
                entry.setTime(print.nanos());
                entry.setProcessor(print.processor());
                entry.setText(print.text());
                entry.setPrompt(print.prompt());
                add(channel.getPrints(), entry);
            }
            case KdEvent.VersionReported reported -> {
                VersionInfo version = reported.version();
                TargetInfo target = FACTORY.createTargetInfo();
                target.setBuildNumber(version.buildNumber());
                target.setMachine(version.machineName());
                target.setKernBase(version.kernBase());
                target.setPsLoadedModuleList(version.psLoadedModuleList());
                channel.setTarget(target);
            }
            case KdEvent.ResetSeen reset -> counters.setResets(counters.getResets() + 1);
            case KdEvent.TargetRestarted restarted -> fault(restarted.nanos(), FaultKind.TARGET_RESTARTED,
                    Direction.TARGET_TO_DEBUGGER, StoryEvent.restartText(restarted), -1);
            case KdEvent.ResendRequested resend -> counters.setResends(counters.getResends() + 1);
            case KdEvent.ProtocolError error -> {
                counters.setProtocolErrors(counters.getProtocolErrors() + 1);
                fault(error.nanos(), FaultKind.PROTOCOL_ERROR, Direction.valueOf(error.direction().name()),
                        error.problem() + ": " + error.detail(), error.offset());
            }
            case KdEvent.BytesSkipped skipped -> {
                counters.setBytesSkipped(counters.getBytesSkipped() + skipped.count());
                fault(skipped.nanos(), FaultKind.BYTES_SKIPPED, Direction.valueOf(skipped.direction().name()),
                        skipped.count() + " bytes outside any packet skipped", skipped.offset());
            }
            case KdEvent.PacketSeen seen -> throw new IllegalArgumentException("packets go to packet()");
            case KdEvent.BreakInRequested request -> throw new IllegalArgumentException("see breakIn()");
        }
    }

    void fault(long time, FaultKind kind, Direction direction, String message, long streamOffset) {
        Fault fault = FACTORY.createFault();
        fault.setTime(time);
        fault.setKind(kind);
        if (direction != null) {
            fault.setDirection(direction(direction));
        }
        fault.setMessage(message);
        fault.setStreamOffset(streamOffset);
        add(channel.getFaults(), fault);
    }

    void sample(Throughput sample) {
        ThroughputSample entry = FACTORY.createThroughputSample();
        entry.setTime(sample.timeNanos());
        entry.setIntervalNanos(sample.intervalNanos());
        entry.setBytesToDebugger(sample.bytesToDebugger());
        entry.setBytesToTarget(sample.bytesToTarget());
        entry.setPacketsToDebugger(sample.packetsToDebugger());
        entry.setPacketsToTarget(sample.packetsToTarget());
        add(channel.getSamples(), entry);
    }

    private void moduleLoaded(long time, LoadedModule module) {
        Module known = loaded.get(module.base());
        if (known != null) {
            fill(known, module);
            return;
        }
        if (loaded.size() >= ChannelRecorder.MAX_MODULES) {
            if (modulesOverCap++ == 0) {
                fault(time, FaultKind.PROTOCOL_ERROR, Direction.TARGET_TO_DEBUGGER, "the module table is full ("
                        + ChannelRecorder.MAX_MODULES + " loaded modules): further loads are counted, not listed",
                        -1);
            }
            return;
        }
        Module entry = FACTORY.createModule();
        entry.setLoadTime(time);
        fill(entry, module);
        channel.getModules().add(entry);
        loaded.put(module.base(), entry);
    }

    /**
     * A walk of the module list: it is the table now. Modules missing from it are unloaded at {@code time},
     * new ones loaded, known ones refreshed (a walk knows entry points that LoadSymbols does not).
     */
    void moduleWalk(long time, List<LoadedModule> walked) {
        java.util.Set<Long> bases = new java.util.HashSet<>();
        for (LoadedModule module : walked) {
            bases.add(module.base());
        }
        for (Module module : List.copyOf(loaded.values())) {
            if (!bases.contains(module.getBase())) {
                loaded.remove(module.getBase());
                module.setUnloadTime(time);
                unloadedCount++;
            }
        }
        for (LoadedModule module : walked) {
            moduleLoaded(time, module);
        }
        trimModules();
    }

    private void moduleUnloaded(long time, LoadedModule unloaded) {
        if (unloaded.base() == -1L) {
            for (Module module : loaded.values()) {
                module.setUnloadTime(time);
            }
            unloadedCount += loaded.size();
            loaded.clear();
        } else {
            Module module = loaded.remove(unloaded.base());
            if (module != null) {
                module.setUnloadTime(time);
                unloadedCount++;
            }
        }
        trimModules();
    }

    private static void fill(Module module, LoadedModule loaded) {
        module.setName(loaded.name());
        module.setPath(loaded.path());
        module.setBase(loaded.base());
        module.setSize(loaded.size());
        module.setChecksum(loaded.checksum());
        module.setSource(loaded.source() == LoadedModule.Source.MODULE_WALK ? ModuleSource.MODULE_WALK
                : ModuleSource.LOAD_SYMBOLS);
    }

    /** Keeps every loaded module and at most MAX_UNLOADED_MODULES unloaded ones (the oldest go). */
    private void trimModules() {
        if (unloadedCount <= ChannelRecorder.MAX_UNLOADED_MODULES) {
            return;
        }
        EList<Module> modules = channel.getModules();
        List<Module> keep = new ArrayList<>(modules.size());
        int excess = unloadedCount - ChannelRecorder.MAX_UNLOADED_MODULES;
        for (Module module : modules) {
            if (excess > 0 && module.getUnloadTime() != 0) {
                excess--;
            } else {
                keep.add(module);
            }
        }
        unloadedCount = ChannelRecorder.MAX_UNLOADED_MODULES;
        // one bulk change instead of a shift per removed entry
        ECollections.setEList(modules, keep);
    }

    private BreakIn openBreakIn() {
        EList<BreakIn> breakIns = channel.getBreakIns();
        if (breakIns.isEmpty()) {
            return null;
        }
        BreakIn last = breakIns.get(breakIns.size() - 1);
        return last.getResumeTime() == 0 ? last : null;
    }

    private <T> void add(EList<T> list, T entry) {
        list.add(entry);
        while (list.size() > window) {
            list.remove(0);
        }
    }
}
