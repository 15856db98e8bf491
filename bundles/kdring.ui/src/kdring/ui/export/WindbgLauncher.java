package kdring.ui.export;

import java.util.ArrayList;
import java.util.List;

import kdring.ui.session.ChannelInfo;

/**
 * The {@code .cmd} file that starts WinDbg on a channel, for Save WinDbg .cmd: the same launcher the
 * model's WinDbg export writes, made from the channel's live command line. Windows line ends. Stateless.
 */
public final class WindbgLauncher {

    private WindbgLauncher() {
    }

    /** @return the launcher's text for {@code info} */
    public static String cmd(ChannelInfo info) {
        List<String> lines = new ArrayList<>();
        lines.add("@echo off");
        lines.add("rem kdring: attach WinDbg to channel " + info.key());
        String command = info.windbgCommand();
        if (command.startsWith("windbg ")) {
            lines.add("start \"kdring " + info.vm() + "\" " + command.replaceFirst("^windbg", "windbg.exe"));
        } else {
            lines.add("echo kdring serves no WinDbg endpoint for " + info.key() + ".");
            lines.add("echo Attach with the command line the Channels view shows once the channel has an endpoint.");
            lines.add("exit /b 1");
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    /** @return a file name for {@code info}'s launcher, e.g. {@code windbg-demo-ring.cmd} */
    public static String fileName(ChannelInfo info) {
        return "windbg-" + info.vm().replaceAll("[^A-Za-z0-9._-]", "_") + ".cmd";
    }
}
