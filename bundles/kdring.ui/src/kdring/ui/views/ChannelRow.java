package kdring.ui.views;

import java.util.Objects;

import kdring.model.session.ChannelState;

/**
 * What the Channels view shows for one channel; an immutable snapshot made off the UI thread.
 *
 * @param host the kdring host that owns the channel ("local" for this process)
 * @param vm the VM's name
 * @param state the channel state
 * @param reason why it is in that state
 * @param transport "ring" or "uart"
 * @param windbgCommand the command line that attaches WinDbg, or "" when no endpoint is served
 * @param bytesPerSecond recent throughput, both directions together
 */
public record ChannelRow(String host, String vm, ChannelState state, String reason, String transport,
        String windbgCommand, double bytesPerSecond) {
    public ChannelRow {
        Objects.requireNonNull(host);
        Objects.requireNonNull(vm);
        Objects.requireNonNull(state);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(transport);
        Objects.requireNonNull(windbgCommand);
    }
}
