package kdring.ui.export;

import java.io.IOException;
import java.nio.file.Path;

import kdring.model.export.Exports;
import kdring.model.export.WindbgEndpoint;

/** The model's export formats as the wizard offers them; each says whether it writes a file or a folder. */
public enum ExportFormat {
    /** One pcapng packet per KD packet, for Wireshark and tshark. */
    PCAPNG("pcapng (Wireshark, tshark)", false, ".pcapng"),
    /** Channel, counters, events, modules and throughput as one JSON document. */
    JSON("JSON (events, modules, throughput)", false, ".json"),
    /** events.csv, modules.csv and throughput.csv in a folder. */
    CSV("CSV (events.csv, modules.csv, throughput.csv)", true, "-csv"),
    /** connect.txt, the windbg-CHANNEL.cmd launcher, modules.txt and dbgprint.log in a folder. */
    WINDBG("WinDbg (.cmd launcher, command lines, modules.txt, dbgprint.log)", true, "-windbg");

    private final String label;
    private final boolean folder;
    private final String suffix;

    ExportFormat(String label, boolean folder, String suffix) {
        this.label = label;
        this.folder = folder;
        this.suffix = suffix;
    }

    /** @return what the wizard shows */
    public String label() {
        return label;
    }

    /** @return whether the target is a folder (else a file) */
    public boolean writesFolder() {
        return folder;
    }

    /** @return a default target for {@code capture}: beside it, named after it */
    public Path defaultTarget(Path capture) {
        String base = capture.getFileName().toString().replaceFirst("\\.kdcap$", "");
        return capture.resolveSibling(base + suffix);
    }

    /**
     * Runs the export. Blocking I/O (a replay of the whole capture): call it from a Job.
     *
     * @param endpoint where WinDbg reaches the channel (WinDbg export only; UNSPECIFIED: from the metadata)
     */
    public Exports.Result export(Path capture, Path target, WindbgEndpoint endpoint) throws IOException {
        return switch (this) {
            case PCAPNG -> Exports.pcapng(capture, target);
            case JSON -> Exports.json(capture, target);
            case CSV -> Exports.csv(capture, target);
            case WINDBG -> Exports.windbg(capture, target, endpoint);
        };
    }
}
