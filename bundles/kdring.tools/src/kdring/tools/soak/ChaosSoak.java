package kdring.tools.soak;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import kdring.hv.qemu.KdClient;
import kdring.hv.qemu.ReferenceGuest;
import kdring.kd.debugger.ModuleList;
import kdring.kd.endpoint.KdException;
import kdring.kd.endpoint.StreamChannel;
import kdring.session.ChannelSession;
import kdring.session.Hypervisors;
import kdring.transport.ChannelState;
import kdring.transport.vm.Hypervisor;
import kdring.transport.vm.VmConnection;

/**
 * The chaos soak on one transport: boots the reference guest, serves its channel through a
 * {@link ChannelSession} with a TCP WinDbg endpoint, and lets an injector apply {@link Fault}s in a random
 * order for a while. Checked all along:
 * <ul>
 * <li><b>in-order delivery</b>: every byte an attached debugger sent reaches the guest in order, and nothing
 * from refused, HTTP or garbage peers does ({@link DeliveryLedger} against the channel's byte tap), and no
 * debugger byte is dropped in front of the UART;</li>
 * <li><b>heartbeat</b>: the channel thread answers {@link ChannelSession#heartbeat()} within the limit, beyond
 * process-wide pauses; a late answer breaks the invariant when the channel thread was busy (its own CPU time) or
 * blocked (a lock, a park, a socket) meanwhile, and is reported, not failed, when it sat runnable without CPU on
 * an overloaded host;</li>
 * <li><b>threads</b> and <b>memory</b> stay bounded;</li>
 * <li><b>storm</b>: 5 s after a debugger vanished mid-reply the guest sends at most 10 KB/s;</li>
 * <li><b>recovery</b>: after a QMP reset the guest runs (and its ring channel opens) again; every peer
 * leaves the endpoint free again.</li>
 * </ul>
 * When the faults stop, a fresh built-in debugger breaks in, lists the modules and reads the pattern region,
 * verified, within 10 s (1 MiB on the ring; less on the emulated UART, which moves a few KB/s under TCG).
 *
 * <p>Runs on the caller's thread; its heartbeat and monitor threads are named {@code kdring-soak-*}.
 */
public final class ChaosSoak {

    /** The settings of a run. */
    public record Settings(String transport, Duration faultTime, long seed, int corruptOneIn,
            Duration heartbeatLimit) {
        /** The defaults of the command: one byte in 10,000 corrupted, heartbeats within 100 ms. */
        public static Settings of(String transport, Duration faultTime, long seed) {
            return new Settings(transport, faultTime, seed, 10_000, Duration.ofMillis(100));
        }
    }

    static final int MODULES = 150;
    static final Duration FINAL_LIMIT = Duration.ofSeconds(10);
    static final long STORM_LIMIT = 10_000;
    static final int THREAD_ALLOWANCE = 24;
    static final long HEAP_ALLOWANCE_MIB = 96;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final byte[] RESET = { 0x69, 0x69, 0x69, 0x69, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, (byte) 0xAA };
    private static final byte BREAK_IN = 0x62;

    private final Settings settings;
    private final PrintWriter progress;
    private final Random random;
    private final DeliveryLedger ledger = new DeliveryLedger();
    private final Map<Fault, Integer> faults = new EnumMap<>(Fault.class);
    private final List<String> violations = new ArrayList<>();
    private ChannelSession session;
    private int port;
    private int sessionsFailed;
    private long corrupted;
    private long worstStorm;
    private int readyLines;

    private ChaosSoak(Settings settings, PrintWriter progress) {
        this.settings = settings;
        this.progress = progress;
        this.random = new Random(settings.seed());
    }

    /**
     * Runs the soak on {@code settings.transport()} and returns what it found; a VM that does not boot is an
     * {@link IOException}, a broken invariant is a violation in the report.
     *
     * @param work where the VM's files and the session recording go
     */
    public static SoakReport run(Settings settings, Path work, PrintWriter progress) throws IOException,
            InterruptedException {
        return new ChaosSoak(settings, progress).run(work);
    }

    private SoakReport run(Path work) throws IOException, InterruptedException {
        String transport = settings.transport();
        progress.printf("soak %s: booting the reference guest%n", transport);
        VmConnection vm = Hypervisors.demo().launchDemo(new Hypervisor.DemoRequest("soak-" + transport, transport, 2),
                work.resolve("vm-" + transport));
        try (ChannelSession opened = ChannelSession.open(vm, new ChannelSession.Options(
                List.of(new ChannelSession.EndpointConfig.Tcp("127.0.0.1", 0)), work.resolve("recordings"),
                work.resolve("captures"), Duration.ofSeconds(5)))) {
            session = opened;
            port = Integer.parseInt(session.windbgCommand().replaceAll(".*ipport=(\\d+),.*", "$1"));
            awaitGuestRunning(1);
            session.addByteTap(ledger);
            Monitor monitor = new Monitor(session, settings.heartbeatLimit());
            monitor.start();
            long start = System.nanoTime();
            long end = start + settings.faultTime().toNanos();
            long nextReport = start + TimeUnit.MINUTES.toNanos(1);
            try {
                while (System.nanoTime() - end < 0 && violations.size() < 20) {
                    Fault fault = Fault.values()[random.nextInt(Fault.values().length)];
                    faults.merge(fault, 1, Integer::sum);
                    monitor.injecting(fault);
                    inject(fault);
                    settle(fault);
                    monitor.injecting(null);
                    if (System.nanoTime() - nextReport > 0) {
                        nextReport += TimeUnit.MINUTES.toNanos(1);
                        progress.printf(Locale.ROOT, "soak %s: %.0f s, %d faults, %d bytes checked, worst heartbeat"
                                + " %.1f ms (%.1f ms beyond process pauses), %d threads, %d MiB heap%n", transport,
                                (System.nanoTime() - start) / 1e9,
                                faults.values().stream().mapToInt(Integer::intValue).sum(), ledger.checked(),
                                monitor.worstNanos() / 1e6, monitor.worstNetNanos() / 1e6, monitor.threadsMax(),
                                monitor.heapMaxMiB());
                    }
                }
            } finally {
                monitor.stop();
            }
            double faultSeconds = (System.nanoTime() - start) / 1e9;
            monitor.violations(violations);
            session.removeByteTap(ledger);
            FinalCheck last = finalCheck();
            return new SoakReport(transport, vm.accelerator(), settings.seed(), faultSeconds, faults, ledger.checked(),
                    ledger.skipped(), corrupted, sessionsFailed, monitor.heartbeats(), monitor.slow(),
                    monitor.worstNanos() / 1e6, monitor.worstNetNanos() / 1e6, monitor.worstDuring(),
                    monitor.paused() / 1_000_000, monitor.lateHeartbeats(), settings.heartbeatLimit().toMillis(),
                    worstStorm,
                    monitor.threadsBefore(), monitor.threadsMax(), monitor.heapBeforeMiB(), monitor.heapMaxMiB(),
                    last.millis(), last.bytes(), last.modules(), violations);
        } finally {
            session = null;
        }
    }

    private void violation(String invariant, String detail) {
        String line = invariant + ": " + detail;
        violations.add(line);
        progress.println("soak " + settings.transport() + ": INVARIANT BROKEN: " + line);
    }

    // ---- the faults ----

    private void inject(Fault fault) throws IOException, InterruptedException {
        switch (fault) {
            case MID_PACKET_DISCONNECT -> {
                try (SocketChannel socket = attach()) {
                    write(socket, RESET);
                    byte[] packet = { 0x30, 0x30, 0x30, 0x30, 0x02, 0x00, 0x38, 0x00, 0x05, 0x00, 0x00, 0x00 };
                    write(socket, java.util.Arrays.copyOf(packet, 1 + random.nextInt(packet.length - 1)));
                }
            }
            case RECONNECT -> {
                for (int i = 0; i < 2; i++) {
                    try (SocketChannel socket = attach()) {
                        write(socket, RESET);
                    }
                    awaitEndpointFree();
                }
            }
            case GARBAGE -> {
                byte[] bytes = new byte[1 + random.nextInt(300)];
                random.nextBytes(bytes);
                bytes[0] = (byte) (0x01 + random.nextInt(0x2F)); // never a leader or a break-in
                peerIsTurnedAway("garbage", bytes);
            }
            case HTTP -> peerIsTurnedAway("HTTP", ("POST / HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nbb").getBytes(StandardCharsets.US_ASCII));
            case SLOW_READER -> debuggerSession(0, 16, false);
            case SECOND_DEBUGGER -> secondDebugger();
            case GUEST_RESET -> guestReset();
            case NOISY_LINE -> debuggerSession(settings.corruptOneIn(), 0, true);
            case VANISH_MID_REPLY -> vanishMidReply();
        }
    }

    /** After each fault: the endpoint is free again and the debugger stream checks out. */
    private void settle(Fault fault) throws InterruptedException {
        awaitEndpointFree();
        DeliveryLedger.Check check = ledger.verify(TimeUnit.SECONDS.toNanos(10), TimeUnit.MILLISECONDS.toNanos(20));
        if (!check.ok()) {
            violation("in-order delivery", "after " + fault.plural() + ": " + check.problem());
        }
        long dropped = session.stats().serialDropped();
        if (dropped > 0 && violations.stream().noneMatch(v -> v.startsWith("UART delivery"))) {
            violation("UART delivery", dropped + " debugger bytes were dropped in front of the guest's UART");
        }
    }

    private void awaitEndpointFree() throws InterruptedException {
        if (!await(() -> session.attachedDebugger() == null, Duration.ofSeconds(30))) {
            violation("endpoint release", session.attachedDebugger() + " still holds the endpoint 30 s after it left");
            session.disconnectDebugger("the soak frees the endpoint");
        }
    }

    /** A peer whose first bytes are not KDCOM: told why in one line, closed, nothing it sent reaches the guest. */
    private void peerIsTurnedAway(String what, byte[] bytes) throws IOException, InterruptedException {
        try (SocketChannel socket = attach()) {
            writeUnrecorded(socket, bytes);
            String told = readToEnd(socket, Duration.ofSeconds(15));
            if (told == null) {
                violation("hostile peers", "a " + what + " peer was not closed within 15 s");
            } else if (!told.contains("kdring: ") && !told.contains("HTTP/1.1 400")) {
                violation("hostile peers", "a " + what + " peer was closed without a reason: "
                        + told.substring(Math.max(0, told.length() - 200)));
            }
        }
    }

    /** A debugger that never reads holds the endpoint; a second one is refused and its bytes go nowhere. */
    private void secondDebugger() throws IOException, InterruptedException {
        try (SocketChannel holder = attach()) {
            write(holder, RESET);
            String name = describe(holder);
            try (SocketChannel second = SocketChannel.open(endpoint())) {
                writeUnrecorded(second, RESET);
                String told = readToEnd(second, Duration.ofSeconds(15));
                if (told == null || !told.contains("in use by " + name)) {
                    violation("endpoint ownership", "a second debugger was not refused in favour of " + name + ": "
                            + told);
                }
            }
            if (!name.equals(session.attachedDebugger())) {
                violation("endpoint ownership", "the first debugger " + name + " lost the endpoint to a second one ("
                        + session.attachedDebugger() + ")");
            }
        }
    }

    /**
     * A debugger session over a degraded line: break in, walk the modules (on a fast line) and continue. Such a
     * session may fail (that is what a noisy line does); what must not fail is the channel.
     */
    private void debuggerSession(int corruptOneIn, int slowChunk, boolean walk) throws IOException,
            InterruptedException {
        SocketChannel socket = attach();
        LineChannel line = new LineChannel(new StreamChannel("soak-" + settings.transport(),
                Channels.newInputStream(socket), Channels.newOutputStream(socket)), ledger, random, corruptOneIn,
                slowChunk, TimeUnit.MILLISECONDS.toNanos(2));
        try (KdClient client = KdClient.over(line)) {
            client.breakIn(Duration.ofSeconds(30));
            if (walk) {
                client.debugger().listModules();
            } else {
                client.debugger().getVersion();
            }
            client.resume();
        } catch (KdException e) {
            sessionsFailed++;
        } finally {
            corrupted += line.corrupted();
        }
    }

    /** QMP system_reset; the guest must run again (and its ring channel open again) within a minute. */
    private void guestReset() throws IOException, InterruptedException {
        SocketChannel attached = random.nextBoolean() ? attach() : null;
        try {
            if (attached != null) {
                write(attached, RESET);
            }
            session.vm().reset();
        } finally {
            if (attached != null) {
                attached.close();
            }
        }
        awaitGuestRunning(readyLines + 1);
    }

    /**
     * A debugger breaks in, reads part of the stop and vanishes; 5 s later the guest, which has nobody to
     * acknowledge its reply, must send at most 10 KB/s. A fresh debugger then lets it run again.
     */
    private void vanishMidReply() throws IOException, InterruptedException {
        try (SocketChannel socket = attach()) {
            write(socket, RESET);
            write(socket, new byte[] { BREAK_IN });
            socket.configureBlocking(false);
            ByteBuffer some = ByteBuffer.allocate(16 + random.nextInt(48));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            long nextBreakIn = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (some.hasRemaining() && System.nanoTime() - deadline < 0) {
                if (socket.read(some) < 0) {
                    break;
                }
                if (System.nanoTime() - nextBreakIn > 0) {
                    write(socket, new byte[] { BREAK_IN });
                    nextBreakIn += TimeUnit.SECONDS.toNanos(1);
                }
                Thread.onSpinWait();
                if (some.position() == 0) {
                    Thread.sleep(1);
                }
            }
        }
        awaitEndpointFree();
        DeliveryLedger.Check check = ledger.verify(TimeUnit.SECONDS.toNanos(10), 0);
        if (!check.ok()) {
            violation("in-order delivery", "before the storm check: " + check.problem());
        }
        long quietFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        await(() -> System.nanoTime() - quietFrom >= 0 || session.attachedDebugger() != null, Duration.ofSeconds(6));
        long bytesBefore = session.stats().targetBytes();
        long from = System.nanoTime();
        long until = from + TimeUnit.SECONDS.toNanos(3);
        await(() -> System.nanoTime() - until >= 0, Duration.ofSeconds(4));
        long rate = (session.stats().targetBytes() - bytesBefore) * 1_000_000_000L / (System.nanoTime() - from);
        worstStorm = Math.max(worstStorm, rate);
        if (rate > STORM_LIMIT) {
            violation("storm", "the guest sent " + rate + " bytes/s 5 s after its debugger vanished mid-reply"
                    + " (bound " + STORM_LIMIT + ")");
        }
        debuggerSession(0, 0, false); // let it run again
    }

    // ---- waiting and sockets ----

    private void awaitGuestRunning(int readyCount) throws IOException, InterruptedException {
        boolean ring = "ring".equals(settings.transport());
        boolean running = await(() -> count(session.vm().guestLog(), ReferenceGuest.READY) >= readyCount
                && session.vm().guestLog().lastIndexOf(ReferenceGuest.RUNNING) > session.vm().guestLog()
                        .lastIndexOf(ReferenceGuest.READY)
                && (!ring || session.transportState() == ChannelState.OPEN), WAIT);
        readyLines = count(session.vm().guestLog(), ReferenceGuest.READY);
        if (!running) {
            if (readyCount == 1) {
                throw new IOException("the reference guest did not come up on the " + settings.transport()
                        + " within " + WAIT.toSeconds() + " s; its log ends: " + tail(session.vm().guestLog()));
            }
            violation("recovery after reset", "the guest " + (ring ? "and its ring channel " : "")
                    + "did not run again within " + WAIT.toSeconds() + " s of a reset (channel "
                    + session.transportState() + "); its log ends: " + tail(session.vm().guestLog()));
        }
    }

    private static String tail(String log) {
        return log.substring(Math.max(0, log.length() - 300)).replace('\n', '|');
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }

    private InetSocketAddress endpoint() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    private static String describe(SocketChannel socket) throws IOException {
        return "tcp 127.0.0.1:" + ((InetSocketAddress) socket.getLocalAddress()).getPort();
    }

    /**
     * Connects until the endpoint takes this connection as its debugger (a connection closed a moment ago may
     * still hold it, and then this one is refused), without writing anything before: every byte a connection
     * returned from here writes must reach the guest. @return the connection, blocking
     */
    private SocketChannel attach() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            awaitEndpointFree();
            SocketChannel socket = SocketChannel.open(endpoint());
            String name = describe(socket);
            socket.configureBlocking(false);
            ByteBuffer refusal = ByteBuffer.allocate(512);
            boolean refused = false;
            while (!name.equals(session.attachedDebugger()) && !refused) {
                if (System.nanoTime() - deadline > 0) {
                    socket.close();
                    throw new IOException("no debugger could attach to the endpoint within " + WAIT.toSeconds() + " s");
                }
                int n;
                try {
                    n = socket.read(refusal);
                } catch (IOException e) {
                    n = -1;
                }
                refused = n != 0;
                Thread.sleep(1);
            }
            if (!refused) {
                socket.configureBlocking(true);
                return socket;
            }
            socket.close();
        }
    }

    /** Writes bytes of the attached debugger, recording them as sent; a failed write cuts the ledger. */
    private void write(SocketChannel socket, byte[] bytes) throws IOException {
        boolean blocking = socket.isBlocking();
        socket.configureBlocking(true);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                socket.write(buffer);
            }
            ledger.sent(bytes, 0, bytes.length);
        } catch (IOException e) {
            ledger.cut();
        } finally {
            socket.configureBlocking(blocking);
        }
    }

    /** Writes what the endpoint takes from a peer whose bytes must not reach the guest. */
    private static void writeUnrecorded(SocketChannel socket, byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            socket.configureBlocking(true);
            while (buffer.hasRemaining()) {
                socket.write(buffer);
            }
        } catch (IOException e) {
            // closed by the endpoint: what an injector expects
        }
    }

    /** Reads until the endpoint closes the connection; @return what it said, or null after the timeout */
    private static String readToEnd(SocketChannel socket, Duration timeout) throws IOException {
        socket.configureBlocking(false);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (Selector selector = Selector.open()) {
            socket.register(selector, SelectionKey.OP_READ);
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                selector.select(Math.max(1, left / 1_000_000));
                selector.selectedKeys().clear();
                buffer.clear();
                int n;
                try {
                    n = socket.read(buffer);
                } catch (IOException e) {
                    break;
                }
                if (n < 0) {
                    break;
                }
                out.write(buffer.array(), 0, n);
            }
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    // ---- after the faults ----

    private record FinalCheck(long millis, int bytes, int modules) {
    }

    /**
     * A fresh built-in debugger breaks in, lists the modules and reads the pattern, verified, within
     * {@link #FINAL_LIMIT}; then the guest runs again.
     */
    private FinalCheck finalCheck() throws InterruptedException {
        awaitEndpointFree();
        int length = "ring".equals(settings.transport()) ? 1 << 20 : 16 << 10;
        long start = System.nanoTime();
        int modules = 0;
        try {
            session.debugger().breakIn(FINAL_LIMIT);
            ModuleList list = session.debugger().listModules(FINAL_LIMIT);
            modules = list.modules().size();
            byte[] bytes = session.debugger().readVirtual(ReferenceGuest.PATTERN_VA, length, FINAL_LIMIT);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long mismatch = ReferenceGuest.firstPatternMismatch(bytes, 0);
            if (modules != MODULES) {
                violation("final debugger", "listed " + modules + " modules, not " + MODULES);
            }
            if (bytes.length != length || mismatch >= 0) {
                violation("final debugger", "read " + bytes.length + " bytes of the pattern, first wrong at " + mismatch);
            }
            if (millis > FINAL_LIMIT.toMillis()) {
                violation("final debugger", "break-in, modules and " + length + " bytes took " + millis + " ms (limit "
                        + FINAL_LIMIT.toMillis() + " ms)");
            }
            session.debugger().go(FINAL_LIMIT);
            return new FinalCheck(millis, length, modules);
        } catch (IOException | KdException | TimeoutException e) {
            violation("final debugger", "failed after the faults: " + e.getMessage());
            return new FinalCheck(-1, 0, modules);
        }
    }

    // ---- heartbeat, threads, memory ----

    /** Asks the channel thread for a heartbeat every 20 ms and samples threads and heap every second. */
    private static final class Monitor {
        private final ChannelSession session;
        private final long limitNanos;
        private final AtomicLong worst = new AtomicLong();
        private final AtomicLong worstNet = new AtomicLong();
        private volatile String worstDuring = "";
        private final Map<String, Long> lateKinds = new java.util.concurrent.ConcurrentSkipListMap<>();
        private final Map<String, String> lateWhere = new java.util.concurrent.ConcurrentSkipListMap<>();
        private volatile Fault current;
        private final Pauses pauses = new Pauses();
        private final AtomicLong count = new AtomicLong();
        private final AtomicLong slow = new AtomicLong();
        private final AtomicLong unanswered = new AtomicLong();
        private volatile boolean running = true;
        private volatile int threadsMax;
        private volatile long heapMaxMiB;
        private final int threadsBefore;
        private final long heapBeforeMiB;
        private final Thread heartbeat;
        private final Thread sampler;

        Monitor(ChannelSession session, Duration limit) {
            this.session = session;
            this.limitNanos = limit.toNanos();
            threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            heapBeforeMiB = heapAfterCollection();
            threadsMax = threadsBefore;
            heapMaxMiB = heapBeforeMiB;
            heartbeat = new Thread(this::beat, "kdring-soak-heartbeat");
            sampler = new Thread(this::sample, "kdring-soak-sampler");
            heartbeat.setDaemon(true);
            sampler.setDaemon(true);
        }

        void start() {
            pauses.start();
            heartbeat.start();
            sampler.start();
        }

        void stop() throws InterruptedException {
            running = false;
            heartbeat.join(5000);
            sampler.interrupt();
            sampler.join(5000);
            pauses.stop();
        }

        /** The fault being injected now (null: between faults), to say during which one the worst answer came. */
        void injecting(Fault fault) {
            current = fault;
        }

        private void beat() {
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long owner = session.channelThread().threadId();
            while (running) {
                long asked = System.nanoTime();
                long cpuBefore = threads.getThreadCpuTime(owner);
                java.util.concurrent.CompletableFuture<Long> beat = session.heartbeat();
                try {
                    java.lang.management.ThreadInfo late = null;
                    java.lang.management.ThreadInfo later = null;
                    long answered;
                    try {
                        answered = beat.get(limitNanos, TimeUnit.NANOSECONDS);
                    } catch (TimeoutException slowToAnswer) {
                        late = threads.getThreadInfo(owner, 6); // where it is while the answer is overdue
                        try {
                            answered = beat.get(limitNanos / 2, TimeUnit.NANOSECONDS);
                        } catch (TimeoutException stillLate) {
                            later = threads.getThreadInfo(owner, 6); // and still there half a limit on?
                            answered = beat.get(5, TimeUnit.SECONDS);
                        }
                    }
                    long cpu = threads.getThreadCpuTime(owner) - cpuBefore;
                    long latency = Math.max(0, answered - asked);
                    // what the whole process lost to the OS scheduler or a collection is not the channel's doing
                    long net = Math.max(0, latency - pauses.within(asked, answered));
                    count.incrementAndGet();
                    worst.accumulateAndGet(latency, Math::max);
                    if (net > worstNet.get()) {
                        worstNet.set(net);
                        Fault during = current;
                        worstDuring = during == null ? "between faults" : "during " + during.plural();
                    }
                    if (net > limitNanos) {
                        slow.incrementAndGet();
                        classify(late, later, cpu, net);
                    }
                    Thread.sleep(20);
                } catch (TimeoutException e) {
                    unanswered.incrementAndGet();
                    worst.accumulateAndGet(System.nanoTime() - asked, Math::max);
                } catch (ExecutionException e) {
                    unanswered.incrementAndGet();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /**
         * Why a heartbeat came late. Busy: the channel thread itself spent more than half the limit on CPU (a long
         * pass, an unbounded loop). Blocked: it waited on a lock or a park, or sat in the same socket call at two
         * looks half a limit apart (its sockets are non-blocking, so one look in a read or write only shows where
         * the OS stopped running it). In the selector: it was sleeping or had just been woken (a lost wake-up is
         * bounded by the 100 ms backstop). Starved: runnable, with little CPU: the OS did not run it. Busy and
         * blocked break the invariant.
         */
        private void classify(java.lang.management.ThreadInfo late, java.lang.management.ThreadInfo later, long cpu,
                long net) {
            String top = top(late);
            String where = late == null ? "answered just after the limit" : late.getThreadState() + " in " + top;
            boolean waiting = late != null && later != null && waits(late) && waits(later);
            boolean inSocket = later != null && isSocketCall(top) && top.equals(top(later));
            String kind;
            if (cpu > limitNanos / 2) {
                kind = "busy";
            } else if (waiting || inSocket) {
                kind = "blocked";
            } else if (top.contains("EPoll") || top.contains("select") || top.contains("Selector")) {
                kind = "in the selector";
            } else {
                kind = "starved";
            }
            lateKinds.merge(kind, 1L, Long::sum);
            lateWhere.merge(kind, String.format(Locale.ROOT, "%.1f ms late, %.1f ms CPU, %s", net / 1e6, cpu / 1e6,
                    where), (old, now) -> old);
        }

        private static String top(java.lang.management.ThreadInfo info) {
            StackTraceElement[] stack = info == null ? new StackTraceElement[0] : info.getStackTrace();
            return stack.length == 0 ? "?" : stack[0].getClassName() + "." + stack[0].getMethodName();
        }

        private static boolean waits(java.lang.management.ThreadInfo info) {
            Thread.State state = info.getThreadState();
            return state == Thread.State.BLOCKED || state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
        }

        private static boolean isSocketCall(String top) {
            return top.contains("write0") || top.contains("read0") || top.contains("connect");
        }

        private void sample() {
            long nextHeap = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            try {
                while (running) {
                    threadsMax = Math.max(threadsMax, ManagementFactory.getThreadMXBean().getThreadCount());
                    if (System.nanoTime() - nextHeap > 0) {
                        nextHeap += TimeUnit.SECONDS.toNanos(30);
                        heapMaxMiB = Math.max(heapMaxMiB, heapAfterCollection());
                    }
                    Thread.sleep(1000);
                }
            } catch (InterruptedException e) {
                // stopped
            }
            heapMaxMiB = Math.max(heapMaxMiB, heapAfterCollection());
        }

        private static long heapAfterCollection() {
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        }

        long worstNanos() {
            return worst.get();
        }

        long worstNetNanos() {
            return worstNet.get();
        }

        String worstDuring() {
            return worstDuring;
        }

        long paused() {
            return pauses.total();
        }

        /** @return late heartbeats by why ("busy", "blocked", "in the selector", "starved") with the first of each */
        String lateHeartbeats() {
            StringBuilder text = new StringBuilder();
            lateKinds.forEach((kind, n) -> text.append(text.isEmpty() ? "" : "; ").append(n).append(' ').append(kind)
                    .append(" (first: ").append(lateWhere.get(kind)).append(')'));
            return text.isEmpty() ? "none" : text.toString();
        }

        long heartbeats() {
            return count.get();
        }

        long slow() {
            return slow.get();
        }

        int threadsBefore() {
            return threadsBefore;
        }

        int threadsMax() {
            return threadsMax;
        }

        long heapBeforeMiB() {
            return heapBeforeMiB;
        }

        long heapMaxMiB() {
            return heapMaxMiB;
        }

        /** Adds the invariants this monitor saw broken. */
        void violations(List<String> into) {
            if (unanswered.get() > 0) {
                into.add("heartbeat: the channel thread left " + unanswered.get() + " heartbeats unanswered for 5 s");
            }
            long broken = lateKinds.getOrDefault("busy", 0L) + lateKinds.getOrDefault("blocked", 0L);
            if (broken > 0) {
                into.add(String.format(Locale.ROOT, "heartbeat: %d of %d heartbeats answered later than %d ms beyond"
                        + " process-wide pauses while the channel thread was busy or blocked (%s)", broken, count.get(),
                        limitNanos / 1_000_000, lateWhere));
            }
            if (threadsMax > threadsBefore + THREAD_ALLOWANCE) {
                into.add("threads: " + threadsMax + " threads during the soak, " + threadsBefore + " before");
            }
            if (heapMaxMiB > heapBeforeMiB + HEAP_ALLOWANCE_MIB) {
                into.add("memory: " + heapMaxMiB + " MiB of heap in use after a collection, " + heapBeforeMiB
                        + " MiB before");
            }
        }
    }

    /**
     * Process-wide pauses, as a thread that sleeps 1 ms at a time sees them (the OS not scheduling the process,
     * a collection): a heartbeat answered late during such a pause was late because of the machine, not because
     * the channel thread was busy or blocked.
     */
    private static final class Pauses {
        private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
        private final long[] starts = new long[512];
        private final long[] ends = new long[512];
        private int next;
        private long total;
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::watch, "kdring-soak-pauses");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(5000);
        }

        private void watch() {
            try {
                while (running) {
                    long before = System.nanoTime();
                    Thread.sleep(1);
                    long after = System.nanoTime();
                    if (after - before > PAUSE_NANOS) {
                        record(before + TimeUnit.MILLISECONDS.toNanos(1), after);
                    }
                }
            } catch (InterruptedException e) {
                // stopped
            }
        }

        private synchronized void record(long start, long end) {
            starts[next] = start;
            ends[next] = end;
            next = (next + 1) % starts.length;
            total += end - start;
        }

        /** @return nanoseconds of pause within [from, to] */
        synchronized long within(long from, long to) {
            long sum = 0;
            for (int i = 0; i < starts.length; i++) {
                long start = Math.max(starts[i], from);
                long end = Math.min(ends[i], to);
                if (ends[i] != 0 && end - start > 0) {
                    sum += end - start;
                }
            }
            return sum;
        }

        synchronized long total() {
            return total;
        }
    }
}
