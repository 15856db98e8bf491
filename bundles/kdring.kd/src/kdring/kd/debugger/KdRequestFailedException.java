package kdring.kd.debugger;

import kdring.kd.endpoint.KdException;
import kdring.kd.packet.NtStatus;

/** The target answered a request with a failure status (e.g. memory not readable). */
public class KdRequestFailedException extends KdException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /** {@code what} failed with NTSTATUS {@code status}. */
    public KdRequestFailedException(String what, int status) {
        super(what + " failed: " + NtStatus.describe(status));
        this.status = status;
    }

    /** A failure with NTSTATUS {@code status} described by {@code message} as it stands. */
    protected KdRequestFailedException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The NTSTATUS the target returned. */
    public int status() {
        return status;
    }
}
