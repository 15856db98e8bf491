package kdring.hv.libvirt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * libvirt through its own command-line client, {@code virsh -c URI ...}: the live XML of a domain, QMP
 * commands through libvirt's monitor connection ({@code qemu-monitor-command}), reset and destroy.
 *
 * <p>Why a subprocess and not the C library through FFM: libvirt's API is large and callback-heavy, virsh is
 * installed wherever libvirt is (libvirt-clients), it speaks every URI (local, {@code qemu+ssh://}) with the
 * user's own authentication, and kdring calls it a handful of times per attach, never on the data path. Every
 * call has a deadline; virsh is killed when it passes.
 *
 * <p>Immutable and thread-safe.
 */
final class Virsh {

    /** How long one virsh call may take (a remote URI connects first). */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Path binary;
    private final String uri;

    /**
     * @param binary the virsh to run
     * @param uri    the connection URI, e.g. {@code qemu:///system}
     */
    Virsh(Path binary, String uri) {
        this.binary = binary;
        this.uri = uri;
    }

    /** @return virsh from {@code KDRING_VIRSH} or the PATH, or null when there is none */
    static Path find() {
        String configured = System.getenv("KDRING_VIRSH");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(dir, "virsh");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** @return the connection URI */
    String uri() {
        return uri;
    }

    /** @return the domain's live XML */
    String dumpXml(String domain) throws IOException {
        return run("dumpxml", domain);
    }

    /** Sends one QMP command through libvirt's monitor connection; @return QEMU's JSON answer */
    String qmp(String domain, String command) throws IOException {
        return run("qemu-monitor-command", domain, command);
    }

    /** @return the domain's state ("running", "paused", "shut off", ...) */
    String state(String domain) throws IOException {
        return run("domstate", domain).strip();
    }

    /** @return the domain's id, or "-" when it is shut off */
    String id(String domain) throws IOException {
        return run("domid", domain).strip();
    }

    /** Resets the domain (a hardware reset: the guest reboots). */
    void reset(String domain) throws IOException {
        run("reset", domain);
    }

    /** Freezes the domain's CPUs. */
    void suspend(String domain) throws IOException {
        run("suspend", domain);
    }

    /** Lets a suspended domain's CPUs run again. */
    void resume(String domain) throws IOException {
        run("resume", domain);
    }

    /** @return the command (program and arguments) that resumes {@code domain}, for a watcher to run later */
    List<String> resumeCommand(String domain) {
        return List.of(binary.toString(), "-q", "-c", uri, "resume", domain);
    }

    /** Stops the domain at once. */
    void destroy(String domain) throws IOException {
        run("destroy", domain);
    }

    /**
     * Runs {@code virsh -q -c URI args...}.
     *
     * @return its standard output
     * @throws IOException with virsh's own error text when it fails, or when it takes longer than {@link #TIMEOUT}
     */
    String run(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-q", "-c", uri));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("kdring-virsh-", ".out");
        Path err = Files.createTempFile("kdring-virsh-", ".err");
        try {
            Process process;
            try {
                process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            } catch (IOException e) {
                throw new IOException("cannot run " + binary + " (libvirt's client; Debian: apt-get install "
                        + "libvirt-clients): " + e.getMessage(), e);
            }
            try {
                if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                    throw new IOException("virsh -c " + uri + " " + args[0] + " did not answer within "
                            + TIMEOUT.toSeconds() + " s (is libvirtd running and reachable?)");
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for virsh", e);
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                String stderr = Files.readString(err, StandardCharsets.UTF_8).strip();
                throw new IOException("virsh -c " + uri + " " + String.join(" ", args.length > 2
                        ? List.of(args[0], args[1]) : List.of(args)) + " failed: "
                        + (stderr.isEmpty() ? "exit code " + process.exitValue() : stderr));
            }
            return stdout;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
