package kdring.transport;

/**
 * Where a kdring channel is in its life. The allowed moves between states are enforced in one place,
 * {@link ChannelLifecycle}.
 */
public enum ChannelState {
    /** No guest has said hello yet, or the last channel ended normally; the host listens for a hello. */
    WAITING,
    /** A guest said hello and its descriptor page checked out; bytes flow through the rings. */
    OPEN,
    /** The guest said goodbye or its VM went away; nothing flows until the next hello. */
    CLOSED,
    /** The guest broke the channel contract (bad index, length or page frame); see the reason. */
    FAULTED;

    /** @return whether bytes may flow through the rings in this state */
    public boolean carriesData() {
        return this == OPEN;
    }
}
