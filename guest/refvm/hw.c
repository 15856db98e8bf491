/* refvm: CPU and legacy hardware setup (GDT, IDT, PIC, PIT, TSC) and register access. */
#include "refvm.h"

struct idt_gate {
    uint16_t off0, sel;
    uint8_t ist, attr;
    uint16_t off1;
    uint32_t off2, zero;
} __attribute__((packed));

static struct idt_gate idt[256] __attribute__((aligned(16)));
struct desc_ptr {
    uint16_t limit;
    uint64_t base;
} __attribute__((packed));

extern uint8_t boot_gdt[], boot_gdt_end[];
volatile uint64_t timer_ticks;
uint64_t tsc_per_us = 1000;

static void set_gate(int vec, uint64_t handler)
{
    idt[vec].off0 = (uint16_t)handler;
    idt[vec].sel = 0x10;
    idt[vec].ist = 0;
    idt[vec].attr = 0x8E;
    idt[vec].off1 = (uint16_t)(handler >> 16);
    idt[vec].off2 = (uint32_t)(handler >> 32);
    idt[vec].zero = 0;
}

static void pic_init(void)
{
    outb(0x20, 0x11); outb(0xA0, 0x11);
    outb(0x21, 0x30); outb(0xA1, 0x38); /* IRQ 0-15 -> vectors 0x30-0x3F */
    outb(0x21, 0x04); outb(0xA1, 0x02);
    outb(0x21, 0x01); outb(0xA1, 0x01);
    outb(0x21, 0xFE); outb(0xA1, 0xFF); /* only IRQ0 (PIT) */
}

static void tsc_calibrate(void)
{
    /* PIT channel 2, mode 0, 10 ms */
    uint8_t g = inb(0x61);
    outb(0x61, (uint8_t)((g & ~0x02) | 0x01));
    outb(0x43, 0xB0);
    outb(0x42, 11932 & 0xFF);
    outb(0x42, 11932 >> 8);
    uint64_t t0 = rdtsc();
    uint32_t spins = 0;
    while (!(inb(0x61) & 0x20) && ++spins < 10000000)
        ;
    uint64_t t1 = rdtsc();
    outb(0x61, g);
    if (spins >= 10000000 || t1 - t0 < 10000) {
        klog("kdring-refvm: TSC calibration failed, assuming 1 GHz\n");
        tsc_per_us = 1000;
        return;
    }
    tsc_per_us = (t1 - t0) / 10000;
    if (tsc_per_us == 0)
        tsc_per_us = 1;
}

static void pit_periodic_1khz(void)
{
    outb(0x43, 0x34);
    outb(0x40, 1193 & 0xFF);
    outb(0x40, 1193 >> 8);
}

void hw_init(void)
{
    struct desc_ptr gdtr = { (uint16_t)(boot_gdt_end - boot_gdt - 1), KVA_BASE + (uint64_t)(uintptr_t)boot_gdt };
    __asm__ __volatile__("lgdt %0" ::"m"(gdtr));
    for (int v = 0; v <= 21; v++)
        set_gate(v, isr_table[v]);
    set_gate(0x2D, isr_table[22]);
    for (int v = 0; v < 16; v++)
        set_gate(0x30 + v, isr_table[23 + v]);
    struct desc_ptr idtr = { sizeof idt - 1, (uint64_t)(uintptr_t)idt };
    __asm__ __volatile__("lidt %0" ::"m"(idtr));
    /* SSE state on (FXSAVE/FXRSTOR, MXCSR), x87 present, write-protect off (breakpoints patch code) */
    uint64_t cr0, cr4;
    __asm__ __volatile__("mov %%cr0, %0" : "=r"(cr0));
    cr0 = (cr0 & ~(1ull << 2)) | (1ull << 1);
    __asm__ __volatile__("mov %0, %%cr0" ::"r"(cr0));
    __asm__ __volatile__("mov %%cr4, %0" : "=r"(cr4));
    cr4 |= (1ull << 9) | (1ull << 10);
    __asm__ __volatile__("mov %0, %%cr4" ::"r"(cr4));
    __asm__ __volatile__("fninit");
    pic_init();
    tsc_calibrate();
    pit_periodic_1khz();
}

uint64_t time_us(void) { return rdtsc() / tsc_per_us; }

void idle_wait(void) { __asm__ __volatile__("sti; hlt; cli" ::: "memory"); }

static uint64_t rdmsr(uint32_t msr)
{
    uint32_t lo, hi;
    __asm__ __volatile__("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
    return ((uint64_t)hi << 32) | lo;
}

uint64_t read_dr(int n)
{
    uint64_t v = 0;
    switch (n) {
    case 0: __asm__ __volatile__("mov %%dr0, %0" : "=r"(v)); break;
    case 1: __asm__ __volatile__("mov %%dr1, %0" : "=r"(v)); break;
    case 2: __asm__ __volatile__("mov %%dr2, %0" : "=r"(v)); break;
    case 3: __asm__ __volatile__("mov %%dr3, %0" : "=r"(v)); break;
    case 6: __asm__ __volatile__("mov %%dr6, %0" : "=r"(v)); break;
    case 7: __asm__ __volatile__("mov %%dr7, %0" : "=r"(v)); break;
    }
    return v;
}

void write_dr(int n, uint64_t v)
{
    switch (n) {
    case 0: __asm__ __volatile__("mov %0, %%dr0" ::"r"(v)); break;
    case 1: __asm__ __volatile__("mov %0, %%dr1" ::"r"(v)); break;
    case 2: __asm__ __volatile__("mov %0, %%dr2" ::"r"(v)); break;
    case 3: __asm__ __volatile__("mov %0, %%dr3" ::"r"(v)); break;
    case 6: __asm__ __volatile__("mov %0, %%dr6" ::"r"(v)); break;
    case 7: __asm__ __volatile__("mov %0, %%dr7" ::"r"(v)); break;
    }
}

uint16_t read_seg(int which)
{
    uint16_t v = 0;
    switch (which) {
    case 0: __asm__ __volatile__("mov %%ds, %0" : "=r"(v)); break;
    case 1: __asm__ __volatile__("mov %%es, %0" : "=r"(v)); break;
    case 2: __asm__ __volatile__("mov %%fs, %0" : "=r"(v)); break;
    case 3: __asm__ __volatile__("mov %%gs, %0" : "=r"(v)); break;
    }
    return v;
}

/* KSPECIAL_REGISTERS (AMD64), 0xE0 bytes, fact sheet section 4.6 */
void read_special_registers(uint8_t *ks)
{
    uint64_t v;
    kdr_memset(ks, 0, 0xE0);
    __asm__ __volatile__("mov %%cr0, %0" : "=r"(v)); kdr_put64(ks + 0x00, v);
    __asm__ __volatile__("mov %%cr2, %0" : "=r"(v)); kdr_put64(ks + 0x08, v);
    __asm__ __volatile__("mov %%cr3, %0" : "=r"(v)); kdr_put64(ks + 0x10, v);
    __asm__ __volatile__("mov %%cr4, %0" : "=r"(v)); kdr_put64(ks + 0x18, v);
    kdr_put64(ks + 0x20, read_dr(0));
    kdr_put64(ks + 0x28, read_dr(1));
    kdr_put64(ks + 0x30, read_dr(2));
    kdr_put64(ks + 0x38, read_dr(3));
    kdr_put64(ks + 0x40, read_dr(6));
    kdr_put64(ks + 0x48, read_dr(7));
    struct desc_ptr g, i;
    __asm__ __volatile__("sgdt %0" : "=m"(g));
    __asm__ __volatile__("sidt %0" : "=m"(i));
    kdr_put16(ks + 0x56, g.limit); kdr_put64(ks + 0x58, g.base);
    kdr_put16(ks + 0x66, i.limit); kdr_put64(ks + 0x68, i.base);
    uint16_t tr, ldtr;
    __asm__ __volatile__("str %0" : "=r"(tr));
    __asm__ __volatile__("sldt %0" : "=r"(ldtr));
    kdr_put16(ks + 0x70, tr);
    kdr_put16(ks + 0x72, ldtr);
    uint32_t mxcsr;
    __asm__ __volatile__("stmxcsr %0" : "=m"(mxcsr));
    kdr_put32(ks + 0x74, mxcsr);
    __asm__ __volatile__("mov %%cr8, %0" : "=r"(v)); kdr_put64(ks + 0xA0, v);
    kdr_put64(ks + 0xA8, rdmsr(0xC0000101));
    kdr_put64(ks + 0xB0, rdmsr(0xC0000102));
    kdr_put64(ks + 0xB8, rdmsr(0xC0000081));
    kdr_put64(ks + 0xC0, rdmsr(0xC0000082));
    kdr_put64(ks + 0xC8, rdmsr(0xC0000083));
    kdr_put64(ks + 0xD0, rdmsr(0xC0000084));
}

void hw_reboot(void)
{
    outb(0x64, 0xFE);
    struct desc_ptr z = { 0, 0 };
    __asm__ __volatile__("lidt %0; int3" ::"m"(z));
    for (;;)
        __asm__ __volatile__("cli; hlt");
}

static uint8_t p_inb(void *c, uint16_t p) { (void)c; return inb(p); }
static void p_outb(void *c, uint16_t p, uint8_t v) { (void)c; outb(p, v); }
static uint64_t p_time(void *c) { (void)c; return time_us(); }
static uint64_t p_v2p(void *c, const void *va)
{
    (void)c;
    return mm_walk((uint64_t)(uintptr_t)va);
}
const kdr_platform refvm_platform = { 0, p_inb, p_outb, p_time, p_v2p };
