package kdring.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kdring.hv.qemu.ReferenceGuest;

/**
 * The guest tools' {@code kdping} (C, {@code guest/tools/kdping.c}) as an external debugger in a separate
 * process: {@code kdping tcp HOST:PORT --bench N} breaks in through a WinDbg endpoint, times N GetVersion
 * round trips one by one, continues the target and prints one line this class reads.
 */
final class KdPing {

    /** kdping's result line. */
    private static final Pattern BENCH = Pattern.compile(
            "kdping: bench (\\d+) GetVersion ([0-9.]+) s per_s ([0-9.]+) median_us ([0-9.]+) p99_us ([0-9.]+)");

    /**
     * What kdping measured.
     *
     * @param requests     GetVersion round trips
     * @param requestsPerS round trips per second
     * @param medianMicros median latency as the client saw it
     * @param p99Micros    99th percentile
     * @param work         what the channel did per request meanwhile (warm-up included), or null
     */
    public record Figures(int requests, double requestsPerS, double medianMicros, double p99Micros,
            LatencyBreakdown.Work work) {

        /** Figures without the channel's counts. */
        public Figures(int requests, double requestsPerS, double medianMicros, double p99Micros) {
            this(requests, requestsPerS, medianMicros, p99Micros, null);
        }

        Figures withWork(LatencyBreakdown.Work counts) {
            return new Figures(requests, requestsPerS, medianMicros, p99Micros, counts);
        }
    }

    private KdPing() {
    }

    /**
     * Builds kdping when needed ({@code make -C guest build/kdping}) and runs it against {@code address}.
     *
     * @param address the endpoint, e.g. {@code /127.0.0.1:41234}
     * @throws IOException with kdping's output when it fails
     */
    static Figures measure(String address, int requests) throws IOException, InterruptedException {
        Path guest = ReferenceGuest.projectRoot().resolve("guest");
        Path kdping = guest.resolve("build/kdping");
        ChildProcess.run(List.of("make", "-s", "-C", guest.toString(), "build/kdping"), 300);
        if (!Files.isExecutable(kdping)) {
            throw new IOException("no kdping at " + kdping + " after 'make -C " + guest + " build/kdping'");
        }
        String hostPort = address.startsWith("/") ? address.substring(1) : address;
        String output = ChildProcess.run(List.of(kdping.toString(), "tcp", hostPort, "--bench", Integer.toString(requests)), 300);
        Matcher m = BENCH.matcher(output);
        if (!m.find()) {
            throw new IOException("kdping printed no bench line:\n" + output.strip());
        }
        return new Figures(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)));
    }
}
