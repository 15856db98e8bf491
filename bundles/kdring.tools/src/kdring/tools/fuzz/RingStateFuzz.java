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

    /** Guest RAM of the fuzzed VM: 2 MiB, with the PC's hole at frames 0xA0..0xFF. */
    static final long RAM = 2L << 20;
    private static final GuestRamLayout LAYOUT = GuestRamLayout.pc(RAM);
    private static final int PAGES = (int) (RAM >>> 12);

    private final long seed;
    private final long limitNanos;
    private final Path file;
    private final MappedGuestMemory ram;
    private final AuditedMemory audited;
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

    /** Runs cases {@code first} .. {@code first + count - 1}; stops at the first failure. */
    public FuzzResult run(long first, long count) {
        long start = System.nanoTime();
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
            if (problem == null && took > limitNanos) {
                problem = "took " + took / 1_000_000 + " ms of " + CaseClock.WHAT + " (limit " + limitNanos / 1_000_000
                        + " ms)";
            }
            if (problem != null) {
                failure = new FuzzFailure("ring", seed, i, problem + "; " + lastState);
                break;
            }
        }
        return new FuzzResult("ring", done, System.nanoTime() - start, slowest, outcomes, failure);
    }

    private void count(String outcome) {
        outcomes.merge(outcome, 1L, Long::sum);
    }

    // ---- one case ----

    /** What the fuzzer, as the guest, wrote into a descriptor before its hello. */
    private record Plan(long gpa, int nonce, int txSize, int txPages, long[] txPfns, int rxSize, int rxPages,
            long[] rxPfns, int txProducer, int txConsumer, int rxProducer, int rxConsumer) {
    }

    private String runCase(long index) throws GuestMemoryException {
        SplittableRandom random = new SplittableRandom(Mix.of(seed, index));
        audited.clearViolation();
        Plan plan = plan(random);
        writeDescriptor(plan, random);
        lastState = "hello " + describe(plan);
        long descriptorPfn = plan.gpa() >>> 12;
        audited.allowOnly(LAYOUT.whyNotRam(descriptorPfn) == null && (plan.gpa() & 0xFFF) == 0 ? descriptorPfn : -1);

        ValidatedDescriptor descriptor;
        try {
            descriptor = AttachValidator.validate(audited, LAYOUT, plan.gpa(), plan.nonce());
        } catch (ChannelFault fault) {
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
                rewrite = rewrite(random, plan, descriptor);
                behaving = false;
            }
            lastState = "hello " + describe(plan) + ", pass " + pass + (rewrite.isEmpty() ? "" : " after " + rewrite);
            int txWritten = 0;
            if (behaving && random.nextBoolean()) {
                int room = descriptor.tx().size() - (guestTxProducer - hostTxConsumer(plan, descriptor));
                txWritten = Math.min(room, random.nextInt(data.length));
                random.nextBytes(data);
                writeRing(descriptor.tx().pageFrames(), descriptor.tx().size(), guestTxProducer, data, txWritten);
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
                    readRing(descriptor.rx().pageFrames(), descriptor.rx().size(), hostRxProducer, seen);
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
    private int hostTxConsumer(Plan plan, ValidatedDescriptor descriptor) throws GuestMemoryException {
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
    private String checkValidated(ValidatedDescriptor descriptor, Plan plan) {
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

    // ---- the guest's side ----

    private Plan plan(SplittableRandom random) {
        long gpa = switch (random.nextInt(20)) {
            case 0 -> random.nextLong();
            case 1 -> (long) (0xA0 + random.nextInt(0x60)) << 12; // in the hole
            case 2 -> RAM + ((long) random.nextInt(16) << 12) - (random.nextBoolean() ? 0x1000 : 0); // at the end
            case 3 -> ((long) (1 + random.nextInt(PAGES - 1)) << 12) + 1 + random.nextInt(0xFFF); // unaligned
            case 4 -> 0;
            default -> (long) ramPage(random) << 12;
        };
        int txSize = ringSize(random);
        int rxSize = ringSize(random);
        int txPages = random.nextInt(12) == 0 ? random.nextInt(130) : txSize >>> 12;
        int rxPages = random.nextInt(12) == 0 ? random.nextInt(130) : rxSize >>> 12;
        Set<Long> used = new HashSet<>();
        used.add(gpa >>> 12);
        long[] tx = frames(random, Math.min(DescriptorLayout.MAX_PAGES, Math.max(txPages, txSize >>> 12)), used, gpa);
        long[] rx = frames(random, Math.min(DescriptorLayout.MAX_PAGES, Math.max(rxPages, rxSize >>> 12)), used, gpa);
        int txConsumer = index(random);
        int rxConsumer = index(random);
        int txProducer = txConsumer + (random.nextInt(10) == 0 ? random.nextInt() : random.nextInt(upTo(txSize) + 1));
        int rxProducer = rxConsumer + (random.nextInt(10) == 0 ? random.nextInt() : random.nextInt(upTo(rxSize) + 1));
        return new Plan(gpa, random.nextInt(), txSize, txPages, tx, rxSize, rxPages, rx, txProducer, txConsumer,
                rxProducer, rxConsumer);
    }

    /** A ring size as a bound for indices: at most the largest legal ring, never negative. */
    private static int upTo(int size) {
        return size < 0 || size > DescriptorLayout.MAX_RING_SIZE ? DescriptorLayout.MAX_RING_SIZE : size;
    }

    private static int ramPage(SplittableRandom random) {
        while (true) {
            int page = 1 + random.nextInt(PAGES - 1);
            if (page < 0xA0 || page > 0xFF) {
                return page;
            }
        }
    }

    private static int ringSize(SplittableRandom random) {
        return switch (random.nextInt(16)) {
            case 0 -> random.nextInt();
            case 1 -> 0x800;
            case 2 -> 0x100000;
            case 3 -> 0x1000 + 1;
            default -> 0x1000 << random.nextInt(4); // 4..32 KiB: room in 2 MiB for many cases
        };
    }

    private static int index(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> -1 - random.nextInt(64);
            default -> random.nextInt();
        };
    }

    private static long[] frames(SplittableRandom random, int count, Set<Long> used, long gpa) {
        long[] frames = new long[count];
        for (int k = 0; k < count; k++) {
            long pfn = switch (random.nextInt(60)) {
                case 0 -> 0xA0 + random.nextInt(0x60); // the hole
                case 1 -> PAGES + random.nextInt(1 << 20); // beyond RAM
                case 2 -> gpa >>> 12; // the descriptor itself
                case 3 -> k > 0 ? frames[k - 1] : 0; // a duplicate
                case 4 -> random.nextLong(); // anything
                case 5 -> 0;
                default -> {
                    long page;
                    do {
                        page = ramPage(random);
                    } while (!used.add(page) && used.size() < PAGES - 0x60);
                    yield page;
                }
            };
            frames[k] = pfn;
        }
        return frames;
    }

    private void writeDescriptor(Plan plan, SplittableRandom random) throws GuestMemoryException {
        if ((plan.gpa() & 0xFFF) != 0 || plan.gpa() <= 0 || plan.gpa() + 0x1000 > RAM) {
            return; // nowhere the guest could write a page
        }
        ByteBuffer page = ByteBuffer.allocate(DescriptorLayout.PAGE_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        if (random.nextInt(8) == 0) {
            byte[] noise = new byte[DescriptorLayout.PAGE_SIZE];
            random.nextBytes(noise);
            page.put(0, noise);
        }
        page.putInt(DescriptorLayout.MAGIC_OFFSET, random.nextInt(30) == 0 ? random.nextInt() : DescriptorLayout.MAGIC);
        page.putShort(DescriptorLayout.VERSION_OFFSET, (short) (random.nextInt(30) == 0 ? 2 : DescriptorLayout.VERSION));
        page.putShort(DescriptorLayout.PAGE_SIZE_OFFSET, (short) (random.nextInt(30) == 0 ? 0x2000 : 0x1000));
        page.putInt(DescriptorLayout.NONCE, random.nextInt(30) == 0 ? plan.nonce() + 1 : plan.nonce());
        page.putInt(DescriptorLayout.GUEST_FEATURES, random.nextInt(4) == 0 ? random.nextInt() : 1);
        page.putShort(DescriptorLayout.GUEST_KIND, (short) random.nextInt(3));
        ring(page, DescriptorLayout.TX_CONTROL, DescriptorLayout.TX_PFNS, plan.txSize(), plan.txPages(), plan.txPfns(),
                plan.txProducer(), plan.txConsumer());
        ring(page, DescriptorLayout.RX_CONTROL, DescriptorLayout.RX_PFNS, plan.rxSize(), plan.rxPages(), plan.rxPfns(),
                plan.rxProducer(), plan.rxConsumer());
        ram.write(plan.gpa(), page.array(), 0, DescriptorLayout.PAGE_SIZE);
    }

    private static void ring(ByteBuffer page, int control, int pfnList, int size, int pages, long[] pfns, int producer,
            int consumer) {
        page.putInt(control + DescriptorLayout.RING_SIZE, size);
        page.putInt(control + DescriptorLayout.RING_PAGES, pages);
        page.putInt(control + DescriptorLayout.RING_PRODUCER, producer);
        page.putInt(control + DescriptorLayout.RING_CONSUMER, consumer);
        for (int k = 0; k < Math.min(pfns.length, DescriptorLayout.MAX_PAGES); k++) {
            page.putLong(pfnList + 8 * k, pfns[k]);
        }
    }

    /** Between passes, the guest rewrites something the host must not trust. @return what */
    private String rewrite(SplittableRandom random, Plan plan, ValidatedDescriptor descriptor) throws GuestMemoryException {
        long gpa = plan.gpa();
        return switch (random.nextInt(10)) {
            case 0 -> {
                int value = random.nextInt();
                ram.writeIntRelease(descriptor.tx().producerAddress(), value);
                yield String.format("tx producer := 0x%08x", value);
            }
            case 1 -> {
                int value = random.nextBoolean() ? random.nextInt() : ram.readIntAcquire(descriptor.rx().consumerAddress())
                        - 1 - random.nextInt(16);
                ram.writeIntRelease(descriptor.rx().consumerAddress(), value);
                yield String.format("rx consumer := 0x%08x", value);
            }
            case 2 -> {
                int value = random.nextBoolean() ? random.nextInt() : 0x80000 << 1;
                int control = random.nextBoolean() ? DescriptorLayout.TX_CONTROL : DescriptorLayout.RX_CONTROL;
                ram.writeIntRelease(gpa + control + DescriptorLayout.RING_SIZE, value);
                yield String.format("ring size at 0x%x := 0x%08x", control, value);
            }
            case 3 -> {
                int k = random.nextInt(DescriptorLayout.MAX_PAGES);
                long value = random.nextBoolean() ? random.nextLong() : PAGES + random.nextInt(1000);
                byte[] raw = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, value).array();
                int list = random.nextBoolean() ? DescriptorLayout.TX_PFNS : DescriptorLayout.RX_PFNS;
                ram.write(gpa + list + 8L * k, raw, 0, 8);
                yield String.format("PFN[%d] at 0x%x := 0x%x", k, list, value);
            }
            case 4 -> {
                ram.writeIntRelease(gpa + DescriptorLayout.MAGIC_OFFSET, random.nextInt());
                yield "magic rewritten";
            }
            case 5 -> {
                ram.writeIntRelease(gpa + DescriptorLayout.NONCE, plan.nonce() ^ (1 + random.nextInt(Integer.MAX_VALUE)));
                yield "nonce rewritten";
            }
            case 6 -> {
                ram.writeIntRelease(gpa + DescriptorLayout.HOST_STATUS, random.nextInt());
                yield "host status scribbled";
            }
            case 7 -> {
                int value = ram.readIntAcquire(descriptor.tx().consumerAddress()) + random.nextInt(3 * descriptor.tx().size());
                ram.writeIntRelease(descriptor.tx().producerAddress(), value);
                yield String.format("tx producer := 0x%08x (near)", value);
            }
            case 8 -> {
                byte[] noise = new byte[1 + random.nextInt(256)];
                random.nextBytes(noise);
                int at = random.nextInt(DescriptorLayout.PAGE_SIZE - noise.length);
                ram.write(gpa + at, noise, 0, noise.length);
                yield noise.length + " bytes of noise at descriptor offset 0x" + Integer.toHexString(at);
            }
            default -> {
                int value = random.nextInt();
                ram.writeIntRelease(descriptor.tx().consumerAddress(), value);
                yield String.format("tx consumer (host-owned) := 0x%08x", value);
            }
        };
    }

    private void writeRing(long[] frames, int size, int index, byte[] bytes, int length) throws GuestMemoryException {
        for (int done = 0; done < length;) {
            int at = (index + done) & (size - 1);
            int piece = Math.min(length - done, 0x1000 - (at & 0xFFF));
            ram.write((frames[at >>> 12] << 12) + (at & 0xFFF), bytes, done, piece);
            done += piece;
        }
    }

    private void readRing(long[] frames, int size, int index, byte[] into) throws GuestMemoryException {
        for (int done = 0; done < into.length;) {
            int at = (index + done) & (size - 1);
            int piece = Math.min(into.length - done, 0x1000 - (at & 0xFFF));
            ram.read((frames[at >>> 12] << 12) + (at & 0xFFF), into, done, piece);
            done += piece;
        }
    }

    private static String describe(Plan plan) {
        return String.format("descriptor 0x%x nonce 0x%08x tx size 0x%x pages %d pfns %s prod 0x%08x cons 0x%08x,"
                + " rx size 0x%x pages %d pfns %s prod 0x%08x cons 0x%08x", plan.gpa(), plan.nonce(), plan.txSize(),
                plan.txPages(), head(plan.txPfns()), plan.txProducer(), plan.txConsumer(), plan.rxSize(), plan.rxPages(),
                head(plan.rxPfns()), plan.rxProducer(), plan.rxConsumer());
    }

    private static String head(long[] pfns) {
        StringBuilder text = new StringBuilder("[");
        for (int k = 0; k < Math.min(4, pfns.length); k++) {
            text.append(k > 0 ? "," : "").append(Long.toHexString(pfns[k]));
        }
        return text.append(pfns.length > 4 ? ",...]" : "]").toString();
    }
}
