package kdring.tools;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Warms a code path up until this JVM's JIT compilers have gone quiet, or waits for them to, so that a timed
 * phase of the bench measures the bridge in its steady state rather than the compilers at work. On a 2-core machine a C2
 * compiler thread working off a queue takes most of one core for up to a second after a new code path got hot;
 * a debugging session, which runs for hours, pays that once.
 */
public final class JitSettle {

    /** No compilation time added for this long counts as quiet. */
    public static final Duration QUIET = Duration.ofMillis(300);
    /** Never waits longer than this: the phase then runs, and the wait is reported as it was. */
    public static final Duration MAX = Duration.ofSeconds(15);

    private JitSettle() {
    }

    /** One batch of warm-up work. */
    public interface Batch {
        void run() throws Exception;
    }

    /**
     * Runs {@code batch} again and again until batches covering {@link #QUIET} or more ran without any compilation
     * finishing meanwhile, at most {@link #MAX}: the compilers start on a method only once it is hot, so a
     * timed phase started right after a short warm-up meets them still at work. Waiting alone is not enough.
     *
     * @return how long it ran, in ms (NaN when this JVM does not report compilation time: it ran once)
     */
    public static double warmUp(Batch batch) throws Exception {
        CompilationMXBean jit = compilationClock();
        if (jit == null) {
            batch.run();
            return Double.NaN;
        }
        return untilQuiet(jit, batch::run);
    }

    /**
     * Waits until no compilation time was added for {@link #QUIET}, at most {@link #MAX}.
     *
     * @return how long it waited, in ms (NaN when this JVM does not report compilation time)
     */
    public static double await() throws InterruptedException {
        CompilationMXBean jit = compilationClock();
        return jit == null ? Double.NaN : untilQuiet(jit, () -> Thread.sleep(20));
    }

    /** @return the JIT's compilation-time counter, or null where this JVM does not keep one */
    private static CompilationMXBean compilationClock() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit : null;
    }

    /** One step between two looks at the compilation time. */
    private interface Step<E extends Exception> {
        void run() throws E;
    }

    /** Runs {@code step} until it ran {@link #QUIET} with no compilation finishing, at most {@link #MAX}; @return ms */
    private static <E extends Exception> double untilQuiet(CompilationMXBean jit, Step<E> step) throws E {
        long start = System.nanoTime();
        long deadline = start + MAX.toNanos();
        long quietSince = start;
        long total = jit.getTotalCompilationTime();
        do {
            step.run();
            long now = jit.getTotalCompilationTime();
            if (now != total) {
                total = now;
                quietSince = System.nanoTime();
            }
        } while (System.nanoTime() - quietSince < QUIET.toNanos() && System.nanoTime() - deadline < 0);
        return TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start) / 1e3;
    }
}
