package kdring.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import org.junit.jupiter.api.Test;

import kdring.kd.endpoint.KdException;
import kdring.kd.observer.LoadedModule;
import kdring.session.debug.Memory;
import kdring.session.debug.StackWalk;
import kdring.session.debug.Symbols;

/**
 * x64 stack walks over a byte image: one module (exports + .pdata) and a stack page. Frames with .pdata
 * (in and after the prolog, ALLOC_SMALL), a caller without .pdata found by rbp, and hostile stacks and
 * unwind data that end the walk with a reason instead of a wrong frame or a crash.
 */
class StackWalkTest {

    static final long BASE = 0xFFFFF80000100000L;
    static final int SIZE = 0x4000;
    static final long STACK = 0xFFFFF80000200000L;
    static final int STACK_SIZE = 0x1000;
    /** Function A at RVA 0x1000..0x1040: push rbp (1), mov rbp,rsp (4), sub rsp,0x20 (8) */
    static final int A = 0x1000;
    /** Function B at RVA 0x1100..0x1120: sub rsp,0x28 (4), no frame register */
    static final int B = 0x1100;
    /** Function C at RVA 0x1200: no .pdata (found by rbp) */
    static final int C = 0x1200;

    final ByteBuffer image = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
    final ByteBuffer stack = ByteBuffer.allocate(STACK_SIZE).order(ByteOrder.LITTLE_ENDIAN);

    StackWalkTest() {
        image.put(0, (byte) 'M').put(1, (byte) 'Z').putInt(0x3C, 0x80).putInt(0x80, 0x00004550);
        int optional = 0x80 + 24;
        image.putShort(optional, (short) 0x20B).putInt(optional + 0x6C, 16);
        image.putInt(optional + 0x70 + 3 * 8, 0x3000).putInt(optional + 0x70 + 3 * 8 + 4, 24); // .pdata
        // exports: A, B, C named (directory at 0x2000)
        image.putInt(optional + 0x70, 0x2000).putInt(optional + 0x74, 0x100);
        image.putInt(0x2014, 3).putInt(0x2018, 3).putInt(0x201C, 0x2040).putInt(0x2020, 0x2050).putInt(0x2024, 0x2060);
        image.putInt(0x2040, A).putInt(0x2044, B).putInt(0x2048, C);
        image.putInt(0x2050, 0x2070).putInt(0x2054, 0x2078).putInt(0x2058, 0x2080);
        image.putShort(0x2060, (short) 0).putShort(0x2062, (short) 1).putShort(0x2064, (short) 2);
        image.put(0x2070, "FuncA\0".getBytes()).put(0x2078, "FuncB\0".getBytes()).put(0x2080, "FuncC\0".getBytes());
        // RUNTIME_FUNCTIONs, sorted
        image.putInt(0x3000, A).putInt(0x3004, A + 0x40).putInt(0x3008, 0x3100);
        image.putInt(0x300C, B).putInt(0x3010, B + 0x20).putInt(0x3014, 0x3120);
        // UNWIND_INFO of A: prolog 8, 3 codes, frame rbp offset 0: @8 ALLOC_SMALL 0x20, @4 SET_FPREG, @1 PUSH rbp
        image.put(0x3100, new byte[] { 1, 8, 3, 5, 8, 0x32, 4, 3, 1, 0x50 });
        // UNWIND_INFO of B: prolog 4, 1 code: @4 ALLOC_SMALL 0x28
        image.put(0x3120, new byte[] { 1, 4, 1, 0, 4, 0x42 });
    }

    Memory memory() {
        return (address, length) -> {
            for (var region : List.of(new Object[] { BASE, image }, new Object[] { STACK, stack })) {
                long start = (Long) region[0];
                ByteBuffer bytes = (ByteBuffer) region[1];
                long offset = address - start;
                if (offset >= 0 && offset < bytes.capacity()) {
                    int n = (int) Math.min(length, bytes.capacity() - offset);
                    byte[] out = new byte[n];
                    bytes.get((int) offset, out);
                    return out;
                }
            }
            throw new KdException(String.format("0x%016x is not readable", address));
        };
    }

    StackWalk walker() {
        Symbols symbols = new Symbols(memory());
        symbols.setModules(List.of(new LoadedModule("\\nt.exe", BASE, SIZE, 0, 0, LoadedModule.Source.MODULE_WALK)));
        return new StackWalk(memory(), symbols);
    }

    /**
     * Stopped in A+0x10 (past its prolog), called from B+0x10, called from C+0x30, called from outside.
     * Stack (low to high): A's 0x20 locals, saved rbp (C's), ret B+0x10, B's 0x28, ret C+0x30, C's frame:
     * [rbp_C] = 0, [rbp_C+8] = 0x1234 (outside every module).
     */
    long buildCalls() {
        int sp = 0x100;
        int aLocals = sp;
        int savedRbp = aLocals + 0x20;
        int retToB = savedRbp + 8;
        int bLocals = retToB + 8;
        int retToC = bLocals + 0x28;
        int cFrame = retToC + 8 + 0x30; // C's rbp points here
        stack.putLong(savedRbp, STACK + cFrame);
        stack.putLong(retToB, BASE + B + 0x10);
        stack.putLong(retToC, BASE + C + 0x30);
        stack.putLong(cFrame, 0);
        stack.putLong(cFrame + 8, 0x1234);
        return STACK + aLocals;
    }

    @Test
    void pdataFramesThenTheFramePointerChain() {
        long rsp = buildCalls();
        long rbpA = rsp + 0x20; // mov rbp,rsp after push rbp, then sub rsp,0x20
        StackWalk.Stack walk = walker().walk(BASE + A + 0x10, rsp, rbpA);
        List<StackWalk.Frame> f = walk.frames();
        assertEquals(3, f.size(), walk.toString());
        assertEquals("nt!FuncA+0x10", f.get(0).symbol());
        assertEquals(StackWalk.Method.PDATA, f.get(0).callerFoundBy());
        assertEquals("nt!FuncB+0x10", f.get(1).symbol());
        assertEquals(StackWalk.Method.PDATA, f.get(1).callerFoundBy());
        assertEquals("nt!FuncC+0x30", f.get(2).symbol());
        assertEquals(StackWalk.Method.FRAME_POINTER, f.get(2).callerFoundBy(), "C has no .pdata");
        assertTrue(walk.stoppedBecause().contains("0x0000000000001234 is outside every module"), walk.stoppedBecause());
    }

    @Test
    void inThePrologOnlyTheStepsAlreadyDoneAreUndone() {
        // stopped at A+1: only push rbp done; the return address is right above the saved rbp
        stack.putLong(0x200, 0xAAAA); // saved rbp
        stack.putLong(0x208, BASE + C + 0x8);
        StackWalk.Stack walk = walker().walk(BASE + A + 1, STACK + 0x200, 0xDEAD);
        assertEquals("nt!FuncA+0x1", walk.frames().get(0).symbol());
        assertEquals("nt!FuncC+0x8", walk.frames().get(1).symbol());
        assertTrue(walk.stoppedBecause().contains("no frame pointer chain")
                || walk.stoppedBecause().contains("not readable"), walk.stoppedBecause());
    }

    @Test
    void aFramePointerLoopEndsTheWalk() {
        // C without .pdata, rbp pointing at itself: the stack pointer would not grow
        stack.putLong(0x300, STACK + 0x300);
        stack.putLong(0x308, BASE + C + 4);
        StackWalk.Stack walk = walker().walk(BASE + C + 4, STACK + 0x2F0, STACK + 0x300);
        assertTrue(walk.frames().size() <= 2, walk.toString());
        assertTrue(walk.stoppedBecause().contains("did not grow") || walk.stoppedBecause().contains("below rsp"),
                walk.stoppedBecause());
    }

    @Test
    void hostileUnwindDataEndsTheWalkWithAReason() {
        image.put(0x3100 + 2, (byte) 4); // CountOfCodes 4, but the ALLOC_LARGE at the end needs a slot more
        image.put(0x3100 + 10, new byte[] { 9, 0x01 });
        long rsp = buildCalls();
        StackWalk.Stack cut = walker().walk(BASE + A + 0x10, rsp, rsp + 0x20);
        assertEquals(1, cut.frames().size());
        assertTrue(cut.stoppedBecause().contains("cut short"), cut.stoppedBecause());

        image.putInt(0x3008, SIZE - 2); // UNWIND_INFO outside the image
        StackWalk.Stack outside = walker().walk(BASE + A + 0x10, buildCalls(), 0);
        assertTrue(outside.stoppedBecause().contains("lies outside"), outside.stoppedBecause());

        image.putInt(0x80 + 24 + 0x70 + 3 * 8 + 4, 0x7FFFFFF0); // a huge exception directory
        StackWalk.Stack huge = walker().walk(BASE + A + 0x10, buildCalls(), 0);
        assertTrue(huge.stoppedBecause().contains("outside the image or is too large"), huge.stoppedBecause());
    }

    @Test
    void unreadableStackEndsTheWalk() {
        StackWalk.Stack walk = walker().walk(BASE + B + 0x10, 0xFFFFF80000900000L, 0);
        assertEquals(1, walk.frames().size());
        assertTrue(walk.stoppedBecause().contains("not readable"), walk.stoppedBecause());
    }
}
