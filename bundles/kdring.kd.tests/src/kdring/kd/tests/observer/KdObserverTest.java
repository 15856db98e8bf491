package kdring.kd.tests.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kdring.kd.framing.FrameEvent;
import kdring.kd.observer.Direction;
import kdring.kd.observer.LoadedModule;
import kdring.kd.observer.KdEvent;
import kdring.kd.observer.KdObserver;
import kdring.kd.packet.ControlPacket;
import kdring.kd.packet.ControlReport;
import kdring.kd.packet.Bytes;
import kdring.kd.packet.DataPacket;
import kdring.kd.packet.DebugIo;
import kdring.kd.packet.LoadSymbolsReport;
import kdring.kd.packet.PacketType;
import kdring.kd.packet.StateChange;
import kdring.kd.tests.Frames;
import kdring.kd.tests.KdVectors;

/** The observer tells the story of a captured session fed as a passive tap. */
public class KdObserverTest {

    private static byte[] unloadNtkrnlpa() {
        StateChange unload = StateChange.of(0, 0, 1, 0, 0,
                LoadSymbolsReport.of("\\WINDOWS\\system32\\ntkrnlpa.exe", 0xFFFFFFFF804D8000L, 0x1F8480, 0x2050D3, true),
                new ControlReport.X86(0, 0, 0, 0, Bytes.of(new byte[16]), 8, 0x23, 0x23, 0x30, 0x82));
        return new DataPacket(PacketType.STATE_CHANGE64, 0x80800001, unload.raw()).encode();
    }

    @Test
    void xpSessionStory() {
        KdObserver observer = new KdObserver();
        KdObserver.Recorder recorder = new KdObserver.Recorder();
        observer.addListener(recorder);
        long t = 1_000;
        byte[] corrupted = KdVectors.xpC();
        corrupted[30] ^= 1;
        observer.onDebuggerBytes(KdVectors.reset(), 0, 16, t++);
        observer.onTargetBytes(KdVectors.xpF(0x80800800), 0, 0x120, t++);
        observer.onTargetBytes(KdVectors.xpResetEcho(), 0, 16, t++);
        observer.onTargetBytes(KdVectors.xpF(0x80800000), 0, 0x120, t++);
        observer.onDebuggerBytes(ControlPacket.ack(0x80800000).encode(), 0, 16, t++);
        byte[] request = KdVectors.xpA();
        observer.onDebuggerBytes(request, 0, request.length, t++);
        observer.onTargetBytes(KdVectors.xpB(), 0, 16, t++);
        observer.onTargetBytes(corrupted, 0, corrupted.length, t++);
        observer.onDebuggerBytes(ControlPacket.resend().encode(), 0, 16, t++);
        byte[] reply = KdVectors.xpC();
        observer.onTargetBytes(reply, 0, 40, t++); // a packet split across two reads
        observer.onTargetBytes(reply, 40, reply.length - 40, t++);
        observer.onDebuggerBytes(ControlPacket.ack(0x80800001).encode(), 0, 16, t++);
        observer.onDebuggerBytes(new byte[] {0x62}, 0, 1, t++);
        byte[] print = new DataPacket(PacketType.DEBUG_IO, 0x80800000, DebugIo.print(0, "hello\n").raw()).encode();
        observer.onTargetBytes(print, 0, print.length, t++);
        observer.onTargetBytes(KdVectors.w81A(), 0, KdVectors.w81A().length, t++);

        List<LoadedModule> modules = observer.modules();
        assertEquals(1, modules.size());
        assertEquals("ntkrnlpa.exe", modules.get(0).name());
        assertEquals(0xFFFFFFFF804D8000L, modules.get(0).base());
        assertEquals(0x1F8480, modules.get(0).size());
        assertEquals(0x2050D3, modules.get(0).checksum());
        assertEquals(LoadedModule.Source.LOAD_SYMBOLS, modules.get(0).source());
        assertEquals(2600, observer.version().orElseThrow().buildNumber());

        byte[] unload = unloadNtkrnlpa();
        observer.onTargetBytes(unload, 0, unload.length, t++);
        assertTrue(observer.modules().isEmpty());

        List<KdEvent> events = recorder.events();
        List<KdEvent.PacketSeen> stateChanges = events.stream()
                .filter(KdEvent.PacketSeen.class::isInstance).map(KdEvent.PacketSeen.class::cast)
                .filter(seen -> seen.packet().type() == PacketType.STATE_CHANGE64).toList();
        assertFalse(stateChanges.get(0).retransmission());
        assertTrue(stateChanges.get(1).retransmission(), "the LoadSymbols re-sent after RESET is the same report");
        assertEquals(1, count(events, KdEvent.ModuleLoaded.class), "one load despite the retransmission");
        assertEquals(2, count(events, KdEvent.ResetSeen.class));
        assertEquals(1, count(events, KdEvent.ResendRequested.class));
        assertEquals(1, count(events, KdEvent.VersionReported.class));
        assertEquals(1, count(events, KdEvent.BreakInRequested.class));
        assertEquals(1, count(events, KdEvent.ModuleUnloaded.class));
        assertEquals(0, count(events, KdEvent.TargetRestarted.class),
                "the boot-id state changes came while no request waited");

        KdEvent.ProtocolError error = events.stream().filter(KdEvent.ProtocolError.class::isInstance)
                .map(KdEvent.ProtocolError.class::cast).findFirst().orElseThrow();
        assertEquals(FrameEvent.Problem.BAD_CHECKSUM, error.problem());
        assertEquals(Direction.TARGET_TO_DEBUGGER, error.direction());

        KdEvent.DebugPrint hello = events.stream().filter(KdEvent.DebugPrint.class::isInstance)
                .map(KdEvent.DebugPrint.class::cast).findFirst().orElseThrow();
        assertEquals("hello\n", hello.text());

        KdEvent.Stopped stop = events.stream().filter(KdEvent.Stopped.class::isInstance)
                .map(KdEvent.Stopped.class::cast).findFirst().orElseThrow();
        assertEquals(0x80000003, stop.exceptionCode());
        assertEquals(0xFFFFF8026BD72B90L, stop.address());
        assertEquals(0, stop.processor());
        assertTrue(stop.firstChance());

        KdEvent.PacketSeen versionReply = events.stream().filter(KdEvent.PacketSeen.class::isInstance)
                .map(KdEvent.PacketSeen.class::cast)
                .filter(seen -> seen.packet().id() == 0x80800001 && seen.direction() == Direction.TARGET_TO_DEBUGGER)
                .findFirst().orElseThrow();
        assertEquals(1_000 + 10, versionReply.nanos(), "stamped with the time of the bytes that completed it");
    }

    @Test
    void aStateChangeWithTheSyncIdWhileARequestWaitsIsARestart() {
        KdObserver observer = new KdObserver();
        KdObserver.Recorder recorder = new KdObserver.Recorder();
        observer.addListener(recorder);
        long t = 1;
        observer.onDebuggerBytes(KdVectors.reset(), 0, 16, t++);
        observer.onTargetBytes(KdVectors.xpResetEcho(), 0, 16, t++);
        byte[] request = KdVectors.xpA(); // GetVersion
        observer.onDebuggerBytes(request, 0, request.length, t++);
        observer.onTargetBytes(KdVectors.xpB(), 0, 16, t++); // acknowledged, then the target reboots
        long restartTime = t++;
        observer.onTargetBytes(KdVectors.w81A(), 0, KdVectors.w81A().length, restartTime); // id 0x80800800

        List<KdEvent> events = recorder.events().stream().filter(e -> !(e instanceof KdEvent.PacketSeen)).toList();
        KdEvent.TargetRestarted restarted = events.stream().filter(KdEvent.TargetRestarted.class::isInstance)
                .map(KdEvent.TargetRestarted.class::cast).findFirst().orElseThrow();
        assertEquals(kdring.kd.packet.ManipulateApi.GET_VERSION, restarted.waiting());
        assertEquals(restartTime, restarted.nanos());
        assertTrue(events.indexOf(restarted) < events.indexOf(events.stream()
                .filter(KdEvent.Stopped.class::isInstance).findFirst().orElseThrow()), "the restart, then its stop");

        // once answered, a request no longer waits: a later boot-id stop is only a stop
        KdObserver answered = new KdObserver();
        KdObserver.Recorder quiet = new KdObserver.Recorder();
        answered.addListener(quiet);
        answered.onDebuggerBytes(request, 0, request.length, 1);
        answered.onTargetBytes(KdVectors.xpB(), 0, 16, 2);
        answered.onTargetBytes(KdVectors.xpC(), 0, KdVectors.xpC().length, 3);
        answered.onTargetBytes(KdVectors.w81A(), 0, KdVectors.w81A().length, 4);
        assertEquals(1, count(quiet.events(), KdEvent.Stopped.class));
        assertEquals(0, count(quiet.events(), KdEvent.TargetRestarted.class));
    }

    @Test
    void moduleWalkReplacesTheTable() {
        KdObserver observer = new KdObserver();
        KdObserver.Recorder recorder = new KdObserver.Recorder();
        observer.addListener(recorder);
        observer.onTargetBytes(KdVectors.xpF(0x80800000), 0, 0x120, 1);
        LoadedModule hal = new LoadedModule("\\WINDOWS\\system32\\hal.dll", 0xFFFFFFFF806E5000L, 0x20000, 0, 0,
                LoadedModule.Source.MODULE_WALK);
        observer.onModuleWalk(List.of(hal), 2);
        assertEquals(List.of(hal), observer.modules());
        assertEquals(1, count(recorder.events(), KdEvent.ModuleUnloaded.class));
        assertEquals(2, count(recorder.events(), KdEvent.ModuleLoaded.class));
    }

    @Test
    void bothDirectionsMayBeFedFromTwoThreads() throws Exception {
        KdObserver observer = new KdObserver();
        KdObserver.Recorder recorder = new KdObserver.Recorder();
        observer.addListener(recorder);
        byte[] targetBytes = Frames.concat(KdVectors.xpB(), KdVectors.xpC());
        byte[] debuggerBytes = KdVectors.xpA();
        Thread target = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                observer.onTargetBytes(targetBytes, 0, targetBytes.length, i);
            }
        }, "kd-test-feed-target");
        Thread debugger = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                observer.onDebuggerBytes(debuggerBytes, 0, debuggerBytes.length, i);
            }
        }, "kd-test-feed-debugger");
        target.start();
        debugger.start();
        target.join();
        debugger.join();
        assertEquals(1500, count(recorder.events(), KdEvent.PacketSeen.class));
    }

    private static long count(List<KdEvent> events, Class<? extends KdEvent> type) {
        return events.stream().filter(type::isInstance).count();
    }
}
