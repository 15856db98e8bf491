package kdring.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import kdring.kd.endpoint.KdException;
import kdring.session.ChannelSession;
import kdring.session.CrashDump;
import kdring.session.Hypervisors;
import kdring.transport.vm.Hypervisor;
import kdring.transport.vm.VmConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kdring dump}: breaks into a VM, writes a Windows kernel crash dump of it (full, or the bitmap of
 * the pages its page tables map) from the mapped guest RAM, and lets it run again, whatever failed.
 */
@Command(name = "dump", customSynopsis = "kdring dump [--vm demo | --attach PORTSOCK,SERIALSOCK,MEMFILE] "
        + "[--kind full|bitmap] [--through-kd] OUT.dmp",
        description = { "Break into a VM, write a 64-bit Windows kernel crash dump of it that 'windbg -z OUT.dmp' "
                + "opens, and let it run again. The pages come straight from the VM's mapped RAM; the header "
                + "(CR3, CONTEXT, module list, KdDebuggerDataBlock) from the debugger stop.",
            "  full    every page of guest RAM",
            "  bitmap  the pages the guest's page tables map, and the tables, without a direct map of RAM" },
        footer = "Exit codes: 0 written; 1 the VM would not stop or the dump could not be written (the VM runs "
                + "again either way); 2 bad arguments.")
final class DumpCommand extends ToolCommand {

    static final Duration WAIT = Duration.ofSeconds(90);

    @Parameters(index = "0", paramLabel = "OUT.dmp", description = "The dump file to write (replaced).")
    Path target;

    @Option(names = "--vm", paramLabel = "demo", description = "Boot the demo VM (the reference guest) and dump it.")
    String vm;

    @Option(names = "--attach", paramLabel = "PORTSOCK,SERIALSOCK,MEMFILE",
            description = "Dump a QEMU VM you started: its handshake socket, serial socket and RAM file.")
    String attach;

    @Option(names = "--kind", paramLabel = "KIND", description = "full (default) or bitmap.")
    String kind = "full";

    @Option(names = "--through-kd", description = "Read the pages through the debugger (KD ReadPhysicalMemory) "
            + "instead of the mapped RAM: slower, for checking or for VMs whose RAM kdring has not mapped.")
    boolean throughKd;

    @Override
    public Integer call() {
        CrashDump.Kind dumpKind = switch (kind) {
            case "full" -> CrashDump.Kind.FULL;
            case "bitmap" -> CrashDump.Kind.BITMAP;
            default -> throw badInput("--kind takes full or bitmap, not '" + kind + "'");
        };
        if ((vm == null) == (attach == null) && !(vm == null && attach == null)) {
            throw badInput("give --vm demo or --attach, not both");
        }
        if (vm != null && !vm.equals("demo")) {
            throw badInput("--vm takes demo, not '" + vm + "'");
        }
        if (attach != null && attach.split(",", -1).length != 3) {
            throw badInput("--attach takes PORTSOCK,SERIALSOCK,MEMFILE (an empty field for a missing socket)");
        }
        try (WorkFolder folder = WorkFolder.create("kdring-dump-");
                ChannelSession session = ChannelSession.open(open(folder.path()), new ChannelSession.Options(-1,
                        folder.path().resolve("recording"), folder.path().resolve("captures")))) {
            return dump(session, dumpKind);
        } catch (IOException | RuntimeException e) {
            return fail(Main.FAILED, e.getMessage());
        }
    }

    private VmConnection open(Path work) throws IOException {
        if (attach == null) {
            out().println("dump: booting the demo VM (reference guest, ring transport)");
            return Hypervisors.demo().launchDemo(Hypervisor.DemoRequest.of("dump", "ring"), work);
        }
        String[] parts = attach.split(",", -1);
        Map<String, String> settings = new LinkedHashMap<>();
        if (!parts[2].isBlank()) {
            settings.put("memory", parts[2]); // without it the VM is serial only, and the dump says it needs RAM
        }
        if (!parts[0].isBlank()) {
            settings.put("port-socket", parts[0]);
        }
        if (!parts[1].isBlank()) {
            settings.put("serial-socket", parts[1]);
        }
        return Hypervisors.find("qemu").attach(target.getFileName().toString().replaceFirst("\\.dmp$", ""), settings);
    }

    private int dump(ChannelSession session, CrashDump.Kind dumpKind) {
        try {
            session.debugger().breakIn(WAIT);
        } catch (IOException | KdException | java.util.concurrent.TimeoutException e) {
            return fail(Main.FAILED, "the VM did not stop: " + e.getMessage());
        }
        long started = System.nanoTime();
        try {
            int[] lastTenth = { -1 };
            CrashDump.Result result = session.writeCrashDump(target, dumpKind, (done, total) -> {
                long elapsed = System.nanoTime() - started;
                int tenth = total == 0 ? 10 : (int) (done * 10 / total);
                if (tenth != lastTenth[0]) {
                    lastTenth[0] = tenth;
                    long left = done == 0 ? 0 : elapsed / done * (total - done) / 1_000_000_000L;
                    out().printf(Locale.ROOT, "dump: %d%% (%d of %d pages, about %d s left)%n", tenth * 10, done,
                            total, left);
                    out().flush();
                }
                return true;
            }, throughKd);
            double seconds = (System.nanoTime() - started) / 1e9;
            out().printf(Locale.ROOT, "dump: wrote %s (%s, %d pages, %d bytes) in %.1f s; open it with windbg -z %s%n",
                    result.file(), dumpKind.name().toLowerCase(Locale.ROOT), result.pages(), result.bytes(), seconds,
                    result.file());
            return 0;
        } catch (IOException | KdException | java.util.concurrent.TimeoutException e) {
            return fail(Main.FAILED, "the dump failed: " + e.getMessage());
        } finally {
            try {
                session.debugger().go(WAIT);
                out().println("dump: the VM runs again");
            } catch (IOException | KdException | java.util.concurrent.TimeoutException e) {
                err().println("dump: could not let the VM run again: " + e.getMessage());
            }
        }
    }
}
