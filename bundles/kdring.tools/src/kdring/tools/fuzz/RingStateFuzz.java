package kdring.tools.fuzz;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import kdring.transport.memory.GuestMemoryException;
import kdring.transport.memory.MappedGuestMemory;
import kdring.transport.ring.AttachValidator;
import kdring.transport.ring.ChannelFault;
import kdring.transport.ring.DescriptorLayout;
import kdring.transport.ring.GuestRamLayout;
import kdring.transport.ring.RingEngine;
import kdring.transport.ring.ValidatedDescriptor;

/**
 * Random descriptor and ring states through the host's attach validation ({@link AttachValidator}) and ring
 * engine ({@link RingEngine}) over a file-backed guest memory, the way the channel thread drives them: a hello
 * names a descriptor page (mostly plausible, often subtly wrong: sizes, page counts, PFN lists into the PCI
 * hole, beyond RAM, duplicated or naming the descriptor, indices far apart), then up to eight ring passes
 * (vanished-descriptor check, tx read, rx write, the sleep handshake, status) with guest fields rewritten
 * between them (indices, sizes, PFN lists, magic, nonce, ring bytes).
 *
 * <p>The rules: nothing throws but {@link ChannelFault} (each with a code and a reason, the descriptor then
 * marked FAULTED with that code); no access outside guest RAM or outside the descriptor and the ring pages the
 * validated descriptor names ({@link AuditedMemory}; a {@link GuestMemoryException} from a validated channel
 * counts as such an access); a validated descriptor satisfies every rule of docs/channel-protocol.md §4.5;
 * while the guest behaves, tx bytes arrive and rx bytes land exactly as written; every case ends OPEN,
 * WAITING (descriptor vanished) or FAULTED with a reason; bounded time per case. Case {@code i} depends only on
 * the seed and {@code i}. Confined to the calling thread.
 */
public final class RingStateFuzz implements AutoCloseable {

    private static final long RAM = GuestSide.RAM;
    private static final GuestRamLayout LAYOUT = GuestSide.LAYOUT;

    private final long seed;
    private final long limitNanos;
    private final Path file;
    private final MappedGuestMemory ram;
    private final AuditedMemory audited;
    private final GuestSide guest;
    private final Map<String, Long> outcomes = new TreeMap<>();
    private final byte[] buffer = new byte[1 << 16];
    private final byte[] data = new byte[1 << 13];
    private String lastState = "";

    /**
     * Creates the guest memory file in {@code folder} (deleted on {@link #close()}).
     *
     * @param timeLimit the longest one case may take
     */
    public RingStateFuzz(long seed, Duration timeLimit, Path folder) throws IOException {
        this.seed = seed;
        this.limitNanos = timeLimit.toNanos();
        this.file = Files.createTempFile(folder, "kdring-fuzz-ram-", ".bin");
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(1), RAM - 1);
        }
        try {
            this.ram = MappedGuestMemory.map(file);
        } catch (GuestMemoryException e) {
            Files.deleteIfExists(file);
            throw new IOException(e.getMessage(), e);
        }
        this.audited = new AuditedMemory(ram);
        this.guest = new GuestSide(ram);
    }

    @Override
    public void close() {
        ram.close();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file
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
            long caseStart = CaseClock.now();
            String problem;
            try {
                problem = runCase(i);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                problem = "unexpected " + FuzzFailure.describe(e);
            } catch (GuestMemoryException e) {
                problem = "the fuzzer's own memory access failed: " + e.getMessage();
            }
            if (problem == null && audited.violation() != null) {
                problem = audited.violation();
            }
            long took = CaseClock.now() - caseStart;
            slowest = Math.max(slowest, took);
            done++;
            if ((done & 0x3FF) == 0 && System.nanoTime() - nextReport > 0) {
                nextReport = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
                progress.accept(String.format(java.util.Locale.ROOT, "%d of %d %s in %.0f s", done, count, "ring states",
                        (System.nanoTime() - start) / 1e9));
            }
            if (problem == null && took > limitNanos) {
                problem = "took " + took / 1_000_000 + " ms of " + CaseClock.WHAT + " (limit " + limitNanos / 1_000_000
                        + " ms)";
            }
            if (problem != null) {
                failure = new FuzzFailure("ring", seed, i, problem + "; " + lastState);
                break;
            }
        }
        return new FuzzResult("ring", done, System.nanoTime() - start, slowest, CaseClock.WHAT, outcomes, failure);
    }

    private void count(String outcome) {
        outcomes.merge(outcome, 1L, Long::sum);
    }

    // ---- one case ----


    private String runCase(long index) throws GuestMemoryException {
        SplittableRandom random = new SplittableRandom(Mix.of(seed, index));
        audited.clearViolation();
        GuestSide.Plan plan = guest.plan(random);
        guest.writeDescriptor(plan, random);
        lastState = "hello " + GuestSide.describe(plan);
        long descriptorPfn = plan.gpa() >>> 12;
        audited.allowOnly(LAYOUT.whyNotRam(descriptorPfn) == null && (plan.gpa() & 0xFFF) == 0 ? descriptorPfn : -1);

        ValidatedDescriptor descriptor;
        audited.beginValidation();
        try {
            descriptor = AttachValidator.validate(audited, LAYOUT, plan.gpa(), plan.nonce());
            long[] tx = descriptor.tx().pageFrames();
            long[] rx = descriptor.rx().pageFrames();
            long[] ringPages = java.util.Arrays.copyOf(tx, tx.length + rx.length);
            System.arraycopy(rx, 0, ringPages, tx.length, rx.length);
            audited.endValidation(ringPages);
        } catch (ChannelFault fault) {
            audited.endValidation();
            String problem = checkFault(fault, plan.gpa(), "attach");
            if (problem == null && fault.code() != kdring.transport.ring.FaultCode.DESCRIPTOR_OUTSIDE_RAM) {
                RingEngine.markFaulted(audited, plan.gpa(), plan.nonce(), fault.code());
                problem = checkMarkedFaulted(plan.gpa(), fault);
            }
            return problem;
        }
        String invalid = checkValidated(descriptor, plan);
        if (invalid != null) {
            return "validation accepted a bad descriptor: " + invalid;
        }
        audited.allow(descriptor.tx().pageFrames());
        audited.allow(descriptor.rx().pageFrames());
        RingEngine engine = new RingEngine(audited, descriptor);
        engine.attach(random.nextBoolean());
        count("attached");

        // the guest's view while it behaves: its tx producer and rx consumer
        int guestTxProducer = descriptor.txProducer();
        int guestRxConsumer = descriptor.rxConsumer();
        int hostRxProducer = descriptor.rxProducer();
        boolean behaving = true;
        int passes = 1 + random.nextInt(8);
        for (int pass = 0; pass < passes; pass++) {
            String rewrite = "";
            if (random.nextInt(3) == 0) {
                rewrite = guest.rewrite(random, plan);
                behaving = false;
            }
            lastState = "hello " + GuestSide.describe(plan) + ", pass " + pass + (rewrite.isEmpty() ? "" : " after " + rewrite);
            int txWritten = 0;
            if (behaving && random.nextBoolean()) {
                int room = descriptor.tx().size() - (guestTxProducer - hostTxConsumer(plan, descriptor));
                txWritten = Math.min(room, random.nextInt(data.length));
                random.nextBytes(data);
                guest.writeRing(descriptor.tx().pageFrames(), descriptor.tx().size(), guestTxProducer, data, txWritten);
                guestTxProducer += txWritten;
                ram.writeIntRelease(descriptor.tx().producerAddress(), guestTxProducer);
            }
            try {
                if (!engine.descriptorUnchanged()) {
                    count("descriptor vanished: channel back to WAITING");
                    return null; // the channel closes without touching the pages again
                }
                int max = 1 + random.nextInt(buffer.length);
                int read = engine.readTx(buffer, max);
                if (behaving && read != Math.min(txWritten, max)) {
                    return "the guest wrote " + txWritten + " tx bytes, the host read " + read + " (of at most " + max
                            + ")";
                }
                if (behaving && !Arrays.equals(buffer, 0, read, data, 0, read)) {
                    return "tx bytes read differ from those the guest wrote";
                }
                if (behaving && read < txWritten) {
                    // the rest stays queued; the guest's view of the ring moves on only by what the host took
                    behaving = false;
                }
                byte[] rxBytes = new byte[random.nextInt(8192)];
                random.nextBytes(rxBytes);
                int placed = engine.writeRx(rxBytes, 0, rxBytes.length);
                if (behaving) {
                    int free = descriptor.rx().size() - (hostRxProducer - guestRxConsumer);
                    if (placed != Math.min(free, rxBytes.length)) {
                        return "rx had room for " + free + " bytes, the host placed " + placed + " of "
                                + rxBytes.length;
                    }
                    byte[] seen = new byte[placed];
                    guest.readRing(descriptor.rx().pageFrames(), descriptor.rx().size(), hostRxProducer, seen);
                    if (!Arrays.equals(seen, 0, placed, rxBytes, 0, placed)) {
                        return "rx bytes the guest finds differ from those the host placed";
                    }
                    if (ram.readIntAcquire(descriptor.rx().producerAddress()) != hostRxProducer + placed) {
                        return "the rx producer does not count the bytes placed";
                    }
                    hostRxProducer += placed;
                    if (random.nextBoolean()) { // the guest consumes
                        guestRxConsumer = hostRxProducer;
                        ram.writeIntRelease(descriptor.rx().consumerAddress(), guestRxConsumer);
                    }
                }
                if (engine.prepareToSleep(random.nextBoolean(), random.nextBoolean())) {
                    engine.clearWaiting();
                }
                engine.writeStatus(random.nextBoolean());
            } catch (ChannelFault fault) {
                if (behaving) {
                    return "a behaving guest was faulted: " + fault.getMessage();
                }
                String problem = checkFault(fault, plan.gpa(), "ring pass");
                if (problem == null) {
                    engine.markFaulted(fault.code());
                    problem = checkMarkedFaulted(plan.gpa(), fault);
                }
                return problem;
            } catch (GuestMemoryException e) {
                return "the ring engine touched memory outside guest RAM: " + e.getMessage();
            }
        }
        count("open after " + "all passes");
        return null;
    }

    /** The host's tx consumer as it stores it in the ring control block. */
    private int hostTxConsumer(GuestSide.Plan plan, ValidatedDescriptor descriptor) throws GuestMemoryException {
        return ram.readIntAcquire(descriptor.tx().consumerAddress());
    }

    private String checkFault(ChannelFault fault, long gpa, String where) {
        count(where + " fault " + fault.code());
        if (fault.code() == null || fault.detail() == null || fault.detail().isBlank()) {
            return "a fault without a code or a reason: " + fault;
        }
        return null;
    }

    private String checkMarkedFaulted(long gpa, ChannelFault fault) throws GuestMemoryException {
        int status = ram.readIntAcquire(gpa + DescriptorLayout.HOST_STATUS);
        int code = ram.readIntAcquire(gpa + DescriptorLayout.HOST_FAULT_CODE);
        if (status != DescriptorLayout.FAULTED || code != fault.code().code()) {
            return String.format("after fault %s the descriptor says status 0x%x, fault code %d", fault.code(), status,
                    code);
        }
        return null;
    }

    /** Every rule of §4.5 that a validated descriptor must satisfy, checked independently of the validator. */
    private String checkValidated(ValidatedDescriptor descriptor, GuestSide.Plan plan) {
        Set<Long> seen = new HashSet<>();
        seen.add(plan.gpa() >>> 12);
        for (var ring : new kdring.transport.ring.RingGeometry[] { descriptor.tx(), descriptor.rx() }) {
            int size = ring.size();
            if (Integer.bitCount(size) != 1 || size < DescriptorLayout.MIN_RING_SIZE
                    || size > DescriptorLayout.MAX_RING_SIZE) {
                return ring.name() + " size 0x" + Integer.toHexString(size);
            }
            long[] frames = ring.pageFrames();
            if (frames.length != size >>> 12) {
                return ring.name() + " has " + frames.length + " frames for size 0x" + Integer.toHexString(size);
            }
            long[] planned = ring.name().equals("tx") ? plan.txPfns() : plan.rxPfns();
            for (int k = 0; k < frames.length; k++) {
                if (frames[k] != planned[k]) {
                    return ring.name() + " frame " + k + " is 0x" + Long.toHexString(frames[k]) + ", the guest wrote 0x"
                            + Long.toHexString(planned[k]);
                }
                if (LAYOUT.whyNotRam(frames[k]) != null || !seen.add(frames[k])) {
                    return ring.name() + " frame " + k + " = 0x" + Long.toHexString(frames[k])
                            + " is not RAM or used twice";
                }
            }
        }
        if (Integer.toUnsignedLong(plan.txProducer() - plan.txConsumer()) > plan.txSize()
                || Integer.toUnsignedLong(plan.rxProducer() - plan.rxConsumer()) > plan.rxSize()) {
            return "initial indices further apart than the ring";
        }
        return null;
    }

}
