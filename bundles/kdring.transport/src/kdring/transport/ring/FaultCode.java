package kdring.transport.ring;

/**
 * Why the host stopped servicing a channel (docs/channel-protocol.md §7.4). The code is stored in the
 * descriptor's host fault code word; the text is what the user reads, followed by the offending values.
 */
public enum FaultCode {
    TX_PRODUCER_OUT_OF_RANGE(1, "tx producer index out of range"),
    RX_CONSUMER_OUT_OF_RANGE(2, "rx consumer index out of range"),
    RX_CONSUMER_BACKWARDS(3, "rx consumer index moved backwards"),
    BAD_DESCRIPTOR_HEADER(4, "bad descriptor header"),
    BAD_RING_SIZE(5, "bad ring size"),
    BAD_PAGE_FRAME(6, "bad page frame number"),
    BAD_INITIAL_INDICES(7, "bad initial indices"),
    DESCRIPTOR_OUTSIDE_RAM(8, "descriptor outside guest RAM");

    private final int code;
    private final String text;

    FaultCode(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** @return the number stored in the descriptor */
    public int code() {
        return code;
    }

    /** @return the reason text of the contract */
    public String text() {
        return text;
    }
}
