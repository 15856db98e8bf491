package kdring.session;

/**
 * What a channel session did to spare the CPU of a VM whose target waits in the debugger (pausing it while
 * idle, resuming it before the debugger's next bytes). An immutable snapshot.
 *
 * @param offered          whether the VM can be paused at all (launched by kdring, or attached with pausing
 *                         allowed)
 * @param paused           whether kdring holds the VM paused right now
 * @param pauses           how many times it paused the VM
 * @param resumes          how many times it resumed it
 * @param checks           how many times it looked whether the VM could be paused (every 50 ms)
 * @param lastResumeMicros how long the last resume took (the hypervisor's round trip), in µs; 0 before the
 *                         first
 * @param lastPauseNanos   {@link System#nanoTime()} when it last paused the VM; 0 before the first
 */
public record PauseStats(boolean offered, boolean paused, long pauses, long resumes, long checks,
        long lastResumeMicros, long lastPauseNanos) {

    /** For a VM that cannot be paused. */
    public static final PauseStats NOT_OFFERED = new PauseStats(false, false, 0, 0, 0, 0, 0);
}
