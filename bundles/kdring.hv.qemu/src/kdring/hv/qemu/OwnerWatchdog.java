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
 * <p>A VM kdring only attached to is never killed and never left paused: for one that kdring may pause,
 * {@link #startResumer} starts a watchdog that, when the JVM dies, connects to the VM's QMP socket (freed by
 * the JVM's death) and sends {@code cont}.
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

    /** The resumer: $1 the QMP socket. Perl, because a shell cannot speak to a unix socket. */
    private static final String RESUMER = """
            read -r _ignored
            exec /usr/bin/perl -MIO::Socket::UNIX -e '
              alarm 120;
              for my $try (1 .. 100) {
                my $s = IO::Socket::UNIX->new(Peer => $ARGV[0], Type => SOCK_STREAM);
                if ($s) {
                  $s->autoflush(1);
                  my $greeting = <$s>;
                  for my $command ("qmp_capabilities", "cont") {
                    print $s "{\\"execute\\":\\"$command\\"}\\n";
                    while (defined(my $line = <$s>)) { last if $line =~ /"(return|error)"/; }
                  }
                  exit 0;
                }
                select(undef, undef, undef, 0.1);
              }
              exit 1;' "$1"
            """;
    /** The interpreter {@link #RESUMER} needs. */
    static final Path PERL = Path.of("/usr/bin/perl");

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

    /**
     * Starts a watchdog that resumes (QMP {@code cont}) a VM kdring attached to when this JVM dies, however it
     * dies; it never stops the VM.
     *
     * @param qmpSocket the VM's QMP socket
     * @throws IOException when the watchdog cannot run here (it needs {@code /usr/bin/perl})
     */
    static OwnerWatchdog startResumer(Path qmpSocket) throws IOException {
        if (!Files.isExecutable(PERL)) {
            throw new IOException("pausing an attached VM needs " + PERL
                    + " (the watchdog that resumes the VM if kdring dies uses it); install perl or leave pausing off");
        }
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of("/bin/sh", "-c", RESUMER, "kdring-resumer", qmpSocket.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
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
