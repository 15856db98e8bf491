package kdring.ui.views;

import java.util.Objects;

import kdring.ui.session.TargetState;
import kdring.ui.session.WorkbenchChannel;

/**
 * What the Channels view shows for one channel; an immutable snapshot of in-memory values.
 *
 * @param host the kdring host that owns the channel ("local" for this process, "capture" for a reopened one)
 * @param vm the VM's name
 * @param kind live local, remote, or an offline capture
 * @param target what the target does: running, stopped at an address, waiting, faulted, closed, offline
 * @param reason why the channel is in its state
 * @param transport "ring" or "uart"
 * @param windbgCommand the command line that attaches WinDbg, or "" when no endpoint is served
 * @param bytesPerSecond recent throughput, both directions together (not shown for an offline capture)
 * @param capture the running capture in words ("file, size, duration"), or "" when none runs
 */
public record ChannelRow(String host, String vm, WorkbenchChannel.Kind kind, TargetState target, String reason,
        String transport, String windbgCommand, double bytesPerSecond, String capture) {
    public ChannelRow {
        Objects.requireNonNull(host);
        Objects.requireNonNull(vm);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(target);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(transport);
        Objects.requireNonNull(windbgCommand);
        Objects.requireNonNull(capture);
    }

    /** @return whether this row is a capture reopened offline (no live command, no live rate) */
    public boolean offline() {
        return kind == WorkbenchChannel.Kind.OFFLINE;
    }
}
