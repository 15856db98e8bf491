package kdring.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HexFormat;

import kdring.hv.qemu.KdClient;
import kdring.hv.qemu.ReferenceGuest;
import kdring.kd.debugger.MemoryRead;
import kdring.kd.debugger.ModuleList;
import kdring.kd.endpoint.KdException;
import kdring.kd.observer.LoadedModule;
import kdring.kd.packet.StateChange;
import kdring.kd.packet.VersionInfo;

/**
 * What {@code kdring probe} does once it has a debugger on a VM's channel: break in, GetVersion, walk the
 * modules, read memory, continue. The target is always continued once it may have stopped, whatever failed
 * in between; a failure is reported after that. The memory read checks the reference guest's pattern only
 * on the reference guest; on any other VM it shows the first bytes of the kernel image (KernBase).
 * <p>
 * Confined to the caller's thread, like the {@link KdClient}.
 */
public final class ProbeSteps {

    /** The reference guest's KernBase (guest/README.md): with kdring.dll as module 2, how it is recognised. */
    public static final long REFERENCE_KERNBASE = 0xFFFFF80000100000L;

    private ProbeSteps() {
    }

    /** Which VM the probe is looking at. */
    public enum Guest {
        /** The reference guest, booted by the probe: its pattern region is checked. */
        REFERENCE,
        /** A VM the user started: the reference guest is recognised by its KernBase and module list. */
        UNKNOWN
    }

    /**
     * Runs the probe over {@code session}, printing to {@code out}.
     *
     * @throws IOException  a check failed (e.g. the pattern differs); the target was continued first
     * @throws KdException  a KD step failed; the target was continued first if it had stopped
     */
    public static void run(KdClient session, PrintWriter out, Guest guest, Duration breakTimeout)
            throws IOException, KdException {
        long start = System.nanoTime();
        boolean stopped = false;
        Throwable failure = null;
        try {
            StateChange stop = session.breakIn(breakTimeout);
            stopped = true;
            out.printf("break-in: stopped on processor %d at 0x%016X (%.1f ms)%n", stop.processor(),
                    stop.programCounter(), (System.nanoTime() - start) / 1e6);
            inspect(session, out, guest);
        } catch (IOException | KdException | RuntimeException e) {
            failure = e;
        } finally {
            // a failed break-in may still have stopped the target (its stop came too late, or a step after it failed)
            if (stopped || session.debugger().lastStop().isPresent()) {
                try {
                    session.resume();
                    out.println(failure == null ? "continued" : "continued the target after the failure");
                } catch (KdException e) {
                    out.println("could not continue the target: " + e.getMessage());
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        switch (failure) {
            case null -> { }
            case IOException e -> throw e;
            case KdException e -> throw e;
            case RuntimeException e -> throw e;
            default -> throw new IllegalStateException(failure);
        }
    }

    private static void inspect(KdClient session, PrintWriter out, Guest guest) throws IOException, KdException {
        VersionInfo version = session.debugger().getVersion();
        out.printf("version: %d.%d protocol %d machine 0x%04X KernBase 0x%016X PsLoadedModuleList 0x%016X%n",
                version.majorVersion(), version.minorVersion(), version.protocolVersion(), version.machineType(),
                version.kernBase(), version.psLoadedModuleList());
        ModuleList modules = session.debugger().listModules();
        out.println("modules: " + modules.modules().size()
                + modules.problem().map(p -> " (walk stopped: " + p + ")").orElse(""));
        for (LoadedModule module : modules.modules()) {
            out.printf("  0x%016X %8X  %s%n", module.base(), module.size(), module.path());
        }
        boolean reference = guest == Guest.REFERENCE || (version.kernBase() == REFERENCE_KERNBASE
                && modules.modules().size() > 2 && modules.modules().get(2).name().equalsIgnoreCase("kdring.dll"));
        if (reference) {
            byte[] bytes = session.debugger().readVirtual(ReferenceGuest.PATTERN_VA, 4096);
            out.printf("memory at 0x%016X: %s ...%n", ReferenceGuest.PATTERN_VA,
                    HexFormat.ofDelimiter(" ").formatHex(bytes, 0, 16));
            long mismatch = ReferenceGuest.firstPatternMismatch(bytes, 0);
            if (mismatch >= 0) {
                throw new IOException("the reference guest's pattern differs at offset " + mismatch);
            }
            out.println("memory: 4096 bytes match the reference pattern");
        } else {
            MemoryRead read = session.debugger().readVirtualUpTo(version.kernBase(), 4096);
            byte[] bytes = read.bytes();
            out.printf("memory at KernBase 0x%016X: %s%s%n", version.kernBase(),
                    HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(16, bytes.length)),
                    bytes.length > 16 ? " ..." : "");
            out.println("memory: " + (read.complete() ? "4096 bytes read" : read.describe())
                    + (bytes.length >= 2 && bytes[0] == 'M' && bytes[1] == 'Z' ? ", an MZ image header" : "")
                    + " (not the reference guest: no pattern check)");
        }
    }
}
