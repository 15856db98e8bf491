package kdring.tools;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;

import kdring.hv.qemu.QemuVm;
import kdring.transport.memory.GuestMemoryException;
import kdring.transport.memory.MappedGuestMemory;

/**
 * The reference guest's request stamps (guest/refvm/pingpong.c): for every debugger request its KD loop
 * served, the guest's TSC when the request was complete and the ticks until its reply was ready. Read from the
 * VM's RAM file after the requests, for the guest's side of {@link LatencyBreakdown}.
 */
final class GuestStamps implements AutoCloseable {

    /**
     * One request as the guest saw it.
     *
     * @param startTicks TSC when the request packet was complete
     * @param ticks      TSC ticks until the reply was ready; -1 when unknown (no reply, or too long)
     * @param api        the request's API number
     */
    record Stamp(long startTicks, long ticks, int api) {
    }

    private static final long COUNT = 0x1C0;
    private static final long AREA = 0x200;
    private static final long TSC_PER_US = 0x208;
    private static final int RECORDS = 64 * 4096 / 16;

    private final MappedGuestMemory ram;
    private final long mailbox;
    private final long area;
    private final long tscPerMicro;

    private GuestStamps(MappedGuestMemory ram, long mailbox, long area, long tscPerMicro) {
        this.ram = ram;
        this.mailbox = mailbox;
        this.area = area;
        this.tscPerMicro = tscPerMicro;
    }

    /** Maps the VM's RAM and finds the stamp area through the mailbox the guest logged. */
    static GuestStamps open(QemuVm vm) throws IOException {
        Matcher m = ChannelLimit.MAILBOX.matcher(vm.guestLog());
        if (!m.find() || vm.spec().memoryFile() == null) {
            throw new IOException("the reference guest did not log its ping-pong mailbox (is guest/build stale? "
                    + "run make -C guest)");
        }
        long mailbox = Long.parseUnsignedLong(m.group(1), 16);
        MappedGuestMemory ram;
        try {
            ram = MappedGuestMemory.map(vm.spec().memoryFile());
        } catch (GuestMemoryException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            long size = ram.size();
            if ((mailbox & 0xFFF) != 0 || mailbox + 0x1000 > size || ram.readIntAcquire(mailbox) != ChannelLimit.MAGIC) {
                throw new IOException(String.format(Locale.ROOT, "no mailbox at GPA 0x%x", mailbox));
            }
            long area = readLong(ram, mailbox + AREA);
            long tsc = readLong(ram, mailbox + TSC_PER_US);
            // the guest is untrusted: an area outside RAM or a nonsense clock rate is refused, never followed
            if (area <= 0 || (area & 0xFFF) != 0 || area + RECORDS * 16L > size || tsc <= 0 || tsc > 1_000_000) {
                throw new IOException(String.format(Locale.ROOT, "bad stamp area 0x%x or TSC rate %d", area, tsc));
            }
            return new GuestStamps(ram, mailbox, area, tsc);
        } catch (GuestMemoryException | IOException | RuntimeException e) {
            ram.close();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    /** @return records the guest wrote since boot */
    int count() throws IOException {
        try {
            return ram.readIntAcquire(mailbox + COUNT);
        } catch (GuestMemoryException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** @return the TSC ticks per µs the guest calibrated */
    long tscPerMicro() {
        return tscPerMicro;
    }

    /** @return records {@code from} (inclusive) to {@code to}, or null when the area has wrapped past them */
    Stamp[] read(int from, int to) throws IOException {
        int n = to - from;
        if (n < 0 || n > RECORDS) {
            return null;
        }
        Stamp[] stamps = new Stamp[n];
        byte[] rec = new byte[16];
        try {
            for (int i = 0; i < n; i++) {
                ram.read(area + Integer.toUnsignedLong((from + i) % RECORDS) * 16, rec, 0, 16);
                java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(rec).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                long start = b.getLong(0);
                long ticks = Integer.toUnsignedLong(b.getInt(8));
                stamps[i] = new Stamp(start, ticks == 0xFFFFFFFFL ? -1 : ticks, b.getInt(12));
            }
        } catch (GuestMemoryException e) {
            throw new IOException(e.getMessage(), e);
        }
        return stamps;
    }

    private static long readLong(MappedGuestMemory ram, long address) throws GuestMemoryException {
        byte[] b = new byte[8];
        ram.read(address, b, 0, 8);
        return java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
    }

    @Override
    public void close() {
        ram.close();
    }
}
