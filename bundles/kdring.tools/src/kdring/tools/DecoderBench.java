package kdring.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kdring.hv.qemu.ReferenceGuest;

/**
 * The KD framer and body decoder's throughput, as the JMH benchmark in {@code releng/kd-bench} measures it
 * ({@code releng/scripts/bench-kd.sh}, its {@code frameAndDecode} benchmark, a short run): the bench reports it
 * beside the transports so that the decoder's headroom over the ring's data rate shows in one place.
 */
public final class DecoderBench {

    /** JMH's arguments: one fork, 2 warm-up and 3 measured iterations of 1 s (about 10 s with the JVM start). */
    public static final List<String> JMH_ARGUMENTS = List.of("-f", "1", "-wi", "2", "-w", "1s", "-i", "3", "-r", "1s",
            "frameAndDecode");

    /** The script's summary line for the stream rate. */
    private static final Pattern SUMMARY = Pattern.compile("frameAndDecode\\s+([0-9.]+)\\s+±\\s+([0-9.]+)\\s+MB/s");

    /**
     * What JMH measured, or why it could not.
     *
     * @param mbPerS     stream MB/s (10^6 bytes) framed and decoded, NaN when not measured
     * @param errorMbPerS JMH's 99.9 % confidence half-width, NaN when not measured
     * @param failure    why there is no figure (the build or the run failed), or null
     */
    public record Figures(double mbPerS, double errorMbPerS, String failure) {
    }

    private DecoderBench() {
    }

    /** Builds the JMH project when needed and runs the short measurement; never throws for a failed run. */
    public static Figures measure() throws InterruptedException {
        Path script = ReferenceGuest.projectRoot().resolve("releng/scripts/bench-kd.sh");
        if (!Files.isRegularFile(script)) {
            return new Figures(Double.NaN, Double.NaN, "no " + script + " (the bench runs from a kdring checkout)");
        }
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(JMH_ARGUMENTS);
        try {
            String output = ChildProcess.run(command, 600);
            Matcher m = SUMMARY.matcher(output);
            if (!m.find()) {
                return new Figures(Double.NaN, Double.NaN, String.join(" ", command) + " printed no MB/s summary: "
                        + tail(output));
            }
            return new Figures(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), null);
        } catch (IOException e) {
            // its message names the command and ends with what it printed
            return new Figures(Double.NaN, Double.NaN, String.join(" ", command) + " failed: " + tail(e.getMessage()));
        }
    }

    /** The last 600 characters of a tool's output: where its error is. */
    private static String tail(String text) {
        String stripped = text.strip();
        return stripped.substring(Math.max(0, stripped.length() - 600));
    }
}
