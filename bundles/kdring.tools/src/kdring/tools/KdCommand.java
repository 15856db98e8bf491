package kdring.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import kdring.kd.endpoint.KdException;
import kdring.session.ChannelSession;
import kdring.session.Hypervisors;
import kdring.session.KdConsole;
import kdring.transport.vm.Hypervisor;
import kdring.transport.vm.VmConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kdring kd}: kdring's own kd> console on a VM, without WinDbg: breaks in, runs the commands given with
 * {@code -c} (or read from standard input, one per line, until {@code q} or the end), then clears the
 * breakpoints it set and lets the VM run again.
 */
@Command(name = "kd", customSynopsis = "kdring kd [--vm demo | --attach PORTSOCK,SERIALSOCK,MEMFILE] [-c \"CMD; CMD...\"]",
        description = { "Break into a VM and run kd> commands on it with kdring's own debugger (no WinDbg): "
                + "r, db/dd/dq, u, bp/bl/bc/be/bd, g [addr], t, p, k, lm; 'q' ends. The "
                + "breakpoints are cleared and the VM runs again when it ends." },
        footer = "Exit codes: 0 every command ran; 1 the VM would not stop or a command failed (the VM runs again "
                + "either way); 2 bad arguments.")
final class KdCommand extends ToolCommand {

    static final Duration WAIT = Duration.ofSeconds(90);

    @Option(names = "--vm", paramLabel = "demo", description = "Boot the demo VM (the reference guest).")
    String vm;

    @Option(names = "--attach", paramLabel = "PORTSOCK,SERIALSOCK,MEMFILE",
            description = "A QEMU VM you started: its handshake socket, serial socket and RAM file.")
    String attach;

    @Option(names = "-c", paramLabel = "COMMANDS", description = "Commands separated by ';' instead of standard input.")
    String commands;

    @Override
    public Integer call() {
        if (vm != null && attach != null) {
            throw badInput("give --vm demo or --attach, not both");
        }
        if (vm != null && !vm.equals("demo")) {
            throw badInput("--vm takes demo, not '" + vm + "'");
        }
        if (attach != null && attach.split(",", -1).length != 3) {
            throw badInput("--attach takes PORTSOCK,SERIALSOCK,MEMFILE (an empty field for a missing socket)");
        }
        try (WorkFolder folder = WorkFolder.create("kdring-kd-");
                ChannelSession session = ChannelSession.open(open(folder.path()), new ChannelSession.Options(-1,
                        folder.path().resolve("recording"), folder.path().resolve("captures")))) {
            return console(session);
        } catch (IOException | RuntimeException e) {
            return fail(Main.FAILED, e.getMessage());
        }
    }

    private VmConnection open(Path work) throws IOException {
        if (attach == null) {
            out().println("kd: booting the demo VM (reference guest, ring transport)");
            return Hypervisors.demo().launchDemo(Hypervisor.DemoRequest.of("kd", "ring"), work);
        }
        String[] parts = attach.split(",", -1);
        Map<String, String> settings = new LinkedHashMap<>();
        if (!parts[2].isBlank()) {
            settings.put("memory", parts[2]);
        }
        if (!parts[0].isBlank()) {
            settings.put("port-socket", parts[0]);
        }
        if (!parts[1].isBlank()) {
            settings.put("serial-socket", parts[1]);
        }
        return Hypervisors.find("qemu").attach("kd", settings);
    }

    private int console(ChannelSession session) throws IOException {
        try {
            session.debugger().breakIn(WAIT);
        } catch (KdException | TimeoutException e) {
            return fail(Main.FAILED, "the VM did not stop: " + e.getMessage());
        }
        KdConsole kd = new KdConsole(session.debugger(), WAIT);
        int code = 0;
        try {
            List<String> given = new ArrayList<>();
            BufferedReader in = null;
            if (commands != null) {
                for (String c : commands.split(";")) {
                    given.add(c.strip());
                }
            } else {
                in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            int next = 0;
            while (true) {
                out().print("kd> ");
                out().flush();
                String line = in != null ? in.readLine() : next < given.size() ? given.get(next++) : null;
                if (line == null || line.strip().equals("q")) {
                    out().println(line == null ? "" : "q");
                    break;
                }
                if (in == null) {
                    out().println(line);
                }
                try {
                    String shown = kd.execute(line);
                    if (!shown.isEmpty()) {
                        out().println(shown);
                    }
                } catch (KdConsole.CommandException | KdException | TimeoutException e) {
                    out().println("error: " + e.getMessage());
                    code = Main.FAILED;
                }
            }
        } finally {
            leave(session, kd);
        }
        return code;
    }

    /** Clears the breakpoints (a guest must not trap on them with no debugger) and lets the VM run. */
    private void leave(ChannelSession session, KdConsole kd) {
        try {
            if (session.debugger().targetStopped()) {
                kd.execute("bc *");
                session.debugger().go(WAIT);
            }
            out().println("kd: the VM runs again");
        } catch (IOException | KdException | KdConsole.CommandException | TimeoutException e) {
            err().println("kd: could not clear the breakpoints or let the VM run again: " + e.getMessage());
        }
    }
}
