package kdring.ui.trace;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import kdring.kd.observer.Direction;

/** How the trace shows times and directions. Stateless; thread-safe. */
public final class TraceFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private TraceFormat() {
    }

    /** Wall-clock time of day with microseconds, from nanoseconds since the Unix epoch. */
    public static String time(long epochNanos) {
        return TIME.format(Instant.ofEpochSecond(0, epochNanos));
    }

    /** "T→D" or "D→T". */
    public static String direction(Direction direction) {
        return direction == Direction.TARGET_TO_DEBUGGER ? "T\u2192D" : "D\u2192T";
    }
}
