package kdring.transport;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Moves the calling thread off the CPU it runs on, once, where Linux lets it: a thread spinning for a guest's
 * answer that finds the guest absent may be sitting on the very core the guest's vCPU waits for (on a 2-core
 * host the scheduler tends to keep the two together once they met), and neither gets anywhere until it
 * sleeps. Moved once, it stays where it went: the scheduler does not move a thread back without a reason.
 *
 * <p>{@code sched_getcpu} and {@code sched_setaffinity} through the FFM API. The thread's affinity is narrowed
 * to the other allowed CPUs for one call (the kernel migrates it at once) and then set back to what the
 * process allows, so nothing stays pinned. Where the calls are missing (not Linux) or only one CPU is allowed,
 * {@link #moveOffThisCpu()} does nothing. Thread-safe.
 */
public final class CpuPlacement {

    /** {@code cpu_set_t}: 1024 CPUs, as glibc defines it. */
    private static final int CPU_SET_BYTES = 128;
    private static final MethodHandle GETCPU;
    private static final MethodHandle SETAFFINITY;
    /** The CPUs this process may run on, as found at start (a copy is narrowed per call). */
    private static final byte[] ALLOWED;

    static {
        MethodHandle getcpu = null;
        MethodHandle setaffinity = null;
        byte[] allowed = null;
        try {
            Linker linker = Linker.nativeLinker();
            var libc = linker.defaultLookup();
            getcpu = linker.downcallHandle(libc.find("sched_getcpu").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT));
            setaffinity = linker.downcallHandle(libc.find("sched_setaffinity").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG,
                            ValueLayout.ADDRESS));
            MethodHandle getaffinity = linker.downcallHandle(libc.find("sched_getaffinity").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG,
                            ValueLayout.ADDRESS));
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment mask = arena.allocate(CPU_SET_BYTES);
                if ((int) getaffinity.invokeExact(0, (long) CPU_SET_BYTES, mask) == 0) {
                    allowed = mask.toArray(ValueLayout.JAVA_BYTE);
                }
            }
        } catch (Throwable e) {
            // not Linux, or native access not enabled: placement stays the scheduler's alone
            getcpu = null;
            setaffinity = null;
            allowed = null;
        }
        GETCPU = getcpu;
        SETAFFINITY = setaffinity;
        ALLOWED = allowed != null && cpuCount(allowed) >= 2 ? allowed : null;
    }

    private CpuPlacement() {
    }

    /** @return whether this host lets a thread be moved off its CPU (Linux, two or more CPUs allowed) */
    public static boolean available() {
        return ALLOWED != null;
    }

    /** @return the CPU the calling thread runs on, or -1 where that cannot be told */
    public static int currentCpu() {
        if (GETCPU == null) {
            return -1;
        }
        try {
            return (int) GETCPU.invokeExact();
        } catch (Throwable e) {
            return -1;
        }
    }

    /**
     * Moves the calling thread to another CPU it may run on, leaving its affinity as it was.
     *
     * @return whether it was moved (false where placement is not available or the calls failed)
     */
    public static boolean moveOffThisCpu() {
        if (ALLOWED == null) {
            return false;
        }
        int cpu = currentCpu();
        if (cpu < 0 || cpu >= CPU_SET_BYTES * 8) {
            return false;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mask = arena.allocate(CPU_SET_BYTES);
            MemorySegment.copy(ALLOWED, 0, mask, ValueLayout.JAVA_BYTE, 0, CPU_SET_BYTES);
            // ALLOWED holds two CPUs or more: without this one it still holds one
            byte others = (byte) (ALLOWED[cpu / 8] & ~(1 << (cpu % 8)));
            mask.set(ValueLayout.JAVA_BYTE, cpu / 8, others);
            boolean moved = (int) SETAFFINITY.invokeExact(0, (long) CPU_SET_BYTES, mask) == 0;
            MemorySegment.copy(ALLOWED, 0, mask, ValueLayout.JAVA_BYTE, 0, CPU_SET_BYTES);
            int restored = (int) SETAFFINITY.invokeExact(0, (long) CPU_SET_BYTES, mask);
            return moved && restored == 0;
        } catch (Throwable e) {
            return false;
        }
    }

    /** @return how many CPUs a {@code cpu_set_t} holds */
    private static int cpuCount(byte[] mask) {
        int count = 0;
        for (byte b : mask) {
            count += Integer.bitCount(b & 0xFF);
        }
        return count;
    }
}
