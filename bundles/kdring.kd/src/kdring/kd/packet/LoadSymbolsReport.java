package kdring.kd.packet;

import java.nio.charset.StandardCharsets;

/**
 * {@code DBGKD_LOAD_SYMBOLS64}, the union of a LoadSymbols state change (NewState 0x3031), with the module
 * path that follows the fixed part.
 *
 * <pre>
 * Off (body) Size  Field
 * 0x20       4     PathNameLength  bytes of path at 0xF0, NUL included
 * 0x24       4     (padding)
 * 0x28       8     BaseOfDll       -1 with UnloadSymbols = 1: the OS is going away
 * 0x30       8     ProcessId
 * 0x38       4     CheckSum        PE checksum
 * 0x3C       4     SizeOfImage
 * 0x40       1     UnloadSymbols
 * 0xF0       n     path, 8-bit ANSI, NUL-terminated
 * </pre>
 *
 * @param pathNameLength PathNameLength as sent
 * @param baseOfDll      BaseOfDll
 * @param processId      ProcessId
 * @param checkSum       CheckSum
 * @param sizeOfImage    SizeOfImage
 * @param unload         UnloadSymbols
 * @param path           the path, read up to the NUL, PathNameLength or the end of the body
 */
public record LoadSymbolsReport(int pathNameLength, long baseOfDll, long processId, int checkSum,
        int sizeOfImage, boolean unload, String path) implements StateChangeReport {

    /** A load (or unload) report for a kernel module; PathNameLength counts the NUL. */
    public static LoadSymbolsReport of(String path, long baseOfDll, int sizeOfImage, int checkSum,
            boolean unload) {
        return new LoadSymbolsReport(path.getBytes(StandardCharsets.ISO_8859_1).length + 1, baseOfDll, -1L,
                checkSum, sizeOfImage, unload, path);
    }

    static LoadSymbolsReport read(Bytes body) {
        int declared = body.u32(0x20);
        int available = body.length() - StateChange.HEADER_SIZE;
        int limit = declared < 0 ? available : Math.min(declared, available);
        return new LoadSymbolsReport(declared, body.u64(0x28), body.u64(0x30), body.u32(0x38), body.u32(0x3C),
                body.u8(0x40) != 0, body.latin1(StateChange.HEADER_SIZE, limit));
    }

    /** True for the "OS is going away" unload: BaseOfDll -1 with UnloadSymbols set. */
    public boolean isSystemShutdown() {
        return unload && baseOfDll == -1L;
    }

    @Override
    public int newState() {
        return StateChange.LOAD_SYMBOLS;
    }

    @Override
    public void writeTo(BodyWriter writer) {
        writer.u32(0x20, pathNameLength).u64(0x28, baseOfDll).u64(0x30, processId).u32(0x38, checkSum)
                .u32(0x3C, sizeOfImage).u8(0x40, unload ? 1 : 0);
        writer.appendLatin1WithNul(path);
    }
}
