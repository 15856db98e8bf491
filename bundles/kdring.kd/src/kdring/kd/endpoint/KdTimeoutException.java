package kdring.kd.endpoint;

/** The peer did not answer within the allowed time or number of retries. */
public class KdTimeoutException extends KdException {

    private static final long serialVersionUID = 1L;

    /** A timeout described by {@code message}. */
    public KdTimeoutException(String message) {
        super(message);
    }
}
