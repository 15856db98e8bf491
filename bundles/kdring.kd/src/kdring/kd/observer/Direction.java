package kdring.kd.observer;

/** Which way bytes travel in a KD session. */
public enum Direction {
    /** From the target (kernel) to the debugger. */
    TARGET_TO_DEBUGGER,
    /** From the debugger to the target. */
    DEBUGGER_TO_TARGET;

    /** A short label: {@code T->D} or {@code D->T}. */
    public String arrow() {
        return this == TARGET_TO_DEBUGGER ? "T->D" : "D->T";
    }
}
