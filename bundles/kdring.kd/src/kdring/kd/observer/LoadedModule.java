package kdring.kd.observer;

/**
 * A module loaded in the target, as a LoadSymbols state change or a walk of PsLoadedModuleList reports it.
 *
 * @param path       full path (LoadSymbols: 8-bit path; walk: FullDllName)
 * @param base       image base (DllBase / BaseOfDll)
 * @param size       SizeOfImage
 * @param checksum   PE checksum
 * @param entryPoint entry point (0 when unknown, e.g. from LoadSymbols)
 * @param source     where the entry came from
 */
public record LoadedModule(String path, long base, int size, int checksum, long entryPoint, Source source) {

    /** Where a module entry came from. */
    public enum Source {
        /** A LoadSymbols state change. */
        LOAD_SYMBOLS,
        /** The built-in debugger's walk of PsLoadedModuleList. */
        MODULE_WALK
    }

    /** The file name: the path after its last backslash or slash. */
    public String name() {
        int cut = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
        return path.substring(cut + 1);
    }

    /** True when {@code address} lies inside the image. */
    public boolean contains(long address) {
        return Long.compareUnsigned(address, base) >= 0
                && Long.compareUnsigned(address - base, Integer.toUnsignedLong(size)) < 0;
    }
}
