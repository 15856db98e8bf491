package kdring.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import kdring.model.export.Exports;
import kdring.model.export.WindbgEndpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kdring export}: writes a capture out for other tools (EMF runs standalone; no OSGi).
 *
 * <pre>
 * export CAPTURE --to pcapng|json|csv|windbg OUT [--host HOST] [--port N] [--pipe NAME]
 *   pcapng  OUT is a file: one packet per KD packet, for Wireshark/tshark (tools/wireshark/kdcom.lua decodes)
 *   json    OUT is a file: channel, counters, events, modules, throughput
 *   csv     OUT is a folder: events.csv, modules.csv, throughput.csv
 *   windbg  OUT is a folder: connect.txt, windbg-CHANNEL.cmd, modules.txt, dbgprint.log
 * </pre>
 *
 * Exit codes: 0 done (a damaged capture is exported up to the damage, with a warning); 1 the output could
 * not be written; 2 bad input (usage, missing or unreadable capture).
 */
@Command(name = "export", customSynopsis = "kdring export CAPTURE --to pcapng|json|csv|windbg OUT "
        + "[--host HOST] [--port N] [--pipe NAME]",
        description = { "Export a capture: pcapng for Wireshark/tshark, JSON or CSV of its events, modules and "
                + "throughput, or WinDbg command lines and a .cmd launcher.",
            "  pcapng  OUT is a file (open it with Wireshark or tshark; tools/wireshark/kdcom.lua decodes KD)",
            "  json    OUT is a file: channel, counters, events, modules, throughput samples",
            "  csv     OUT is a folder: events.csv, modules.csv, throughput.csv",
            "  windbg  OUT is a folder: connect.txt, windbg-CHANNEL.cmd, modules.txt, dbgprint.log" },
        footer = "Exit codes: 0 done (a damaged capture is exported up to the damage, with a warning); 1 the output "
                + "could not be written; 2 bad arguments, or a missing or unreadable capture.")
final class ExportCommand extends ToolCommand {

    private static final List<String> FORMATS = List.of("pcapng", "json", "csv", "windbg");

    @Parameters(index = "0", paramLabel = "CAPTURE", description = "The capture (.kdcap); its .kdsession beside "
            + "it, when there, names the channel.")
    Path capture;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file or folder to write.")
    Path target;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "pcapng, json, csv or windbg.")
    String format;

    @Option(names = "--host", paramLabel = "HOST", description = "windbg: the host WinDbg reaches the channel on, "
            + "when the session metadata does not say.")
    String host = "";

    @Option(names = "--port", paramLabel = "N", description = "windbg: the channel's TCP port, when the session "
            + "metadata does not say.")
    int port;

    @Option(names = "--pipe", paramLabel = "NAME", description = "windbg: the channel's named pipe, when the "
            + "session metadata does not say.")
    String pipe = "";

    @Override
    public Integer call() {
        if (!FORMATS.contains(format)) {
            throw badInput("--to takes pcapng, json, csv or windbg, not '" + format + "'");
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--port") && (port < 1 || port > 65535)) {
            throw badInput("--port needs a TCP port 1..65535, not " + port);
        }
        if (!Files.isRegularFile(capture)) {
            return fail(Main.BAD_INPUT, "no capture file at " + capture);
        }
        try {
            Exports.Result result = switch (format) {
                case "pcapng" -> Exports.pcapng(capture, target);
                case "json" -> Exports.json(capture, target);
                case "csv" -> Exports.csv(capture, target);
                case "windbg" -> Exports.windbg(capture, target, new WindbgEndpoint(host, port, pipe));
                default -> throw new IllegalStateException(format);
            };
            result.damage().ifPresent(d -> err().println(spec.qualifiedName() + ": warning: " + d
                    + "; exported everything before it"));
            String events = format.equals("windbg") ? " debug prints" : " events";
            out().println(spec.qualifiedName() + ": wrote " + target + " (" + format + ", " + result.packets()
                    + " packets" + (result.events() > 0 ? ", " + result.events() + events : "") + ")");
            return 0;
        } catch (NoSuchFileException e) {
            return fail(Main.BAD_INPUT, "cannot read " + e.getFile());
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            boolean unreadableInput = message.contains("not a kdring capture")
                    || message.contains("capture format version") || message.contains("kdring session");
            return fail(unreadableInput ? Main.BAD_INPUT : Main.FAILED, unreadableInput ? message
                    : "failed: " + message);
        }
    }
}
