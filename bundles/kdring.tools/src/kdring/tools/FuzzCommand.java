package kdring.tools;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;

import kdring.tools.fuzz.ChannelStateFuzz;
import kdring.tools.fuzz.FuzzResult;
import kdring.tools.fuzz.KdStreamFuzz;
import kdring.tools.fuzz.RingStateFuzz;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kdring fuzz}: mutated KDCOM streams through kdring.kd ({@link KdStreamFuzz}) random descriptor
 * and ring states through the host's attach validation and ring engine ({@link RingStateFuzz}) and through a
 * whole running channel ({@link ChannelStateFuzz}). Prints counts,
 * time and rate of each; the first failing case, with the command line that replays it alone, exits 1.
 *
 * <pre>
 * fuzz [--streams N] [--states N] [--channel-states N] [--seed S] [--first I] [--case-limit-ms MS] [--json]
 * </pre>
 */
@Command(name = "fuzz", description = { "Drive mutated KDCOM streams through the framer, the observer and both "
        + "endpoints, and random descriptor and ring states through attach validation and the ring engine over a "
        + "file-backed guest memory: nothing may throw but the documented faults, touch memory outside the guest's "
        + "or the validated pages, or take more CPU time than the limit." },
        footer = "Exit codes: 0 no case broke a rule; 1 a case did (printed with the command that replays it); 2 bad arguments.")
final class FuzzCommand extends ToolCommand {

    @Option(names = "--streams", paramLabel = "N", description = "Mutated KDCOM streams (default 10000000).")
    long streams = 10_000_000L;

    @Option(names = "--states", paramLabel = "N", description = "Random descriptor and ring states (default 1000000).")
    long states = 1_000_000L;

    @Option(names = "--channel-states", paramLabel = "N",
            description = "Descriptor and ring states through a whole running channel (default 100000).")
    long channelStates = 100_000L;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: the clock, printed).")
    Long seed;

    @Option(names = "--first", paramLabel = "I", description = "Number of the first case (to replay one: --first I with 1 case).")
    long first;

    @Option(names = "--case-limit-ms", paramLabel = "MS", description = "The most CPU time one case may take (default 1000).")
    long caseLimitMs = 1000;

    @Option(names = "--json", description = "Print the results as one JSON array.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (streams < 0 || states < 0 || channelStates < 0 || first < 0 || caseLimitMs < 1) {
            throw badInput("--streams, --states, --channel-states and --first take 0 or more, --case-limit-ms 1 or more");
        }
        long chosenSeed = seed != null ? seed : System.currentTimeMillis();
        Duration limit = Duration.ofMillis(caseLimitMs);
        List<FuzzResult> results = new ArrayList<>();
        if (!json) {
            out().printf(Locale.ROOT, "fuzz: seed %d, %d KDCOM streams, %d ring states, %d channel states from case %d%n",
                    chosenSeed, streams, states, channelStates, first);
        }
        if (streams > 0) {
            KdStreamFuzz fuzz = new KdStreamFuzz(chosenSeed, limit);
            fuzz.reportProgressTo(this::progress);
            results.add(fuzz.run(first, streams));
            report(results.getLast());
        }
        if (states > 0 && results.stream().allMatch(r -> r.failure() == null)) {
            try (WorkFolder folder = WorkFolder.create("kdring-fuzz-");
                    RingStateFuzz fuzz = new RingStateFuzz(chosenSeed, limit, folder.path())) {
                fuzz.reportProgressTo(this::progress);
                results.add(fuzz.run(first, states));
            }
            report(results.getLast());
        }
        if (channelStates > 0 && results.stream().allMatch(r -> r.failure() == null)) {
            // the channel logs each of its thousands of state changes; the fuzz counts them instead
            java.util.logging.Logger transportLog = java.util.logging.Logger.getLogger("kdring.transport");
            java.util.logging.Level level = transportLog.getLevel();
            transportLog.setLevel(Boolean.getBoolean("kdring.fuzz.verbose") ? level : java.util.logging.Level.SEVERE);
            try (WorkFolder folder = WorkFolder.create("kdring-fuzz-");
                    ChannelStateFuzz fuzz = new ChannelStateFuzz(chosenSeed, Duration.ofSeconds(5), folder.path())) {
                fuzz.reportProgressTo(this::progress);
                results.add(fuzz.run(first, channelStates));
            } finally {
                transportLog.setLevel(level);
            }
            report(results.getLast());
        }
        if (json) {
            out().println(new GsonBuilder().setPrettyPrinting().create().toJson(results));
        }
        for (FuzzResult result : results) {
            if (result.failure() != null) {
                err().println("fuzz: FAILED: " + result.failure());
                err().printf(Locale.ROOT, "fuzz: replay it alone: kdring fuzz --seed %d --first %d --streams %d --states %d"
                        + " --channel-states %d%n", chosenSeed, result.failure().index(), result.fuzzer().equals("kd") ? 1 : 0,
                        result.fuzzer().equals("ring") ? 1 : 0, result.fuzzer().equals("channel") ? 1 : 0);
                return Main.FAILED;
            }
        }
        return 0;
    }

    private void progress(String line) {
        (json ? err() : out()).println("fuzz: " + line);
    }

    private void report(FuzzResult result) {
        if (json) {
            return;
        }
        String what = switch (result.fuzzer()) {
            case "kd" -> "KDCOM streams (framer, observer, debugger and target endpoints)";
            case "ring" -> "descriptor and ring states (attach validation, ring engine)";
            default -> "descriptor and ring states through a running channel (hello, kicks, goodbye)";
        };
        out().printf(Locale.ROOT, "fuzz %s: %d %s in %.1f s (%.0f per second), slowest case %.1f ms of %s%s%n",
                result.fuzzer(), result.cases(), what, result.nanos() / 1e9, result.rate(), result.slowestNanos() / 1e6,
                result.slowestClock(), result.failure() == null ? "" : ", FAILED");
        for (Map.Entry<String, Long> outcome : result.outcomes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .toList()) {
            out().printf(Locale.ROOT, "  %-60s %d%n", outcome.getKey(), outcome.getValue());
        }
    }
}
