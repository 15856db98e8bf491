package kdring.server.api;

import java.util.List;

/** The kinds of channel events the API reports and filters on. */
public final class EventKinds {
    public static final String BREAK_IN = "breakin";
    public static final String PRINT = "print";
    public static final String FAULT = "fault";
    public static final String RESET = "reset";
    public static final String CONNECT = "connect";
    public static final String DISCONNECT = "disconnect";
    public static final String MODULE = "module";
    public static final String STATE = "state";

    public static final List<String> ALL = List.of(BREAK_IN, PRINT, FAULT, RESET, CONNECT, DISCONNECT, MODULE, STATE);

    private EventKinds() {
    }
}
