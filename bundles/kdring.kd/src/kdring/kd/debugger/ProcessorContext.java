package kdring.kd.debugger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import kdring.kd.packet.Bytes;

/**
 * A processor's CONTEXT as GetContext returns it and SetContext takes it: the raw bytes plus the register
 * layout of its architecture. Immutable; {@link #with} returns a changed copy, whose bytes go back unchanged
 * except for that register.
 *
 * <pre>
 * x64 CONTEXT, 0x4D0 bytes (GetContext reply ByteCount 0x508 = 0x38 + 0x4D0)
 * 0x00  6x8   P1Home..P6Home
 * 0x30  4     ContextFlags      0x38 2 SegCs   0x3A SegDs  0x3C SegEs  0x3E SegFs  0x40 SegGs  0x42 SegSs
 * 0x34  4     MxCsr             0x44 4 EFlags
 * 0x48  8     Dr0, Dr1, Dr2, Dr3 (to 0x60), Dr6 0x68, Dr7 0x70
 * 0x78  16x8  Rax Rcx Rdx Rbx Rsp Rbp Rsi Rdi R8..R15 (to 0xF0)
 * 0xF8  8     Rip
 * 0x100 512   FltSave (FXSAVE area)   0x300 VectorRegister[26]   0x4A0 VectorControl, DebugControl, LBR...
 *
 * x86 CONTEXT, 0x2CC bytes
 * 0x00 ContextFlags  0x04 Dr0 Dr1 Dr2 Dr3  0x14 Dr6  0x18 Dr7  0x1C FloatSave (112)
 * 0x8C SegGs  0x90 SegFs  0x94 SegEs  0x98 SegDs  0x9C Edi  0xA0 Esi  0xA4 Ebx  0xA8 Edx  0xAC Ecx  0xB0 Eax
 * 0xB4 Ebp  0xB8 Eip  0xBC SegCs  0xC0 EFlags  0xC4 Esp  0xC8 SegSs  0xCC ExtendedRegisters (512)
 * </pre>
 *
 * @param layout the architecture's layout
 * @param raw    the CONTEXT bytes, at least {@link Layout#size()} long
 */
public record ProcessorContext(Layout layout, Bytes raw) {

    /** One register: its name as WinDbg's {@code r} shows it, its offset and size in bytes. */
    public record Register(String name, int offset, int size) {
    }

    /** The CONTEXT layout of one architecture. */
    public enum Layout {
        /** x64 (AMD64). */
        AMD64(0x4D0, 0x30, "rip", "rsp", List.of(
                reg("rax", 0x78, 8), reg("rbx", 0x90, 8), reg("rcx", 0x80, 8), reg("rdx", 0x88, 8),
                reg("rsi", 0xA8, 8), reg("rdi", 0xB0, 8), reg("rip", 0xF8, 8), reg("rsp", 0x98, 8),
                reg("rbp", 0xA0, 8), reg("r8", 0xB8, 8), reg("r9", 0xC0, 8), reg("r10", 0xC8, 8),
                reg("r11", 0xD0, 8), reg("r12", 0xD8, 8), reg("r13", 0xE0, 8), reg("r14", 0xE8, 8),
                reg("r15", 0xF0, 8), reg("efl", 0x44, 4), reg("cs", 0x38, 2), reg("ds", 0x3A, 2),
                reg("es", 0x3C, 2), reg("fs", 0x3E, 2), reg("gs", 0x40, 2), reg("ss", 0x42, 2),
                reg("dr0", 0x48, 8), reg("dr1", 0x50, 8), reg("dr2", 0x58, 8), reg("dr3", 0x60, 8),
                reg("dr6", 0x68, 8), reg("dr7", 0x70, 8), reg("mxcsr", 0x34, 4))),
        /** x86 (i386). */
        X86(0x2CC, 0x00, "eip", "esp", List.of(
                reg("eax", 0xB0, 4), reg("ebx", 0xA4, 4), reg("ecx", 0xAC, 4), reg("edx", 0xA8, 4),
                reg("esi", 0xA0, 4), reg("edi", 0x9C, 4), reg("eip", 0xB8, 4), reg("esp", 0xC4, 4),
                reg("ebp", 0xB4, 4), reg("efl", 0xC0, 4), reg("cs", 0xBC, 2), reg("ds", 0x98, 2),
                reg("es", 0x94, 2), reg("fs", 0x90, 2), reg("gs", 0x8C, 2), reg("ss", 0xC8, 2),
                reg("dr0", 0x04, 4), reg("dr1", 0x08, 4), reg("dr2", 0x0C, 4), reg("dr3", 0x10, 4),
                reg("dr6", 0x14, 4), reg("dr7", 0x18, 4)));

        private final int size;
        private final int contextFlagsOffset;
        private final String pc;
        private final String sp;
        private final List<Register> registers;

        Layout(int size, int contextFlagsOffset, String pc, String sp, List<Register> registers) {
            this.size = size;
            this.contextFlagsOffset = contextFlagsOffset;
            this.pc = pc;
            this.sp = sp;
            this.registers = registers;
        }

        /** Size of the CONTEXT in bytes. */
        public int size() {
            return size;
        }

        /** Where ContextFlags sits (SetContext repeats it in its union). */
        public int contextFlagsOffset() {
            return contextFlagsOffset;
        }

        /** The registers, in the order WinDbg's {@code r} lists them. */
        public List<Register> registers() {
            return registers;
        }

        /** The register named {@code name} (case-insensitive), or {@code null}. */
        public Register register(String name) {
            for (Register r : registers) {
                if (r.name().equalsIgnoreCase(name)) {
                    return r;
                }
            }
            return null;
        }

        private static Register reg(String name, int offset, int size) {
            return new Register(name, offset, size);
        }
    }

    /** Checks the size. */
    public ProcessorContext {
        Objects.requireNonNull(layout, "layout");
        if (raw.length() < layout.size) {
            throw new IllegalArgumentException(String.format("a %s CONTEXT has 0x%X bytes, the target sent 0x%X",
                    layout, layout.size, raw.length()));
        }
    }

    /** The value of {@code name} (zero-extended); an unknown name fails with the known ones. */
    public long get(String name) {
        Register r = find(name);
        return switch (r.size()) {
            case 2 -> raw.u16(r.offset());
            case 4 -> raw.u32(r.offset()) & 0xFFFFFFFFL;
            default -> raw.u64(r.offset());
        };
    }

    /** A copy with {@code name} set to {@code value} (truncated to the register's size). */
    public ProcessorContext with(String name, long value) {
        Register r = find(name);
        byte[] bytes = raw.toArray();
        for (int i = 0; i < r.size(); i++) {
            bytes[r.offset() + i] = (byte) (value >>> (8 * i));
        }
        return new ProcessorContext(layout, Bytes.of(bytes));
    }

    /** The program counter (rip or eip). */
    public long programCounter() {
        return get(layout.pc);
    }

    /** The stack pointer (rsp or esp). */
    public long stackPointer() {
        return get(layout.sp);
    }

    /** Every register of the layout by name, in {@code r} order. */
    public Map<String, Long> registers() {
        Map<String, Long> all = new LinkedHashMap<>();
        for (Register r : layout.registers) {
            all.put(r.name(), get(r.name()));
        }
        return all;
    }

    private Register find(String name) {
        Register r = layout.register(name);
        if (r == null) {
            throw new IllegalArgumentException("no register " + name + " in a " + layout + " context; known: "
                    + layout.registers.stream().map(Register::name).toList());
        }
        return r;
    }
}
