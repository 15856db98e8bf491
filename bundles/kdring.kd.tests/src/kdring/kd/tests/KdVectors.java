package kdring.kd.tests;

/**
 * The captured packets of the fact sheet (§8), written out field by field. XP vectors are a real serial
 * session (WinDbg and Windows XP SP3 x86); W81 and W10 are KD layers of real KDNET captures, given here a
 * serial encoding (KDCOM ids and trailer) as the fact sheet describes.
 */
public final class KdVectors {

    private KdVectors() {
    }

    /** XP-A: D→T GetVersion request, id 0x80800000, checksum 0x0B9C. */
    public static byte[] xpA() {
        return new Fixture()
                .hex("30303030", "PacketLeader: data")
                .hex("0200", "PacketType 2: STATE_MANIPULATE")
                .hex("3800", "ByteCount 0x38")
                .hex("00008080", "PacketId 0x80800000")
                .hex("9C0B0000", "Checksum 0x0B9C")
                .hex("46310000", "ApiNumber 0x3146 GetVersion")
                .hex("80F6", "ProcessorLevel: junk 0xF680")
                .hex("7D07", "Processor: junk 0x077D")
                .hex("03010000", "ReturnStatus: 0x103 STATUS_PENDING filler")
                .hex("F4F67D07", "padding: junk")
                .hex("02BEB752 015EAE52 07000000 01000000 00000000", "union: junk in a request")
                .hex("02000000 11BFB752 2CF77D07 00000000 07000000", "union: junk in a request")
                .hex("AA", "trailer")
                .bytes();
    }

    /** XP-B: T→D ACK of XP-A. */
    public static byte[] xpB() {
        return new Fixture()
                .hex("69696969", "PacketLeader: control")
                .hex("0400", "PacketType 4: ACKNOWLEDGE")
                .hex("0000", "ByteCount 0")
                .hex("00008080", "PacketId 0x80800000, the acknowledged packet's id")
                .hex("00000000", "Checksum 0")
                .bytes();
    }

    /** A RESET as WinDbg sends it. */
    public static byte[] reset() {
        return new Fixture()
                .hex("69696969", "PacketLeader: control")
                .hex("0600", "PacketType 6: RESET")
                .hex("0000", "ByteCount 0")
                .hex("00000000", "PacketId 0")
                .hex("00000000", "Checksum 0")
                .bytes();
    }

    /** XP's RESET echo with its junk id 0x0005F863. */
    public static byte[] xpResetEcho() {
        return new Fixture()
                .hex("69696969", "PacketLeader: control")
                .hex("0600", "PacketType 6: RESET")
                .hex("0000", "ByteCount 0")
                .hex("63F80500", "PacketId: junk 0x0005F863")
                .hex("00000000", "Checksum 0")
                .bytes();
    }

    /** XP-C: T→D GetVersion reply, id 0x80800001, checksum 0x173F. */
    public static byte[] xpC() {
        return new Fixture()
                .hex("30303030", "PacketLeader: data")
                .hex("0200", "PacketType 2: STATE_MANIPULATE")
                .hex("3800", "ByteCount 0x38")
                .hex("01008080", "PacketId 0x80800001")
                .hex("3F170000", "Checksum 0x173F")
                .hex("46310000", "ApiNumber 0x3146 GetVersion")
                .hex("80F6", "ProcessorLevel: echoed junk")
                .hex("7D07", "Processor: echoed junk")
                .hex("00000000", "ReturnStatus STATUS_SUCCESS")
                .hex("F4F67D07", "padding: echoed junk")
                .hex("0F00", "MajorVersion 0x000F: free build, NT")
                .hex("280A", "MinorVersion 2600")
                .hex("06", "ProtocolVersion 6")
                .hex("00", "KdSecondaryVersion 0")
                .hex("0200", "Flags 2: DATA")
                .hex("4C01", "MachineType 0x014C i386")
                .hex("0C", "MaxPacketType 12")
                .hex("03", "MaxStateChange 3")
                .hex("2D", "MaxManipulate 0x2D")
                .hex("00", "Simulation 0")
                .hex("0000", "Unused")
                .hex("00804D80 FFFFFFFF", "KernBase 0xFFFFFFFF804D8000")
                .hex("C04F5580 FFFFFFFF", "PsLoadedModuleList 0xFFFFFFFF80554FC0")
                .hex("F48E6780 FFFFFFFF", "DebuggerDataList 0xFFFFFFFF80678EF4")
                .hex("AA", "trailer")
                .bytes();
    }

    /** XP-D: D→T ReadVirtualMemory of 4 bytes at 0xFFFFFFFF80678EF4, id 0x80800001, checksum 0x13B1. */
    public static byte[] xpD() {
        return new Fixture()
                .hex("30303030", "PacketLeader: data")
                .hex("0200", "PacketType 2: STATE_MANIPULATE")
                .hex("3800", "ByteCount 0x38")
                .hex("01008080", "PacketId 0x80800001")
                .hex("B1130000", "Checksum 0x13B1")
                .then(xpDHeader(), "the 56-byte DBGKD_MANIPULATE_STATE64")
                .hex("AA", "trailer")
                .bytes();
    }

    private static byte[] xpDHeader() {
        return new Fixture()
                .hex("30310000", "ApiNumber 0x3130 ReadVirtualMemory")
                .hex("FEFF", "ProcessorLevel: junk")
                .hex("FFFF", "Processor: junk 0xFFFF")
                .hex("38F67D07", "ReturnStatus: junk")
                .hex("3411BC77", "padding: junk")
                .hex("F48E6780 FFFFFFFF", "TargetBaseAddress 0xFFFFFFFF80678EF4 (sign-extended)")
                .hex("04000000", "TransferCount 4")
                .hex("D4F57D07", "ActualBytesRead: junk")
                .hex("18118D07 38000000 38000000 03000000 E879E100 03000000", "union tail: junk")
                .bytes();
    }

    /** XP-E: T→D reply to XP-D, id 0x80800000, ByteCount 0x3C, checksum 0x11D4. */
    public static byte[] xpE() {
        return new Fixture()
                .hex("30303030", "PacketLeader: data")
                .hex("0200", "PacketType 2: STATE_MANIPULATE")
                .hex("3C00", "ByteCount 0x3C")
                .hex("00008080", "PacketId 0x80800000")
                .hex("D4110000", "Checksum 0x11D4")
                .hex("30310000", "ApiNumber 0x3130 ReadVirtualMemory")
                .hex("FEFF", "ProcessorLevel: echoed junk")
                .hex("FFFF", "Processor: echoed junk")
                .hex("00000000", "ReturnStatus STATUS_SUCCESS")
                .hex("3411BC77", "padding: echoed junk")
                .hex("F48E6780 FFFFFFFF", "TargetBaseAddress echoed")
                .hex("04000000", "TransferCount 4")
                .hex("04000000", "ActualBytesRead 4")
                .hex("18118D07 38000000 38000000 03000000 E879E100 03000000", "union tail: echoed junk")
                .hex("E06A5480", "data: the pointer 0x80546AE0")
                .hex("AA", "trailer")
                .bytes();
    }

    /** XP-F: T→D LoadSymbols of ntkrnlpa.exe, first attempt with id 0x80800800, checksum 0x3344. */
    public static byte[] xpF(int packetId) {
        String idHex = String.format("%02X%02X%02X%02X", packetId & 0xFF, packetId >>> 8 & 0xFF,
                packetId >>> 16 & 0xFF, packetId >>> 24 & 0xFF);
        return new Fixture()
                .hex("30303030", "PacketLeader: data")
                .hex("0700", "PacketType 7: STATE_CHANGE64")
                .hex("0F01", "ByteCount 0x10F")
                .hex(idHex, "PacketId 0x80800800 first try, 0x80800000 after RESET")
                .hex("44330000", "Checksum 0x3344")
                .hex("31300000", "NewState 0x3031 LoadSymbols")
                .hex("0000", "ProcessorLevel 0")
                .hex("0000", "Processor 0")
                .hex("01000000", "NumberProcessors 1")
                .hex("00000000", "padding")
                .hex("40375580 FFFFFFFF", "Thread 0xFFFFFFFF80553740")
                .hex("C4F45280 FFFFFFFF", "ProgramCounter 0xFFFFFFFF8052F4C4")
                .hex("1F000000", "PathNameLength 0x1F, NUL included")
                .hex("00000000", "padding")
                .hex("00804D80 FFFFFFFF", "BaseOfDll 0xFFFFFFFF804D8000")
                .hex("FFFFFFFF 00000000", "ProcessId 0xFFFFFFFF")
                .hex("D3502000", "CheckSum 0x002050D3")
                .hex("80841F00", "SizeOfImage 0x001F8480")
                .zeros(0xB8 - 0x40, "UnloadSymbols 0 and the rest of the union")
                .hex("10000000 BCFA0500", "0xB8: union tail junk")
                .hex("F00FFFFF", "x86 report: Dr6 0xFFFF0FF0")
                .hex("00040000", "Dr7 0x400")
                .hex("1000", "InstructionCount 16")
                .hex("0300", "ReportFlags 3")
                .hex("CC5DC20C 00CCCCCC CCCC8BFF 558BECFF", "InstructionStream")
                .hex("0800", "SegCs 0x08")
                .hex("2300", "SegDs 0x23")
                .hex("2300", "SegEs 0x23")
                .hex("3000", "SegFs 0x30")
                .hex("82000000", "EFlags 0x82")
                .zeros(8, "padding to 0xF0")
                .ascii("\\WINDOWS\\system32\\ntkrnlpa.exe", "path")
                .hex("00", "NUL")
                .hex("AA", "trailer")
                .bytes();
    }

    /** W81-A: T→D x64 exception state change, Windows 8.1, ByteCount 0xF0, checksum 0x2F8E. */
    public static byte[] w81A() {
        return new Fixture()
                .hex("30303030", "PacketLeader: data")
                .hex("0700", "PacketType 7: STATE_CHANGE64")
                .hex("F000", "ByteCount 0xF0")
                .hex("00088080", "PacketId 0x80800800 (serial encoding)")
                .hex("8E2F0000", "Checksum 0x2F8E")
                .hex("30300000", "NewState 0x3030 Exception")
                .hex("0600", "ProcessorLevel 6")
                .hex("0000", "Processor 0")
                .hex("01000000", "NumberProcessors 1")
                .hex("00000000", "padding")
                .hex("005AF66B 02F8FFFF", "Thread 0xFFFFF8026BF65A00")
                .hex("902BD76B 02F8FFFF", "ProgramCounter 0xFFFFF8026BD72B90")
                .hex("03000080", "ExceptionCode 0x80000003 breakpoint")
                .hex("00000000", "ExceptionFlags 0")
                .hex("00000000 00000000", "ExceptionRecord 0")
                .hex("902BD76B 02F8FFFF", "ExceptionAddress 0xFFFFF8026BD72B90")
                .hex("01000000", "NumberParameters 1")
                .hex("00000000", "alignment")
                .hex("00000000 00000000", "ExceptionInformation[0] 0")
                .hex("00000000 00000000", "ExceptionInformation[1] unused")
                .hex("70D96E6D 02F8FFFF", "ExceptionInformation[2] unused (junk)")
                .zeros(72, "ExceptionInformation[3..11] unused")
                .hex("70D96E6D 02F8FFFF 15D4C904 A93FC1C2 83E6B364 C84D3D09", "[12..14] unused (junk)")
                .hex("01000000", "FirstChance 1")
                .hex("01F8FFFF", "padding: junk")
                .hex("F00FFFFF 00000000", "AMD64 report: Dr6 0xFFFF0FF0")
                .hex("00040000 00000000", "Dr7 0x400")
                .hex("02020000", "EFlags 0x202")
                .hex("1000", "InstructionCount 16")
                .hex("0300", "ReportFlags 3")
                .hex("CCC3CCCC CCCCCCCC 0F1F8400 00000000", "InstructionStream: int3; ret; ...")
                .hex("1000", "SegCs 0x10")
                .hex("2B00", "SegDs 0x2B")
                .hex("2B00", "SegEs 0x2B")
                .hex("5300", "SegFs 0x53")
                .hex("AA", "trailer")
                .bytes();
    }

    /** W81-B: T→D GetVersion reply, Windows 8.1 x64, checksum 0x121E. */
    public static byte[] w81B() {
        return new Fixture()
                .hex("30303030", "PacketLeader: data")
                .hex("0200", "PacketType 2: STATE_MANIPULATE")
                .hex("3800", "ByteCount 0x38")
                .hex("01008080", "PacketId 0x80800001 (serial encoding)")
                .hex("1E120000", "Checksum 0x121E")
                .hex("46310000", "ApiNumber 0x3146 GetVersion")
                .hex("0000", "ProcessorLevel 0")
                .hex("0000", "Processor 0")
                .hex("00000000", "ReturnStatus STATUS_SUCCESS")
                .hex("00000000", "padding")
                .hex("0F00", "MajorVersion 0x000F")
                .hex("8025", "MinorVersion 9600")
                .hex("06", "ProtocolVersion 6")
                .hex("02", "KdSecondaryVersion 2: AMD64 CONTEXT")
                .hex("0700", "Flags 7: MP, DATA, PTR64")
                .hex("6486", "MachineType 0x8664 AMD64")
                .hex("0C", "MaxPacketType 12")
                .hex("03", "MaxStateChange 3")
                .hex("31", "MaxManipulate 0x31")
                .hex("00", "Simulation 0")
                .hex("0000", "Unused")
                .hex("0080C16B 02F8FFFF", "KernBase 0xFFFFF8026BC18000")
                .hex("D022EE6B 02F8FFFF", "PsLoadedModuleList 0xFFFFF8026BEE22D0")
                .hex("F091EF6B 02F8FFFF", "DebuggerDataList 0xFFFFF8026BEF91F0")
                .hex("AA", "trailer")
                .bytes();
    }

    /** The 0x88 bytes of W10-A's first KLDR_DATA_TABLE_ENTRY (winload.efi). */
    public static byte[] w10Entry() {
        return new Fixture()
                .hex("5086C57B 01F8FFFF", "InLoadOrderLinks.Flink 0xFFFFF8017BC58650")
                .hex("605EAD00 00000000", "InLoadOrderLinks.Blink 0xAD5E60, the list head")
                .zeros(32, "ExceptionTable, ExceptionTableSize, GpValue, NonPagedDebugInfo")
                .hex("00F09600 00000000", "DllBase 0x96F000")
                .hex("90009700 00000000", "EntryPoint 0x970090")
                .hex("00D01700 00000000", "SizeOfImage 0x17D000")
                .hex("3A00 3C00 00000000", "FullDllName Length 0x3A, MaximumLength 0x3C, padding")
                .hex("609FC47B 01F8FFFF", "FullDllName.Buffer 0xFFFFF8017BC49F60")
                .hex("1600 1800 00000000", "BaseDllName Length 0x16, MaximumLength 0x18, padding")
                .hex("309FC47B 01F8FFFF", "BaseDllName.Buffer 0xFFFFF8017BC49F30")
                .hex("00000000", "Flags 0")
                .hex("0100 0000", "LoadCount 1, padding")
                .hex("00000000 00000000", "SectionPointer 0")
                .hex("3F9E1400 00000000", "CheckSum 0x149E3F")
                .hex("00000000 00000000", "0x80: LoadedImports")
                .bytes();
    }

    /** W10-A: T→D reply to ReadVirtualMemory(0xFFFFF8017BC49E30, 0x88), ByteCount 0xC0, checksum 0x2292. */
    public static byte[] w10A() {
        return new Fixture()
                .hex("30303030", "PacketLeader: data")
                .hex("0200", "PacketType 2: STATE_MANIPULATE")
                .hex("C000", "ByteCount 0xC0")
                .hex("00008080", "PacketId 0x80800000 (serial encoding)")
                .hex("92220000", "Checksum 0x2292")
                .hex("30310000", "ApiNumber 0x3130 ReadVirtualMemory")
                .hex("0000", "ProcessorLevel 0")
                .hex("0000", "Processor 0")
                .hex("00000000", "ReturnStatus STATUS_SUCCESS")
                .hex("00000000", "padding")
                .hex("309EC47B 01F8FFFF", "TargetBaseAddress 0xFFFFF8017BC49E30")
                .hex("88000000", "TransferCount 0x88")
                .hex("88000000", "ActualBytesRead 0x88")
                .hex("00F2B5D2 25000000 F9E8C7D2 25000000 04000000 00000000", "union tail: junk")
                .then(w10Entry(), "data: the KLDR entry")
                .hex("AA", "trailer")
                .bytes();
    }
}
