/*
 * kdring guest core: platform interface.
 *
 * Everything OS-specific reaches the portable core through this table: port I/O, a monotonic time
 * source, and virtual->physical translation. The core itself is freestanding C99 (no libc).
 */
#ifndef KDR_PLATFORM_H
#define KDR_PLATFORM_H

#include <stdint.h>
#include <stddef.h>

#define KDR_NO_PHYS (~(uint64_t)0)

typedef struct kdr_platform {
    void *ctx;
    uint8_t (*inb)(void *ctx, uint16_t port);
    void (*outb)(void *ctx, uint16_t port, uint8_t value);
    /* Monotonic microseconds. Must keep advancing while interrupts are off. */
    uint64_t (*time_us)(void *ctx);
    /* Guest-physical address of a virtual address, or KDR_NO_PHYS. */
    uint64_t (*virt_to_phys)(void *ctx, const void *va);
} kdr_platform;

/* Barriers (see docs/channel-protocol.md section 6). GCC and mingw-w64 both accept this syntax. */
#if defined(__GNUC__)
#define KDR_COMPILER_BARRIER() __asm__ __volatile__("" ::: "memory")
#if defined(__x86_64__) || defined(__i386__)
#define KDR_FULL_FENCE() __asm__ __volatile__("mfence" ::: "memory")
#define KDR_CPU_RELAX() __asm__ __volatile__("pause" ::: "memory")
#else
#define KDR_FULL_FENCE() __sync_synchronize()
#define KDR_CPU_RELAX() KDR_COMPILER_BARRIER()
#endif
#else
#error "kdring core needs a GCC-compatible compiler (gcc, clang, mingw-w64)"
#endif

#endif
