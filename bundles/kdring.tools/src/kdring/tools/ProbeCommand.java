package kdring.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.KdClient;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.hv.qemu.VmConfigSnippets;
import kdring.kd.endpoint.KdException;
import kdring.model.capture.CaptureFormat;
import kdring.model.capture.CaptureWriter;
import kdring.transport.ByteTap;
import kdring.transport.ChannelState;
import kdring.transport.VmChannel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kdring probe}: the smoke test a newcomer runs. Boots the reference guest (or attaches to a VM the
 * user started), breaks in through kdring's bridge, prints the version, the module list and a memory read (the
 * reference guest's pattern, checked; on another VM the first page at KernBase), continues, and exits 0. Any
 * failure exits 1 with a sentence saying what went wrong, after continuing a target it stopped
 * ({@link ProbeSteps}).
 *
 * <pre>
 * probe [--transport ring|uart] [--vm demo | --attach PORTSOCK,SERIALSOCK,MEMFILE] [--capture FILE]
 * probe --attach ,SERIALSOCK,        (a VM with stock kdcom: its serial port only)
 * probe --print-config NAME [MEMORY_MIB]
 * </pre>
 *
 * The second form prints what to add to your own VM NAME (QEMU arguments, libvirt XML, Xen xl.cfg) so that
 * {@code --attach} can then reach it. {@code -Dkdring.root} names the project root where the reference guest
 * is found or built.
 */
@Command(name = "probe", customSynopsis = {
    "kdring probe [--transport ring|uart] [--vm demo | --attach PORTSOCK,SERIALSOCK,MEMFILE] [--capture FILE]",
    "       kdring probe --attach ,SERIALSOCK,        (stock kdcom: the serial port only)",
    "       kdring probe --print-config NAME [MEMORY_MIB]" },
        description = { "Boot the reference guest (or attach to your VM), break in through the bridge, print the "
                + "version, the modules and a memory read, and continue: the smoke test.",
            "With --print-config: print the QEMU, libvirt and Xen configuration to add to your own VM NAME." },
        footer = "Exit codes: 0 ok; 1 the probe failed (the reason is printed); 2 bad arguments.")
final class ProbeCommand extends ToolCommand {

    static final Duration OPEN_TIMEOUT = Duration.ofSeconds(60);
    static final Duration BREAK_TIMEOUT = Duration.ofSeconds(60);

    @Option(names = "--transport", paramLabel = "ring|uart", description = "The guest's KD transport (default ring).")
    String transport = "ring";

    @Option(names = "--vm", paramLabel = "demo", description = "Boot the demo VM, the reference guest (the default).")
    String vm;

    @Option(names = "--attach", paramLabel = "PORTSOCK,SERIALSOCK,MEMFILE",
            description = "Attach to a VM you started with the configuration --print-config prints; leave a field "
                    + "empty for what the VM lacks (stock kdcom: ,SERIALSOCK,).")
    String attach;

    @Option(names = "--capture", paramLabel = "FILE",
            description = "Record every byte of the session in a capture (for kdring export and the workbench).")
    Path capture;

    @Option(names = "--print-config", paramLabel = "NAME",
            description = "Print the configuration to add to your own VM NAME, then exit.")
    String printConfig;

    @Parameters(arity = "0..1", paramLabel = "MEMORY_MIB",
            description = "With --print-config: the VM's memory in MiB (default 4096).")
    Integer memoryMib;

    @Override
    public Integer call() {
        if (printConfig != null) {
            return printConfig();
        }
        if (memoryMib != null) {
            throw badInput("MEMORY_MIB goes with --print-config NAME");
        }
        if (!transport.equals("ring") && !transport.equals("uart")) {
            throw badInput("--transport takes ring or uart, not '" + transport + "'");
        }
        if (vm != null && !vm.equals("demo")) {
            throw badInput("--vm knows only 'demo' (the reference guest), not '" + vm + "'");
        }
        if (vm != null && attach != null) {
            throw badInput("--vm and --attach exclude each other");
        }
        List<String> parts = attach == null ? List.of() : List.of(attach.split(",", -1));
        if (attach != null && parts.size() != 3) {
            throw badInput("--attach needs PORTSOCK,SERIALSOCK,MEMFILE (serial only: ,SERIALSOCK,), not '" + attach
                    + "'");
        }
        if (attach != null && parts.get(2).isBlank() && !parts.get(0).isBlank()) {
            throw badInput("--attach: the handshake port needs MEMFILE (the rings live in RAM); for a serial-only VM"
                    + " give ,SERIALSOCK,");
        }
        if (attach != null && parts.get(1).isBlank() && (parts.get(0).isBlank() || parts.get(2).isBlank())) {
            throw badInput("--attach needs SERIALSOCK, or PORTSOCK and MEMFILE, or all three");
        }
        Path captureFile = capture == null ? null : capture.toAbsolutePath();
        if (captureFile != null && captureFile.getParent() != null && !Files.isDirectory(captureFile.getParent())) {
            throw badInput("--capture: folder " + captureFile.getParent() + " does not exist");
        }
        try {
            if (attach != null) {
                for (String part : parts) {
                    if (!part.isBlank() && !Files.exists(Path.of(part))) {
                        return fail(Main.FAILED, part + " does not exist");
                    }
                }
                out().println("kdring probe: attaching to " + (parts.get(2).isBlank()
                        ? "serial " + parts.get(1) + " only (stock kdcom: no handshake port, no RAM)"
                        : "port " + orNone(parts.get(0)) + ", serial " + orNone(parts.get(1)) + ", RAM " + parts.get(2)));
                try (QemuVm.AttachedVm attached = QemuVm.AttachedVm.open("attached", pathOrNull(parts.get(0)),
                        pathOrNull(parts.get(1)), pathOrNull(parts.get(2)))) {
                    return probe(attached.channel(), captureFile);
                }
            }
            Accelerator.Choice accel = Accelerator.detect();
            out().println("kdring probe: booting the reference guest under " + accel + ", transport " + transport);
            try (WorkFolder work = WorkFolder.create("kdring-probe-");
                    QemuVm qemu = ReferenceGuest.launch(ReferenceGuest.Options.of("probe", transport), work.path(),
                            accel.accelerator());
                    QemuVm.AttachedVm booted = qemu.attach()) {
                int code = probe(booted.channel(), captureFile);
                out().println("kdring probe: QEMU " + qemu.pid() + " stopped");
                return code;
            }
        } catch (IOException | KdException e) {
            return fail(Main.FAILED, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(Main.FAILED, "interrupted");
        }
    }

    private static Path pathOrNull(String part) {
        return part.isBlank() ? null : Path.of(part);
    }

    private static String orNone(String part) {
        return part.isBlank() ? "(none)" : part;
    }

    private int printConfig() {
        boolean probing = spec.commandLine().getParseResult().matchedOptions().stream()
                .anyMatch(option -> !option.longestName().equals("--print-config"));
        if (probing) {
            throw badInput("--print-config NAME [MEMORY_MIB] takes no other option");
        }
        int mib = memoryMib == null ? 4096 : memoryMib;
        if (mib < 1) {
            throw badInput("MEMORY_MIB must be at least 1, not " + mib);
        }
        VmConfigSnippets.Paths paths = VmConfigSnippets.Paths.standard(printConfig, mib);
        out().println("# QEMU arguments\n" + VmConfigSnippets.qemuArguments(paths));
        out().println("\n# libvirt domain XML (merge into your domain)\n" + VmConfigSnippets.libvirtXml(paths));
        out().println("# Xen xl.cfg (HVM, qemu-xen device model)\n" + VmConfigSnippets.xenXlCfg(paths));
        out().println("# then: kdring probe --attach " + paths.portSocket() + "," + paths.serialSocket() + ","
                + paths.memoryFile());
        out().println("# a VM with stock kdcom on COM1 only (no kdring device, no RAM file): kdring probe --attach ,"
                + paths.serialSocket() + ",");
        return 0;
    }

    /** The probe, with every byte of the session recorded into {@code captureFile} when it is not null. */
    private int probe(VmChannel channel, Path captureFile) throws IOException, KdException, InterruptedException {
        if (captureFile == null) {
            return probe(channel);
        }
        // every byte of the session as it crossed, into a capture that kdring export and the workbench open
        try (CaptureWriter writer = CaptureWriter.create(captureFile)) {
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
                return probe(channel);
            } finally {
                channel.removeByteTap(tap);
                if (failure[0] != null) {
                    throw new IOException("writing the capture " + captureFile + " failed: " + failure[0].getMessage(),
                            failure[0]);
                }
                out().println("capture: " + writer.records() + " records, " + writer.size() + " bytes in "
                        + captureFile + " (try: kdring export " + captureFile + " --to pcapng probe.pcapng)");
            }
        }
    }

    private int probe(VmChannel channel) throws IOException, KdException, InterruptedException {
        PrintWriter out = out();
        boolean ring = attach == null ? transport.equals("ring") : channel.hasPort();
        if (ring) {
            if (!channel.awaitState(ChannelState.OPEN, OPEN_TIMEOUT)) {
                throw new IOException("the ring channel did not open within " + OPEN_TIMEOUT.toSeconds() + " s: "
                        + channel.lifecycle());
            }
            out.println("channel: " + channel.lifecycle().reason());
        } else {
            out.println("channel: " + channel.lifecycle().state() + " — debugger bytes go to the serial port (UART)");
        }
        // the probe follows one channel without a channel session: decode on the side to count the packets
        kdring.kd.observer.KdObserver packets = new kdring.kd.observer.KdObserver();
        packets.addListener(event -> {
            if (event instanceof kdring.kd.observer.KdEvent.PacketSeen seen) {
                channel.packetSeen(seen.direction());
            }
        });
        channel.addByteTap(kdring.transport.ByteTap.decodingInto(packets));
        try (KdClient session = KdClient.builtIn(channel)) {
            ProbeSteps.run(session, out, attach == null ? ProbeSteps.Guest.REFERENCE : ProbeSteps.Guest.UNKNOWN,
                    BREAK_TIMEOUT);
            out.println(channel.stats().targetPackets() + " packets from the target, "
                    + channel.stats().debuggerPackets() + " from the debugger");
        }
        out.println("kdring probe: OK");
        return 0;
    }
}
