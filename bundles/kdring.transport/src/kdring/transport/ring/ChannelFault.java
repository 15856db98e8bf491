package kdring.transport.ring;

import java.util.Objects;

/**
 * A violation of the channel contract by the guest: the fault code and the offending values. The message
 * reads "fault 6, bad page frame number: tx PFN[1] = 0xffffffffff lies beyond guest RAM (0x4000000 bytes)".
 */
public final class ChannelFault extends Exception {
    private static final long serialVersionUID = 1L;

    private final FaultCode code;
    private final String detail;

    public ChannelFault(FaultCode code, String detail) {
        super("fault " + code.code() + ", " + code.text() + ": " + detail);
        this.code = Objects.requireNonNull(code);
        this.detail = Objects.requireNonNull(detail);
    }

    /** @return which rule was broken */
    public FaultCode code() {
        return code;
    }

    /** @return the offending values, in words */
    public String detail() {
        return detail;
    }
}
