package kdring.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kdring.hv.qemu.Accelerator;
import kdring.hv.qemu.QemuHypervisor;
import kdring.hv.qemu.QemuVm;
import kdring.hv.qemu.ReferenceGuest;
import kdring.kd.endpoint.KdException;
import kdring.session.BuiltInDebugger;
import kdring.session.ChannelSession;
import kdring.transport.ChannelState;
import kdring.transport.bridge.DebuggerHub;

/**
 * {@code kdring bench --vms N}: N demo VMs on the rings in one process, each with its channel session, all
 * broken in through the built-in debugger and left idle: how much CPU their QEMUs take together (each
 * session pauses its idle VM), and the slowest break-in and the slowest first request after the idle
 * period on any of them.
 */
final class ManyVms {

    /**
     * The many-VM figures.
     *
     * @param count                how many VMs
     * @param paused               how many of them were paused while idle
     * @param qemuIdleCpuPctTotal  CPU of all their QEMUs together while all are broken in and idle, % of a core
     * @param slowestBreakInMillis the slowest break-in
     * @param slowestRequestMillis the slowest first request (a 4 KiB virtual read) after the idle period
     */
    public record Figures(int count, int paused, double qemuIdleCpuPctTotal, double slowestBreakInMillis,
            double slowestRequestMillis) {
    }

    private ManyVms() {
    }

    static Figures measure(int count, int idleSeconds, Accelerator.Choice accel, PrintWriter progress)
            throws IOException, KdException, InterruptedException {
        progress.println("  " + count + " VMs: booting the reference guest " + count + " times");
        List<QemuVm> qemus = new ArrayList<>();
        List<ChannelSession> sessions = new ArrayList<>();
        try (WorkFolder work = WorkFolder.create("kdring-bench-vms-")) {
            try {
                for (int i = 0; i < count; i++) {
                    QemuVm qemu = ReferenceGuest.launch(new ReferenceGuest.Options("bench-vm" + i, "ring", 2, 150, null,
                            128), work.path(), accel.accelerator());
                    qemus.add(qemu);
                    sessions.add(ChannelSession.open(QemuHypervisor.connection(qemu, accel.accelerator().qemuName()),
                            new ChannelSession.Options(List.of(), work.path().resolve("recordings"),
                                    work.path().resolve("captures"), DebuggerHub.DEFAULT_STALL_TIMEOUT)));
                }
                for (ChannelSession session : sessions) {
                    if (!session.awaitState(ChannelState.OPEN, Duration.ofSeconds(180))) {
                        throw new IOException(session.name() + ": the ring channel did not open");
                    }
                }
                progress.println("  " + count + " VMs: breaking into each");
                double slowestBreakIn = 0;
                for (ChannelSession session : sessions) {
                    long t = System.nanoTime();
                    session.debugger().breakIn(BuiltInDebugger.BREAK_IN_TIMEOUT);
                    slowestBreakIn = Math.max(slowestBreakIn, (System.nanoTime() - t) / 1e6);
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (sessions.stream().anyMatch(s -> !s.pauseStats().paused()) && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                int paused = (int) sessions.stream().filter(s -> s.pauseStats().paused()).count();
                progress.println("  " + count + " VMs: " + idleSeconds + " s all broken in and idle (" + paused
                        + " paused)");
                double before = qemuSeconds(qemus);
                long start = System.nanoTime();
                Thread.sleep(idleSeconds * 1000L);
                double cpu = 100 * (qemuSeconds(qemus) - before) / ((System.nanoTime() - start) / 1e9);
                double slowestRequest = 0;
                for (ChannelSession session : sessions) {
                    long t = System.nanoTime();
                    session.debugger().readVirtual(ReferenceGuest.PATTERN_VA, 4096, BuiltInDebugger.REQUEST_TIMEOUT);
                    slowestRequest = Math.max(slowestRequest, (System.nanoTime() - t) / 1e6);
                }
                for (ChannelSession session : sessions) {
                    session.debugger().go(BuiltInDebugger.REQUEST_TIMEOUT);
                }
                return new Figures(count, paused, cpu, slowestBreakIn, slowestRequest);
            } catch (TimeoutException e) {
                throw new IOException(e.getMessage(), e);
            } finally {
                sessions.forEach(ChannelSession::close); // closes the VMs too
                qemus.forEach(QemuVm::close);
            }
        }
    }

    private static double qemuSeconds(List<QemuVm> qemus) throws IOException {
        double total = 0;
        for (QemuVm qemu : qemus) {
            String text = Files.readString(Path.of("/proc/" + qemu.pid() + "/stat"));
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        }
        return total;
    }
}
