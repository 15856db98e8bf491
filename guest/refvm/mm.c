/*
 * refvm: physical page allocator and the final page tables.
 *   physmap  KVA_BASE + pa for all RAM below 4 GiB (page 0 left unmapped); the kernel image lives
 *            here (KernBase = KVA_BASE + 1 MiB)
 *   pattern  PATTERN_VA -> PATTERN_PA, 4 KiB pages, the page after it never mapped
 *   drivers  DRIVER_VA + i * 1 MiB: one header page per fake driver module
 * Nothing is identity-mapped once mm_init() has run, so low addresses read as unmapped.
 */
#include "refvm.h"

#define PTE_P 0x1ull
#define PTE_W 0x2ull
#define PTE_PS 0x80ull
#define ADDR_MASK 0x000FFFFFFFFFF000ull

extern uint8_t __bss_end_phys[];
uint64_t ram_top;
uint64_t pattern_size;
static uint64_t next_free, alloc_limit;
static uint64_t *pml4;

void mm_early(uint64_t top)
{
    ram_top = top;
    next_free = ((uint64_t)(uintptr_t)__bss_end_phys + 0xFFF) & ~0xFFFull;
    if (next_free < 0x400000)
        next_free = 0x400000;
    alloc_limit = top < PATTERN_PA ? top : PATTERN_PA;
    if (alloc_limit > (1ull << 30))
        alloc_limit = 1ull << 30; /* the boot tables map only the first GiB */
}

void *alloc_page(void)
{
    if (next_free + 0x1000 > alloc_limit)
        panic("out of memory (allocator at 0x%lx, limit 0x%lx)", next_free, alloc_limit);
    void *p = phys_to_virt(next_free);
    next_free += 0x1000;
    /* 8-byte stores: under shadow paging every store to a fresh page can be costly */
    uint64_t *q = p;
    __asm__ __volatile__("rep stosq" : "+D"(q) : "a"(0ull), "c"(512ull) : "memory");
    return p;
}

static uint64_t virt_to_phys_direct(void *va) { return (uint64_t)(uintptr_t)va - KVA_BASE; }

static uint64_t *next_table(uint64_t *table, unsigned idx)
{
    if (!(table[idx] & PTE_P)) {
        void *t = alloc_page();
        table[idx] = virt_to_phys_direct(t) | PTE_P | PTE_W;
    }
    if (table[idx] & PTE_PS)
        panic("mapping conflict with a large page");
    return (uint64_t *)phys_to_virt(table[idx] & ADDR_MASK);
}

void mm_map_page(uint64_t va, uint64_t pa)
{
    uint64_t *pdpt = next_table(pml4, (va >> 39) & 511);
    uint64_t *pd = next_table(pdpt, (va >> 30) & 511);
    uint64_t *pt = next_table(pd, (va >> 21) & 511);
    pt[(va >> 12) & 511] = (pa & ADDR_MASK) | PTE_P | PTE_W;
}

static void map_large(uint64_t va, uint64_t pa)
{
    uint64_t *pdpt = next_table(pml4, (va >> 39) & 511);
    uint64_t *pd = next_table(pdpt, (va >> 30) & 511);
    pd[(va >> 21) & 511] = (pa & ~0x1FFFFFull) | PTE_P | PTE_W | PTE_PS;
}

void mm_init(void)
{
    pml4 = alloc_page();
    uint64_t top = ram_top < (4ull << 30) ? ram_top : (4ull << 30);
    for (uint64_t pa = 0; pa < top; pa += 0x200000) {
        if (pa == 0 || pa + 0x200000 > top) {
            for (uint64_t p = pa; p < pa + 0x200000 && p < top; p += 0x1000)
                if (p != 0)
                    mm_map_page(KVA_BASE + p, p);
        } else {
            map_large(KVA_BASE + pa, pa);
        }
    }
}

/* Switch to the new tables once they are complete: writing page tables that are live is slow under
 * shadow paging (each store traps), so everything is mapped before this. */
void mm_activate(void)
{
    uint64_t cr3 = virt_to_phys_direct(pml4);
    __asm__ __volatile__("mov %0, %%cr3" ::"r"(cr3) : "memory");
}

uint64_t mm_walk(uint64_t va)
{
    uint64_t top16 = va >> 47;
    if (top16 != 0 && top16 != 0x1FFFF)
        return KDR_NO_PHYS; /* non-canonical */
    uint64_t cr3;
    __asm__ __volatile__("mov %%cr3, %0" : "=r"(cr3));
    uint64_t *t = phys_to_virt(cr3 & ADDR_MASK);
    uint64_t e = t[(va >> 39) & 511];
    if (!(e & PTE_P)) return KDR_NO_PHYS;
    t = phys_to_virt(e & ADDR_MASK);
    e = t[(va >> 30) & 511];
    if (!(e & PTE_P)) return KDR_NO_PHYS;
    if (e & PTE_PS) return (e & 0x000FFFFFC0000000ull) + (va & 0x3FFFFFFFull);
    t = phys_to_virt(e & ADDR_MASK);
    e = t[(va >> 21) & 511];
    if (!(e & PTE_P)) return KDR_NO_PHYS;
    if (e & PTE_PS) return (e & 0x000FFFFFFFE00000ull) + (va & 0x1FFFFFull);
    t = phys_to_virt(e & ADDR_MASK);
    e = t[(va >> 12) & 511];
    if (!(e & PTE_P)) return KDR_NO_PHYS;
    return (e & ADDR_MASK) + (va & 0xFFF);
}

static int phys_ok(uint64_t pa) { return pa >= 0x1000 && pa < ram_top && pa < (4ull << 30); }

uint32_t mm_copy_virt(uint64_t va, void *buf, uint32_t len, int write)
{
    uint8_t *b = buf;
    uint32_t done = 0;
    while (done < len) {
        uint64_t pa = mm_walk(va + done);
        if (pa == KDR_NO_PHYS || !phys_ok(pa))
            break;
        uint32_t n = 0x1000 - (uint32_t)(pa & 0xFFF);
        if (n > len - done)
            n = len - done;
        if (write)
            memcpy(phys_to_virt(pa), b + done, n);
        else
            memcpy(b + done, phys_to_virt(pa), n);
        done += n;
    }
    return done;
}

uint32_t mm_copy_phys(uint64_t pa, void *buf, uint32_t len, int write)
{
    uint8_t *b = buf;
    uint32_t done = 0;
    while (done < len && phys_ok(pa + done)) {
        uint32_t n = 0x1000 - (uint32_t)((pa + done) & 0xFFF);
        if (n > len - done)
            n = len - done;
        if (write)
            memcpy(phys_to_virt(pa + done), b + done, n);
        else
            memcpy(b + done, phys_to_virt(pa + done), n);
        done += n;
    }
    return done;
}

/* pattern(i) = ((i * 0x9E3779B1) mod 2^32) >> 24 -- docs/channel-protocol.md section 9 */
void pattern_map(uint32_t mb)
{
    uint64_t size = (uint64_t)mb << 20;
    if (PATTERN_PA + size > ram_top) {
        uint64_t fit = ram_top > PATTERN_PA ? ((ram_top - PATTERN_PA) & ~0xFFFFFull) : 0;
        klog("kdring-refvm: warning: pattern=%u MiB does not fit in RAM, using %u MiB\n", mb, (unsigned)(fit >> 20));
        size = fit;
    }
    pattern_size = size;
    uint64_t off = 0;
    for (; off + 0x200000 <= size; off += 0x200000)
        map_large(PATTERN_VA + off, PATTERN_PA + off);
    for (; off < size; off += 0x1000)
        mm_map_page(PATTERN_VA + off, PATTERN_PA + off);
}

void pattern_fill(void)
{
    uint64_t *p = (uint64_t *)PATTERN_VA;
    for (uint64_t i = 0; i < pattern_size; i += 8) {
        uint64_t v = 0;
        for (uint32_t k = 0; k < 8; k++)
            v |= (uint64_t)(uint8_t)(((uint32_t)(i + k) * 0x9E3779B1u) >> 24) << (8 * k);
        p[i / 8] = v;
    }
}
