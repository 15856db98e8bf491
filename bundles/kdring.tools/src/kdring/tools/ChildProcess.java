package kdring.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a helper program of the tools (kdping, make, the JMH script) to its end and hands back what it printed. */
final class ChildProcess {

    private ChildProcess() {
    }

    /**
     * Runs {@code command}, its standard output and error together into a temporary file (no pipe to fill up).
     *
     * @return what it printed
     * @throws IOException when it could not start, did not finish within {@code timeoutSeconds} (it is killed)
     *                     or exited with a non-zero code: the message names the command and carries its output
     */
    static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("kdring-tool-", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s:\n"
                        + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
                        + output.strip());
            }
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
