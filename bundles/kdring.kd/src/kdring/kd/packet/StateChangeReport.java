package kdring.kd.packet;

/**
 * The union of a state change, decoded by NewState: {@link ExceptionReport}, {@link LoadSymbolsReport},
 * {@link CommandStringReport}, or {@link Unknown}.
 */
public sealed interface StateChangeReport
        permits ExceptionReport, LoadSymbolsReport, CommandStringReport, StateChangeReport.Unknown {

    /** The NewState value that selects this member. */
    int newState();

    /** Writes the union at 0x20 and any extra data at 0xF0 into a state change being built. */
    void writeTo(BodyWriter writer);

    /**
     * A NewState this codec does not know; the union stays raw in {@link StateChange#raw()}.
     *
     * @param newState the NewState value
     */
    record Unknown(int newState) implements StateChangeReport {
        @Override
        public void writeTo(BodyWriter writer) {
            // nothing is known about the union
        }
    }
}
