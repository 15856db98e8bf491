package kdring.hv.qemu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.KdSession;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.hv.qemu.VmConfigSnippets;
import kdring.kd.debugger.ModuleList;
import kdring.kd.endpoint.KdException;
import kdring.kd.observer.LoadedModule;
import kdring.kd.packet.StateChange;
import kdring.kd.packet.VersionInfo;
import kdring.transport.ChannelState;
import kdring.model.capture.CaptureFormat;
import kdring.model.capture.CaptureWriter;
import kdring.transport.ByteTap;
import kdring.transport.VmChannel;

/**
 * {@code kdring probe}: the smoke test a newcomer runs. Boots the reference guest (or attaches to a VM the
 * user started), breaks in through kdring's bridge, prints the version, the module list and a memory read of
 * the pattern, continues, and exits 0. Any failure exits 1 with a sentence saying what went wrong.
 *
 * <pre>
 * probe [--transport ring|uart] [--vm demo | --attach PORTSOCK,SERIALSOCK,MEMFILE] [--capture FILE]
 * probe --print-config NAME [MEMORY_MIB]
 * </pre>
 *
 * The second form prints what to add to your own VM NAME (QEMU arguments, libvirt XML, Xen xl.cfg) so that
 * {@code --attach} can then reach it.
 *
 * Plain Java (no OSGi): runs with the kdring bundle jars on the class path; {@code -Dkdring.root} names the
 * project root where the reference guest is found or built.
 */
public final class ProbeCommand {

    static final Duration OPEN_TIMEOUT = Duration.ofSeconds(60);
    static final Duration BREAK_TIMEOUT = Duration.ofSeconds(60);

    private ProbeCommand() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; @return the exit code */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length >= 2 && args[0].equals("--print-config")) {
            int mib = 4096;
            if (args.length > 2) {
                try {
                    mib = Integer.parseInt(args[2]);
                } catch (NumberFormatException e) {
                    return usage(err, "MEMORY_MIB must be a number, got '" + args[2] + "'");
                }
            }
            VmConfigSnippets.Paths paths = VmConfigSnippets.Paths.standard(args[1], mib);
            out.println("# QEMU arguments\n" + VmConfigSnippets.qemuArguments(paths));
            out.println("\n# libvirt domain XML (merge into your domain)\n" + VmConfigSnippets.libvirtXml(paths));
            out.println("# Xen xl.cfg (HVM, qemu-xen device model)\n" + VmConfigSnippets.xenXlCfg(paths));
            out.println("# then: kdring probe --attach " + paths.portSocket() + "," + paths.serialSocket() + ","
                    + paths.memoryFile());
            return 0;
        }
        String transport = "ring";
        String attach = null;
        Path capture = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--capture" -> {
                    if (++i >= args.length) {
                        return usage(err, "--capture needs a file");
                    }
                    capture = Path.of(args[i]).toAbsolutePath();
                    if (capture.getParent() != null && !Files.isDirectory(capture.getParent())) {
                        return usage(err, "--capture: folder " + capture.getParent() + " does not exist");
                    }
                }
                case "--transport" -> {
                    if (++i >= args.length || !(args[i].equals("ring") || args[i].equals("uart"))) {
                        return usage(err, "--transport needs ring or uart");
                    }
                    transport = args[i];
                }
                case "--vm" -> {
                    if (++i >= args.length || !args[i].equals("demo")) {
                        return usage(err, "--vm knows only 'demo' (the reference guest)");
                    }
                }
                case "--attach" -> {
                    if (++i >= args.length || args[i].split(",").length != 3) {
                        return usage(err, "--attach needs PORTSOCK,SERIALSOCK,MEMFILE");
                    }
                    attach = args[i];
                }
                case "-h", "--help" -> {
                    usage(out, null);
                    return 0;
                }
                default -> {
                    return usage(err, "unknown option '" + args[i] + "'");
                }
            }
        }
        try {
            if (attach != null) {
                String[] parts = attach.split(",");
                for (String part : parts) {
                    if (!Files.exists(Path.of(part))) {
                        err.println("kdring probe: " + part + " does not exist");
                        return 1;
                    }
                }
                out.println("kdring probe: attaching to port " + parts[0] + ", serial " + parts[1] + ", RAM " + parts[2]);
                try (QemuVm.AttachedVm vm = QemuVm.AttachedVm.open("attached", Path.of(parts[0]), Path.of(parts[1]),
                        Path.of(parts[2]))) {
                    return probe(vm.channel(), transport, capture, out);
                }
            }
            Accelerator.Choice accel = Accelerator.detect();
            out.println("kdring probe: booting the reference guest under " + accel + ", transport " + transport);
            Path work = Files.createTempDirectory("kdring-probe-");
            try (QemuVm qemu = ReferenceGuest.launch(ReferenceGuest.Options.of("probe", transport), work,
                    accel.accelerator()); QemuVm.AttachedVm vm = qemu.attach()) {
                int code = probe(vm.channel(), transport, capture, out);
                out.println("kdring probe: QEMU " + qemu.pid() + " stopped");
                return code;
            } finally {
                deleteTree(work);
            }
        } catch (IOException | KdException e) {
            err.println("kdring probe: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("kdring probe: interrupted");
            return 1;
        }
    }

    private static int probe(VmChannel channel, String transport, Path capture, PrintStream out)
            throws IOException, KdException, InterruptedException {
        if (capture == null) {
            return probe(channel, transport, out);
        }
        // every byte of the session as it crossed, into a capture that ./kdring export and the workbench open
        try (CaptureWriter writer = CaptureWriter.create(capture)) {
            IOException[] failure = new IOException[1];
            ByteTap tap = (direction, bytes, offset, length, nanos) -> {
                try {
                    writer.append(direction, CaptureFormat.epochNanos(nanos), bytes,
                            offset, length);
                } catch (IOException e) {
                    failure[0] = e;
                }
            };
            channel.addByteTap(tap);
            try {
                return probe(channel, transport, out);
            } finally {
                channel.removeByteTap(tap);
                if (failure[0] != null) {
                    throw new IOException("writing the capture " + capture + " failed: " + failure[0].getMessage(),
                            failure[0]);
                }
                out.println("capture: " + writer.records() + " records, " + writer.size() + " bytes in " + capture
                        + " (try: kdring export " + capture + " --to pcapng probe.pcapng)");
            }
        }
    }

    private static int probe(VmChannel channel, String transport, PrintStream out)
            throws IOException, KdException, InterruptedException {
        if (transport.equals("ring")) {
            if (!channel.awaitState(ChannelState.OPEN, OPEN_TIMEOUT)) {
                throw new IOException("the ring channel did not open within " + OPEN_TIMEOUT.toSeconds() + " s: "
                        + channel.lifecycle());
            }
            out.println("channel: " + channel.lifecycle().reason());
        } else {
            out.println("channel: " + channel.lifecycle().state() + " — debugger bytes go to the serial port (UART)");
        }
        try (KdSession session = KdSession.builtIn(channel)) {
            long start = System.nanoTime();
            StateChange stop = session.breakIn(BREAK_TIMEOUT);
            out.printf("break-in: stopped on processor %d at 0x%016X (%.1f ms)%n", stop.processor(),
                    stop.programCounter(), (System.nanoTime() - start) / 1e6);
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
            byte[] bytes = session.debugger().readVirtual(ReferenceGuest.PATTERN_VA, 4096);
            long mismatch = ReferenceGuest.firstPatternMismatch(bytes, 0);
            out.printf("memory at 0x%016X: %s ...%n", ReferenceGuest.PATTERN_VA,
                    HexFormat.ofDelimiter(" ").formatHex(bytes, 0, 16));
            if (mismatch >= 0) {
                throw new IOException("the pattern differs at offset " + mismatch);
            }
            out.println("memory: 4096 bytes match the reference pattern");
            session.resume();
            out.println("continued; " + channel.stats().targetPackets() + " packets from the target, "
                    + channel.stats().debuggerPackets() + " from the debugger");
        }
        out.println("kdring probe: OK");
        return 0;
    }

    private static int usage(PrintStream stream, String problem) {
        if (problem != null) {
            stream.println("kdring probe: " + problem);
        }
        stream.println("usage: kdring probe [--transport ring|uart] [--vm demo | --attach PORTSOCK,SERIALSOCK,MEMFILE]"
                + " [--capture FILE]\n"
                + "       kdring probe --print-config NAME [MEMORY_MIB]   (what to add to your own VM)");
        return problem == null ? 0 : 2;
    }

    static void deleteTree(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
