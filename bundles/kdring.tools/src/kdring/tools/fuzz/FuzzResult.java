package kdring.tools.fuzz;

import java.util.Map;

/**
 * What one fuzzer did: how many cases, how long, the slowest case, counts by outcome, and the first failure
 * (null when none).
 *
 * @param fuzzer      "kd" (mutated KDCOM streams) or "ring" (descriptor and ring states)
 * @param cases       cases run
 * @param nanos       wall time of the run
 * @param slowestNanos the slowest single case
 * @param slowestClock what the slowest case was measured in: "CPU time" or "wall time"
 * @param outcomes    counts by outcome (e.g. packets framed, bad packets, faults by code)
 * @param failure     the first failing case, or null
 */
public record FuzzResult(String fuzzer, long cases, long nanos, long slowestNanos, String slowestClock,
        Map<String, Long> outcomes,
        FuzzFailure failure) {

    public FuzzResult {
        outcomes = Map.copyOf(outcomes);
    }

    /** @return cases per second */
    public double rate() {
        return nanos == 0 ? 0 : cases * 1e9 / nanos;
    }
}
