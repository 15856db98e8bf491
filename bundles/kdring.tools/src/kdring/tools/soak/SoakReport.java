package kdring.tools.soak;

import java.util.List;
import java.util.Map;

/**
 * What one soak run on one transport found. Immutable.
 *
 * @param transport        "ring" or "uart"
 * @param accelerator      how the VM ran ("tcg", "kvm")
 * @param seed             the random seed (the same seed injects the same faults in the same order)
 * @param faultSeconds     how long faults were injected
 * @param faults           faults injected, per kind
 * @param bytesChecked     debugger bytes found delivered to the guest in order
 * @param bytesUnchecked   debugger bytes left out of the check because a write failed part way
 * @param bytesCorrupted   line bytes the noisy line corrupted
 * @param sessionsFailed   debugger sessions of the injector that failed (expected on a noisy or slow line)
 * @param heartbeats       heartbeats the channel thread answered
 * @param heartbeatsSlow   heartbeats answered later than the limit, process-wide pauses within them left out
 * @param worstHeartbeatMs the slowest answer
 * @param worstNetHeartbeatMs the slowest answer less the process-wide pauses (scheduler, collections) within it:
 *                         what the limit applies to
 * @param worstHeartbeatDuring during which fault the slowest net answer came
 * @param pausedMs         process-wide pauses seen by a thread sleeping 1 ms at a time, in all
 * @param lateHeartbeats   the late ones by why: busy, blocked (both break the invariant), in the selector, starved
 * @param heartbeatLimitMs the limit
 * @param worstStormBytesPerSecond the highest guest rate measured 5 s after a debugger vanished mid-reply
 * @param threadsBefore    JVM threads once the channel was open
 * @param threadsMax       most JVM threads seen during the faults
 * @param heapBeforeMiB    heap in use after a collection, once the channel was open
 * @param heapMaxMiB       most heap in use after a collection during the faults
 * @param finalCheckMs     break-in + module list + verified read after the faults, or -1 when it failed
 * @param finalReadBytes   how many bytes the final read verified
 * @param modules          modules the final walk listed
 * @param violations       invariants broken, each "name: detail"; empty when the soak passed
 */
public record SoakReport(String transport, String accelerator, long seed, double faultSeconds,
        Map<Fault, Integer> faults, long bytesChecked, long bytesUnchecked, long bytesCorrupted, int sessionsFailed,
        long heartbeats, long heartbeatsSlow, double worstHeartbeatMs, double worstNetHeartbeatMs,
        String worstHeartbeatDuring, long pausedMs, String lateHeartbeats, long heartbeatLimitMs,
        long worstStormBytesPerSecond, int threadsBefore, int threadsMax, long heapBeforeMiB, long heapMaxMiB,
        long finalCheckMs, int finalReadBytes, int modules, List<String> violations) {

    public SoakReport {
        faults = Map.copyOf(faults);
        violations = List.copyOf(violations);
    }

    /** @return all faults injected */
    public int faultsInjected() {
        return faults.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return whether every invariant held */
    public boolean passed() {
        return violations.isEmpty();
    }
}
