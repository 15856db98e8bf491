package kdring.session.debug;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kdring.kd.endpoint.KdException;
import kdring.kd.observer.LoadedModule;

/**
 * A raw x64 call stack ({@code k}) without PDBs: each frame is unwound with its module's {@code .pdata}
 * (the PE exception directory: RUNTIME_FUNCTION entries and their UNWIND_INFO), or, for code the directory
 * does not describe, by the frame-pointer chain ({@code [rbp]} = caller's rbp, {@code [rbp+8]} = return
 * address). Each frame says which was used.
 *
 * <pre>
 * data directory 3 (exception): RVA, size; RUNTIME_FUNCTION = BeginAddress u32, EndAddress u32, UnwindInfo u32
 * UNWIND_INFO: 0 Version:3|Flags:5  1 SizeOfProlog  2 CountOfCodes  3 FrameRegister:4|FrameOffset:4
 *              4 UNWIND_CODE[CountOfCodes] = CodeOffset u8, UnwindOp:4|OpInfo:4 (latest prolog step first)
 * ops: 0 PUSH_NONVOL  1 ALLOC_LARGE (+1 or +2 slots)  2 ALLOC_SMALL (info*8+8)  3 SET_FPREG
 *      4 SAVE_NONVOL (+1)  5 SAVE_NONVOL_FAR (+2)  8 SAVE_XMM128 (+1)  9 SAVE_XMM128_FAR (+2)  10 PUSH_MACHFRAME
 * </pre>
 * Target memory is untrusted: at most {@link #MAX_FRAMES} frames, a walk stops at a return address outside
 * every module, a stack pointer that does not grow, or unreadable memory (the reason is kept).
 */
public final class StackWalk {

    /** The most frames one walk returns. */
    public static final int MAX_FRAMES = 64;
    private static final int MAX_PDATA = 1 << 20;
    private static final int RBP = 5;
    private static final int RSP = 4;

    /** How a frame's caller was found. */
    public enum Method {
        /** The module's .pdata unwind information. */
        PDATA,
        /** The frame-pointer chain (no .pdata entry for this address). */
        FRAME_POINTER
    }

    /**
     * One frame.
     *
     * @param number       0 for the stopped instruction
     * @param ip           the frame's instruction pointer (frame 0: RIP; others: the return address)
     * @param sp           its stack pointer
     * @param symbol       {@code ip} as {@code module!export+offset}
     * @param callerFoundBy how this frame was unwound to its caller ({@code null} when unwinding it failed)
     */
    public record Frame(int number, long ip, long sp, String symbol, Method callerFoundBy) {
    }

    /**
     * The walk.
     *
     * @param frames       the frames, innermost first
     * @param stoppedBecause why the walk ended
     */
    public record Stack(List<Frame> frames, String stoppedBecause) {
    }

    private final Memory memory;
    private final Symbols symbols;
    private final Map<Long, ByteBuffer> pdataByBase = new HashMap<>();

    /** A walker reading {@code memory}, labelling with {@code symbols} (whose modules must be known). */
    public StackWalk(Memory memory, Symbols symbols) {
        this.memory = memory;
        this.symbols = symbols;
    }

    /** Walks from {@code rip}, {@code rsp}, {@code rbp} of the stopped processor. */
    public Stack walk(long rip, long rsp, long rbp) {
        List<Frame> frames = new ArrayList<>();
        long ip = rip;
        long sp = rsp;
        long bp = rbp;
        String why;
        while (true) {
            if (frames.size() >= MAX_FRAMES) {
                why = "more than " + MAX_FRAMES + " frames";
                break;
            }
            long[] caller;
            Method method;
            try {
                Optional<long[]> unwound = unwindWithPdata(ip, sp, bp);
                if (unwound.isPresent()) {
                    caller = unwound.get();
                    method = Method.PDATA;
                } else {
                    caller = unwindWithFramePointer(sp, bp);
                    method = Method.FRAME_POINTER;
                }
            } catch (KdException e) {
                frames.add(new Frame(frames.size(), ip, sp, symbols.describe(ip), null));
                why = "unwinding failed: " + e.getMessage();
                break;
            }
            long nextIp = caller[0];
            if (symbols.moduleAt(nextIp).isEmpty()) {
                frames.add(new Frame(frames.size(), ip, sp, symbols.describe(ip), method));
                why = String.format("the return address 0x%016x is outside every module", nextIp);
                break;
            }
            if (Long.compareUnsigned(caller[1], sp) <= 0) {
                frames.add(new Frame(frames.size(), ip, sp, symbols.describe(ip), method));
                why = String.format("the stack pointer did not grow (0x%016x after 0x%016x)", caller[1], sp);
                break;
            }
            frames.add(new Frame(frames.size(), ip, sp, symbols.describe(ip), method));
            ip = nextIp;
            sp = caller[1];
            bp = caller[2];
        }
        return new Stack(List.copyOf(frames), why);
    }

    /** {ip, sp, bp} of the caller by the frame-pointer chain. */
    private long[] unwindWithFramePointer(long sp, long bp) throws KdException {
        if (Long.compareUnsigned(bp, sp) < 0) {
            throw new KdException(String.format("rbp 0x%016x is below rsp 0x%016x: no frame pointer chain", bp, sp));
        }
        ByteBuffer frame = read(bp, 16);
        return new long[] { frame.getLong(8), bp + 16, frame.getLong(0) };
    }

    /** {ip, sp, bp} of the caller by the module's .pdata, or empty when no RUNTIME_FUNCTION covers {@code ip}. */
    private Optional<long[]> unwindWithPdata(long ip, long sp, long bp) throws KdException {
        Optional<LoadedModule> module = symbols.moduleAt(ip);
        if (module.isEmpty()) {
            return Optional.empty();
        }
        long base = module.get().base();
        ByteBuffer pdata = pdata(module.get());
        long rva = ip - base;
        int lo = 0;
        int hi = pdata.limit() / 12 - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long begin = Integer.toUnsignedLong(pdata.getInt(12 * mid));
            long end = Integer.toUnsignedLong(pdata.getInt(12 * mid + 4));
            if (rva < begin) {
                hi = mid - 1;
            } else if (rva >= end) {
                lo = mid + 1;
            } else {
                found = mid;
                break;
            }
        }
        if (found < 0) {
            return Optional.empty();
        }
        long begin = Integer.toUnsignedLong(pdata.getInt(12 * found));
        long infoRva = Integer.toUnsignedLong(pdata.getInt(12 * found + 8));
        if (infoRva + 4 > Integer.toUnsignedLong(module.get().size())) {
            throw new KdException(String.format("UNWIND_INFO RVA 0x%X lies outside %s", infoRva, module.get().name()));
        }
        ByteBuffer head = read(base + infoRva, 4);
        int prolog = head.get(1) & 0xFF;
        int count = head.get(2) & 0xFF;
        int frameRegister = head.get(3) & 0x0F;
        int frameOffset = (head.get(3) & 0xF0) >>> 4;
        ByteBuffer codes = count == 0 ? read(base + infoRva, 4) : read(base + infoRva + 4, 2 * count);
        long offset = rva - begin;
        boolean inProlog = offset < prolog;
        long rsp = sp;
        long rbp = bp;
        for (int i = 0; i < count; i++) {
            int codeOffset = codes.get(2 * i) & 0xFF;
            int op = codes.get(2 * i + 1) & 0x0F;
            int info = (codes.get(2 * i + 1) & 0xF0) >>> 4;
            boolean applies = !inProlog || codeOffset <= offset;
            int slots = switch (op) {
                case 1 -> info == 0 ? 1 : 2;
                case 4, 8 -> 1;
                case 5, 9 -> 2;
                default -> 0;
            };
            if (i + slots >= count) {
                throw new KdException("unwind codes of " + symbols.describe(ip) + " are cut short");
            }
            switch (op) {
                case 0 -> { // PUSH_NONVOL
                    if (applies) {
                        long value = read(rsp, 8).getLong(0);
                        if (info == RBP) {
                            rbp = value;
                        }
                        rsp += 8;
                    }
                }
                case 1 -> { // ALLOC_LARGE
                    if (info == 0) {
                        long size = (codes.getShort(2 * (i + 1)) & 0xFFFF) * 8L;
                        i += 1;
                        rsp += applies ? size : 0;
                    } else {
                        long size = Integer.toUnsignedLong(codes.getInt(2 * (i + 1)));
                        i += 2;
                        rsp += applies ? size : 0;
                    }
                }
                case 2 -> rsp += applies ? info * 8L + 8 : 0; // ALLOC_SMALL
                case 3 -> { // SET_FPREG: rsp comes back from the frame register
                    if (applies) {
                        if (frameRegister != RBP) {
                            throw new KdException("frame register " + frameRegister + " is not rbp (not tracked)");
                        }
                        rsp = rbp - 16L * frameOffset;
                    }
                }
                case 4, 8 -> i += 1; // SAVE_NONVOL, SAVE_XMM128: rbp saved in a slot is not followed
                case 5, 9 -> i += 2;
                case 10 -> { // PUSH_MACHFRAME: a trap frame; the interrupted rip and rsp are on it
                    long at = rsp + (info == 1 ? 8 : 0);
                    ByteBuffer machine = read(at, 32);
                    return Optional.of(new long[] { machine.getLong(0), machine.getLong(24), rbp });
                }
                default -> throw new KdException("unknown unwind op " + op + " at " + symbols.describe(ip));
            }
        }
        if (frameRegister == RSP) {
            throw new KdException("frame register rsp is not valid");
        }
        long returnAddress = read(rsp, 8).getLong(0);
        return Optional.of(new long[] { returnAddress, rsp + 8, rbp });
    }

    /** The module's RUNTIME_FUNCTION array, read once per base (empty without an exception directory). */
    private ByteBuffer pdata(LoadedModule module) throws KdException {
        ByteBuffer cached = pdataByBase.get(module.base());
        if (cached != null) {
            return cached;
        }
        ByteBuffer table = ByteBuffer.allocate(0);
        ByteBuffer header = read(module.base(), 0x200);
        int lfanew = header.getInt(0x3C);
        if (header.get(0) == 'M' && header.get(1) == 'Z' && lfanew >= 0x40 && lfanew <= 0x200 - 24 - 0x90
                && header.getInt(lfanew) == 0x00004550 && (header.getShort(lfanew + 24) & 0xFFFF) == 0x20B
                && header.getInt(lfanew + 24 + 0x6C) > 3) {
            long rva = Integer.toUnsignedLong(header.getInt(lfanew + 24 + 0x70 + 3 * 8));
            long size = Integer.toUnsignedLong(header.getInt(lfanew + 24 + 0x70 + 3 * 8 + 4));
            if (rva != 0 && size >= 12) {
                if (size > MAX_PDATA || rva + size > Integer.toUnsignedLong(module.size())) {
                    throw new KdException(String.format("the exception directory of %s (RVA 0x%X, 0x%X bytes) lies"
                            + " outside the image or is too large", module.name(), rva, size));
                }
                table = read(module.base() + rva, (int) (size / 12 * 12));
            }
        }
        pdataByBase.put(module.base(), table);
        return table;
    }

    private ByteBuffer read(long address, int length) throws KdException {
        byte[] bytes = memory.read(address, length);
        if (bytes.length < length) {
            throw new KdException(String.format("0x%X bytes at 0x%016x are not readable", length, address));
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
