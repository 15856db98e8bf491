package kdring.kd.endpoint;

import java.util.Objects;

import kdring.kd.packet.DataPacket;

/**
 * The target reported a new state change while a request of ours was in flight: it restarted (rebooted, or
 * gave up on us and stopped again) and no longer serves that request. The endpoint has already taken the
 * new sequence (the state change carries the sync id), so the session goes on from {@link #stateChange()}.
 */
public class KdTargetRestartedException extends KdException {

    private static final long serialVersionUID = 1L;

    private final transient DataPacket stateChange;

    /** While {@code doing} (e.g. "reading 136 bytes of virtual memory at …"), {@code stateChange} arrived. */
    public KdTargetRestartedException(String doing, DataPacket stateChange) {
        super("target restarted (new state change) while " + doing);
        this.stateChange = Objects.requireNonNull(stateChange, "stateChange");
    }

    /** The state change packet that reported the restart. */
    public DataPacket stateChange() {
        return stateChange;
    }
}
