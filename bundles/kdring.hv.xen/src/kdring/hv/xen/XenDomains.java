package kdring.hv.xen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Xen domains by name, through the toolstack's own command, {@code xl}: the id, the RAM bound and the type of a
 * domain, and pause, unpause, reset and destroy.
 *
 * <p>Why {@code xl} and not libxl or xenstore through FFM: libxl has no stable ABI (its structures change with
 * every Xen release, and FFM would have to spell their layouts), xenstore holds neither the RAM bound nor the
 * controls, and {@code xl} is what a dom0 operator uses, with the same answers. kdring calls it a few times per
 * attach and per pause, never on the data path; every call has a deadline. Only the page mapping itself, which
 * is on the data path, goes through FFM ({@link XenForeignMemory}).
 *
 * <p>Immutable and thread-safe.
 */
public final class XenDomains {

    /** How long one {@code xl} call may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** What {@code /proc/xen/capabilities} says in dom0. */
    static final String CONTROL_DOMAIN = "control_d";

    /**
     * A domain as {@code xl list -l} describes it.
     *
     * @param name       its name
     * @param domid      its id now
     * @param type       {@code hvm}, {@code pv} or {@code pvh}
     * @param maxMemoryBytes its RAM bound ({@code b_info.max_memkb})
     */
    public record Domain(String name, int domid, String type, long maxMemoryBytes) {
    }

    private final Path xl;

    /** @param xl the {@code xl} to run */
    public XenDomains(Path xl) {
        this.xl = xl;
    }

    /** @return {@code xl} from {@code KDRING_XL} or the PATH (Debian: /usr/sbin/xl), or null */
    public static Path findXl() {
        String configured = System.getenv("KDRING_XL");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":")));
        dirs.addAll(List.of("/usr/sbin", "/sbin"));
        for (String dir : dirs) {
            Path candidate = Path.of(dir, "xl");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * @return null when this process runs in a Xen dom0, else what it found instead
     */
    public static String whyNotDom0(Path procXen) {
        Path capabilities = procXen.resolve("capabilities");
        if (!Files.isDirectory(procXen)) {
            return "this is not a Xen domain (no " + procXen + "): kdring's Xen adapter runs in the dom0 of the Xen host";
        }
        try {
            if (!Files.readString(capabilities).contains(CONTROL_DOMAIN)) {
                return "this is a Xen guest, not dom0 (" + capabilities + " lacks " + CONTROL_DOMAIN
                        + "): run kdring in the dom0 of the Xen host";
            }
        } catch (IOException e) {
            return "cannot read " + capabilities + " (" + e.getMessage() + "): is xenfs mounted on " + procXen + "?";
        }
        return null;
    }

    /**
     * @return the domain called {@code name}
     * @throws IOException saying it does not exist, or what {@code xl} said
     */
    public Domain find(String name) throws IOException {
        return parseList(name, run("list", "-l", name));
    }

    /** @return the id of the domain called {@code name} now, empty when there is none */
    public OptionalInt currentId(String name) {
        try {
            return OptionalInt.of(Integer.parseInt(run("domid", name).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Pauses the domain (its vCPUs stop; a broken-in guest then costs nothing). */
    public void pause(String name) throws IOException {
        run("pause", name);
    }

    /** Lets a paused domain run again. */
    public void unpause(String name) throws IOException {
        run("unpause", name);
    }

    /** @return the command that lets the domain run again, for a watcher that runs it when kdring dies */
    public List<String> unpauseCommand(String name) {
        return List.of(xl.toString(), "unpause", name);
    }

    /**
     * @return whether the domain's vCPUs are paused: the {@code p} in the state column of {@code xl list NAME}
     *         (e.g. {@code --p---})
     * @throws IOException when xl does not list the domain in the form it documents
     */
    public boolean paused(String name) throws IOException {
        return parsePaused(name, run("list", name));
    }

    /** Reads the state column of {@code xl list NAME}: the header line, then NAME ID MEM VCPUS STATE TIME. */
    public static boolean parsePaused(String name, String listing) throws IOException {
        for (String line : listing.split("\\R")) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length >= 6 && columns[0].equals(name)) {
                String state = columns[4];
                if (!state.matches("[-rbpscd]{6}")) {
                    throw new IOException("xl list " + name + " gave the state '" + state + "', not six flags");
                }
                return state.charAt(2) == 'p';
            }
        }
        throw new IOException("xl list " + name + " did not list the domain: " + listing.strip());
    }

    /** Resets the domain's virtual hardware (the guest reboots under the same id). */
    public void reset(String name) throws IOException {
        run("trigger", name, "reset");
    }

    /** Destroys the domain at once. */
    public void destroy(String name) throws IOException {
        run("destroy", name);
    }

    /**
     * Reads {@code xl list -l NAME}: a JSON array with one object per domain, whose {@code domid},
     * {@code config.c_info.type} and {@code config.b_info.max_memkb} kdring uses.
     */
    public static Domain parseList(String name, String json) throws IOException {
        try {
            JsonElement root = JsonParser.parseString(json);
            if (!root.isJsonArray() || root.getAsJsonArray().isEmpty()) {
                throw new IOException("xl list -l " + name + " described no domain");
            }
            var domain = root.getAsJsonArray().get(0).getAsJsonObject();
            var config = domain.getAsJsonObject("config");
            int domid = domain.get("domid").getAsInt();
            String type = config.getAsJsonObject("c_info").get("type").getAsString();
            long maxKib = config.getAsJsonObject("b_info").get("max_memkb").getAsLong();
            if (domid < 0 || maxKib <= 0 || maxKib > (1L << 44)) {
                throw new IOException("xl list -l " + name + " gave domid " + domid + " and max_memkb " + maxKib);
            }
            return new Domain(name, domid, type, maxKib << 10);
        } catch (JsonParseException | IllegalStateException | NullPointerException | ClassCastException
                | UnsupportedOperationException e) {
            throw new IOException("cannot read xl list -l " + name + ": " + e.getMessage(), e);
        }
    }

    private String run(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(xl.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("kdring-xl-", ".out");
        Path err = Files.createTempFile("kdring-xl-", ".err");
        try {
            Process process;
            try {
                process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            } catch (IOException e) {
                throw new IOException("cannot run " + xl + " (Xen's toolstack; Debian: apt-get install xen-utils): "
                        + e.getMessage(), e);
            }
            try {
                if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                    throw new IOException("xl " + args[0] + " did not answer within " + TIMEOUT.toSeconds()
                            + " s (is xenstored running?)");
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for xl", e);
            }
            if (process.exitValue() != 0) {
                String stderr = Files.readString(err, StandardCharsets.UTF_8).strip();
                throw new IOException("xl " + String.join(" ", args) + " failed: "
                        + (stderr.isEmpty() ? "exit code " + process.exitValue() : stderr));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
