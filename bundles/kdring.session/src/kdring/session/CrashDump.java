package kdring.session;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

import kdring.transport.memory.GuestMemory;
import kdring.transport.memory.GuestMemoryException;
import kdring.transport.ring.GuestRamLayout;

/**
 * Writes a 64-bit Windows kernel crash dump of a VM stopped in the debugger, from the guest's physical
 * memory as the host maps it: what {@code windbg -z FILE.dmp} opens.
 *
 * <p>Layout (the DUMP_HEADER64 of the public crash-dump format as documented by the Volatility
 * {@code crash64} vtypes, Microsoft's dbgeng {@code .dump} output and the kdmp-parser project; offsets
 * are in bytes from the start of the file):
 * <pre>
 * 0x0000 Signature "PAGE"        0x0004 ValidDump "DU64"      0x0008 MajorVersion 0xF (free build)
 * 0x000C MinorVersion = build    0x0010 DirectoryTableBase    0x0018 PfnDataBase
 * 0x0020 PsLoadedModuleList      0x0028 PsActiveProcessHead   0x0030 MachineImageType 0x8664
 * 0x0034 NumberProcessors        0x0038 BugCheckCode          0x0040 BugCheckParameter1..4 (4 x 8)
 * 0x0060 VersionUser[32]         0x0080 KdDebuggerDataBlock
 * 0x0088 PhysicalMemoryBlock: NumberOfRuns u32, pad u32, NumberOfPages u64, runs {BasePage, PageCount} u64
 *        (a 0x2C0-byte buffer)
 * 0x0348 ContextRecord (the stopped processor's CONTEXT, 0x4D0 bytes of a 3000-byte buffer)
 * 0x0F00 Exception (EXCEPTION_RECORD64, 0x98 bytes)
 * 0x0F98 DumpType: 1 full, 5 bitmap   0x0FA0 RequiredDumpSpace   0x0FA8 SystemTime (FILETIME)
 * 0x0FB0 Comment[128]            0x1030 SystemUpTime          ... reserved up to 0x2000
 * full:   0x2000 the pages of every run, run after run
 * bitmap: 0x2000 BMP header: "SDMP" "DUMP", 0x20 FirstPage (file offset), 0x28 TotalPresentPages,
 *         0x30 Pages (bits in the bitmap), 0x38 bitmap (bit n = page frame n present); the present
 *         pages follow at FirstPage in increasing frame order.
 * </pre>
 * The bug-check code is 0x161 LIVE_SYSTEM_DUMP (what Windows itself writes for a live kernel dump; WinDbg
 * shows it as such and does not claim a crash), parameter 1 the exception code of the stop, parameter 2
 * its address; the comment says that kdring took it from a debugger stop.
 *
 * <p>Stateless; writes to a temporary file beside the target and renames it at the end, so a failed or
 * cancelled dump never leaves a partial file under the target's name.
 */
public final class CrashDump {

    /** What a dump holds. */
    public enum Kind {
        /** Every page of guest RAM. */
        FULL(1),
        /**
         * The pages the guest's page tables map, and the tables themselves, without a direct map of all RAM
         * (see {@link CrashDump#mappedPages}): much smaller than a full dump.
         */
        BITMAP(5);

        final int dumpType;

        Kind(int dumpType) {
            this.dumpType = dumpType;
        }
    }

    /**
     * What the stopped target told the debugger, for the header.
     *
     * @param buildNumber        the kernel's build number (GetVersion MinorVersion)
     * @param directoryTableBase CR3 of the stopped processor
     * @param psLoadedModuleList address of the module list head
     * @param kdDebuggerDataBlock address of KDDEBUGGER_DATA64, 0 when not known
     * @param processors         number of processors
     * @param context            the stopped processor's CONTEXT (x64: 0x4D0 bytes)
     * @param exceptionCode      the stop's exception code
     * @param exceptionAddress   the stop's exception address
     */
    public record Facts(int buildNumber, long directoryTableBase, long psLoadedModuleList, long kdDebuggerDataBlock,
            int processors, byte[] context, int exceptionCode, long exceptionAddress) {
        public Facts {
            Objects.requireNonNull(context);
            context = context.clone();
        }
    }

    /** Told how far the dump is; returns false to cancel it. */
    @FunctionalInterface
    public interface Progress {
        boolean pages(long written, long total);
    }

    /** What was written. */
    public record Result(Path file, Kind kind, long pages, long bytes) {
    }

    static final int PAGE = 4096;
    static final int HEADER_SIZE = 0x2000;
    static final int MAX_RUNS = (0x2C0 - 16) / 16;
    /** LIVE_SYSTEM_DUMP. */
    public static final int BUGCHECK_LIVE_DUMP = 0x161;

    private CrashDump() {
    }

    /**
     * Writes the dump of {@code memory} (laid out as {@code layout}) into {@code target}.
     *
     * @throws IOException when a file cannot be written, or the cancellation, as "dump cancelled"
     */
    public static Result write(Path target, Kind kind, Facts facts, GuestMemory memory, GuestRamLayout layout,
            Progress progress) throws IOException {
        List<long[]> runs = runs(layout, memory.size());
        BitSet present = new BitSet();
        long lastPfn = 0;
        for (long[] run : runs) {
            lastPfn = Math.max(lastPfn, run[0] + run[1]);
            if (kind == Kind.FULL) {
                present.set((int) run[0], (int) (run[0] + run[1]));
            }
        }
        if (kind == Kind.BITMAP) {
            mappedPages(memory, layout, facts.directoryTableBase(), present);
        }
        long pages = present.cardinality();
        int bitmapSize = kind == Kind.BITMAP ? bitmapHeaderSize(lastPfn) : 0;
        long fileSize = HEADER_SIZE + bitmapSize + pages * PAGE;
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        Files.deleteIfExists(temp);
        boolean done = false;
        try (OutputStream out = Files.newOutputStream(temp)) {
            ByteBuffer header = header(kind, facts, runs, fileSize);
            out.write(header.array());
            long offset = HEADER_SIZE;
            if (kind == Kind.BITMAP) {
                byte[] bmp = bitmapHeader(present, lastPfn, pages);
                out.write(bmp);
                offset += bmp.length;
            }
            byte[] page = new byte[PAGE];
            long written = 0;
            for (int pfn = present.nextSetBit(0); pfn >= 0; pfn = present.nextSetBit(pfn + 1)) {
                try {
                    memory.read((long) pfn * PAGE, page, 0, PAGE);
                } catch (GuestMemoryException e) {
                    throw new IOException("page frame 0x" + Integer.toHexString(pfn) + ": " + e.getMessage(), e);
                }
                out.write(page);
                written++;
                if ((written & 0xFF) == 0 && progress != null && !progress.pages(written, pages)) {
                    throw new IOException("dump cancelled after " + written + " of " + pages + " pages");
                }
            }
            if (progress != null) {
                progress.pages(written, pages);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Result(target, kind, pages, Files.size(target));
    }

    /** The RAM runs: maximal ranges of frames that are RAM (page 0 and the VGA/BIOS hole are not). */
    static List<long[]> runs(GuestRamLayout layout, long memorySize) {
        List<long[]> runs = new ArrayList<>();
        long frames = memorySize / PAGE;
        long start = -1;
        for (long pfn = 0; pfn <= frames; pfn++) {
            boolean ram = pfn < frames && layout.whyNotRam(pfn) == null;
            if (ram && start < 0) {
                start = pfn;
            } else if (!ram && start >= 0) {
                runs.add(new long[] { start, pfn - start });
                start = -1;
            }
        }
        if (runs.size() > MAX_RUNS) {
            throw new IllegalArgumentException("guest RAM has " + runs.size() + " runs, the header holds " + MAX_RUNS);
        }
        return runs;
    }

    private static ByteBuffer header(Kind kind, Facts facts, List<long[]> runs, long fileSize) {
        ByteBuffer h = ByteBuffer.allocate(HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        h.put(0x0, "PAGE".getBytes(StandardCharsets.US_ASCII));
        h.put(0x4, "DU64".getBytes(StandardCharsets.US_ASCII));
        h.putInt(0x8, 0xF);
        h.putInt(0xC, facts.buildNumber());
        h.putLong(0x10, facts.directoryTableBase());
        h.putLong(0x18, 0); // PfnDataBase: not known to a debugger stop
        h.putLong(0x20, facts.psLoadedModuleList());
        h.putLong(0x28, 0); // PsActiveProcessHead: not known
        h.putInt(0x30, 0x8664);
        h.putInt(0x34, Math.max(1, facts.processors()));
        h.putInt(0x38, BUGCHECK_LIVE_DUMP);
        h.putLong(0x40, Integer.toUnsignedLong(facts.exceptionCode()));
        h.putLong(0x48, facts.exceptionAddress());
        h.putLong(0x80, facts.kdDebuggerDataBlock());
        long total = 0;
        h.putInt(0x88, runs.size());
        for (int i = 0; i < runs.size(); i++) {
            h.putLong(0x98 + 16 * i, runs.get(i)[0]);
            h.putLong(0xA0 + 16 * i, runs.get(i)[1]);
            total += runs.get(i)[1];
        }
        h.putLong(0x90, total);
        h.put(0x348, facts.context(), 0, Math.min(facts.context().length, 3000));
        // EXCEPTION_RECORD64: code, flags, record, address, NumberParameters, alignment, information[15]
        h.putInt(0xF00, facts.exceptionCode());
        h.putInt(0xF04, 0);
        h.putLong(0xF08, 0);
        h.putLong(0xF10, facts.exceptionAddress());
        h.putInt(0xF18, 0);
        h.putInt(0xF98, kind.dumpType);
        h.putLong(0xFA0, fileSize);
        h.putLong(0xFA8, filetimeNow());
        byte[] comment = "kdring: live dump of a VM stopped in the debugger (not a crash)"
                .getBytes(StandardCharsets.US_ASCII);
        h.put(0xFB0, comment, 0, Math.min(comment.length, 127));
        return h;
    }

    private static long filetimeNow() {
        // 100 ns intervals since 1601-01-01
        return (System.currentTimeMillis() + 11_644_473_600_000L) * 10_000L;
    }

    private static int bitmapHeaderSize(long bits) {
        long size = 0x38 + (bits + 7) / 8;
        return (int) ((size + PAGE - 1) / PAGE * PAGE);
    }

    private static byte[] bitmapHeader(BitSet present, long lastPfn, long pages) {
        int size = bitmapHeaderSize(lastPfn);
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0x0, "SDMP".getBytes(StandardCharsets.US_ASCII));
        b.put(0x4, "DUMP".getBytes(StandardCharsets.US_ASCII));
        b.putLong(0x20, HEADER_SIZE + size); // FirstPage: the file offset of the first present page
        b.putLong(0x28, pages);
        b.putLong(0x30, lastPfn);
        byte[] bits = present.toByteArray(); // little-endian bit order: bit n of byte n/8 is frame n
        b.put(0x38, bits, 0, Math.min(bits.length, size - 0x38));
        return b.array();
    }

    /**
     * Marks the frames the 4-level page tables at {@code cr3} map (4 KiB, 2 MiB and 1 GiB pages) and the
     * table pages themselves, leaving out a direct map of RAM: the 1 GiB regions of address space that each
     * map at one constant offset (virtual minus physical), and together map at least half of RAM at the
     * same offset, are a kernel's map of all physical memory; including them would make this a full dump.
     * Their tables stay, so addresses through them still translate.
     * Entries naming frames outside RAM are skipped: the guest is not trusted.
     */
    static void mappedPages(GuestMemory memory, GuestRamLayout layout, long cr3, BitSet present) throws IOException {
        long frames = memory.size() / PAGE;
        long pml4 = cr3 & 0x000F_FFFF_FFFF_F000L;
        long[] top = table(memory, layout, frames, pml4, present);
        if (top == null) {
            return;
        }
        // one Slot per 1 GiB of address space; slots that map linearly at the same offset are grouped
        java.util.Map<Long, List<Slot>> linear = new java.util.HashMap<>();
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < 512; i++) {
            if ((top[i] & 1) == 0) {
                continue;
            }
            long[] pdpt = table(memory, layout, frames, top[i] & 0x000F_FFFF_FFFF_F000L, present);
            if (pdpt == null) {
                continue;
            }
            for (int j = 0; j < 512; j++) {
                if ((pdpt[j] & 1) == 0) {
                    continue;
                }
                Slot slot = new Slot();
                long va = ((long) i << 39) | ((long) j << 30);
                long next = pdpt[j] & 0x000F_FFFF_FFFF_F000L;
                if ((pdpt[j] & 0x80) != 0) {
                    slot.map(va, (next >>> 12) & ~((1L << 18) - 1), frames, layout, 1L << 18);
                } else {
                    walk(memory, layout, frames, next, 2, va, slot, present);
                }
                slots.add(slot);
                if (slot.linear && slot.seen) {
                    linear.computeIfAbsent(slot.delta, d -> new ArrayList<>()).add(slot);
                }
            }
        }
        java.util.Set<Slot> directMap = new java.util.HashSet<>();
        for (List<Slot> group : linear.values()) {
            long pages = group.stream().mapToLong(sl -> sl.leaves.cardinality()).sum();
            if (pages * PAGE >= memory.size() / 2) {
                directMap.addAll(group);
            }
        }
        for (Slot slot : slots) {
            if (!directMap.contains(slot)) {
                present.or(slot.leaves);
            }
        }
    }

    /** The leaf pages one top-level slot maps, and whether it maps them all at one offset. */
    private static final class Slot {
        final BitSet leaves = new BitSet();
        boolean linear = true;
        boolean seen;
        long delta;

        void map(long va, long pfn, long frames, GuestRamLayout layout, long pages) {
            long d = va - (pfn << 12);
            if (!seen) {
                seen = true;
                delta = d;
            } else if (d != delta) {
                linear = false;
            }
            for (long p = pfn; p < pfn + pages && p < frames; p++) {
                if (layout.whyNotRam(p) == null) {
                    leaves.set((int) p);
                }
            }
        }
    }

    /** Reads a table page (and marks it present); null when it is not RAM. */
    private static long[] table(GuestMemory memory, GuestRamLayout layout, long frames, long address, BitSet present) {
        long pfn = address >>> 12;
        if (pfn >= frames || layout.whyNotRam(pfn) != null) {
            return null;
        }
        byte[] raw = new byte[PAGE];
        try {
            memory.read(address, raw, 0, PAGE);
        } catch (GuestMemoryException e) {
            return null;
        }
        present.set((int) pfn);
        long[] entries = new long[512];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(entries);
        return entries;
    }

    private static void walk(GuestMemory memory, GuestRamLayout layout, long frames, long address, int level, long va,
            Slot slot, BitSet present) {
        long[] entries = table(memory, layout, frames, address, present);
        if (entries == null) {
            return;
        }
        for (int i = 0; i < 512; i++) {
            long entry = entries[i];
            if ((entry & 1) == 0) {
                continue;
            }
            long next = entry & 0x000F_FFFF_FFFF_F000L;
            long at = va | ((long) i << (12 + 9 * (level - 1)));
            if (level == 1) {
                slot.map(at, next >>> 12, frames, layout, 1);
            } else if ((entry & 0x80) != 0 && level <= 3) {
                long pages = 1L << (9 * (level - 1));
                slot.map(at, (next >>> 12) & ~(pages - 1), frames, layout, pages);
            } else {
                walk(memory, layout, frames, next, level - 1, at, slot, present);
            }
        }
    }
}
