package kdring.transport.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command when this JVM dies, however it dies (SIGKILL and a lost display included), for the adapters'
 * "never left paused" duty: a small shell process in a session of its own blocks reading a pipe whose only writer
 * is this JVM; when the JVM dies the kernel closes the pipe, the read returns and the shell execs the command
 * (e.g. {@code virsh resume DOMAIN} or {@code xl unpause DOMAIN}). While the JVM lives, {@link #close()} ends the
 * watcher without running the command.
 *
 * <p>Thread-safe.
 */
public final class WhenOwnerDies implements AutoCloseable {

    private static final String SCRIPT = "read -r _ignored; exec \"$@\"";

    private final Process process;

    private WhenOwnerDies(Process process) {
        this.process = process;
    }

    /**
     * Starts watching.
     *
     * @param command the command (program and arguments) to run once this JVM is gone
     */
    public static WhenOwnerDies run(List<String> command) throws IOException {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("no command");
        }
        List<String> line = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            line.add("/usr/bin/setsid");
        }
        line.addAll(List.of("/bin/sh", "-c", SCRIPT, "kdring-when-owner-dies"));
        line.addAll(command);
        Process process = new ProcessBuilder(line).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // the pipe to its standard input stays open, unwritten, for as long as this JVM lives
        return new WhenOwnerDies(process);
    }

    /** @return the watcher's process id */
    public long pid() {
        return process.pid();
    }

    /** Ends the watcher without running the command (the owner undoes what it did itself). */
    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
