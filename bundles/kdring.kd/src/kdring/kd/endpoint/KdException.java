package kdring.kd.endpoint;

/**
 * A KD operation failed: the peer did not answer in time, the channel closed, or a request was refused.
 * The message says what was attempted and what happened, in words a user can act on.
 */
public class KdException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public KdException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public KdException(String message, Throwable cause) {
        super(message, cause);
    }
}
