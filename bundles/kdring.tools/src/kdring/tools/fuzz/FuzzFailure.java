package kdring.tools.fuzz;

/**
 * The first case of a fuzz run that broke a rule: which fuzzer, which case (replay it alone with the same
 * seed and {@code --first CASE}), what went wrong and, for an unexpected exception, its stack.
 *
 * @param fuzzer "kd" or "ring"
 * @param seed   the run's seed
 * @param index  the case number
 * @param problem what broke
 */
public record FuzzFailure(String fuzzer, long seed, long index, String problem) {
    @Override
    public String toString() {
        return fuzzer + " case " + index + " of seed " + seed + ": " + problem;
    }

    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.toString());
        StackTraceElement[] stack = e.getStackTrace();
        for (int i = 0; i < Math.min(8, stack.length); i++) {
            text.append("\n    at ").append(stack[i]);
        }
        return text.toString();
    }
}
