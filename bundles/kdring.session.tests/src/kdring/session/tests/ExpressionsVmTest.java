package kdring.session.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kdring.kd.endpoint.KdException;
import kdring.session.BuiltInDebugger;
import kdring.session.ChannelSession;
import kdring.session.KdConsole;
import kdring.session.debug.Expressions;

/**
 * Expressions and physical memory on the reference guest: {@code poi(rsp)} is the pointer the stack really
 * holds, a module's name is its base ({@code poi(kdring+0xb0)} reads the ImageBase field of its PE header
 * back), the console takes the same expressions, and physical memory at the kernel's load address
 * (1 MiB) is the very page its virtual address shows; reads across the end of the guest's RAM come back
 * short, and past it empty, never as a failure.
 */
@Tag("vm")
class ExpressionsVmTest {

    static final Duration WAIT = Duration.ofSeconds(90);
    /** The kernel's image base and where the reference guest loads it in physical memory. */
    static final long NT = 0xFFFFF80000100000L;
    static final long NT_PHYSICAL = 0x100000L;
    /** The demo VM's RAM. */
    static final long RAM = 128L << 20;
    /** Where the optional header's ImageBase sits in the reference guest's modules (e_lfanew 0x80). */
    static final int IMAGE_BASE = 0x80 + 4 + 20 + 0x18;

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
    void expressionsAndPhysicalMemoryOnTheReferenceGuest() throws Exception {
        session = ChannelSessionVmTest.openRing("expr", work);
        BuiltInDebugger debugger = session.debugger();
        debugger.breakIn(WAIT);

        // poi(rsp): the 8 bytes at rsp, as a little-endian pointer; the stack holds a return address into nt
        long rsp = debugger.onStopped(t -> t.registers().stackPointer(), WAIT);
        long onStack = ByteBuffer.wrap(debugger.readVirtual(rsp, 8, WAIT)).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(onStack, eval(debugger, "poi(rsp)"));
        assertEquals(onStack, eval(debugger, "poi(@rsp + 0)"));
        assertTrue(debugger.onStopped(t -> t.describe(onStack), WAIT).startsWith("nt!"),
                "a return address into the kernel: " + Long.toHexString(onStack));

        // a module's name alone is its base; its PE header's ImageBase names the same address
        long kdring = debugger.onStopped(t -> t.symbols().moduleNamed("kdring.dll").orElseThrow().base(), WAIT);
        assertEquals(kdring, eval(debugger, "kdring"));
        assertEquals(kdring + 0x1000, eval(debugger, "kdring+0x1000"));
        assertEquals(kdring, eval(debugger, "poi(kdring+0x" + Integer.toHexString(IMAGE_BASE) + ")"));
        assertEquals(NT, eval(debugger, "poi(nt+b0)"));
        assertEquals(eval(debugger, "nt!KeTickHook") - NT, eval(debugger, "nt!KeTickHook - nt"));
        assertEquals(eval(debugger, "hal"), eval(debugger, "(hal.dll + 0x10) - 0x10"));

        // the console takes the same expressions
        KdConsole kd = new KdConsole(debugger, WAIT);
        String dq = kd.execute("dq poi(kdring+b0)+b0 L1");
        assertEquals(String.format("%016x  %016x", kdring + IMAGE_BASE, kdring), dq);

        // bad terms are named; an unmapped pointer says where
        KdException unknown = assertThrows(KdException.class, () -> eval(debugger, "nt+frobnicate"));
        assertTrue(unknown.getMessage().contains("unknown term 'frobnicate'"), unknown.getMessage());
        KdException unmapped = assertThrows(KdException.class, () -> eval(debugger, "poi(kdring+0x1000)"));
        assertTrue(unmapped.getMessage().startsWith("poi(kdring+0x1000): the 8 bytes at 0x"), unmapped.getMessage());

        // physical memory: the kernel's first page at 1 MiB is what its virtual address shows
        byte[] virtualPage = debugger.readVirtual(NT, 0x1000, WAIT);
        byte[] physicalPage = debugger.onStopped(t -> t.readPhysical(NT_PHYSICAL, 0x1000), WAIT);
        assertArrayEquals(virtualPage, physicalPage);
        assertEquals('P', physicalPage[0x80]);
        // across the end of RAM (the firmware keeps a little of the top 128 MiB): short, then nothing
        long below = RAM - 0x40000;
        byte[] edge = debugger.onStopped(t -> t.readPhysical(below, 0x80000), WAIT);
        assertTrue(edge.length > 0 && edge.length < 0x80000, "only the bytes below the end of RAM: " + edge.length);
        assertEquals(0, debugger.onStopped(t -> t.readPhysical(below + edge.length, 0x1000), WAIT).length);
        assertEquals(0, debugger.onStopped(t -> t.readPhysical(RAM + 0x100000, 0x1000), WAIT).length);
        // and virtual memory that is not mapped is empty through readUpTo (a failure through read)
        assertEquals(0, debugger.onStopped(t -> t.readUpTo(kdring + 0x1000, 0x100), WAIT).length);
        assertEquals(0x1000, debugger.onStopped(t -> t.readUpTo(kdring, 0x2000), WAIT).length,
                "the header page is mapped, the page after it is not");
    }

    private static long eval(BuiltInDebugger debugger, String expression) throws Exception {
        return debugger.onStopped(t -> Expressions.evaluate(t, expression), WAIT);
    }
}
