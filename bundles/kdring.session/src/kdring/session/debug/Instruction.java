package kdring.session.debug;

/**
 * One decoded machine instruction, as the disassembly view and {@code u} show it.
 *
 * @param address  its virtual address
 * @param bytes    its encoding (length = instruction length)
 * @param mnemonic e.g. {@code mov}; {@code ??} for bytes that do not decode (then {@code bytes} is one byte)
 * @param operands e.g. {@code rax, qword ptr [rsp + 8]}, may be empty
 * @param label    {@code module!export+offset} of the address, or empty when no module holds it
 */
public record Instruction(long address, byte[] bytes, String mnemonic, String operands, String label) {

    /** @return the address just past this instruction */
    public long next() {
        return address + bytes.length;
    }
}
