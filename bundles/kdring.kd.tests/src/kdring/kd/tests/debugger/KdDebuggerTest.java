package kdring.kd.tests.debugger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kdring.kd.debugger.KdDebugger;
import kdring.kd.debugger.KdRequestFailedException;
import kdring.kd.debugger.ProcessorContext;
import kdring.kd.debugger.ModuleList;
import kdring.kd.endpoint.DebuggerEndpoint;
import kdring.kd.endpoint.KdTimeoutException;
import kdring.kd.endpoint.MemoryPipe;
import kdring.kd.observer.LoadedModule;
import kdring.kd.observer.KdEvent;
import kdring.kd.observer.KdObserver;
import kdring.kd.observer.TappedChannel;
import kdring.kd.packet.BodyWriter;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.NtStatus;
import kdring.kd.packet.StateChange;
import kdring.kd.packet.VersionInfo;
import kdring.kd.tests.KdVectors;

/**
 * The built-in debugger against the target endpoint serving a synthetic x64 kernel whose first module entry
 * is the real W10-A capture, in-process over pipes.
 */
public class KdDebuggerTest {

    static final long LIST_HEAD = 0xAD5E60L;
    static final long ENTRY_WINLOAD = 0xFFFFF8017BC49E30L; // W10-A
    static final long ENTRY_NTOS = 0xFFFFF8017BC58650L; // W10-A's Flink
    static final long ENTRY_HAL = 0xFFFFF8017BC58800L;
    static final long BIG_REGION = 0xFFFFF80000100000L;

    private SimulatedKernel kernel;
    private MemoryPipe.Pair pipes;

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

    static VersionInfo x64Version() {
        return new VersionInfo(0x000F, 10586, 6, 2, 7, VersionInfo.MACHINE_AMD64, 12, 3, 0x59, 0,
                0xFFFFF8017B600000L, LIST_HEAD, 0);
    }

    static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16LE);
    }

    /** An x64 KLDR_DATA_TABLE_ENTRY (0x88 bytes) with only the fields the walk reads. */
    static byte[] entry64(long flink, long blink, long base, long entryPoint, int size, int nameLength,
            long nameBuffer, int checksum) {
        return new BodyWriter(0x88).u64(0x00, flink).u64(0x08, blink).u64(0x30, base).u64(0x38, entryPoint)
                .u32(0x40, size).u16(0x48, nameLength).u16(0x4A, nameLength + 2).u64(0x50, nameBuffer)
                .u32(0x78, checksum).toBytes().toArray();
    }

    static MemoryImage x64Image(long lastFlink) {
        MemoryImage image = new MemoryImage();
        image.put(LIST_HEAD, new BodyWriter(16).u64(0, ENTRY_WINLOAD).u64(8, ENTRY_HAL).toBytes().toArray());
        image.put(ENTRY_WINLOAD, KdVectors.w10Entry());
        image.put(0xFFFFF8017BC49F60L, utf16("\\Windows\\system32\\winload.efi"));
        image.put(0xFFFFF8017BC49F30L, utf16("winload.efi"));
        String ntos = "\\SystemRoot\\system32\\ntoskrnl.exe";
        image.put(ENTRY_NTOS, entry64(ENTRY_HAL, ENTRY_WINLOAD, 0xFFFFF8017B600000L, 0xFFFFF8017BA3C010L,
                0xA4F000, ntos.length() * 2, 0xFFFFF8017BC58700L, 0x9A1B2C));
        image.put(0xFFFFF8017BC58700L, utf16(ntos));
        String hal = "\\SystemRoot\\system32\\hal.dll";
        image.put(ENTRY_HAL, entry64(lastFlink, ENTRY_NTOS, 0xFFFFF8017B590000L, 0xFFFFF8017B5A1000L,
                0x6E000, hal.length() * 2, 0xFFFFF8017BC58900L, 0x7F00D));
        image.put(0xFFFFF8017BC58900L, utf16(hal));
        byte[] big = new byte[20_000];
        new Random(5).nextBytes(big);
        image.put(BIG_REGION, big);
        return image;
    }

    private KdDebugger start(VersionInfo version, MemoryImage image, MemoryImage physical,
            KdObserver observer) {
        pipes = MemoryPipe.pair();
        kernel = new SimulatedKernel(pipes.second(), version, image, physical);
        var channel = observer == null ? pipes.first() : new TappedChannel(pipes.first(), observer);
        DebuggerEndpoint endpoint = new DebuggerEndpoint(channel,
                new DebuggerEndpoint.Settings(Duration.ofMillis(200), 10, Duration.ofMillis(500)));
        return new KdDebugger(endpoint, new KdDebugger.Settings(Duration.ofSeconds(5), 64), observer);
    }

    @Test
    void contextDecodedByTheVersionsLayoutAndRefusedRequestsNamed() throws Exception {
        KdDebugger debugger = start(x64Version(), x64Image(LIST_HEAD), new MemoryImage(), null);
        debugger.attach(Duration.ofSeconds(5));
        ProcessorContext context = debugger.getProcessorContext(0);
        assertEquals(ProcessorContext.Layout.AMD64, context.layout(), "PTR64 in the version block: x64");
        long rip = 0; // the simulated kernel fills byte i with i * 7 + processor
        for (int i = 7; i >= 0; i--) {
            rip = rip << 8 | ((0xF8 + i) * 7 & 0xFF);
        }
        assertEquals(rip, context.programCounter());

        // this kernel refuses breakpoints, writes and SetContext: each failure says what was attempted
        var bp = assertThrows(KdRequestFailedException.class, () -> debugger.writeBreakPoint(0xFFFFF80000101000L));
        assertTrue(bp.getMessage().contains("writing a breakpoint at 0xFFFFF80000101000"), bp.getMessage());
        var write = assertThrows(KdRequestFailedException.class,
                () -> debugger.writeVirtual(BIG_REGION, new byte[] { 1, 2, 3 }));
        assertTrue(write.getMessage().contains("(0 written, stopped at 0xFFFFF80000100000)"), write.getMessage());
        var set = assertThrows(KdRequestFailedException.class, () -> debugger.setProcessorContext(0, context));
        assertTrue(set.getMessage().startsWith("SetContext of processor 0 failed"), set.getMessage());
        assertEquals(NtStatus.UNSUCCESSFUL, set.status());

        // the debugger is still in step with the target after the refusals
        assertEquals(10586, debugger.getVersion().buildNumber());
        debugger.continueExecution2(NtStatus.DBG_CONTINUE, false, 0);
        assertTrue(debugger.lastStop().isEmpty(), "running after Continue2");
    }

    @Test
    void attachWalkModulesReadAndContinue() throws Exception {
        KdObserver observer = new KdObserver();
        KdObserver.Recorder recorder = new KdObserver.Recorder();
        observer.addListener(recorder);
        MemoryImage physical = new MemoryImage().put(0x1000, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        KdDebugger debugger = start(x64Version(), x64Image(LIST_HEAD), physical, observer);

        StateChange stop = debugger.attach(Duration.ofSeconds(5));
        ExceptionReport exception = assertInstanceOf(ExceptionReport.class, stop.report());
        assertEquals(NtStatus.BREAKPOINT, exception.code());
        assertEquals(SimulatedKernel.BREAK_PC, exception.address());

        VersionInfo version = debugger.getVersion();
        assertEquals(10586, version.buildNumber());

        ModuleList list = debugger.listModules();
        assertTrue(list.complete(), list.stoppedBecause());
        List<LoadedModule> modules = list.modules();
        assertEquals(3, modules.size());
        LoadedModule winload = modules.get(0);
        assertEquals("\\Windows\\system32\\winload.efi", winload.path());
        assertEquals("winload.efi", winload.name());
        assertEquals(0x96F000L, winload.base());
        assertEquals(0x970090L, winload.entryPoint());
        assertEquals(0x17D000, winload.size());
        assertEquals(0x149E3F, winload.checksum());
        assertEquals("ntoskrnl.exe", modules.get(1).name());
        assertEquals(0xFFFFF8017B600000L, modules.get(1).base());
        assertEquals("hal.dll", modules.get(2).name());
        assertEquals(modules, observer.modules(), "the observer keeps the walked module table");

        byte[] expected = new byte[10_000];
        System.arraycopy(x64Image(LIST_HEAD).read(BIG_REGION + 5, 10_000), 0, expected, 0, 10_000);
        int readsBefore = kernel.readSizes().size();
        assertArrayEquals(expected, debugger.readVirtual(BIG_REGION + 5, 10_000));
        assertEquals(List.of(3944, 3944, 2112), kernel.readSizes().subList(readsBefore, readsBefore + 3),
                "maximal chunks of 4000 - 56 bytes");

        assertArrayEquals(new byte[] {3, 4, 5}, debugger.readPhysical(0x1002, 3));
        byte[] context = debugger.getContext(0);
        assertEquals(KdDebugger.AMD64_CONTEXT_SIZE, context.length);

        debugger.continueExecution(NtStatus.DBG_CONTINUE);
        StateChange again = debugger.breakIn(Duration.ofSeconds(5));
        assertEquals(StateChange.EXCEPTION, again.newState());

        List<KdEvent> events = recorder.events();
        assertEquals(3, events.stream().filter(KdEvent.ModuleLoaded.class::isInstance).count());
        assertEquals(2, events.stream().filter(KdEvent.Stopped.class::isInstance).count());
        assertTrue(events.stream().anyMatch(KdEvent.BreakInRequested.class::isInstance));
        assertTrue(events.stream().anyMatch(KdEvent.VersionReported.class::isInstance));
        assertTrue(events.stream().anyMatch(KdEvent.Resumed.class::isInstance));
    }

    @Test
    void unreadableMemoryGivesAReadableError() throws Exception {
        KdDebugger debugger = start(x64Version(), x64Image(LIST_HEAD), new MemoryImage(), null);
        debugger.attach(Duration.ofSeconds(5));
        KdRequestFailedException error = assertThrows(KdRequestFailedException.class,
                () -> debugger.readVirtual(0xFFFFF80012340000L, 16));
        assertTrue(error.getMessage().contains("0xFFFFF80012340000"), error.getMessage());
        assertTrue(error.getMessage().contains("STATUS_UNSUCCESSFUL"), error.getMessage());

        var partial = assertThrows(kdring.kd.endpoint.KdException.class,
                () -> debugger.readVirtual(BIG_REGION + 19_990, 20));
        assertTrue(partial.getMessage().contains("only 10 bytes"), partial.getMessage());
    }

    @Test
    void brokenModuleListsAreCutShortWithAReason() throws Exception {
        KdDebugger looping = start(x64Version(), x64Image(ENTRY_NTOS), new MemoryImage(), null);
        looping.attach(Duration.ofSeconds(5));
        ModuleList loop = looping.listModules();
        assertFalse(loop.complete());
        assertEquals(3, loop.modules().size());
        assertTrue(loop.stoppedBecause().contains("loop"), loop.stoppedBecause());
        stop();

        KdDebugger nulled = start(x64Version(), x64Image(0), new MemoryImage(), null);
        nulled.attach(Duration.ofSeconds(5));
        ModuleList cut = nulled.listModules();
        assertEquals(3, cut.modules().size());
        assertTrue(cut.stoppedBecause().contains("0x0"), cut.stoppedBecause());
    }

    @Test
    void x86ModuleListUsesThe32BitLayout() throws Exception {
        long head = 0xFFFFFFFF80554FC0L; // XP-C's PsLoadedModuleList
        long entry = 0xFFFFFFFF81200000L;
        String path = "\\WINDOWS\\system32\\ntkrnlpa.exe";
        MemoryImage image = new MemoryImage()
                .put(head, new BodyWriter(8).u32(0, (int) entry).u32(4, (int) entry).toBytes().toArray())
                .put(entry, new BodyWriter(0x50).u32(0x00, (int) head).u32(0x04, (int) head)
                        .u32(0x18, 0x804D8000).u32(0x1C, 0x804F0000).u32(0x20, 0x1F8480)
                        .u16(0x24, path.length() * 2).u16(0x26, path.length() * 2 + 2).u32(0x28, 0x81200100)
                        .toBytes().toArray())
                .put(0xFFFFFFFF81200100L, utf16(path));
        VersionInfo xp = new VersionInfo(0x000F, 2600, 6, 0, 2, VersionInfo.MACHINE_I386, 12, 3, 0x2D, 0,
                0xFFFFFFFF804D8000L, head, 0xFFFFFFFF80678EF4L);
        KdDebugger debugger = start(xp, image, new MemoryImage(), null);
        debugger.attach(Duration.ofSeconds(5));
        ModuleList list = debugger.listModules();
        assertTrue(list.complete(), list.stoppedBecause());
        assertEquals(1, list.modules().size());
        assertEquals(path, list.modules().get(0).path());
        assertEquals(0xFFFFFFFF804D8000L, list.modules().get(0).base(), "x86 pointers are sign-extended");
        assertEquals(0x1F8480, list.modules().get(0).size());
    }

    @Test
    void silentTargetTimesOutWithAClearMessage() throws Exception {
        KdDebugger debugger = start(x64Version(), x64Image(LIST_HEAD), new MemoryImage(), null);
        debugger.attach(Duration.ofSeconds(5));
        kernel.mute();
        KdTimeoutException timeout = assertThrows(KdTimeoutException.class, debugger::getVersion);
        assertTrue(timeout.getMessage().contains("acknowledge") || timeout.getMessage().contains("GetVersion"),
                timeout.getMessage());
    }
}
