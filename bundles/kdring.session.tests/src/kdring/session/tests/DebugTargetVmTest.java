package kdring.session.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.debugger.ProcessorContext;
import kdring.kd.endpoint.KdException;
import kdring.kd.packet.ExceptionReport;
import kdring.kd.packet.NtStatus;
import kdring.kd.packet.StateChange;
import kdring.session.BuiltInDebugger;
import kdring.session.ChannelSession;
import kdring.session.debug.DebugTarget;

/**
 * The debug layer against the real reference guest (ring transport): registers of the stopped processor,
 * symbols from the kernel's PE export directory, a breakpoint on an exported function that the running guest
 * really hits, single steps that advance RIP by exactly one instruction (the guest's KeTickHook begins with
 * {@code 55 push %rbp}, {@code 48 89 e5 mov %rsp,%rbp}), SetContext, and memory written and read back.
 */
@Tag("vm")
class DebugTargetVmTest {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final long PATTERN_VA = 0xFFFFF80100000000L;

    @TempDir
    Path work;
    private ChannelSession session;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void breakpointStepRegistersMemoryAndSymbolsOnTheReferenceGuest() throws Exception {
        session = ChannelSessionVmTest.openRing("debug", work);
        BuiltInDebugger debugger = session.debugger();

        // stop: the registers are those of the stopped processor, and RIP has an export name
        StateChange breakIn = debugger.breakIn(WAIT);
        ProcessorContext regs = debugger.onStopped(DebugTarget::registers, WAIT);
        assertEquals(ProcessorContext.Layout.AMD64, regs.layout());
        assertEquals(breakIn.programCounter(), regs.programCounter(), "RIP is where the stop was reported");
        assertEquals(0x10, regs.get("cs"), "kernel code segment");
        assertTrue(Long.compareUnsigned(regs.stackPointer(), 0xFFFFF80000000000L) >= 0, "a kernel stack");
        assertEquals("nt!DbgBreakPointWithStatus", debugger.onStopped(t -> t.describe(regs.programCounter()), WAIT));
        assertTrue(debugger.onStopped(t -> t.describe(PATTERN_VA), WAIT).startsWith("0xfffff801"),
                "an address outside every module stays an address");

        // bp on an exported function: the int3 is really in the guest's code
        long hook = debugger.onStopped(t -> t.symbols().resolve("nt!KeTickHook"), WAIT);
        assertEquals(hook, debugger.onStopped(t -> t.symbols().resolve("ntoskrnl!KeTickHook"), WAIT));
        assertEquals(0x55, byteAt(debugger, hook), "push %rbp before the breakpoint");
        DebugTarget.Breakpoint bp = debugger.onStopped(t -> t.setBreakpoint(hook), WAIT);
        assertEquals("nt!KeTickHook", bp.symbol());
        assertEquals(0xCC, byteAt(debugger, hook), "the breakpoint instruction is in the target's memory");
        assertEquals(0x55, debugger.onStopped(t -> t.read(hook, 1)[0] & 0xFF, WAIT), "the debug view shows the original");
        KdException unknown = assertThrows(KdException.class,
                () -> debugger.onStopped(t -> t.symbols().resolve("nt!NoSuchExport"), WAIT));
        assertTrue(unknown.getMessage().contains("exports no NoSuchExport"), unknown.getMessage());

        // g: the running guest calls KeTickHook once per tick and stops on the breakpoint
        debugger.run(WAIT);
        assertFalse(debugger.targetStopped());
        StateChange hit = debugger.awaitStop(WAIT);
        ExceptionReport report = assertInstanceOf(ExceptionReport.class, hit.report());
        assertEquals(NtStatus.BREAKPOINT, report.code());
        assertEquals(hook, hit.programCounter(), "the stop is at the breakpoint");
        assertEquals(hook, debugger.onStopped(t -> t.registers().programCounter(), WAIT));
        assertEquals(bp.id(), debugger.onStopped(t -> t.hitBreakpoint().orElseThrow().id(), WAIT));

        // t: one instruction at a time, through the breakpoint (taken out for the step, put back after)
        StateChange step1 = debugger.step(WAIT);
        assertEquals(NtStatus.SINGLE_STEP, assertInstanceOf(ExceptionReport.class, step1.report()).code());
        assertEquals(hook + 1, step1.programCounter(), "push %rbp is one byte");
        assertEquals(hook + 1, debugger.onStopped(t -> t.registers().programCounter(), WAIT));
        assertEquals("nt!KeTickHook+0x1", debugger.onStopped(t -> t.describe(hook + 1), WAIT));
        assertEquals(0xCC, byteAt(debugger, hook), "the breakpoint is back after the step");
        long rspBefore = debugger.onStopped(t -> t.registers().stackPointer(), WAIT);
        assertEquals(regsAt(debugger).get("rsp"), rspBefore);

        // SetContext: r11 is free to clobber here; the guest runs the next instruction with the new value
        debugger.onStopped(t -> t.setRegister("r11", 0x1122334455667788L), WAIT);
        StateChange step2 = debugger.step(WAIT);
        assertEquals(hook + 4, step2.programCounter(), "mov %rsp,%rbp is three bytes");
        ProcessorContext afterStep2 = regsAt(debugger);
        assertEquals(0x1122334455667788L, afterStep2.get("r11"), "the register set with SetContext survived a step");
        assertEquals(afterStep2.get("rsp"), afterStep2.get("rbp"), "mov %rsp,%rbp really executed");

        // memory written and read back; an unmapped address fails and says where
        byte[] written = { 1, 2, 3, 4, 5, 6, 7, (byte) 0xF8 };
        assertNotEquals(written[7], debugger.readVirtual(PATTERN_VA + 0x1000, 8, WAIT)[7]);
        debugger.onStopped(t -> {
            t.write(PATTERN_VA + 0x1000, written);
            return null;
        }, WAIT);
        assertArrayEquals(written, debugger.readVirtual(PATTERN_VA + 0x1000, 8, WAIT));
        KdException unmapped = assertThrows(KdException.class, () -> debugger.onStopped(t -> {
            t.write(0x1000, written);
            return null;
        }, WAIT));
        assertTrue(unmapped.getMessage().contains("0x0000000000001000"), unmapped.getMessage());

        // bc: the original byte is back, and the guest runs past KeTickHook without stopping
        debugger.onStopped(t -> {
            t.clearBreakpoint(bp.id());
            return null;
        }, WAIT);
        assertEquals(0x55, byteAt(debugger, hook));
        assertTrue(debugger.onStopped(DebugTarget::breakpoints, WAIT).isEmpty());
        debugger.run(WAIT);
        long printsBefore = ticks();
        // someone waits for the next stop meanwhile (a console's g): a break-in must not queue behind that wait
        java.util.concurrent.ExecutorService waiter = java.util.concurrent.Executors.newSingleThreadExecutor(
                r -> new Thread(r, "test-stop-waiter"));
        try {
            java.util.concurrent.Future<StateChange> waiting = waiter.submit(() -> debugger.awaitStop(WAIT));
            ChannelSessionVmTest.await("two more ticks ran KeTickHook", () -> ticks() >= printsBefore + 2);
            assertFalse(debugger.targetStopped());
            assertFalse(waiting.isDone(), "no stop at the cleared breakpoint");
            StateChange again = debugger.breakIn(Duration.ofSeconds(30));
            assertNotEquals(hook, again.programCounter(), "the next stop is the break-in, not the cleared breakpoint");
            StateChange seen = waiting.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(again.programCounter(), seen.programCounter(), "the waiter is told of the break-in's stop");
        } finally {
            waiter.shutdownNow();
        }
    }

    /** The number of the guest's latest DbgPrint tick in the story (0 before the first). */
    private long ticks() {
        kdring.model.story.StoryListener look = new kdring.model.story.StoryListener() {
        };
        String prints = session.story().subscribe(look).prints();
        session.story().unsubscribe(look);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("DbgPrint tick (\\d+)").matcher(prints);
        long last = 0;
        while (m.find()) {
            last = Long.parseLong(m.group(1));
        }
        return last;
    }

    private static ProcessorContext regsAt(BuiltInDebugger debugger) throws Exception {
        return debugger.onStopped(DebugTarget::registers, WAIT);
    }

    private static int byteAt(BuiltInDebugger debugger, long address) throws Exception {
        return debugger.readVirtual(address, 1, WAIT)[0] & 0xFF;
    }
}
