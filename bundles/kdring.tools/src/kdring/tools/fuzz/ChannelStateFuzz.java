package kdring.tools.fuzz;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kdring.transport.ChannelState;
import kdring.transport.StreamConnector;
import kdring.transport.VmChannel;
import kdring.transport.memory.GuestMemoryException;
import kdring.transport.memory.MappedGuestMemory;
import kdring.transport.port.PortStreamParser;
import kdring.transport.ring.DescriptorLayout;

/**
 * Random descriptor and ring states through a whole {@link VmChannel}, as a guest would drive it: the fuzzer
 * writes a descriptor into a file-backed guest memory that the channel maps too, says hello on the handshake
 * port (a unix socket the channel connects to, as to QEMU's chardev), kicks after rewriting fields between
 * passes, and sometimes says goodbye. After every step it waits for two heartbeats of the channel thread (so a
 * whole pass has run) and checks the channel: its thread answers within the limit, it is OPEN, WAITING or
 * FAULTED with a reason (never stuck CLOSED), a FAULTED descriptor in RAM carries the FAULTED status, and it
 * never reports guest memory it could not access (it maps all of it: such a report means an access outside).
 * Case {@code i} depends only on the seed and {@code i}. Confined to the calling thread; the channel has its own.
 */
public final class ChannelStateFuzz implements AutoCloseable {

    private static final long SALT = 0x6368616E6E656CL; // a different stream of cases than the ring fuzzer's

    private final long seed;
    private final Duration limit;
    private final Path file;
    private final Path socket;
    private final MappedGuestMemory ram;
    private final GuestSide guest;
    private final ServerSocketChannel server;
    private final VmChannel channel;
    private final SocketChannel port;
    private final Map<String, Long> outcomes = new TreeMap<>();
    private String lastState = "";

    /**
     * Creates the guest memory file and the port socket in {@code folder} and starts the channel.
     *
     * @param limit how long the channel thread may take to answer a heartbeat
     */
    public ChannelStateFuzz(long seed, Duration limit, Path folder) throws IOException {
        this.seed = seed;
        this.limit = limit;
        this.file = Files.createTempFile(folder, "kdring-fuzz-channel-ram-", ".bin");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(1), GuestSide.RAM - 1);
        }
        try {
            this.ram = MappedGuestMemory.map(file);
        } catch (GuestMemoryException e) {
            throw new IOException(e.getMessage(), e);
        }
        this.guest = new GuestSide(ram);
        this.socket = folder.resolve("fuzz-port-" + ProcessHandle.current().pid() + ".sock");
        Files.deleteIfExists(socket);
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        this.channel = VmChannel.start(new VmChannel.Config("fuzz", StreamConnector.unixSocket(socket), null, ram,
                GuestSide.LAYOUT));
        this.port = accept();
    }

    /** The channel connects on its own thread; waits for it with a deadline. */
    private SocketChannel accept() throws IOException {
        server.configureBlocking(false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() - deadline < 0) {
            SocketChannel accepted = server.accept();
            if (accepted != null) {
                accepted.configureBlocking(true);
                return accepted;
            }
            channel.heartbeat(); // wakes the channel thread, which connects when due
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IOException("the channel did not connect to the fuzzer's port socket " + socket);
    }

    @Override
    public void close() {
        channel.close();
        for (AutoCloseable closeable : new AutoCloseable[] { port, server }) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // closing anyway
            }
        }
        ram.close();
        try {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // temporary files
        }
    }

    private java.util.function.Consumer<String> progress = line -> { };

    /** Where to say, once a minute, how far a long run got. */
    public void reportProgressTo(java.util.function.Consumer<String> sink) {
        this.progress = java.util.Objects.requireNonNull(sink);
    }

    /** Runs cases {@code first} .. {@code first + count - 1}; stops at the first failure. */
    public FuzzResult run(long first, long count) {
        long start = System.nanoTime();
        long nextReport = start + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        long slowest = 0;
        long done = 0;
        FuzzFailure failure = null;
        for (long i = first; i < first + count; i++) {
            long caseStart = System.nanoTime();
            String problem;
            try {
                problem = runCase(i);
            } catch (RuntimeException | GuestMemoryException | IOException e) {
                problem = "unexpected " + FuzzFailure.describe(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problem = "interrupted";
            }
            slowest = Math.max(slowest, System.nanoTime() - caseStart);
            done++;
            if ((done & 0x3FF) == 0 && System.nanoTime() - nextReport > 0) {
                nextReport = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
                progress.accept(String.format(java.util.Locale.ROOT, "%d of %d %s in %.0f s", done, count, "channel states",
                        (System.nanoTime() - start) / 1e9));
            }
            if (problem != null) {
                var stats = channel.stats();
                failure = new FuzzFailure("channel", seed, i, problem + "; " + lastState + "; channel counted "
                        + stats.hellos() + " hellos (" + hellosSent + " sent), " + stats.goodbyes() + " goodbyes, "
                        + stats.malformed() + " malformed, " + stats.garbageBytes() + " garbage bytes, " + stats.kicks()
                        + " kicks (" + kicksSent + " sent)");
                break;
            }
        }
        return new FuzzResult("channel", done, System.nanoTime() - start, slowest, "wall", outcomes, failure);
    }

    private String runCase(long index) throws GuestMemoryException, IOException, InterruptedException {
        SplittableRandom random = new SplittableRandom(Mix.of(seed ^ SALT, index));
        GuestSide.Plan plan = guest.plan(random);
        guest.writeDescriptor(plan, random);
        lastState = "hello " + GuestSide.describe(plan);
        send(PortStreamParser.hello(plan.gpa(), plan.nonce(), 1 + random.nextInt(2)));
        String problem = settleAndCheck("hello", plan);
        int passes = random.nextInt(5);
        for (int pass = 0; pass < passes && problem == null; pass++) {
            String rewrite = GuestSide.writable(plan) && random.nextBoolean() ? guest.rewrite(random, plan) : "";
            if (GuestSide.writable(plan) && random.nextBoolean()) { // the guest produces a few tx bytes
                long producer = plan.gpa() + DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_PRODUCER;
                ram.writeIntRelease(producer, ram.readIntAcquire(producer) + random.nextInt(64));
            }
            lastState = "hello " + GuestSide.describe(plan) + ", pass " + pass
                    + (rewrite.isEmpty() ? "" : " after " + rewrite);
            send(new byte[] { 0x6B });
            problem = settleAndCheck("pass", plan);
        }
        if (problem == null && random.nextInt(4) == 0) {
            ChannelState before = channel.lifecycle().state();
            send(PortStreamParser.goodbye(random.nextInt(3), plan.nonce()));
            problem = settleAndCheck("goodbye", plan);
            if (problem == null && before != ChannelState.WAITING && channel.lifecycle().state() != ChannelState.WAITING) {
                problem = "a goodbye left the channel " + channel.lifecycle().state() + ", not WAITING";
            }
        }
        return problem;
    }

    private long hellosSent;
    private long kicksSent;

    private void send(byte[] bytes) throws IOException {
        if (bytes.length == 32) {
            hellosSent++;
        } else if (bytes.length == 1) {
            kicksSent++;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            port.write(buffer);
        }
    }

    /** Two heartbeats (a whole pass ran after what was sent), then the rules. */
    private String settleAndCheck(String step, GuestSide.Plan plan) throws InterruptedException, GuestMemoryException {
        for (int beat = 0; beat < 2; beat++) {
            try {
                channel.heartbeat().get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return "the channel thread did not answer a heartbeat within " + limit.toMillis() + " ms after the "
                        + step + (channel.ownerThread().isAlive() ? "" : " (it has ended)");
            } catch (ExecutionException e) {
                return "heartbeat failed: " + e.getCause();
            }
        }
        ChannelState state = channel.lifecycle().state();
        String reason = channel.lifecycle().reason();
        outcomes.merge("after " + step + ": " + state, 1L, Long::sum);
        if (state == ChannelState.CLOSED) {
            return "the channel is stuck CLOSED after the " + step + ": " + reason;
        }
        if (state != ChannelState.OPEN && (reason == null || reason.isBlank())) {
            return "the channel is " + state + " without a reason after the " + step;
        }
        if (reason != null && reason.contains("no longer accessible")) {
            return "the channel reported guest memory it maps whole as inaccessible (an access outside): " + reason;
        }
        if (state == ChannelState.FAULTED && GuestSide.writable(plan)
                && GuestSide.LAYOUT.whyNotRam(plan.gpa() >>> 12) == null) {
            int status = ram.readIntAcquire(plan.gpa() + DescriptorLayout.HOST_STATUS);
            if (status != DescriptorLayout.FAULTED && step.equals("hello")) {
                return String.format("the channel is FAULTED (%s) but the descriptor's status is 0x%x", reason, status);
            }
        }
        return null;
    }
}
