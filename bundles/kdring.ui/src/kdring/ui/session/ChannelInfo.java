package kdring.ui.session;

import java.util.Objects;

/**
 * What identifies a channel in the workbench. Immutable.
 *
 * @param host          the kdring host that owns the channel ("local" for this process)
 * @param vm            the VM's name
 * @param transport     "ring" or "uart"
 * @param windbgCommand the command line that attaches WinDbg, or "" when no endpoint is served
 */
public record ChannelInfo(String host, String vm, String transport, String windbgCommand) {
    public ChannelInfo {
        Objects.requireNonNull(host);
        Objects.requireNonNull(vm);
        Objects.requireNonNull(transport);
        Objects.requireNonNull(windbgCommand);
    }

    /** @return "host/vm", unique among the workbench's sessions */
    public String key() {
        return host + "/" + vm;
    }
}
