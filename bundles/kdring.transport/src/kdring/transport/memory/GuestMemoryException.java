package kdring.transport.memory;

/** An access to guest memory that was refused: out of range, or the memory is gone. */
public final class GuestMemoryException extends Exception {
    private static final long serialVersionUID = 1L;

    public GuestMemoryException(String message) {
        super(message);
    }

    public GuestMemoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
