package kdring.ui.session;

import java.util.Objects;

/**
 * Who a channel is in the workbench: its identity only. What changes — state, reason, transport — is live
 * state in the channel's story ({@link WorkbenchChannel#status()}), never frozen here. Immutable.
 *
 * @param host          the kdring host that owns the channel ("local" for this process, "capture" for a
 *                      reopened capture)
 * @param vm            the VM's name
 * @param windbgCommand the command line that attaches WinDbg, or "" when no endpoint is served
 */
public record ChannelInfo(String host, String vm, String windbgCommand) {
    public ChannelInfo {
        Objects.requireNonNull(host);
        Objects.requireNonNull(vm);
        Objects.requireNonNull(windbgCommand);
    }

    /** @return "host/vm", unique among the workbench's sessions */
    public String key() {
        return host + "/" + vm;
    }
}
