/* kdring reference guest: shared declarations. */
#ifndef REFVM_H
#define REFVM_H

#include <stdint.h>
#include <stddef.h>
#include <stdarg.h>
#include "../core/kdr_kdcom.h"
#include "../core/kdr_ring.h"
#include "../core/kdr_select.h"
#include "../core/kdr_util.h"

#define KVA_BASE 0xFFFFF80000000000ull
#define KERN_PHYS 0x100000ull
#define KERNBASE (KVA_BASE + KERN_PHYS)
#define PATTERN_VA 0xFFFFF80100000000ull
#define PATTERN_PA 0x4000000ull /* 64 MiB */
#define PATTERN_MAX_MB 64
#define DRIVER_VA 0xFFFFF88000000000ull
#define DRIVER_STRIDE 0x100000ull
#define MAX_MODULES 2000
#define LOG_PORT 0xE9

/* pushed by trap.S (low address first) */
struct trap_frame {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8, rdi, rsi, rbp, rdx, rcx, rbx, rax;
    uint64_t vec, err;
    uint64_t rip, cs, rflags, rsp, ss;
};

struct config {
    int mode;          /* KDR_MODE_* */
    uint16_t port;     /* 0 = default probe list */
    uint32_t modules;
    uint32_t pattern_mb;
    uint32_t kd_timeout_ms;
    uint32_t tick_ms;
    char hostile[16];
};
extern struct config cfg;

/* lib.c */
void *memcpy(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t kstrlen(const char *s);
int kvsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int ksnprintf(char *buf, size_t size, const char *fmt, ...);
void klog(const char *fmt, ...);
void panic(const char *fmt, ...) __attribute__((noreturn));
uint32_t hash32(uint32_t x);

/* hw.c */
static inline void outb(uint16_t p, uint8_t v) { __asm__ __volatile__("outb %0, %1" ::"a"(v), "Nd"(p)); }
static inline uint8_t inb(uint16_t p) { uint8_t v; __asm__ __volatile__("inb %1, %0" : "=a"(v) : "Nd"(p)); return v; }
static inline uint64_t rdtsc(void) { uint32_t lo, hi; __asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi)); return ((uint64_t)hi << 32) | lo; }
void hw_init(void);
uint64_t time_us(void);
void idle_wait(void);
extern volatile uint64_t timer_ticks;
extern uint64_t tsc_per_us;
void read_special_registers(uint8_t *ks /* 0xE0 bytes */);
uint64_t read_dr(int n);
void write_dr(int n, uint64_t v);
uint16_t read_seg(int which); /* 0 ds 1 es 2 fs 3 gs */
void hw_reboot(void) __attribute__((noreturn));
extern const kdr_platform refvm_platform;

/* mm.c */
void mm_early(uint64_t ram_top);
void mm_init(void);
void mm_activate(void);
void *alloc_page(void);
uint64_t mm_walk(uint64_t va);               /* physical address or ~0 */
uint32_t mm_copy_virt(uint64_t va, void *buf, uint32_t len, int write);
uint32_t mm_copy_phys(uint64_t pa, void *buf, uint32_t len, int write);
void mm_map_page(uint64_t va, uint64_t pa);
static inline void *phys_to_virt(uint64_t pa) { return (void *)(KVA_BASE + pa); }
extern uint64_t ram_top;
extern uint64_t pattern_size;
void pattern_map(uint32_t mb);
void pattern_fill(void);

/* modules.c */
void modules_init(uint32_t count);
extern uint64_t ps_loaded_module_list_va;
extern uint64_t kd_debugger_data_list_va;
extern uint64_t kernel_image_size;
uint32_t module_count(void);
void module_info(uint32_t i, uint64_t *base, uint32_t *size, uint32_t *checksum, const char **path);

/* kd.c */
extern kdr_kd kd;
extern kdr_transport transport;
extern kdr_ring ring;
extern int transport_kind;
void kd_setup(void);
void kd_dbgprint(const char *s, uint32_t len);
void kd_load_all_symbols(void);
void kd_trap(struct trap_frame *f);
extern uint64_t fake_kthread_va, fake_kpcr_va;

/* exports.c: the kernel image's export directory and .pdata (what a debugger without PDBs reads) */
void exports_write_kernel(uint8_t *image /* KernBase */);
void KeTickHook(uint64_t tick); /* called once per tick; exported, single-stepped by the host's tests */
extern volatile uint64_t tick_hook_calls, tick_hook_last;

/* hostile.c */
void hostile_after_setup(void);
void hostile_tick(void);

/* pingpong.c: the bare channel's limit, for the host's bench */
void pingpong_init(void);
void pingpong_poll(void);
void stamp_request(uint32_t api); /* a debugger request is complete in the guest (TSC stamp) */
void stamp_reply(void);           /* its reply is ready to send */

/* trap.S */
void refvm_breakpoint(void);
void refvm_load_symbols_trap(uint64_t index);
extern const uint64_t isr_table[];

#endif
