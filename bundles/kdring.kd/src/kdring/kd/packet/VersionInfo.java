package kdring.kd.packet;

/**
 * {@code DBGKD_GET_VERSION64}, the union of a GetVersion reply (fact sheet §4.4).
 *
 * <pre>
 * Off (body) Size Field
 * 0x10       2    MajorVersion        low byte 0xF free / 0xC checked; high byte kind (0 NT, 4 boot, 5 EFI)
 * 0x12       2    MinorVersion        build number
 * 0x14       1    ProtocolVersion
 * 0x15       1    KdSecondaryVersion
 * 0x16       2    Flags               1 MP, 2 DATA, 4 PTR64, 8 NOMM, 0x10 HSS, 0x20 PARTITIONS
 * 0x18       2    MachineType         0x014C i386, 0x8664 AMD64, 0xAA64 ARM64
 * 0x1A       1    MaxPacketType
 * 0x1B       1    MaxStateChange
 * 0x1C       1    MaxManipulate
 * 0x1D       1    Simulation
 * 0x1E       2    Unused
 * 0x20       8    KernBase
 * 0x28       8    PsLoadedModuleList  address of the list head
 * 0x30       8    DebuggerDataList
 * </pre>
 */
public record VersionInfo(int majorVersion, int minorVersion, int protocolVersion, int secondaryVersion,
        int flags, int machineType, int maxPacketType, int maxStateChange, int maxManipulate, int simulation,
        long kernBase, long psLoadedModuleList, long debuggerDataList) implements ManipulateDetail {

    /** Flags bit: multiprocessor. */
    public static final int FLAG_MP = 1;
    /** Flags bit: DebuggerDataList is valid. */
    public static final int FLAG_DATA = 2;
    /** Flags bit: 64-bit pointers. */
    public static final int FLAG_PTR64 = 4;
    /** MachineType of 32-bit x86. */
    public static final int MACHINE_I386 = 0x014C;
    /** MachineType of x64. */
    public static final int MACHINE_AMD64 = 0x8664;
    /** MachineType of ARM64. */
    public static final int MACHINE_ARM64 = 0xAA64;

    static VersionInfo read(Bytes body) {
        return new VersionInfo(body.u16(0x10), body.u16(0x12), body.u8(0x14), body.u8(0x15), body.u16(0x16),
                body.u16(0x18), body.u8(0x1A), body.u8(0x1B), body.u8(0x1C), body.u8(0x1D), body.u64(0x20),
                body.u64(0x28), body.u64(0x30));
    }

    /** Writes the union into a manipulate body being built. */
    public void writeTo(BodyWriter writer) {
        writer.u16(0x10, majorVersion).u16(0x12, minorVersion).u8(0x14, protocolVersion)
                .u8(0x15, secondaryVersion).u16(0x16, flags).u16(0x18, machineType).u8(0x1A, maxPacketType)
                .u8(0x1B, maxStateChange).u8(0x1C, maxManipulate).u8(0x1D, simulation).u64(0x20, kernBase)
                .u64(0x28, psLoadedModuleList).u64(0x30, debuggerDataList);
    }

    /**
     * True when target pointers are 64 bits wide: the PTR64 flag, or an AMD64/ARM64 machine type (some boot
     * debuggers leave PTR64 clear).
     */
    public boolean is64Bit() {
        return (flags & FLAG_PTR64) != 0 || machineType == MACHINE_AMD64 || machineType == MACHINE_ARM64;
    }

    /** The Windows build number. */
    public int buildNumber() {
        return minorVersion;
    }

    /** A readable name of the machine type. */
    public String machineName() {
        return switch (machineType) {
            case MACHINE_I386 -> "x86";
            case MACHINE_AMD64 -> "x64";
            case MACHINE_ARM64 -> "arm64";
            default -> String.format("machine 0x%04X", machineType);
        };
    }
}
