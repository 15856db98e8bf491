package kdring.session.debug;

/**
 * One named export of a module's PE export directory.
 *
 * @param name    the exported name
 * @param ordinal the export's ordinal (Base + index into AddressOfFunctions)
 * @param address its virtual address (module base + RVA)
 */
public record Export(String name, int ordinal, long address) {
}
