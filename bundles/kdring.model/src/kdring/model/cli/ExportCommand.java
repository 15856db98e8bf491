package kdring.model.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kdring.model.export.Exports;
import kdring.model.export.WindbgEndpoint;

/**
 * {@code kdring export}: writes a capture out for other tools. Plain Java (EMF runs standalone); no OSGi.
 *
 * <pre>
 * export CAPTURE --to pcapng|json|csv|windbg OUT [--host HOST] [--port N] [--pipe NAME]
 *   pcapng  OUT is a file: one packet per KD packet, for Wireshark/tshark (tools/wireshark/kdcom.lua decodes)
 *   json    OUT is a file: channel, counters, events, modules, throughput
 *   csv     OUT is a folder: events.csv, modules.csv, throughput.csv
 *   windbg  OUT is a folder: connect.txt, windbg-CHANNEL.cmd, modules.txt, dbgprint.log
 * </pre>
 *
 * Exit status: 0 done (a damaged capture is exported up to the damage, with a warning); 1 the output
 * could not be written; 2 bad input (usage, missing or unreadable capture).
 */
public final class ExportCommand {

    /** Exit status for bad input. */
    public static final int BAD_INPUT = 2;

    private static final String USAGE = """
            usage: export CAPTURE --to pcapng|json|csv|windbg OUT [--host HOST] [--port N] [--pipe NAME]
              pcapng  OUT is a file (open it with Wireshark or tshark; tools/wireshark/kdcom.lua decodes KD)
              json    OUT is a file: channel, counters, events, modules, throughput samples
              csv     OUT is a folder: events.csv, modules.csv, throughput.csv
              windbg  OUT is a folder: connect.txt, windbg-CHANNEL.cmd, modules.txt, dbgprint.log
                      --host/--port/--pipe say where WinDbg reaches the channel when the session
                      metadata (CAPTURE with .kdsession) does not""";

    private ExportCommand() {
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command.
     *
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        String format = null;
        String host = "";
        int port = 0;
        String pipe = "";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            try {
                switch (arg) {
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    case "--to" -> format = value(args, ++i, arg);
                    case "--host" -> host = value(args, ++i, arg);
                    case "--pipe" -> pipe = value(args, ++i, arg);
                    case "--port" -> {
                        String text = value(args, ++i, arg);
                        try {
                            port = Integer.parseInt(text);
                        } catch (NumberFormatException e) {
                            port = -1;
                        }
                        if (port < 1 || port > 65535) {
                            throw new IllegalArgumentException("--port needs a TCP port 1..65535, not '" + text + "'");
                        }
                    }
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        positional.add(arg);
                    }
                }
            } catch (IllegalArgumentException e) {
                return bad(err, e.getMessage());
            }
        }
        if (!positional.isEmpty() && positional.get(0).equals("export")) {
            positional.remove(0);
        }
        if (format == null) {
            return bad(err, "say which format with --to pcapng|json|csv|windbg");
        }
        if (positional.size() != 2) {
            return bad(err, "need CAPTURE and OUT, got " + positional.size() + " argument(s)");
        }
        Path capture = Path.of(positional.get(0));
        Path target = Path.of(positional.get(1));
        if (!Files.isRegularFile(capture)) {
            return bad(err, "no capture file at " + capture);
        }
        try {
            Exports.Result result = switch (format) {
                case "pcapng" -> Exports.pcapng(capture, target);
                case "json" -> Exports.json(capture, target);
                case "csv" -> Exports.csv(capture, target);
                case "windbg" -> Exports.windbg(capture, target, new WindbgEndpoint(host, port, pipe));
                default -> null;
            };
            if (result == null) {
                return bad(err, "unknown format '" + format + "'; use pcapng, json, csv or windbg");
            }
            result.damage().ifPresent(d -> err.println("export: warning: " + d
                    + "; exported everything before it"));
            String events = format.equals("windbg") ? " debug prints" : " events";
            out.println("export: wrote " + target + " (" + format + ", " + result.packets() + " packets"
                    + (result.events() > 0 ? ", " + result.events() + events : "") + ")");
            return 0;
        } catch (NoSuchFileException e) {
            return bad(err, "cannot read " + e.getFile());
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("not a kdring capture")
                    || String.valueOf(e.getMessage()).contains("capture format version")
                    || String.valueOf(e.getMessage()).contains("kdring session")) {
                return bad(err, e.getMessage());
            }
            err.println("export: failed: " + e.getMessage());
            return 1;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int bad(PrintStream err, String message) {
        err.println("export: " + message);
        err.println(USAGE);
        return BAD_INPUT;
    }
}
