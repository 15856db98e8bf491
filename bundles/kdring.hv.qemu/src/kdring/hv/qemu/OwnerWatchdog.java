package kdring.hv.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ties a QEMU process to the lifetime of this JVM, however the JVM ends (SIGKILL and a lost display
 * included): a tiny shell process, in a session of its own so that a terminal's Ctrl-C does not take it
 * along, blocks reading its standard input, a pipe whose only writer is this JVM. When the JVM dies the
 * kernel closes that pipe, the read returns, and the watchdog stops QEMU (SIGTERM, SIGKILL after 3 s) and
 * removes its RAM file and sockets. QEMU is recognised by a mark on its command line (its RAM file's
 * path), so a recycled process id is never killed. While the JVM lives, {@link #close()} ends the watchdog
 * without touching QEMU.
 *
 * <p>Thread-safe.
 */
final class OwnerWatchdog implements AutoCloseable {

    /** The watchdog: $1 QEMU's pid, $2 the mark on its command line, then the files to remove. */
    private static final String SCRIPT = """
            q=$1; mark=$2; shift 2
            read -r _ignored
            marked() { [ -r /proc/$q/cmdline ] && tr '\\000' '\\n' < /proc/$q/cmdline | grep -qF -- "$mark" ; }
            if marked; then
              kill -TERM "$q" 2>/dev/null
              i=0
              while marked && [ $i -lt 30 ]; do sleep 0.1; i=$((i+1)); done
              marked && kill -KILL "$q" 2>/dev/null
            fi
            rm -f -- "$@"
            """;

    private final Process process;

    private OwnerWatchdog(Process process) {
        this.process = process;
    }

    /**
     * Starts watching.
     *
     * @param qemu  the QEMU process (a child of this JVM)
     * @param mark  a string that appears inside one of QEMU's arguments (e.g. its RAM file's path)
     * @param files the files to remove once QEMU is gone
     */
    static OwnerWatchdog start(Process qemu, String mark, List<Path> files) throws IOException {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of("/bin/sh", "-c", SCRIPT, "kdring-watchdog", Long.toString(qemu.pid()), mark));
        for (Path file : files) {
            command.add(file.toAbsolutePath().toString());
        }
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // the pipe to its standard input stays open, unwritten, for as long as this JVM lives
        return new OwnerWatchdog(process);
    }

    /** @return the watchdog's process id */
    long pid() {
        return process.pid();
    }

    /** Ends the watchdog (the owner is closing QEMU itself). */
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
