package kdring.hv.qemu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The reference guest of {@code guest/}: a bare-metal x86-64 kernel that plays a Windows kernel's debugger
 * stub (docs/channel-protocol.md §9, guest/README.md). Finds (or builds) the kernel, knows the pattern
 * formula and the readiness lines, and makes the {@link QemuVmSpec} that runs it.
 */
public final class ReferenceGuest {

    /** Virtual address of the pattern region. */
    public static final long PATTERN_VA = 0xFFFFF80100000000L;
    /** The line the guest logs when its transport is ready ({@code ...=ring}, {@code =uart}, {@code =none}). */
    public static final String READY = "kdring-refvm: ready transport=";
    /**
     * The first tick line: by then the guest has finished (or given up) reporting its boot-time LoadSymbols,
     * and a debugger attaching meets a running kernel.
     */
    public static final String RUNNING = "kdring-refvm: tick 1 ";
    /** The handshake port (default of the contract). */
    public static final int PORT = 0x10;
    /** The readback byte of the contract. */
    public static final int READBACK = 0x6B;

    private ReferenceGuest() {
    }

    /**
     * How to run it.
     *
     * @param name       VM name (socket and file names)
     * @param transport  "ring", "uart" or "auto"
     * @param patternMiB size of the pattern region
     * @param modules    entries in the module list
     * @param hostile    hostile switch (indices, length, pfn, kickstorm, vanish) or null
     * @param memoryMiB  guest RAM (the pattern sits at physical 64 MiB upwards)
     */
    public record Options(String name, String transport, int patternMiB, int modules, String hostile, int memoryMiB) {
        public Options {
            Objects.requireNonNull(name);
            Objects.requireNonNull(transport);
        }

        /** A ring guest with a 16 MiB pattern and 150 modules in 128 MiB of RAM. */
        public static Options of(String name, String transport) {
            return new Options(name, transport, 16, 150, null, 128);
        }

        /** The same with a hostile switch. */
        public Options hostile(String mode) {
            return new Options(name, transport, patternMiB, modules, mode, memoryMiB);
        }

        /** @return the multiboot command line */
        public String commandLine() {
            return "transport=" + transport + " pattern=" + patternMiB + " modules=" + modules
                    + (hostile != null ? " hostile=" + hostile : "");
        }
    }

    /** @return byte {@code i} of the pattern region: ((i * 0x9E3779B1) mod 2^32) >> 24 */
    public static byte pattern(long i) {
        return (byte) (((int) i * 0x9E3779B1) >>> 24);
    }

    /** @return the offset of the first byte of {@code bytes} read at pattern offset {@code start} that differs, or -1 */
    public static long firstPatternMismatch(byte[] bytes, long start) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != pattern(start + i)) {
                return start + i;
            }
        }
        return -1;
    }

    /** @return the project root: system property {@code kdring.root}, else the working directory */
    public static Path projectRoot() {
        return Path.of(System.getProperty("kdring.root", ".")).toAbsolutePath().normalize();
    }

    /**
     * @return the bootable kernel image under {@code root}, building it with {@code make -C guest} when it is
     *         missing
     * @throws IOException when it is missing and make fails (with make's output)
     */
    public static Path kernel(Path root) throws IOException {
        Path image = root.resolve("guest/build/refvm.bin");
        if (Files.isRegularFile(image)) {
            return image;
        }
        Path guest = root.resolve("guest");
        if (!Files.isRegularFile(guest.resolve("Makefile"))) {
            throw new IOException("no reference guest at " + image + " and no " + guest.resolve("Makefile")
                    + " to build it (set -Dkdring.root to the project root)");
        }
        Process make = new ProcessBuilder("make", "-C", guest.toString()).redirectErrorStream(true).start();
        String output;
        try {
            output = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!make.waitFor(10, TimeUnit.MINUTES) || make.exitValue() != 0 || !Files.isRegularFile(image)) {
                throw new IOException("building the reference guest with 'make -C " + guest + "' failed:\n"
                        + output.strip());
            }
        } catch (InterruptedException e) {
            make.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while building the reference guest", e);
        }
        return image;
    }

    /**
     * The spec that runs the reference guest with a handshake device at {@link #PORT} (readback 0x6B), COM1
     * on a unix socket, RAM in {@code /dev/shm} and its log in {@code workDirectory}.
     */
    public static QemuVmSpec spec(Options options, Path kernel, Path workDirectory, Accelerator accelerator) {
        String unique = options.name() + "-" + ProcessHandle.current().pid();
        return new QemuVmSpec(options.name(), qemuBinary(), kernel, options.commandLine(), options.memoryMiB(),
                Path.of("/dev/shm", "kdring-" + unique + ".ram"), workDirectory.resolve(options.name() + ".port"),
                PORT, READBACK, workDirectory.resolve(options.name() + ".serial"),
                workDirectory.resolve(options.name() + ".log"), accelerator);
    }

    /**
     * The spec that runs the reference guest as a VM with stock kdcom would be: UART transport, COM1 on a unix
     * socket, and nothing of kdring's (no handshake device, RAM that is QEMU's own and not shared).
     */
    public static QemuVmSpec serialOnlySpec(String name, Path kernel, Path workDirectory, Accelerator accelerator) {
        Options options = Options.of(name, "uart");
        return new QemuVmSpec(name, qemuBinary(), kernel, options.commandLine(), options.memoryMiB(), null, null,
                PORT, READBACK, workDirectory.resolve(name + ".serial"), workDirectory.resolve(name + ".log"),
                accelerator);
    }

    /** Launches {@link #serialOnlySpec} and waits until the guest runs, as {@link #launch} does. */
    public static QemuVm launchSerialOnly(String name, Path workDirectory, Accelerator accelerator)
            throws IOException {
        return awaitRunning(QemuVm.launch(serialOnlySpec(name, kernel(projectRoot()), workDirectory, accelerator),
                workDirectory));
    }

    /** Builds (if needed), launches, and waits for the guest's ready line and its first tick. */
    public static QemuVm launch(Options options, Path workDirectory, Accelerator accelerator) throws IOException {
        return awaitRunning(QemuVm.launch(spec(options, kernel(projectRoot()), workDirectory, accelerator),
                workDirectory));
    }

    private static QemuVm awaitRunning(QemuVm vm) throws IOException {
        try {
            vm.awaitLog(READY, java.time.Duration.ofSeconds(60));
            vm.awaitLog(RUNNING, java.time.Duration.ofSeconds(60));
        } catch (IOException e) {
            vm.close();
            throw e;
        }
        return vm;
    }

    /** @return qemu-system-x86_64 from {@code KDRING_QEMU} or the PATH */
    public static Path qemuBinary() {
        String configured = System.getenv("KDRING_QEMU");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        List<String> path = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":")));
        for (String dir : path) {
            Path candidate = Path.of(dir, "qemu-system-x86_64");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return Path.of("qemu-system-x86_64");
    }
}
