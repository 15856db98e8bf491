package kdring.session.debug.capstone;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

import kdring.session.debug.Disassembler;
import kdring.session.debug.Instruction;

/**
 * {@link Disassembler} over Capstone 4, Debian's {@code libcapstone.so.4} (package {@code libcapstone4}),
 * called through the Java FFM API: no JNI, no C shim. The calls:
 *
 * <pre>
 * typedef size_t csh;
 * cs_err cs_open(cs_arch arch, cs_mode mode, csh *handle);           CS_ARCH_X86 = 3, CS_MODE_32 = 4, CS_MODE_64 = 8
 * cs_err cs_option(csh handle, cs_opt_type type, size_t value);     CS_OPT_SYNTAX = 1, CS_OPT_SYNTAX_INTEL = 1
 * size_t cs_disasm(csh handle, const uint8_t *code, size_t code_size, uint64_t address, size_t count,
 *                  cs_insn **insn);
 * void cs_free(cs_insn *insn, size_t count);
 * cs_err cs_close(csh *handle);
 * const char *cs_strerror(cs_err code);
 * unsigned int cs_version(int *major, int *minor);
 * </pre>
 *
 * The layout of {@code cs_insn} is that of {@code /usr/include/capstone/capstone.h} of Debian 12's
 * {@code libcapstone-dev 4.0.2-5}, with the offsets checked by compiling {@code offsetof} against that header
 * (x86-64):
 *
 * <pre>
 * offset size  field
 *      0    4  unsigned int id
 *      8    8  uint64_t address       (4 bytes of padding before it)
 *     16    2  uint16_t size          the instruction's length
 *     18   16  uint8_t  bytes[16]
 *     34   32  char     mnemonic[32]  (CS_MNEMONIC_SIZE), NUL-terminated
 *     66  160  char     op_str[160]   NUL-terminated
 *    232    8  cs_detail *detail      (6 bytes of padding before it; unused: CS_OPT_DETAIL stays off)
 *    240       sizeof(cs_insn)
 * </pre>
 *
 * Because that layout belongs to Capstone 4, {@link #load(String)} refuses a library of another major version.
 * <p>
 * <b>Thread-safe, a handle per call</b>: a Capstone handle keeps per-call state (its error number, the
 * instruction buffers) and may not be shared between threads without a lock, and opening one for x86 is a
 * small allocation; so {@link #decode} opens its own handle, uses it and closes it, and the only state shared
 * between threads is the library's immutable method handles.
 */
public final class CapstoneDisassembler implements Disassembler {

    /** The library's file name (SONAME). */
    public static final String LIBRARY = "libcapstone.so.4";
    /** The Debian package that ships it. */
    public static final String PACKAGE = "libcapstone4";

    static final int CS_ARCH_X86 = 3;
    static final int CS_MODE_32 = 1 << 2;
    static final int CS_MODE_64 = 1 << 3;
    static final int CS_OPT_SYNTAX = 1;
    static final long CS_OPT_SYNTAX_INTEL = 1;
    static final int CS_API_MAJOR = 4;

    static final long INSN_SIZE = 240;
    static final long INSN_ADDRESS = 8;
    static final long INSN_LENGTH = 16;
    static final long INSN_BYTES = 18;
    static final long INSN_MNEMONIC = 34;
    static final int MNEMONIC_SIZE = 32;
    static final long INSN_OPERANDS = 66;
    static final int OPERANDS_SIZE = 160;

    /** The most instructions one call decodes: far more than a view or {@code u} ever asks for. */
    static final int MAX_INSTRUCTIONS = 1 << 16;
    /** The longest x86 instruction. */
    static final int MAX_INSTRUCTION_LENGTH = 15;

    private static volatile CapstoneDisassembler loaded;

    private final String library;
    private final MethodHandle open;
    private final MethodHandle option;
    private final MethodHandle disasm;
    private final MethodHandle free;
    private final MethodHandle close;
    private final MethodHandle strerror;

    private CapstoneDisassembler(String library, MethodHandle open, MethodHandle option, MethodHandle disasm,
            MethodHandle free, MethodHandle close, MethodHandle strerror) {
        this.library = library;
        this.open = open;
        this.option = option;
        this.disasm = disasm;
        this.free = free;
        this.close = close;
        this.strerror = strerror;
    }

    /**
     * The machine's Capstone, loaded on first use and kept; a failure is not kept, so installing the library
     * while kdring runs makes the next call succeed.
     *
     * @throws UnavailableException naming the library, the package and the command that installs it
     */
    public static CapstoneDisassembler instance() throws UnavailableException {
        CapstoneDisassembler d = loaded;
        if (d == null) {
            synchronized (CapstoneDisassembler.class) {
                d = loaded;
                if (d == null) {
                    d = load(LIBRARY);
                    loaded = d;
                }
            }
        }
        return d;
    }

    /**
     * Loads Capstone from {@code library} (a file name the dynamic linker finds, or a path) and checks it
     * works: a fresh load each call, for tests that name another library.
     *
     * @throws UnavailableException naming what is missing and how to install it
     */
    public static CapstoneDisassembler load(String library) throws UnavailableException {
        try {
            return bind(library);
        } catch (RuntimeException | LinkageError e) {
            // e.g. a Java whose FFM API is missing or disabled: the debugger works on without disassembly
            throw new UnavailableException("no disassembler: " + library + " cannot be called from this Java ("
                    + System.getProperty("java.version") + "): " + e, e);
        }
    }

    private static CapstoneDisassembler bind(String library) throws UnavailableException {
        SymbolLookup lookup;
        try {
            lookup = SymbolLookup.libraryLookup(library, Arena.global());
        } catch (IllegalArgumentException e) {
            throw new UnavailableException(missing(library), e);
        } catch (IllegalCallerException e) {
            throw new UnavailableException("the disassembler library " + library + " may not be loaded: this Java "
                    + "runs without native access for kdring (start it with --enable-native-access=ALL-UNNAMED)", e);
        }
        Linker linker = Linker.nativeLinker();
        MethodHandle version = linker.downcallHandle(find(lookup, library, "cs_version"),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        CapstoneDisassembler d = new CapstoneDisassembler(library,
                linker.downcallHandle(find(lookup, library, "cs_open"), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                        ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS)),
                linker.downcallHandle(find(lookup, library, "cs_option"), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                        ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG)),
                linker.downcallHandle(find(lookup, library, "cs_disasm"),
                        FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS,
                                ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG,
                                ValueLayout.ADDRESS)),
                linker.downcallHandle(find(lookup, library, "cs_free"),
                        FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG)),
                linker.downcallHandle(find(lookup, library, "cs_close"),
                        FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS)),
                linker.downcallHandle(find(lookup, library, "cs_strerror"),
                        FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT)));
        int major;
        int minor;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment majorOut = arena.allocate(ValueLayout.JAVA_INT);
            MemorySegment minorOut = arena.allocate(ValueLayout.JAVA_INT);
            int ignored = (int) version.invokeExact(majorOut, minorOut);
            major = majorOut.get(ValueLayout.JAVA_INT, 0);
            minor = minorOut.get(ValueLayout.JAVA_INT, 0);
        } catch (Throwable e) {
            throw new UnavailableException("calling cs_version of " + library + " failed: " + e, e);
        }
        if (major != CS_API_MAJOR) {
            throw new UnavailableException(library + " is Capstone " + major + "." + minor + "; kdring reads Capstone "
                    + CS_API_MAJOR + "'s instruction layout (Debian: apt-get install " + PACKAGE + ")");
        }
        // one decode before anyone else may call: Capstone sets its architecture tables up on the first cs_open
        // (not thread-safe), and a nop that does not come back as "nop" means the layout above is not this library's
        List<Instruction> probe;
        try {
            probe = d.decode(new byte[] { (byte) 0x90 }, 0x1000, Mode.X64, 1);
        } catch (IllegalStateException e) {
            throw new UnavailableException(library + " does not work: " + e.getMessage(), e);
        }
        if (probe.size() != 1 || !probe.get(0).mnemonic().equals("nop") || probe.get(0).address() != 0x1000) {
            throw new UnavailableException(library + " decoded 90 as " + probe + ", not nop: not the Capstone 4 kdring"
                    + " reads (Debian: apt-get install " + PACKAGE + ")");
        }
        return d;
    }

    static String missing(String library) {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return "no disassembler on Windows: kdring disassembles with Debian's Capstone library " + library
                    + " (package " + PACKAGE + "), which a Linux workbench or the Linux service has; everything else"
                    + " works without it";
        }
        return "no disassembler: the Capstone library " + library + " is not installed (Debian/Ubuntu: apt-get install "
                + PACKAGE + "); kdring disassembles through it, everything else works without it";
    }

    private static MemorySegment find(SymbolLookup lookup, String library, String name) throws UnavailableException {
        return lookup.find(name).orElseThrow(() -> new UnavailableException(library + " has no " + name
                + ": not the Capstone kdring reads (Debian: apt-get install " + PACKAGE + ")"));
    }

    /** The library this disassembler calls. */
    public String library() {
        return library;
    }

    /**
     * {@inheritDoc}
     * <p>
     * Capstone stops at the first bytes that do not decode; those become one {@code ??} instruction of one byte
     * and decoding resumes at the next byte. At most {@value #MAX_INSTRUCTIONS} instructions per call.
     *
     * @throws IllegalStateException when Capstone itself fails (out of memory, a handle it cannot open)
     */
    @Override
    public List<Instruction> decode(byte[] code, long address, Mode mode, int max) {
        int wanted = Math.min(max, MAX_INSTRUCTIONS);
        List<Instruction> out = new ArrayList<>(Math.max(0, Math.min(wanted, code.length)));
        if (wanted <= 0 || code.length == 0) {
            return out;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(code.length);
            MemorySegment.copy(code, 0, buffer, ValueLayout.JAVA_BYTE, 0, code.length);
            MemorySegment handleOut = arena.allocate(ValueLayout.JAVA_LONG);
            check("cs_open", (int) open.invokeExact(CS_ARCH_X86, mode == Mode.X64 ? CS_MODE_64 : CS_MODE_32,
                    handleOut));
            long handle = handleOut.get(ValueLayout.JAVA_LONG, 0);
            try {
                check("cs_option(CS_OPT_SYNTAX, CS_OPT_SYNTAX_INTEL)",
                        (int) option.invokeExact(handle, CS_OPT_SYNTAX, CS_OPT_SYNTAX_INTEL));
                MemorySegment insnOut = arena.allocate(ValueLayout.ADDRESS);
                int offset = 0;
                while (out.size() < wanted && offset < code.length) {
                    long count = (long) disasm.invokeExact(handle, buffer.asSlice(offset),
                            (long) (code.length - offset), address + offset, (long) (wanted - out.size()), insnOut);
                    if (count > 0) {
                        MemorySegment insns = insnOut.get(ValueLayout.ADDRESS, 0).reinterpret(count * INSN_SIZE);
                        try {
                            for (long i = 0; i < count; i++) {
                                Instruction insn = read(insns.asSlice(i * INSN_SIZE, INSN_SIZE), code, address, offset);
                                out.add(insn);
                                offset += insn.bytes().length;
                            }
                        } finally {
                            free.invokeExact(insnOut.get(ValueLayout.ADDRESS, 0), count);
                        }
                    }
                    if (out.size() < wanted && offset < code.length) {
                        // Capstone stopped before the end: the byte there does not start an instruction
                        out.add(new Instruction(address + offset, new byte[] { code[offset] }, "??", "", ""));
                        offset++;
                    }
                }
            } finally {
                int ignored = (int) close.invokeExact(handleOut);
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("calling " + library + " failed: " + e, e);
        }
        return out;
    }

    /**
     * One {@code cs_insn}, checked against the buffer it came from: its length must be 1 to 15 and its address
     * the one decoding was at, else the library and the layout above disagree and nothing it says is used.
     */
    private static Instruction read(MemorySegment insn, byte[] code, long address, int offset) {
        long at = insn.get(ValueLayout.JAVA_LONG, INSN_ADDRESS);
        int length = Short.toUnsignedInt(insn.get(ValueLayout.JAVA_SHORT, INSN_LENGTH));
        if (at != address + offset || length < 1 || length > MAX_INSTRUCTION_LENGTH || offset + length > code.length) {
            throw new IllegalStateException(String.format("Capstone returned an instruction of %d bytes at 0x%x where"
                    + " 0x%x was expected: not the cs_insn layout of Capstone 4", length, at, address + offset));
        }
        byte[] bytes = new byte[length];
        MemorySegment.copy(insn, ValueLayout.JAVA_BYTE, INSN_BYTES, bytes, 0, length);
        return new Instruction(at, bytes, text(insn, INSN_MNEMONIC, MNEMONIC_SIZE),
                text(insn, INSN_OPERANDS, OPERANDS_SIZE), "");
    }

    /** A NUL-terminated ASCII field of at most {@code size} bytes (the same on every Java from 21 on). */
    private static String text(MemorySegment segment, long offset, int size) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < size; i++) {
            byte b = segment.get(ValueLayout.JAVA_BYTE, offset + i);
            if (b == 0) {
                break;
            }
            s.append((char) (b & 0xFF));
        }
        return s.toString();
    }

    private void check(String call, int error) {
        if (error != 0) {
            String text;
            try {
                MemorySegment message = (MemorySegment) strerror.invokeExact(error);
                text = text(message.reinterpret(256), 0, 256);
            } catch (Throwable e) {
                text = "error " + error;
            }
            throw new IllegalStateException(call + " of " + library + " failed: " + text + " (cs_err " + error + ")");
        }
    }
}
