package kdring.transport.ring;

/**
 * The guest wrote something into shared memory that breaks the channel contract. The message is
 * written for the user who sees the channel go FAULTED: it names the ring, the field and the values.
 */
public final class RingViolation extends Exception {
    private static final long serialVersionUID = 1L;

    public RingViolation(String message) {
        super(message);
    }
}
