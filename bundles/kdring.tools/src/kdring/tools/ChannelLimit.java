package kdring.tools;

import java.io.IOException;
import java.lang.invoke.VarHandle;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kdring.hv.qemu.QemuVm;
import kdring.transport.memory.GuestMemoryException;
import kdring.transport.memory.MappedGuestMemory;

/**
 * What the bare channel allows on this machine, measured on the bench's own ring VM before kdring's channel
 * takes it: the reference guest's ping-pong mailbox (guest/refvm/pingpong.c) echoes a sequence number the
 * host writes into guest RAM. Two figures, with nothing of KD, the ring engine or the debugger in between:
 * <ul>
 * <li><b>kick round trips</b>: the host writes the number, flags that it sleeps and blocks on the port's
 * stream until the guest's kick (the event path every request takes while the channel thread sleeps);</li>
 * <li><b>spin round trips</b>: the host spins on the reply in RAM and the guest does not kick.</li>
 * </ul>
 * The bench holds the port's socket only here, while no channel is attached: QEMU's port chardev takes one
 * client, and the channel connects after.
 */
final class ChannelLimit {

    /**
     * The figures.
     *
     * @param kickRoundTripsPerS round trips per second with the host sleeping until the guest's kick
     * @param kickMedianMicros   median kick round trip
     * @param spinRoundTripsPerS round trips per second with the host spinning on guest RAM
     * @param spinMedianMicros   median spin round trip
     * @param guestKicksPerKickRoundTrip kicks the guest wrote during the whole ping-pong (both modes, warm-up
     *                                   included) per round trip with the host sleeping: 1 when the guest kicks
     *                                   exactly when the host said it sleeps
     * @param roundTrips         round trips per mode
     */
    record Figures(double kickRoundTripsPerS, double kickMedianMicros, double spinRoundTripsPerS,
            double spinMedianMicros, double guestKicksPerKickRoundTrip, int roundTrips) {
    }

    static final Pattern MAILBOX = Pattern.compile("pingpong mailbox=0x([0-9a-f]+)");
    static final int MAGIC = 0x5050444B;
    static final int ENTER = 0x474E4950;
    private static final long REQUEST = 0x40;
    private static final long REPLY = 0x80;
    private static final long SLEEPING = 0xC0;
    private static final long IN_MODE = 0x100;
    private static final long CONTROL = 0x140;
    private static final long GUEST_KICKS = 0x180;
    private static final int WARM_UP = 50;
    private static final Duration ROUND_TRIP_LIMIT = Duration.ofSeconds(2);

    private ChannelLimit() {
    }

    /** Measures {@code roundTrips} of each kind on {@code vm}, a running ring guest no channel holds. */
    static Figures measure(QemuVm vm, int roundTrips) throws IOException {
        Matcher m = MAILBOX.matcher(vm.guestLog());
        if (!m.find()) {
            throw new IOException("the reference guest did not log its ping-pong mailbox (is guest/build stale? "
                    + "run make -C guest)");
        }
        long mailbox = Long.parseUnsignedLong(m.group(1), 16);
        try (MappedGuestMemory ram = MappedGuestMemory.map(vm.spec().memoryFile());
                SocketChannel port = SocketChannel.open(StandardProtocolFamily.UNIX);
                Selector selector = Selector.open()) {
            if (mailbox < 0 || mailbox + 0x1000 > ram.size() || (mailbox & 0xFFF) != 0
                    || ram.readIntAcquire(mailbox) != MAGIC) {
                throw new IOException(String.format(Locale.ROOT, "no ping-pong mailbox at GPA 0x%x", mailbox));
            }
            port.connect(UnixDomainSocketAddress.of(vm.spec().channelSocket()));
            port.configureBlocking(false);
            port.register(selector, SelectionKey.OP_READ);
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            int seq = ram.readIntAcquire(mailbox + REQUEST);
            ram.writeIntRelease(mailbox + SLEEPING, 0);
            ram.writeIntRelease(mailbox + CONTROL, ENTER);
            try {
                await(() -> ram.readIntAcquire(mailbox + IN_MODE) == 1, Duration.ofSeconds(10),
                        "the guest did not enter its ping-pong mode");
                int kicksBefore = ram.readIntAcquire(mailbox + GUEST_KICKS);
                // warm both paths, then measure
                seq = spin(ram, mailbox, seq, WARM_UP, new long[WARM_UP]);
                seq = kick(ram, mailbox, seq, WARM_UP, new long[WARM_UP], port, selector, buffer);
                long[] kick = new long[roundTrips];
                long start = System.nanoTime();
                seq = kick(ram, mailbox, seq, roundTrips, kick, port, selector, buffer);
                double kickSeconds = (System.nanoTime() - start) / 1e9;
                long[] spin = new long[roundTrips];
                start = System.nanoTime();
                spin(ram, mailbox, seq, roundTrips, spin);
                double spinSeconds = (System.nanoTime() - start) / 1e9;
                // the guest stored its count before it answered the last spin request
                int guestKicks = ram.readIntAcquire(mailbox + GUEST_KICKS) - kicksBefore;
                return new Figures(roundTrips / kickSeconds, median(kick) / 1e3, roundTrips / spinSeconds,
                        median(spin) / 1e3, (double) guestKicks / (roundTrips + WARM_UP), roundTrips);
            } finally {
                ram.writeIntRelease(mailbox + CONTROL, 0);
                ram.writeIntRelease(mailbox + SLEEPING, 0);
                VarHandle.fullFence();
                await(() -> ram.readIntAcquire(mailbox + IN_MODE) == 0, Duration.ofSeconds(10),
                        "the guest did not leave its ping-pong mode");
            }
        } catch (GuestMemoryException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Host sleeping: flag it, publish the number, block on the port until the reply is there. */
    private static int kick(MappedGuestMemory ram, long mailbox, int seq, int n, long[] nanos, SocketChannel port,
            Selector selector, ByteBuffer buffer) throws IOException, GuestMemoryException {
        long kicks = 0;
        ram.writeIntRelease(mailbox + SLEEPING, 1);
        VarHandle.fullFence();
        for (int i = 0; i < n; i++) {
            seq++;
            long t = System.nanoTime();
            long deadline = t + ROUND_TRIP_LIMIT.toNanos();
            ram.writeIntRelease(mailbox + REQUEST, seq);
            VarHandle.fullFence();
            while (ram.readIntAcquire(mailbox + REPLY) != seq) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IOException("kick round trip " + i + ": no reply within " + ROUND_TRIP_LIMIT.toMillis()
                            + " ms");
                }
                selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                selector.selectedKeys().clear();
                kicks += drain(port, buffer);
            }
            nanos[i] = System.nanoTime() - t;
        }
        // the guest reads the flag after its reply: keep it set until every reply's kick is here (a hello byte
        // may pass for one; the guest's own count is what the bench reports)
        long deadline = System.nanoTime() + ROUND_TRIP_LIMIT.toNanos();
        kicks += drain(port, buffer);
        while (kicks < n && System.nanoTime() < deadline) {
            selector.select(10);
            selector.selectedKeys().clear();
            kicks += drain(port, buffer);
        }
        ram.writeIntRelease(mailbox + SLEEPING, 0);
        return seq;
    }

    /** Host spinning: publish the number and spin on the reply in RAM. */
    private static int spin(MappedGuestMemory ram, long mailbox, int seq, int n, long[] nanos)
            throws IOException, GuestMemoryException {
        ram.writeIntRelease(mailbox + SLEEPING, 0);
        for (int i = 0; i < n; i++) {
            seq++;
            long t = System.nanoTime();
            long deadline = t + ROUND_TRIP_LIMIT.toNanos();
            ram.writeIntRelease(mailbox + REQUEST, seq);
            int spins = 0;
            while (ram.readIntAcquire(mailbox + REPLY) != seq) {
                Thread.onSpinWait();
                if ((++spins & 0xFFF) == 0 && System.nanoTime() > deadline) {
                    throw new IOException("spin round trip " + i + ": no reply within "
                            + ROUND_TRIP_LIMIT.toMillis() + " ms");
                }
            }
            nanos[i] = System.nanoTime() - t;
        }
        return seq;
    }

    /** @return kick bytes (0x6B) read; other bytes (a hello while no channel is attached) are skipped */
    private static long drain(SocketChannel port, ByteBuffer buffer) throws IOException {
        long kicks = 0;
        int n;
        while ((n = port.read(buffer.clear())) > 0) {
            for (int i = 0; i < n; i++) {
                if (buffer.get(i) == 0x6B) {
                    kicks++;
                }
            }
        }
        if (n < 0) {
            throw new IOException("QEMU closed the port's stream");
        }
        return kicks;
    }

    private interface Condition {
        boolean holds() throws GuestMemoryException;
    }

    private static void await(Condition condition, Duration timeout, String failure)
            throws IOException, GuestMemoryException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IOException(failure + " within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
