package kdring.kd.packet;

/**
 * The architecture-specific control report at body offset 0xC0 of a state change (0x30 bytes).
 */
public sealed interface ControlReport permits ControlReport.Amd64, ControlReport.X86 {

    /** Length of the instruction stream. */
    int STREAM_SIZE = 16;

    /** REPORT_INCLUDES_SEGS. */
    int INCLUDES_SEGS = 1;
    /** REPORT_STANDARD_CS. */
    int STANDARD_CS = 2;

    /** The instruction bytes at the program counter (breakpoints already removed). */
    Bytes instructionStream();

    /** Writes this report into a body being built at {@code offset}. */
    void writeTo(BodyWriter writer, int offset);

    /**
     * AMD64 report.
     *
     * <pre>
     * Off (body) Size Field
     * 0xC0       8    Dr6
     * 0xC8       8    Dr7
     * 0xD0       4    EFlags
     * 0xD4       2    InstructionCount
     * 0xD6       2    ReportFlags
     * 0xD8       16   InstructionStream
     * 0xE8       2    SegCs
     * 0xEA       2    SegDs
     * 0xEC       2    SegEs
     * 0xEE       2    SegFs
     * </pre>
     */
    record Amd64(long dr6, long dr7, int eflags, int instructionCount, int reportFlags,
            Bytes instructionStream, int segCs, int segDs, int segEs, int segFs) implements ControlReport {

        static Amd64 read(Bytes body, int at) {
            return new Amd64(body.u64(at), body.u64(at + 0x08), body.u32(at + 0x10), body.u16(at + 0x14),
                    body.u16(at + 0x16), body.slice(at + 0x18, STREAM_SIZE), body.u16(at + 0x28),
                    body.u16(at + 0x2A), body.u16(at + 0x2C), body.u16(at + 0x2E));
        }

        @Override
        public void writeTo(BodyWriter writer, int at) {
            writer.u64(at, dr6).u64(at + 0x08, dr7).u32(at + 0x10, eflags).u16(at + 0x14, instructionCount)
                    .u16(at + 0x16, reportFlags).bytes(at + 0x18, instructionStream).u16(at + 0x28, segCs)
                    .u16(at + 0x2A, segDs).u16(at + 0x2C, segEs).u16(at + 0x2E, segFs);
        }
    }

    /**
     * x86 report (0x28 bytes, then 8 bytes of padding).
     *
     * <pre>
     * Off (body) Size Field
     * 0xC0       4    Dr6
     * 0xC4       4    Dr7
     * 0xC8       2    InstructionCount
     * 0xCA       2    ReportFlags
     * 0xCC       16   InstructionStream
     * 0xDC       2    SegCs
     * 0xDE       2    SegDs
     * 0xE0       2    SegEs
     * 0xE2       2    SegFs
     * 0xE4       4    EFlags
     * </pre>
     */
    record X86(int dr6, int dr7, int instructionCount, int reportFlags, Bytes instructionStream, int segCs,
            int segDs, int segEs, int segFs, int eflags) implements ControlReport {

        static X86 read(Bytes body, int at) {
            return new X86(body.u32(at), body.u32(at + 0x04), body.u16(at + 0x08), body.u16(at + 0x0A),
                    body.slice(at + 0x0C, STREAM_SIZE), body.u16(at + 0x1C), body.u16(at + 0x1E),
                    body.u16(at + 0x20), body.u16(at + 0x22), body.u32(at + 0x24));
        }

        @Override
        public void writeTo(BodyWriter writer, int at) {
            writer.u32(at, dr6).u32(at + 0x04, dr7).u16(at + 0x08, instructionCount).u16(at + 0x0A, reportFlags)
                    .bytes(at + 0x0C, instructionStream).u16(at + 0x1C, segCs).u16(at + 0x1E, segDs)
                    .u16(at + 0x20, segEs).u16(at + 0x22, segFs).u32(at + 0x24, eflags);
        }
    }
}
