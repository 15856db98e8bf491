package kdring.tools.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * How long a fuzz case took: the CPU time of the fuzzing thread where the JVM measures it, so that a loaded
 * machine or a collection on another thread does not pass for a case that loops; else wall time.
 */
final class CaseClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    /** What {@link #now()} measures, for messages. */
    static final String WHAT = CPU ? "CPU time" : "wall time";

    private CaseClock() {
    }

    /** @return nanoseconds of the current thread's CPU time (or of wall time) */
    static long now() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
