package kdring.tools.fuzz;

/** The seed of one fuzz case: a run's seed and the case number, mixed so that neighbouring cases differ. */
final class Mix {

    private Mix() {
    }

    static long of(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
