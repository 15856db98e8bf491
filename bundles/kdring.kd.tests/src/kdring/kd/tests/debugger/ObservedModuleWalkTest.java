package kdring.kd.tests.debugger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kdring.kd.debugger.KdDebugger;
import kdring.kd.debugger.ModuleList;
import kdring.kd.debugger.ObservedModuleWalk;
import kdring.kd.endpoint.DebuggerEndpoint;
import kdring.kd.endpoint.MemoryPipe;
import kdring.kd.observer.KdEvent;
import kdring.kd.observer.KdObserver;
import kdring.kd.observer.TappedChannel;
import kdring.kd.packet.VersionInfo;

/**
 * The module walk read back from the packets that crossed, as a reopened capture reads it: the built-in
 * debugger walks the synthetic kernel's list through an observer tap, and the walk read from the tap must
 * be the walk the debugger returned.
 */
public class ObservedModuleWalkTest {

    private SimulatedKernel kernel;
    private MemoryPipe.Pair pipes;
    private final List<ModuleList> observed = new ArrayList<>();
    private ObservedModuleWalk walk = new ObservedModuleWalk();

    @AfterEach
    void stop() throws InterruptedException {
        if (pipes != null) {
            pipes.first().close();
        }
        if (kernel != null) {
            kernel.close();
            assertNull(kernel.failure());
        }
    }

    private KdDebugger start(VersionInfo version, MemoryImage image) {
        pipes = MemoryPipe.pair();
        kernel = new SimulatedKernel(pipes.second(), version, image, new MemoryImage());
        KdObserver observer = new KdObserver();
        observer.addListener(event -> {
            if (event instanceof KdEvent.PacketSeen seen) {
                walk.packet(seen).ifPresent(observed::add);
            }
        });
        DebuggerEndpoint endpoint = new DebuggerEndpoint(new TappedChannel(pipes.first(), observer),
                new DebuggerEndpoint.Settings(Duration.ofMillis(200), 10, Duration.ofMillis(500)));
        return new KdDebugger(endpoint, new KdDebugger.Settings(Duration.ofSeconds(5), 64), null);
    }

    @Test
    void theWalkReadFromTheTrafficIsTheDebuggersWalk() throws Exception {
        KdDebugger debugger = start(KdDebuggerTest.x64Version(), KdDebuggerTest.x64Image(KdDebuggerTest.LIST_HEAD));
        debugger.attach(Duration.ofSeconds(5));
        debugger.readVirtual(KdDebuggerTest.BIG_REGION, 8); // a read before the walk is not part of it
        ModuleList walked = debugger.listModules();
        assertTrue(walked.complete(), walked.stoppedBecause());
        assertEquals(1, observed.size(), "one walk, told once, when it came back to the head");
        assertEquals(walked, observed.get(0));
        assertEquals(3, observed.get(0).modules().size());

        debugger.readVirtual(KdDebuggerTest.BIG_REGION, 10_000); // reads after the walk start nothing
        assertEquals(1, observed.size());
        ModuleList again = debugger.listModules(); // the version is cached: no GetVersion this time
        assertEquals(2, observed.size());
        assertEquals(again, observed.get(1));
    }

    @Test
    void aWalkWithoutTheVersionInTheStreamIsStillRecognised() throws Exception {
        KdDebugger debugger = start(KdDebuggerTest.x64Version(), KdDebuggerTest.x64Image(KdDebuggerTest.LIST_HEAD));
        debugger.attach(Duration.ofSeconds(5));
        debugger.getVersion();
        walk = new ObservedModuleWalk(); // a capture that starts after GetVersion
        ModuleList walked = debugger.listModules();
        assertEquals(List.of(walked), observed);
    }

    @Test
    void brokenListsEndAsTheDebuggersDo() throws Exception {
        KdDebugger looping = start(KdDebuggerTest.x64Version(), KdDebuggerTest.x64Image(KdDebuggerTest.ENTRY_NTOS));
        looping.attach(Duration.ofSeconds(5));
        ModuleList loop = looping.listModules();
        assertFalse(loop.complete());
        assertEquals(List.of(loop), observed);
        stop();
        observed.clear();
        walk = new ObservedModuleWalk();

        KdDebugger nulled = start(KdDebuggerTest.x64Version(), KdDebuggerTest.x64Image(0));
        nulled.attach(Duration.ofSeconds(5));
        ModuleList cut = nulled.listModules();
        assertTrue(cut.stoppedBecause().contains("0x0"), cut.stoppedBecause());
        assertEquals(List.of(cut), observed);
    }

    @Test
    void memoryReadsAloneMakeNoWalk() throws Exception {
        KdDebugger debugger = start(KdDebuggerTest.x64Version(), KdDebuggerTest.x64Image(KdDebuggerTest.LIST_HEAD));
        debugger.attach(Duration.ofSeconds(5));
        debugger.getVersion();
        debugger.readVirtual(KdDebuggerTest.BIG_REGION, 20_000);
        debugger.readVirtual(KdDebuggerTest.ENTRY_NTOS, 0x88);
        // the sentinel: the same walker does see a walk that follows
        ModuleList walked = debugger.listModules();
        assertEquals(List.of(walked), observed);
    }
}
