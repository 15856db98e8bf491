package kdring.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import kdring.kd.debugger.ProcessorContext;
import kdring.kd.endpoint.KdException;
import kdring.kd.observer.LoadedModule;
import kdring.session.debug.Expressions;
import kdring.session.debug.Symbols;

/**
 * Address expressions without a target: a fixed scope of registers, two modules and one page of memory stand
 * for the stopped target ({@link ExpressionsVmTest} evaluates the same forms on the reference guest).
 */
class ExpressionsTest {

    private static final long NT = 0xFFFFF80000100000L;
    private static final long HAL = 0xFFFFF80400000000L;
    private static final long PAGE = 0xFFFFF80100000000L;

    /** A stopped x64 (or x86) target in numbers: registers, modules, 0x100 readable bytes at PAGE. */
    private static final class FixedScope implements Expressions.Scope {
        final ProcessorContext.Layout layout;
        final Map<String, Long> registers;
        final Symbols symbols = new Symbols((address, length) -> {
            throw new KdException("no exports in this test");
        });
        final ByteBuffer memory = ByteBuffer.allocate(0x100).order(ByteOrder.LITTLE_ENDIAN);
        int reads;

        FixedScope(ProcessorContext.Layout layout, Map<String, Long> registers) {
            this.layout = layout;
            this.registers = registers;
            symbols.setModules(List.of(
                    new LoadedModule("\\SystemRoot\\system32\\ntoskrnl.exe", NT, 0x80000, 0, 0, LoadedModule.Source.MODULE_WALK),
                    new LoadedModule("\\SystemRoot\\system32\\hal.dll", HAL, 0x20000, 0, 0, LoadedModule.Source.MODULE_WALK)));
            memory.putLong(0, PAGE + 0x10); // a pointer to the pointer at +0x10
            memory.putLong(0x10, NT + 0x1234);
        }

        @Override
        public ProcessorContext.Layout layout() {
            return layout;
        }

        @Override
        public long register(String name) {
            return registers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public Optional<LoadedModule> module(String name) {
            return symbols.moduleNamed(name);
        }

        @Override
        public long symbol(String moduleBangExport) throws KdException {
            if (moduleBangExport.equals("nt!KeTickHook")) {
                return NT + 0x2000;
            }
            return symbols.resolve(moduleBangExport);
        }

        @Override
        public byte[] read(long address, int length) throws KdException {
            reads++;
            long offset = address - PAGE;
            if (offset < 0 || offset >= memory.capacity()) {
                throw new KdException(String.format("reading %d bytes of virtual memory at 0x%016X failed", length, address));
            }
            int n = (int) Math.min(length, memory.capacity() - offset);
            byte[] out = new byte[n];
            memory.get((int) offset, out);
            return out;
        }
    }

    private final FixedScope x64 = new FixedScope(ProcessorContext.Layout.AMD64,
            Map.of("rip", NT + 0x2001, "rsp", PAGE, "rax", 0x10L));

    private long eval(String expression) throws KdException {
        return Expressions.evaluate(x64, expression);
    }

    private String error(String expression) {
        return assertThrows(KdException.class, () -> eval(expression)).getMessage();
    }

    @Test
    void numbersAsWindbgReadsThem() throws KdException {
        assertEquals(0x1000, eval("1000"));
        assertEquals(0x1000, eval("0x1000"));
        assertEquals(10, eval("0n10"));
        assertEquals(NT, eval("fffff800`00100000"));
        assertEquals(-1L, eval("ffffffffffffffff"));
        assertEquals(0xFFFFFFFFFFFFFFF0L, eval("-0x10"), "negation wraps at 64 bits");
    }

    @Test
    void registersSymbolsAndModuleBases() throws KdException {
        assertEquals(NT + 0x2001, eval("rip"));
        assertEquals(NT + 0x2001, eval("@RIP"));
        assertEquals(NT + 0x2000, eval("nt!KeTickHook"));
        assertEquals(NT, eval("nt"), "a module's short name alone is its base");
        assertEquals(NT + 0x1234, eval("nt+0x1234"));
        assertEquals(NT + 0x1234, eval("ntoskrnl+1234"));
        assertEquals(HAL + 0x1000, eval("hal.dll + 1000"));
        assertEquals(HAL + 0x1000, eval("HAL+0x1000"), "module names are case-insensitive");
        assertEquals(NT + 1 + 8, eval("rip - nt!KeTickHook + 8 + nt"));
    }

    @Test
    void parenthesesProductsAndPoi() throws KdException {
        assertEquals(0x30, eval("(1+2)*10"));
        assertEquals(0x21, eval("1+2*10"), "* binds tighter than +");
        assertEquals(NT + 0x8, eval("nt + (rax - 8)"));
        assertEquals(PAGE + 0x10, eval("poi(rsp)"), "an 8-byte pointer at rsp");
        assertEquals(NT + 0x1234, eval("poi(poi(rsp))"), "poi nests");
        assertEquals(NT + 0x1234 + 4, eval("poi( rsp + 0x10 ) + 4"));
        assertEquals(NT + 0x1234, eval("POI(@rsp+rax)"));
    }

    @Test
    void poiReadsFourBytesOnX86() throws KdException {
        FixedScope x86 = new FixedScope(ProcessorContext.Layout.X86, Map.of("esp", PAGE + 0x10));
        assertEquals((NT + 0x1234) & 0xFFFFFFFFL, Expressions.evaluate(x86, "poi(esp)"));
        String rip = assertThrows(KdException.class, () -> Expressions.evaluate(x86, "rip+1")).getMessage();
        assertTrue(rip.contains("rip is not a register of this X86 target"), rip);
    }

    @Test
    void errorsNameTheBadTerm() {
        assertEquals("an empty address expression", error("  "));
        String unknown = error("nt+frobnicate");
        assertTrue(unknown.contains("unknown term 'frobnicate'") && unknown.contains("not a number, register, module"),
                unknown);
        String notX64 = error("eax+1");
        assertTrue(notX64.contains("eax is not a register of this AMD64 target"), notX64);
        String at = error("@foo");
        assertTrue(at.contains("no register foo"), at);
        String noModule = error("nope!Export");
        assertTrue(noModule.contains("no loaded module named nope"), noModule);
        String open = error("poi(rsp");
        assertTrue(open.contains("')' is missing at the end"), open);
        String dangling = error("rip+");
        assertTrue(dangling.contains("a term is missing at the end"), dangling);
        String stray = error("rip)");
        assertTrue(stray.contains("unexpected ')'") && stray.contains("column 4"), stray);
        String twoOps = error("rip+*4");
        assertTrue(twoOps.contains("a term is missing before '*'"), twoOps);
    }

    @Test
    void anUnreadablePointerSaysWhere() {
        String unmapped = error("poi(0x1000)");
        assertTrue(unmapped.startsWith("poi(0x1000): the 8 bytes at 0x0000000000001000 are unreadable"), unmapped);
        String partial = error("poi(rsp+0xfc)");
        assertTrue(partial.startsWith("poi(rsp+0xfc): only 4 of the 8 bytes at 0xfffff801000000fc are readable"),
                partial);
    }

    @Test
    void aMalformedExpressionReadsNothingAfterTheError() {
        int before = x64.reads;
        error("(nt+1 poi(rsp)");
        assertEquals(before, x64.reads, "the syntax error stopped evaluation before poi");
    }
}
