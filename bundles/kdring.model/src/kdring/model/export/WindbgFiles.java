package kdring.model.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        Files.writeString(out.resolve("connect.txt"), crlf(connect), StandardCharsets.UTF_8);

        List<String> cmd = new ArrayList<>();
        cmd.add("@echo off");
        cmd.add("rem kdring: attach WinDbg to channel " + name);
        if (tcp != null) {
            cmd.add("start \"kdring " + name + "\" " + tcp.replaceFirst("^windbg", "windbg.exe"));
        } else if (pipe != null) {
            cmd.add("start \"kdring " + name + "\" " + pipe.replaceFirst("^windbg", "windbg.exe"));
        } else {
            cmd.add("echo The endpoint of channel " + name + " is not known; see connect.txt.");
            cmd.add("exit /b 1");
        }
        Files.writeString(out.resolve("windbg-" + safe(name) + ".cmd"), crlf(cmd), StandardCharsets.UTF_8);

        List<String> modules = new ArrayList<>();
        modules.add(String.format("%-18s %-18s %-24s %s", "start", "end", "module name", "path"));
        for (Module module : channel.getModules()) {
            long end = module.getBase() + Integer.toUnsignedLong(module.getSize());
            modules.add(String.format("%016x   %016x   %-24s %s%s", module.getBase(), end, module.getName(),
                    module.getPath(), module.getUnloadTime() != 0 ? "   (unloaded)" : ""));
        }
        Files.writeString(out.resolve("modules.txt"), crlf(modules), StandardCharsets.UTF_8);
    }

    /** A file-name-safe form of a channel name. */
    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String crlf(List<String> lines) {
        return String.join("\r\n", lines) + "\r\n";
    }
}
