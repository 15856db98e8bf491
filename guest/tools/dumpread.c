/*
 * dumpread: an independent reader of 64-bit Windows kernel crash dumps, for kdring's tests. It shares no
 * code with kdring's writer (bundles/kdring.session CrashDump.java): it is written from the public
 * description of the format (the DUMP_HEADER64 layout as the Volatility crash64 vtypes and the
 * kdmp-parser project describe it: "PAGE"/"DU64" header of 0x2000 bytes, physical memory runs at 0x88,
 * CONTEXT at 0x348, EXCEPTION_RECORD64 at 0xF00, DumpType at 0xF98; full dumps store the runs' pages
 * from 0x2000 on; bitmap dumps have an "SDMP"/"DUMP" header at 0x2000 with FirstPage at +0x20, the page
 * count at +0x30 and the bitmap at +0x38).
 *
 * Usage: dumpread FILE [VA LENGTH]
 * Prints the header as key=value lines. With VA and LENGTH it translates VA through the dump's own
 * 4-level page tables (DirectoryTableBase) page by page, reads LENGTH bytes from the dump, and checks
 * them against the kdring reference guest's pattern formula (byte i of the region at 0xFFFFF80100000000
 * is ((i * 0x9E3779B1) mod 2^32) >> 24): prints pattern_bytes=N and pattern_mismatch=OFFSET or -1.
 * Exit status: 0 when the dump reads and (if asked) the pattern matches, 1 otherwise, 2 on bad usage.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE 4096ull
#define PATTERN_VA 0xFFFFF80100000000ull

static unsigned char *dump;
static size_t dump_size;
static uint64_t *pfn_offset; /* file offset of each frame's page, 0 when absent */
static uint64_t frames;

static uint32_t u32(size_t at) { uint32_t v; memcpy(&v, dump + at, 4); return v; }
static uint64_t u64(size_t at) { uint64_t v; memcpy(&v, dump + at, 8); return v; }

static int fail(const char *why)
{
    fprintf(stderr, "dumpread: %s\n", why);
    return 1;
}

/* the page of physical address pa, or NULL when the dump does not hold it */
static const unsigned char *phys(uint64_t pa)
{
    uint64_t pfn = pa / PAGE;
    if (pfn >= frames || pfn_offset[pfn] == 0 || pfn_offset[pfn] + PAGE > dump_size)
        return NULL;
    return dump + pfn_offset[pfn];
}

static int translate(uint64_t cr3, uint64_t va, uint64_t *pa)
{
    uint64_t table = cr3 & 0x000FFFFFFFFFF000ull;
    for (int level = 4; level >= 1; level--) {
        unsigned idx = (unsigned)((va >> (12 + 9 * (level - 1))) & 511);
        const unsigned char *page = phys(table);
        if (!page)
            return 0;
        uint64_t e;
        memcpy(&e, page + idx * 8, 8);
        if (!(e & 1))
            return 0;
        uint64_t addr = e & 0x000FFFFFFFFFF000ull;
        if (level > 1 && (e & 0x80)) {
            uint64_t span = 1ull << (12 + 9 * (level - 1));
            *pa = (addr & ~(span - 1)) | (va & (span - 1));
            return 1;
        }
        table = addr;
    }
    *pa = table | (va & (PAGE - 1));
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 2 && argc != 4) {
        fprintf(stderr, "usage: dumpread FILE [VA LENGTH]\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f)
        return fail("cannot open the dump");
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    if (size < 0x2000)
        return fail("shorter than the 0x2000-byte header");
    dump_size = (size_t)size;
    dump = malloc(dump_size);
    if (!dump || fread(dump, 1, dump_size, f) != dump_size)
        return fail("cannot read the dump");
    fclose(f);

    if (memcmp(dump, "PAGE", 4) || memcmp(dump + 4, "DU64", 4))
        return fail("not a 64-bit kernel dump (no PAGE/DU64 signature)");
    uint32_t type = u32(0xF98);
    uint64_t cr3 = u64(0x10);
    printf("signature=PAGEDU64\nmajor=0x%x\nbuild=%u\ndirectory_table_base=0x%llx\nps_loaded_module_list=0x%llx\n",
           u32(0x8), u32(0xC), (unsigned long long)cr3, (unsigned long long)u64(0x20));
    printf("machine=0x%x\nprocessors=%u\nbugcheck=0x%x\nbugcheck_p1=0x%llx\nkd_debugger_data_block=0x%llx\n",
           u32(0x30), u32(0x34), u32(0x38), (unsigned long long)u64(0x40), (unsigned long long)u64(0x80));
    uint32_t runs = u32(0x88);
    uint64_t run_pages = u64(0x90);
    printf("runs=%u\nrun_pages=%llu\n", runs, (unsigned long long)run_pages);
    printf("context_rip=0x%llx\ncontext_rsp=0x%llx\n", (unsigned long long)u64(0x348 + 0xF8),
           (unsigned long long)u64(0x348 + 0x98));
    printf("exception_code=0x%x\nexception_address=0x%llx\ndump_type=%u\nrequired_dump_space=%llu\n",
           u32(0xF00), (unsigned long long)u64(0xF10), type, (unsigned long long)u64(0xFA0));
    if (runs == 0 || runs > (0x2C0 - 16) / 16)
        return fail("implausible run count");

    uint64_t highest = 0;
    for (uint32_t i = 0; i < runs; i++) {
        uint64_t end = u64(0x98 + 16 * i) + u64(0xA0 + 16 * i);
        if (end > highest)
            highest = end;
    }
    if (type == 5) {
        if (dump_size < 0x2000 + 0x38 || memcmp(dump + 0x2000, "SDMP", 4) || memcmp(dump + 0x2004, "DUMP", 4))
            return fail("bitmap dump without its SDMP/DUMP header");
        uint64_t first = u64(0x2020), present = u64(0x2028), bits = u64(0x2030);
        if (bits > highest)
            highest = bits;
        frames = highest;
        pfn_offset = calloc(frames ? frames : 1, sizeof *pfn_offset);
        uint64_t at = first, seen = 0;
        for (uint64_t pfn = 0; pfn < bits && 0x2038 + pfn / 8 < dump_size; pfn++) {
            if (dump[0x2038 + pfn / 8] & (1u << (pfn % 8))) {
                pfn_offset[pfn] = at;
                at += PAGE;
                seen++;
            }
        }
        printf("bitmap_pages=%llu\nbitmap_present=%llu\n", (unsigned long long)seen, (unsigned long long)present);
        if (seen != present)
            return fail("the bitmap's set bits do not match TotalPresentPages");
        if (at > dump_size)
            return fail("the dump is shorter than its present pages");
    } else if (type == 1) {
        frames = highest;
        pfn_offset = calloc(frames ? frames : 1, sizeof *pfn_offset);
        uint64_t at = 0x2000;
        for (uint32_t i = 0; i < runs; i++) {
            uint64_t base = u64(0x98 + 16 * i), count = u64(0xA0 + 16 * i);
            for (uint64_t p = 0; p < count; p++, at += PAGE)
                pfn_offset[base + p] = at;
        }
        if (at > dump_size)
            return fail("the dump is shorter than its runs");
    } else {
        return fail("unknown DumpType");
    }
    if (u64(0xFA0) != dump_size)
        return fail("RequiredDumpSpace is not the file's size");

    if (argc == 4) {
        uint64_t va = strtoull(argv[2], NULL, 0);
        uint64_t length = strtoull(argv[3], NULL, 0);
        long long mismatch = -1;
        uint64_t done = 0;
        while (done < length) {
            uint64_t pa;
            if (!translate(cr3, va + done, &pa)) {
                printf("pattern_bytes=%llu\n", (unsigned long long)done);
                return fail("a virtual address of the range does not translate through the dump's page tables");
            }
            const unsigned char *page = phys(pa & ~(PAGE - 1));
            if (!page)
                return fail("a page of the range is not in the dump");
            uint64_t n = PAGE - (pa & (PAGE - 1));
            if (n > length - done)
                n = length - done;
            for (uint64_t k = 0; k < n; k++) {
                uint64_t i = va + done + k - PATTERN_VA;
                unsigned char want = (unsigned char)(((uint32_t)i * 0x9E3779B1u) >> 24);
                if (page[(pa & (PAGE - 1)) + k] != want && mismatch < 0)
                    mismatch = (long long)(done + k);
            }
            done += n;
        }
        printf("pattern_bytes=%llu\npattern_mismatch=%lld\n", (unsigned long long)done, mismatch);
        if (mismatch >= 0)
            return 1;
    }
    return 0;
}
