package kdring.session.debug;

import java.util.List;

/**
 * Decodes x86-64 and x86 machine code. The implementation is native (a maintained disassembler library
 * reached through the Java FFM API); where that library is missing, {@link #load()} says so and everything
 * else in the debugger works without it.
 */
public interface Disassembler {

    /** The instruction set to decode. */
    enum Mode {
        X64, X86
    }

    /** The disassembler cannot be used here; the message says what is missing and how to get it. */
    final class UnavailableException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnavailableException(String message) {
            super(message);
        }

        public UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Decodes up to {@code max} instructions from {@code code}, which sits at {@code address}. Bytes that
     * do not decode become one-byte {@code ??} instructions and decoding goes on after them, so the result
     * covers the code up to {@code max} instructions or its end. Labels are left empty (the caller knows the
     * modules).
     */
    List<Instruction> decode(byte[] code, long address, Mode mode, int max);

    /**
     * The machine's disassembler, loaded once: Capstone 4 ({@code libcapstone.so.4}, Debian package
     * {@code libcapstone4}) through FFM; thread-safe.
     *
     * @throws UnavailableException when the native library is missing or unusable (the message names it)
     */
    static Disassembler load() throws UnavailableException {
        return kdring.session.debug.capstone.CapstoneDisassembler.instance();
    }
}
