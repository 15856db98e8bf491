package kdring.model.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kdring.model.persist.PrivateFiles;
import kdring.model.session.Channel;
import kdring.model.session.Module;

/**
 * The files that connect WinDbg to a channel and show what the session knew: {@code connect.txt},
 * {@code windbg-CHANNEL.cmd} and {@code modules.txt}. Windows line ends, as WinDbg users open them on
 * Windows. Stateless.
 */
final class WindbgFiles {

    private WindbgFiles() {
    }

    static void write(Path out, Channel channel, WindbgEndpoint endpoint) throws IOException {
        String name = channel.getName() == null || channel.getName().isEmpty() ? "channel" : channel.getName();
        List<String> connect = new ArrayList<>();
        connect.add("kdring: connecting WinDbg to channel " + name
                + (channel.getVmName() != null && !channel.getVmName().isEmpty() ? " (VM " + channel.getVmName() + ")" : ""));
        connect.add("");
        String tcp = endpoint.tcpCommand();
        String pipe = endpoint.pipeCommand();
        if (tcp != null) {
            connect.add("TCP:");
            connect.add("  " + tcp);
            connect.add("  " + tcp.replaceFirst("^windbg", "kd"));
        }
        if (pipe != null) {
            connect.add("Named pipe:");
            connect.add("  " + pipe);
            connect.add("  " + pipe.replaceFirst("^windbg", "kd"));
        }
        if (tcp == null && pipe == null) {
            connect.add("The capture does not say which port or pipe kdring served this channel on.");
            connect.add("Ask ./kdring (or the workbench) for the channel's endpoint, or export again with");
            connect.add("--port N or --pipe NAME. The command then has the form:");
            connect.add("  windbg -k com:ipport=PORT,port=127.0.0.1");
        }
        PrivateFiles.writeString(out.resolve("connect.txt"), crlf(connect), StandardCharsets.UTF_8);

        // The .cmd runs in cmd.exe, where & | < > ^ % " and line ends are syntax: nothing from the capture
        // (a guest or an operator named it) reaches it unless it is made of harmless characters only.
        List<String> cmd = new ArrayList<>();
        String title = safe(name);
        cmd.add("@echo off");
        cmd.add("rem kdring: attach WinDbg to channel " + title);
        String launch = tcp != null && endpoint.host().matches(HOST) ? tcp
                : pipe != null && endpoint.pipeName().matches(PIPE) ? pipe : null;
        if (launch != null) {
            cmd.add("start \"kdring " + title + "\" " + launch.replaceFirst("^windbg", "windbg.exe"));
        } else if (tcp != null || pipe != null) {
            cmd.add("echo The endpoint of channel " + title + " has characters a command line cannot carry safely;"
                    + " see connect.txt.");
            cmd.add("exit /b 1");
        } else {
            cmd.add("echo The endpoint of channel " + title + " is not known; see connect.txt.");
            cmd.add("exit /b 1");
        }
        PrivateFiles.writeString(out.resolve("windbg-" + safe(name) + ".cmd"), crlf(cmd), StandardCharsets.UTF_8);

        List<String> modules = new ArrayList<>();
        modules.add(String.format("%-18s %-18s %-24s %s", "start", "end", "module name", "path"));
        for (Module module : channel.getModules()) {
            long end = module.getBase() + Integer.toUnsignedLong(module.getSize());
            modules.add(String.format("%016x   %016x   %-24s %s%s", module.getBase(), end, module.getName(),
                    module.getPath(), module.getUnloadTime() != 0 ? "   (unloaded)" : ""));
        }
        PrivateFiles.writeString(out.resolve("modules.txt"), crlf(modules), StandardCharsets.UTF_8);
    }

    /** A host name or an IPv4/IPv6 address, nothing cmd.exe would interpret. */
    private static final String HOST = "[A-Za-z0-9.:-]{1,253}";
    /** A pipe name made of characters cmd.exe leaves alone. */
    private static final String PIPE = "[A-Za-z0-9._-]{1,200}";

    /** A file-name-safe (and cmd.exe-safe) form of a channel name. */
    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String crlf(List<String> lines) {
        return String.join("\r\n", lines) + "\r\n";
    }
}
