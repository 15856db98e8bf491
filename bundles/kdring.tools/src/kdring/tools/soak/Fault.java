package kdring.tools.soak;

/** The kinds of fault the soak's injector applies, one at a time, in a random order. */
public enum Fault {
    /** A debugger resets the line, starts a data packet and disconnects in the middle of it. */
    MID_PACKET_DISCONNECT("mid-packet disconnects"),
    /** A debugger says RESET and leaves, and another connects at once. */
    RECONNECT("quick reconnects"),
    /** A peer writes bytes that are not KDCOM; it must be closed with a reason, nothing it sent reaching the guest. */
    GARBAGE("garbage peers"),
    /** A browser-like HTTP request to the WinDbg port. */
    HTTP("HTTP requests"),
    /** A debugger breaks in over a line that hands it a few bytes at a time. */
    SLOW_READER("slow readers"),
    /** While a debugger that never reads holds the endpoint, a second one connects and must be refused. */
    SECOND_DEBUGGER("refused second debuggers"),
    /** QMP {@code system_reset} of the guest, with or without a debugger attached. */
    GUEST_RESET("guest resets"),
    /** A full debugger session (break in, modules, continue) over a line that corrupts one byte in N. */
    NOISY_LINE("sessions on a noisy line"),
    /** A debugger breaks in and vanishes mid-reply; the guest's bytes per second are then measured (storm). */
    VANISH_MID_REPLY("vanishings mid-reply");

    private final String plural;

    Fault(String plural) {
        this.plural = plural;
    }

    /** @return how the report counts it, e.g. "guest resets" */
    public String plural() {
        return plural;
    }
}
