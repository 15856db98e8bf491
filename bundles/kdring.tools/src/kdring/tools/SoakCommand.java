package kdring.tools;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.GsonBuilder;

import kdring.tools.soak.ChaosSoak;
import kdring.tools.soak.Fault;
import kdring.tools.soak.SoakReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kdring soak}: the chaos soak ({@link ChaosSoak}) on the reference guest, on the ring, the UART or
 * both one after the other (the minutes are shared). Prints the figures of each transport and exits 1 naming
 * every invariant that broke.
 *
 * <pre>
 * soak [--minutes N] [--transport ring|uart|both] [--seed S] [--json]
 * </pre>
 */
@Command(name = "soak", description = { "Run the reference guest while an injector disconnects debuggers mid-packet, "
        + "reconnects, sends garbage and HTTP to the WinDbg port, reads slowly, tries a second debugger, resets the "
        + "guest and corrupts line bytes; check delivery, the channel thread's heartbeat, threads, memory and storms; "
        + "then break in, list the modules and read the pattern, verified." },
        footer = "Exit codes: 0 every invariant held; 1 an invariant broke (named) or the VM did not boot; 2 bad arguments.")
final class SoakCommand extends ToolCommand {

    @Option(names = "--minutes", paramLabel = "N", description = "Minutes of faults in all (default 1; decimals allowed).")
    double minutes = 1;

    @Option(names = "--transport", paramLabel = "ring|uart|both", description = "Which transport (default both, one after the other).")
    String transport = "both";

    @Option(names = "--seed", paramLabel = "S", description = "Random seed of the injector (default: the clock, printed).")
    Long seed;

    @Option(names = "--corrupt-one-in", paramLabel = "N", description = "Noisy line: one byte in N corrupted (default 10000).")
    int corruptOneIn = 10_000;

    @Option(names = "--heartbeat-limit-ms", paramLabel = "MS", description = "How fast the channel thread must answer (default 100).")
    int heartbeatLimitMs = 100;

    @Option(names = "--json", description = "Print the reports as one JSON array.")
    boolean json;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<String> transports = switch (transport) {
            case "ring", "uart" -> List.of(transport);
            case "both" -> List.of("ring", "uart");
            default -> throw badInput("--transport takes ring, uart or both, not '" + transport + "'");
        };
        if (!(minutes > 0) || minutes > 24 * 60) {
            throw badInput("--minutes takes a number of minutes above 0 (at most a day), not " + minutes);
        }
        if (corruptOneIn < 2 || heartbeatLimitMs < 1) {
            throw badInput("--corrupt-one-in takes 2 or more, --heartbeat-limit-ms 1 or more");
        }
        long chosenSeed = seed != null ? seed : System.currentTimeMillis();
        Duration each = Duration.ofMillis((long) (minutes * 60_000 / transports.size()));
        List<SoakReport> reports = new ArrayList<>();
        try (WorkFolder folder = WorkFolder.create("kdring-soak-")) {
            for (String one : transports) {
                reports.add(ChaosSoak.run(new ChaosSoak.Settings(one, each, chosenSeed, corruptOneIn,
                        Duration.ofMillis(heartbeatLimitMs)), folder.path(), json ? err() : out()));
            }
        } catch (IOException e) {
            return fail(Main.FAILED, e.getMessage());
        }
        if (json) {
            out().println(new GsonBuilder().setPrettyPrinting().create().toJson(reports));
        } else {
            reports.forEach(this::print);
        }
        boolean passed = true;
        for (SoakReport report : reports) {
            for (String violation : report.violations()) {
                err().println("soak: invariant broken on the " + report.transport() + ": " + violation);
                passed = false;
            }
        }
        if (!passed) {
            err().println("soak: repeat it with --seed " + chosenSeed);
        }
        return passed ? 0 : Main.FAILED;
    }

    private void print(SoakReport r) {
        StringBuilder kinds = new StringBuilder();
        for (Fault fault : Fault.values()) {
            kinds.append(kinds.isEmpty() ? "" : ", ").append(r.faults().getOrDefault(fault, 0)).append(' ')
                    .append(fault.plural());
        }
        out().printf(Locale.ROOT, "soak %s (%s, seed %d): %.0f s of faults, %d injected: %s%n", r.transport(),
                r.accelerator(), r.seed(), r.faultSeconds(), r.faultsInjected(), kinds);
        out().printf(Locale.ROOT, "  delivery: %d debugger bytes checked in order (%d unchecked after a cut write),"
                + " %d line bytes corrupted, %d injected debugger sessions failed%n", r.bytesChecked(),
                r.bytesUnchecked(), r.bytesCorrupted(), r.sessionsFailed());
        out().printf(Locale.ROOT, "  heartbeat: %d answered, worst %.1f ms (%.1f ms beyond process-wide pauses, %s),"
                + " %d over %d ms; %d ms of process pauses in all%n  late heartbeats: %s%n", r.heartbeats(),
                r.worstHeartbeatMs(), r.worstNetHeartbeatMs(), r.worstHeartbeatDuring(), r.heartbeatsSlow(),
                r.heartbeatLimitMs(), r.pausedMs(), r.lateHeartbeats());
        out().printf(Locale.ROOT, "  storm: worst %d bytes/s 5 s after a debugger vanished mid-reply (bound 10000)%n",
                r.worstStormBytesPerSecond());
        out().printf(Locale.ROOT, "  threads %d before, at most %d; heap %d MiB before, at most %d MiB (after GC)%n",
                r.threadsBefore(), r.threadsMax(), r.heapBeforeMiB(), r.heapMaxMiB());
        out().printf(Locale.ROOT, "  after the faults: break-in, %d modules and %d bytes verified in %d ms: %s%n",
                r.modules(), r.finalReadBytes(), r.finalCheckMs(), r.passed() ? "PASSED" : "FAILED");
    }
}
