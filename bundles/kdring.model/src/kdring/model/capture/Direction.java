package kdring.model.capture;

/** Which way bytes travelled on a KD session. */
public enum Direction {
    /** From the target (the guest kernel) to the debugger. */
    TARGET_TO_DEBUGGER(0),
    /** From the debugger (WinDbg or kdring's own) to the target. */
    DEBUGGER_TO_TARGET(1);

    private final int code;

    Direction(int code) {
        this.code = code;
    }

    /** @return the value stored in capture records */
    public int code() {
        return code;
    }

    /** @return the capture's name for the KD observer's direction (the two enums mean the same) */
    public static Direction of(kdring.kd.observer.Direction direction) {
        return direction == kdring.kd.observer.Direction.TARGET_TO_DEBUGGER ? TARGET_TO_DEBUGGER : DEBUGGER_TO_TARGET;
    }

    /** @return the direction stored as {@code code}, or null when the code is unknown */
    public static Direction ofCode(int code) {
        for (Direction d : values()) {
            if (d.code == code) {
                return d;
            }
        }
        return null;
    }
}
