package kdring.tools.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import kdring.transport.memory.GuestMemory;
import kdring.transport.memory.GuestMemoryException;
import kdring.transport.ring.DescriptorLayout;
import kdring.transport.ring.GuestRamLayout;

/**
 * The fuzzers' guest: plans descriptors and ring states (mostly plausible, often subtly wrong), writes them into
 * guest RAM, rewrites fields between ring passes, and reads and writes ring bytes through the page frames as a
 * guest would. Works on the guest's own view of the memory, never through the host code under test. Confined
 * to the fuzzing thread.
 */
final class GuestSide {

    /** Guest RAM of the fuzzed VM: 2 MiB, with the PC's hole at frames 0xA0..0xFF. */
    static final long RAM = 2L << 20;
    static final GuestRamLayout LAYOUT = GuestRamLayout.pc(RAM);
    private static final int PAGES = (int) (RAM >>> 12);

    private final GuestMemory ram;

    GuestSide(GuestMemory ram) {
        this.ram = ram;
    }

    /** What the fuzzer, as the guest, wrote into a descriptor before its hello. */
    record Plan(long gpa, int nonce, int txSize, int txPages, long[] txPfns, int rxSize, int rxPages,
            long[] rxPfns, int txProducer, int txConsumer, int rxProducer, int rxConsumer) {
    }


    Plan plan(SplittableRandom random) {
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
    static int upTo(int size) {
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

    /** @return whether the plan's descriptor is a page of RAM the guest can write */
    static boolean writable(Plan plan) {
        return plan.gpa() > 0 && (plan.gpa() & 0xFFF) == 0 && plan.gpa() + 0x1000 <= RAM;
    }

    void writeDescriptor(Plan plan, SplittableRandom random) throws GuestMemoryException {
        if (!writable(plan)) {
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
    String rewrite(SplittableRandom random, Plan plan) throws GuestMemoryException {
        long gpa = plan.gpa();
        return switch (random.nextInt(10)) {
            case 0 -> {
                int value = random.nextInt();
                ram.writeIntRelease(plan.gpa() + DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_PRODUCER, value);
                yield String.format("tx producer := 0x%08x", value);
            }
            case 1 -> {
                int value = random.nextBoolean() ? random.nextInt() : ram.readIntAcquire(plan.gpa() + DescriptorLayout.RX_CONTROL + DescriptorLayout.RING_CONSUMER)
                        - 1 - random.nextInt(16);
                ram.writeIntRelease(plan.gpa() + DescriptorLayout.RX_CONTROL + DescriptorLayout.RING_CONSUMER, value);
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
                int value = ram.readIntAcquire(plan.gpa() + DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_CONSUMER) + random.nextInt(3 * upTo(plan.txSize()));
                ram.writeIntRelease(plan.gpa() + DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_PRODUCER, value);
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
                ram.writeIntRelease(plan.gpa() + DescriptorLayout.TX_CONTROL + DescriptorLayout.RING_CONSUMER, value);
                yield String.format("tx consumer (host-owned) := 0x%08x", value);
            }
        };
    }

    void writeRing(long[] frames, int size, int index, byte[] bytes, int length) throws GuestMemoryException {
        for (int done = 0; done < length;) {
            int at = (index + done) & (size - 1);
            int piece = Math.min(length - done, 0x1000 - (at & 0xFFF));
            ram.write((frames[at >>> 12] << 12) + (at & 0xFFF), bytes, done, piece);
            done += piece;
        }
    }

    void readRing(long[] frames, int size, int index, byte[] into) throws GuestMemoryException {
        for (int done = 0; done < into.length;) {
            int at = (index + done) & (size - 1);
            int piece = Math.min(into.length - done, 0x1000 - (at & 0xFFF));
            ram.read((frames[at >>> 12] << 12) + (at & 0xFFF), into, done, piece);
            done += piece;
        }
    }

    static String describe(Plan plan) {
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
