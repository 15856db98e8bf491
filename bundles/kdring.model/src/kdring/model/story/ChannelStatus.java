package kdring.model.story;

import java.util.Locale;
import java.util.Objects;

import kdring.model.session.ChannelState;
import kdring.model.session.Transport;

/**
 * Where a channel is now: live state, refreshed on every change (never frozen when a view or a remote
 * client connected). Immutable.
 *
 * @param state     the channel's state ({@link ChannelState#OFFLINE} for a reopened capture)
 * @param reason    why it is in that state, for people
 * @param transport what carries the KD bytes now: the rings while the channel is OPEN, else the serial port
 */
public record ChannelStatus(ChannelState state, String reason, Transport transport) {

    public ChannelStatus {
        Objects.requireNonNull(state);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(transport);
    }

    /** A channel that waits for the guest's hello; bytes, if any, use the serial port. */
    public static ChannelStatus waiting(String reason) {
        return new ChannelStatus(ChannelState.WAITING, reason, Transport.SERIAL);
    }

    /**
     * The status of a live channel in transport state {@code stateName} (a {@code kdring.transport.ChannelState}
     * name): the rings carry the bytes exactly while it is OPEN.
     */
    public static ChannelStatus live(String stateName, String reason) {
        ChannelState state = ChannelState.getByName(stateName.toUpperCase(Locale.ROOT));
        if (state == null) {
            throw new IllegalArgumentException("unknown channel state " + stateName);
        }
        return new ChannelStatus(state, reason, state == ChannelState.OPEN ? Transport.RING : Transport.SERIAL);
    }

    /** @return the transport's name in the API and the views: "ring", "uart" or "unknown" */
    public String transportName() {
        return switch (transport) {
            case RING -> "ring";
            case SERIAL -> "uart";
            default -> "unknown";
        };
    }

    /** @return the state's name in the API and the views, lower case */
    public String stateName() {
        return state.getName().toLowerCase(Locale.ROOT);
    }
}
