package kdring.kd.packet;

/**
 * A STATE_CHANGE64 body, {@code DBGKD_ANY_WAIT_STATE_CHANGE} (fact sheet §4.2): a fixed 0xF0-byte part on
 * x86 and x64 alike, then optional extra data.
 *
 * <pre>
 * Off  Size  Field
 * 0x00 4     NewState         0x3030 Exception, 0x3031 LoadSymbols, 0x3032 CommandString
 * 0x04 2     ProcessorLevel
 * 0x06 2     Processor        reporting CPU
 * 0x08 4     NumberProcessors
 * 0x0C 4     (padding)
 * 0x10 8     Thread
 * 0x18 8     ProgramCounter
 * 0x20 0xA0  union: DBGKM_EXCEPTION64 / DBGKD_LOAD_SYMBOLS64 / DBGKD_COMMAND_STRING (tail may be junk)
 * 0xC0 0x30  control report (AMD64 or x86 layout)
 * 0xF0 ...   extra data: LoadSymbols path, CommandString strings
 * </pre>
 *
 * @param raw the whole body, at least {@link #HEADER_SIZE} bytes
 */
public record StateChange(Bytes raw) implements KdBody {

    /** Size of the fixed part. */
    public static final int HEADER_SIZE = 0xF0;
    /** NewState of an exception (break-in, breakpoint, single step, fault). */
    public static final int EXCEPTION = 0x3030;
    /** NewState of a symbol load or unload. */
    public static final int LOAD_SYMBOLS = 0x3031;
    /** NewState of a command string. */
    public static final int COMMAND_STRING = 0x3032;

    static final int UNION = 0x20;
    static final int CONTROL_REPORT = 0xC0;

    /** Checks the size. */
    public StateChange {
        if (raw.length() < HEADER_SIZE) {
            throw new IllegalArgumentException("state change body needs " + HEADER_SIZE + " bytes");
        }
    }

    /** NewState (0x3030..0x3032; the 0x10000 "alternate source" flag is kept). */
    public int newState() {
        return raw.u32(0x00);
    }

    /** ProcessorLevel (CPU family). */
    public int processorLevel() {
        return raw.u16(0x04);
    }

    /** Index of the reporting processor. */
    public int processor() {
        return raw.u16(0x06);
    }

    /** NumberProcessors. */
    public int numberProcessors() {
        return raw.u32(0x08);
    }

    /** Current KTHREAD. */
    public long thread() {
        return raw.u64(0x10);
    }

    /** ProgramCounter (sign-extended on 32-bit targets). */
    public long programCounter() {
        return raw.u64(0x18);
    }

    /** Extra data after the fixed part. */
    public Bytes extraData() {
        return raw.slice(HEADER_SIZE);
    }

    /** The union decoded according to NewState. */
    public StateChangeReport report() {
        return switch (newState() & 0xFFFF) {
            case EXCEPTION -> ExceptionReport.read(raw);
            case LOAD_SYMBOLS -> LoadSymbolsReport.read(raw);
            case COMMAND_STRING -> CommandStringReport.read(raw);
            default -> new StateChangeReport.Unknown(newState());
        };
    }

    /**
     * Guesses whether the target is 32-bit x86: its pointers are sign-extended, so the program counter's
     * upper half is all ones, which no x64 kernel address is. A guess: GetVersion's MachineType is
     * authoritative.
     */
    public boolean looksLikeX86() {
        return (programCounter() >>> 32) == 0xFFFFFFFFL;
    }

    /** The control report read with the AMD64 layout. */
    public ControlReport.Amd64 amd64ControlReport() {
        return ControlReport.Amd64.read(raw, CONTROL_REPORT);
    }

    /** The control report read with the x86 layout. */
    public ControlReport.X86 x86ControlReport() {
        return ControlReport.X86.read(raw, CONTROL_REPORT);
    }

    /** The control report in the layout {@link #looksLikeX86()} suggests. */
    public ControlReport controlReport() {
        return looksLikeX86() ? x86ControlReport() : amd64ControlReport();
    }

    /**
     * Builds a state change body. Padding and unused union bytes are zero.
     *
     * @param report         the union contents and, for LoadSymbols and CommandString, the extra data
     * @param controlReport  the report written at 0xC0
     */
    public static StateChange of(int processorLevel, int processor, int numberProcessors, long thread,
            long programCounter, StateChangeReport report, ControlReport controlReport) {
        BodyWriter writer = new BodyWriter(HEADER_SIZE)
                .u32(0x00, report.newState())
                .u16(0x04, processorLevel)
                .u16(0x06, processor)
                .u32(0x08, numberProcessors)
                .u64(0x10, thread)
                .u64(0x18, programCounter);
        report.writeTo(writer);
        controlReport.writeTo(writer, CONTROL_REPORT);
        return new StateChange(writer.toBytes());
    }
}
