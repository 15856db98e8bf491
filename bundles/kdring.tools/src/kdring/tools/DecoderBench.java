package kdring.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        Path log = null;
        try {
            log = Files.createTempFile("kdring-bench-kd-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Figures(Double.NaN, Double.NaN, String.join(" ", command) + " did not finish in 10 minutes");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Matcher m = SUMMARY.matcher(output);
            if (process.exitValue() != 0 || !m.find()) {
                String tail = output.strip();
                tail = tail.substring(Math.max(0, tail.length() - 600));
                return new Figures(Double.NaN, Double.NaN, String.join(" ", command) + " failed ("
                        + process.exitValue() + "): " + tail);
            }
            return new Figures(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), null);
        } catch (IOException e) {
            return new Figures(Double.NaN, Double.NaN, "could not run " + script + ": " + e.getMessage());
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException e) {
                    // a temporary file left behind
                }
            }
        }
    }
}
