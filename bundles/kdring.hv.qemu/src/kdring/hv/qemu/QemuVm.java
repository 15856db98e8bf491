package kdring.hv.qemu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import kdring.transport.StreamConnector;
import kdring.transport.VmChannel;
import kdring.transport.memory.GuestMemoryException;
import kdring.transport.memory.MappedGuestMemory;
import kdring.transport.ring.GuestRamLayout;

/**
 * A QEMU process started by kdring from a {@link QemuVmSpec}, with a QMP socket for resets and pauses. {@link #close()}
 * stops it cleanly: SIGTERM, then SIGKILL after 3 s, then removes the RAM file, the sockets and the log.
 *
 * <p>Thread-safe: any thread may wait for log lines, reset, kill or close.
 */
public final class QemuVm implements AutoCloseable {

    private final QemuVmSpec spec;
    private final Process process;
    private final Path qmpSocket;
    private final Path stderrFile;
    private final List<Path> files;
    private final OwnerWatchdog watchdog;
    private final QmpClient qmp;

    private QemuVm(QemuVmSpec spec, Process process, Path qmpSocket, Path stderrFile, List<Path> files,
            OwnerWatchdog watchdog) {
        this.spec = spec;
        this.process = process;
        this.qmpSocket = qmpSocket;
        this.stderrFile = stderrFile;
        this.files = files;
        this.watchdog = watchdog;
        this.qmp = new QmpClient(qmpSocket);
    }

    /**
     * Creates the RAM file (new, mode 0600, so that QEMU opens rather than creates-and-unlinks it), starts
     * QEMU with a watchdog that stops it and removes its files when this JVM dies however it dies, and waits
     * until its sockets exist. The first launch in a JVM also sweeps the leftovers of dead kdring processes
     * ({@link LocalFiles#sweepLeftovers()}).
     *
     * @param workDirectory the VM's sockets and logs go here: created 0700, or refused when it belongs to
     *        another user
     */
    public static QemuVm launch(QemuVmSpec spec, Path workDirectory) throws IOException {
        Objects.requireNonNull(spec);
        LocalFiles.sweepLeftovers();
        LocalFiles.privateFolder(workDirectory);
        spec.createMemoryFile();
        Path qmp = workDirectory.resolve(spec.name() + ".qmp");
        Path stderr = workDirectory.resolve(spec.name() + ".qemu.err");
        List<Path> files = new ArrayList<>(List.of(spec.serialSocket(), qmp, stderr));
        if (spec.memoryFile() != null) {
            files.add(spec.memoryFile());
        }
        if (spec.channelSocket() != null) {
            files.add(spec.channelSocket());
        }
        if (spec.logFile() != null) {
            files.add(spec.logFile());
            Files.deleteIfExists(spec.logFile());
        }
        for (Path socket : List.of(qmp, spec.serialSocket())) {
            Files.deleteIfExists(socket);
        }
        List<String> command = new ArrayList<>(spec.commandLine());
        command.addAll(List.of("-qmp", "unix:" + qmp + ",server=on,wait=off"));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(stderr.toFile()).start();
        } catch (IOException e) {
            deleteMemoryFile(spec);
            throw e;
        }
        OwnerWatchdog watchdog;
        try {
            // the mark names this QEMU among the processes: its RAM file, or else its serial socket
            Path mark = spec.memoryFile() != null ? spec.memoryFile() : spec.serialSocket();
            watchdog = OwnerWatchdog.start(process, mark.toString(), files);
        } catch (IOException e) {
            process.destroyForcibly();
            deleteMemoryFile(spec);
            throw new IOException("cannot start the watchdog that ties QEMU to this process: " + e.getMessage(), e);
        }
        QemuVm vm = new QemuVm(spec, process, qmp, stderr, files, watchdog);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(qmp) || !Files.exists(spec.serialSocket())) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String why = vm.qemuOutput();
                vm.close();
                throw new IOException("QEMU did not start: " + why);
            }
            sleep(10);
        }
        return vm;
    }

    private static void deleteMemoryFile(QemuVmSpec spec) throws IOException {
        if (spec.memoryFile() != null) {
            Files.deleteIfExists(spec.memoryFile());
        }
    }

    /** @return the spec the VM was started from */
    public QemuVmSpec spec() {
        return spec;
    }

    /** @return the QMP socket (one client at a time: kdring's own commands for this VM use it too) */
    public Path qmpSocket() {
        return qmpSocket;
    }

    /** @return QEMU's process id */
    public long pid() {
        return process.pid();
    }

    /** @return the process id of the watchdog that stops QEMU when this JVM dies */
    public long watchdogPid() {
        return watchdog.pid();
    }

    /** @return whether QEMU still runs */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** @return what QEMU printed on stdout and stderr so far */
    public String qemuOutput() {
        try {
            return Files.exists(stderrFile) ? Files.readString(stderrFile).strip() : "";
        } catch (IOException e) {
            return "(cannot read " + stderrFile + ": " + e.getMessage() + ")";
        }
    }

    /** @return the guest's port-0xE9 log so far, empty when there is none */
    public String guestLog() {
        try {
            return spec.logFile() != null && Files.exists(spec.logFile())
                    ? new String(Files.readAllBytes(spec.logFile()), StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Waits until the guest log contains {@code text}.
     *
     * @throws IOException naming the log's tail when it does not appear in time or QEMU exits
     */
    public void awaitLog(String text, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!guestLog().contains(text)) {
            if (!process.isAlive()) {
                throw new IOException("QEMU exited (" + process.exitValue() + ") before the guest logged \"" + text
                        + "\": " + qemuOutput() + "\nguest log:\n" + tail(guestLog()));
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the guest did not log \"" + text + "\" within " + timeout.toSeconds()
                        + " s; guest log:\n" + tail(guestLog()));
            }
            sleep(20);
        }
    }

    private static String tail(String log) {
        return log.length() > 2000 ? "..." + log.substring(log.length() - 2000) : log;
    }

    /** Resets the machine through QMP ({@code system_reset}): the guest reboots. */
    public void reset() throws IOException {
        qmp.execute("system_reset");
    }

    /** Freezes the guest's CPUs through QMP ({@code stop}). */
    public void pause() throws IOException {
        qmp.execute("stop");
    }

    /** Lets the guest's CPUs run again through QMP ({@code cont}). */
    public void resume() throws IOException {
        qmp.execute("cont");
    }

    /** @return whether QMP {@code query-status} says the CPUs are stopped */
    public boolean paused() throws IOException {
        return qmp.paused();
    }

    /** Kills QEMU at once (SIGKILL), as a crash would; files stay until {@link #close()}. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }

    /**
     * Opens a host channel on this VM's handshake and serial sockets and its RAM file; the caller closes
     * it (before closing the VM).
     */
    public AttachedVm attach() throws IOException {
        return AttachedVm.open(spec.name(), spec.channelSocket(), spec.serialSocket(), spec.memoryFile());
    }

    /** Stops QEMU (SIGTERM, then SIGKILL after 3 s) and removes its files. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        qmp.close();
        watchdog.close();
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // best effort
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A host channel on a VM: the mapped RAM and the {@link VmChannel} using it. Closing stops the channel
     * first, then unmaps.
     *
     * @param channel the channel
     * @param memory  the mapped RAM, or null for a serial-only channel
     */
    public record AttachedVm(VmChannel channel, MappedGuestMemory memory) implements AutoCloseable {

        /**
         * Maps {@code memoryFile} and starts a channel on the sockets.
         *
         * @param portSocket the handshake port's socket, or null for a VM without one (serial only)
         * @param memoryFile the RAM file, or null for a serial-only channel (then {@code portSocket} is ignored:
         *                   the rings live in RAM)
         */
        public static AttachedVm open(String name, Path portSocket, Path serialSocket, Path memoryFile)
                throws IOException {
            if (memoryFile == null) {
                if (serialSocket == null) {
                    throw new IOException(name + ": a serial-only channel needs the serial socket");
                }
                return new AttachedVm(VmChannel.start(VmChannel.Config.serialOnly(name,
                        StreamConnector.unixSocket(serialSocket))), null);
            }
            MappedGuestMemory memory;
            try {
                memory = MappedGuestMemory.map(memoryFile);
            } catch (GuestMemoryException e) {
                throw new IOException(e.getMessage(), e);
            }
            Path port = portSocket != null ? portSocket : memoryFile.resolveSibling(name + ".no-port");
            VmChannel channel = VmChannel.start(new VmChannel.Config(name, StreamConnector.unixSocket(port),
                    serialSocket != null ? StreamConnector.unixSocket(serialSocket) : null, memory,
                    GuestRamLayout.pc(memory.size())));
            return new AttachedVm(channel, memory);
        }

        @Override
        public void close() {
            channel.close();
            if (memory != null) {
                memory.close();
            }
        }
    }
}
