package kdring.kd.endpoint;

/** The channel closed or failed; no further packets can be exchanged on it. */
public class KdDisconnectedException extends KdException {

    private static final long serialVersionUID = 1L;

    /** A disconnection described by {@code message}. */
    public KdDisconnectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
