/*
 * kdring.dll: the Windows kd transport module (a kdcom.dll replacement), built from the shared guest
 * core (guest/core/) with mingw-w64. This file is the Windows platform layer and the kdcom.dll export
 * surface; everything protocol-related (KDCOM framing, ring transport, UART) is the core's.
 *
 * Life cycle
 *   KdDebuggerInitialize0 (phase 0, very early: memory manager not initialised, HAL not initialised)
 *     - calibrates the TSC against PIT channel 2 (bounded by polls and TSC ticks; restores port 0x61);
 *     - probes the kdring port (0x10, then 0xE10) and the COM1 UART;
 *     - starts on the UART if there is one (the host bridges the debugger to COM1 while no ring
 *       channel is open), else on the null transport;
 *     - fails (the kernel then turns kd off) only when neither a kdring port nor a UART answers.
 *   KdDebuggerInitialize1 (phase 1: MmGetPhysicalAddress is usable)
 *     - builds the descriptor and ring pages (static, page-aligned, inside this image; every page's
 *       frame is looked up on its own, no contiguity assumed), sends the hello and publishes the ring
 *       transport; the KDCOM layer takes it up with one pointer store at the entry of the next
 *       KdSendPacket/KdReceivePacket, under the kernel's KD lock. The KDCOM packet ids carry on, so the
 *       debugger sees one stream.
 *   KdSendPacket / KdReceivePacket: the core's kdr_kd_send / kdr_kd_recv, with the kernel's KD_CONTEXT
 *   (retry count in, break-in flag out) and KdDebuggerNotPresent kept in step.
 *
 * Why the ring waits for phase 1: MmGetPhysicalAddress walks the page tables through the self-map,
 * whose base is only known to the memory manager after its own phase 0 on Windows 10 1607 and later;
 * calling it from KdDebuggerInitialize0 could fault. Until phase 1 the classic COM1 path carries KD.
 *
 * Never hangs when no host is present: every wait in the core is bounded by the time source (TSC),
 * and the ring transport drops tx bytes / times rx out at once while no host is attached
 * (docs/channel-protocol.md section 7.3).
 */
#include "nt.h"
#include "../core/kdr_kdcom.h"
#include "../core/kdr_ring.h"
#include "../core/kdr_select.h"
#include "../core/kdr_uart.h"
#include "../core/kdr_util.h"

/* Build-time configuration (the loader block is not parsed; see README.md). */
#ifndef KDRING_PORT
#define KDRING_PORT 0 /* 0 = probe 0x0010, then 0x0E10 */
#endif
#ifndef KDRING_RING_PAGES
#define KDRING_RING_PAGES 16 /* 64 KiB per direction, as the reference guest */
#endif
#ifndef KDRING_KD_TIMEOUT_US
#define KDRING_KD_TIMEOUT_US 100000
#endif
#ifndef KDRING_UART_BASE
#define KDRING_UART_BASE KDR_COM1
#endif
#ifndef KDRING_UART_DIVISOR
#define KDRING_UART_DIVISOR 1 /* 115200 baud */
#endif

#if (KDRING_RING_PAGES & (KDRING_RING_PAGES - 1)) || KDRING_RING_PAGES < 1 || KDRING_RING_PAGES > 128
#error "KDRING_RING_PAGES must be a power of two in 1..128"
#endif

#define PAGE 4096

/* ---------------------------------------------------------------------------------------------- */
/* Freestanding runtime: GCC may emit calls to these for aggregate copies even with -fno-builtin.  */

#if !defined(KDRING_HOST_TEST)
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);

void *memcpy(void *dst, const void *src, size_t n)
{
    kdr_memcpy(dst, src, n);
    return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
    uint8_t *d = (uint8_t *)dst;
    const uint8_t *s = (const uint8_t *)src;
    if (d < s) {
        while (n--)
            *d++ = *s++;
    } else {
        while (n--)
            d[n] = s[n];
    }
    return dst;
}

void *memset(void *dst, int c, size_t n)
{
    kdr_memset(dst, c, n);
    return dst;
}

int memcmp(const void *a, const void *b, size_t n) { return kdr_memcmp(a, b, n); }
#endif

/* ---------------------------------------------------------------------------------------------- */
/* Platform layer                                                                                 */

#if defined(KDRING_HOST_TEST)
/* Host test build (tests/test_windows.c): port I/O and the TSC come from the test. */
uint8_t kdring_test_inb(uint16_t port);
void kdring_test_outb(uint16_t port, uint8_t v);
uint64_t kdring_test_rdtsc(void);
#define io_inb kdring_test_inb
#define io_outb kdring_test_outb
#define rdtsc kdring_test_rdtsc
#else
static inline uint8_t io_inb(uint16_t port)
{
    uint8_t v;
    __asm__ __volatile__("inb %w1, %b0" : "=a"(v) : "Nd"(port));
    return v;
}

static inline void io_outb(uint16_t port, uint8_t v)
{
    __asm__ __volatile__("outb %b0, %w1" ::"a"(v), "Nd"(port));
}

static inline uint64_t rdtsc(void)
{
    uint32_t lo, hi;
    __asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
    return ((uint64_t)hi << 32) | lo;
}
#endif

static struct {
    uint64_t tsc_per_us;   /* 0 until calibrated */
    int tsc_source;        /* 0 assumed, 1 PIT, 2 KeStallExecutionProcessor */
    int mm_ready;          /* MmGetPhysicalAddress may be called */
    int init0_done;
    int init1_done;
    uint16_t ring_port;    /* kdring port that answered the probe in phase 0, or 0 */
    int uart_present;
    int active;            /* KDR_SEL_* of the transport in use */
    int ring_error;        /* kdr_ring_init result in phase 1 */
    uint32_t calls_send, calls_recv;
} g;

/* Exposed in the image (not exported) so that a debugger with symbols, or a memory dump, can see how
 * the transport came up. */
volatile uint32_t kdring_state[8];

#define PIT_MAX_POLLS 200000u
#define PIT_MAX_TICKS 400000000ull

/* TSC ticks per microsecond from PIT channel 2 in one-shot mode over ~10 ms (11932 ticks of
 * 1.193182 MHz). Bounded: gives up after a fixed number of polls. Port 0x61 is restored. */
static int calibrate_pit(void)
{
    uint8_t saved = io_inb(0x61);
    io_outb(0x61, (uint8_t)((saved & ~0x02u) | 0x01u)); /* gate on, speaker off */
    io_outb(0x43, 0xB0);                                 /* channel 2, lo/hi, mode 0, binary */
    io_outb(0x42, (uint8_t)(11932 & 0xFF));
    io_outb(0x42, (uint8_t)(11932 >> 8));
    uint64_t start = rdtsc();
    /* In mode 0 the output goes low when the count is written and high when it expires. If it is
     * already high, there is no working PIT here (an absent one reads 0xFF): no calibration. */
    if (io_inb(0x61) & 0x20) {
        io_outb(0x61, saved);
        return 0;
    }
    /* Bounded twice: by polls (a port read is a VM exit: ~1..20 us each) and by TSC ticks (10 ms is at
     * most 2e8 ticks at the highest plausible rate, 20 GHz; 4e8 leaves a factor of two). A PIT whose
     * output never rises costs at most ~0.1..0.4 s, not 20 million port reads. */
    uint32_t polls = 0;
    uint64_t end = start;
    int expired = 0;
    while (polls < PIT_MAX_POLLS && end - start < PIT_MAX_TICKS) {
        if (io_inb(0x61) & 0x20) {
            expired = 1;
            break;
        }
        polls++;
        end = rdtsc();
    }
    end = rdtsc();
    io_outb(0x61, saved);
    if (!expired)
        return 0;
    uint64_t per_us = (end - start) / 10000u;
    /* plausible TSC rates only: 100 MHz .. 20 GHz */
    if (per_us < 100u || per_us > 20000u)
        return 0;
    g.tsc_per_us = per_us;
    g.tsc_source = 1;
    return 1;
}

/* Phase 1 fallback: the HAL's stall routine is calibrated by then. */
static void calibrate_stall(void)
{
    uint64_t start = rdtsc();
    KeStallExecutionProcessor(10000);
    uint64_t end = rdtsc();
    uint64_t per_us = (end - start) / 10000u;
    if (per_us >= 100u && per_us <= 20000u) {
        g.tsc_per_us = per_us;
        g.tsc_source = 2;
    }
}

static uint8_t p_inb(void *ctx, uint16_t port)
{
    (void)ctx;
    return io_inb(port);
}

static void p_outb(void *ctx, uint16_t port, uint8_t value)
{
    (void)ctx;
    io_outb(port, value);
}

static uint64_t p_time_us(void *ctx)
{
    (void)ctx;
    /* An uncalibrated TSC is taken to run at 4 GHz: time then passes no slower than real time on any
     * VM CPU of today, so waits stay bounded (they can only end early). */
    uint64_t per_us = g.tsc_per_us ? g.tsc_per_us : 4000u;
    return rdtsc() / per_us;
}

static uint64_t p_virt_to_phys(void *ctx, const void *va)
{
    (void)ctx;
    if (!g.mm_ready)
        return KDR_NO_PHYS;
    int64_t pa = MmGetPhysicalAddress((void *)va);
    if (pa == 0)
        return KDR_NO_PHYS; /* not mapped */
    return (uint64_t)pa;
}

static const kdr_platform win_platform = { 0, p_inb, p_outb, p_time_us, p_virt_to_phys };

/* ---------------------------------------------------------------------------------------------- */
/* Transport state                                                                                */

/* Descriptor and ring pages: static, page-aligned, part of this image (non-paged: no PAGE section). */
static uint8_t ring_desc[PAGE] __attribute__((aligned(PAGE)));
static uint8_t ring_tx[KDRING_RING_PAGES][PAGE] __attribute__((aligned(PAGE)));
static uint8_t ring_rx[KDRING_RING_PAGES][PAGE] __attribute__((aligned(PAGE)));
static void *ring_tx_pages[KDRING_RING_PAGES];
static void *ring_rx_pages[KDRING_RING_PAGES];

#if defined(KDRING_HOST_TEST)
void kdring_test_ring_bounds(uintptr_t *lo, uintptr_t *hi, int *active, int *ring_error, uint64_t *tsc_per_us);
void kdring_test_ring_bounds(uintptr_t *lo, uintptr_t *hi, int *active, int *ring_error, uint64_t *tsc_per_us)
{
    uintptr_t a[3] = { (uintptr_t)ring_desc, (uintptr_t)ring_tx, (uintptr_t)ring_rx };
    uintptr_t b[3] = { a[0] + sizeof ring_desc, a[1] + sizeof ring_tx, a[2] + sizeof ring_rx };
    *lo = a[0];
    *hi = b[0];
    for (int i = 1; i < 3; i++) {
        if (a[i] < *lo)
            *lo = a[i];
        if (b[i] > *hi)
            *hi = b[i];
    }
    *active = g.active;
    *ring_error = g.ring_error;
    *tsc_per_us = g.tsc_per_us;
}
#endif

static kdr_kd kd;
/* kd.t points at one of these. The ring transport is built apart in phase 1 (outside the KD lock) and
 * published with one pointer store; KdSendPacket/KdReceivePacket, which the kernel calls under its KD
 * lock, take it up at their entry, so no KD path on another CPU ever sees a half-switched transport. */
static kdr_transport boot_transport; /* UART or null, from phase 0 */
static kdr_transport ring_transport;
static kdr_transport *volatile switch_to;
static kdr_ring ring;
static kdr_uart uart;

#if defined(KDRING_HOST_TEST)
const char *kdring_test_kd_transport(void);
const char *kdring_test_kd_transport(void) { return kd.t ? kd.t->name : "-"; }
#endif

/* Under the KD lock (called at the entry of KdSendPacket / KdReceivePacket): take up a published switch. */
static void take_switch(void)
{
    kdr_transport *next = switch_to;
    if (next && kd.t != next) {
        kdr_kd_flush(&kd); /* a deferred ACK leaves through the transport that holds it */
        kd.t = next;
    }
}

static void note_state(void)
{
    kdring_state[0] = 0x4B44524Eu; /* "NRDK": marker */
    kdring_state[1] = (uint32_t)g.active;
    kdring_state[2] = g.ring_port;
    kdring_state[3] = (uint32_t)g.ring_error;
    kdring_state[4] = (uint32_t)g.tsc_per_us;
    kdring_state[5] = (uint32_t)g.tsc_source;
    kdring_state[6] = ring.nonce;
    kdring_state[7] = (uint32_t)g.uart_present;
}

static void use_uart_or_null(void)
{
    if (g.uart_present) {
        kdr_uart_init(&uart, &win_platform, KDRING_UART_BASE, KDRING_UART_DIVISOR);
        kdr_uart_transport(&uart, &boot_transport);
        g.active = KDR_SEL_UART;
    } else {
        kdr_null_transport(&boot_transport);
        g.active = KDR_SEL_NONE;
    }
}

static void try_ring(void)
{
    if (!g.ring_port || g.active == KDR_SEL_RING)
        return;
    for (int i = 0; i < KDRING_RING_PAGES; i++) {
        ring_tx_pages[i] = ring_tx[i];
        ring_rx_pages[i] = ring_rx[i];
    }
    int rc = kdr_ring_init(&ring, &win_platform, g.ring_port, ring_desc, ring_tx_pages, KDRING_RING_PAGES,
                           ring_rx_pages, KDRING_RING_PAGES, KDR_GUEST_KIND_WINDOWS);
    g.ring_error = rc;
    if (rc != KDR_RING_OK)
        return; /* stay on the UART (or null) transport */
    kdr_ring_transport(&ring, &ring_transport);
    KDR_COMPILER_BARRIER(); /* the transport is complete before it is published */
    switch_to = &ring_transport;
    g.active = KDR_SEL_RING;
}

static void context_in(const nt_kd_context *ctx)
{
    /* The kernel's retry count (20 by default) sets the KDCOM retry budget. */
    if (ctx && ctx->KdpDefaultRetries >= 1 && ctx->KdpDefaultRetries <= 10000 &&
        ctx->KdpDefaultRetries != kd.max_retries) {
        kd.max_retries = ctx->KdpDefaultRetries;
        if (kd.retries > kd.max_retries)
            kd.retries = kd.max_retries;
    }
}

static void context_out(nt_kd_context *ctx)
{
    if (kd.control_c_pending && ctx) {
        ctx->KdpControlCPending = 1; /* the kernel's KdPollBreakIn consumes it */
        kd.control_c_pending = 0;
    }
    BOOLEAN absent = kd.debugger_not_present ? 1 : 0;
    if (KdDebuggerNotPresent != absent)
        KdDebuggerNotPresent = absent;
}

/* ---------------------------------------------------------------------------------------------- */
/* Exports (fact sheet section 6.1; README.md says which signatures are inferred)                   */

NTSTATUS NTAPI KdDebuggerInitialize0(void *LoaderBlock);
NTSTATUS NTAPI KdDebuggerInitialize1(void *LoaderBlock);
void NTAPI KdSendPacket(uint32_t PacketType, nt_string *MessageHeader, nt_string *MessageData,
                        nt_kd_context *Context);
uint32_t NTAPI KdReceivePacket(uint32_t PacketType, nt_string *MessageHeader, nt_string *MessageData,
                               uint32_t *DataLength, nt_kd_context *Context);
NTSTATUS NTAPI KdD0Transition(void);
NTSTATUS NTAPI KdD3Transition(void);
NTSTATUS NTAPI KdSave(BOOLEAN SleepTransition);
NTSTATUS NTAPI KdRestore(BOOLEAN SleepTransition);
NTSTATUS NTAPI KdSetHiberRange(void *MemoryMap);
NTSTATUS NTAPI KdPower(void *Arg1, void *Arg2);
NTSTATUS NTAPI KdInitialize(int32_t Mode, void *LoaderBlock, void *Arg3);
NTSTATUS NTAPI DriverEntry(void *DriverObject, void *RegistryPath);

NTSTATUS NTAPI KdDebuggerInitialize0(void *LoaderBlock)
{
    (void)LoaderBlock; /* LoadOptions are not parsed: the LOADER_PARAMETER_BLOCK layout varies */
    if (!g.init0_done) {
        g.init0_done = 1;
        if (!calibrate_pit())
            g.tsc_source = 0;
        if (KDRING_PORT) {
            if (kdr_ring_probe(&win_platform, KDRING_PORT))
                g.ring_port = KDRING_PORT;
        } else if (kdr_ring_probe(&win_platform, KDR_PORT_DEFAULT)) {
            g.ring_port = KDR_PORT_DEFAULT;
        } else if (kdr_ring_probe(&win_platform, KDR_PORT_XEN)) {
            g.ring_port = KDR_PORT_XEN;
        }
        g.uart_present = kdr_uart_probe(&win_platform, KDRING_UART_BASE);
        use_uart_or_null();
        kdr_kd_init(&kd, &boot_transport, &win_platform);
        kd.timeout_us = KDRING_KD_TIMEOUT_US;
        note_state();
    }
    return (g.ring_port || g.uart_present) ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}

NTSTATUS NTAPI KdDebuggerInitialize1(void *LoaderBlock)
{
    (void)LoaderBlock;
    if (!g.init0_done) {
        NTSTATUS st = KdDebuggerInitialize0(0);
        if (st != STATUS_SUCCESS)
            return st;
    }
    if (!g.init1_done) {
        g.init1_done = 1;
        if (!g.tsc_per_us)
            calibrate_stall();
        g.mm_ready = 1;
        try_ring();
        note_state();
    }
    return STATUS_SUCCESS;
}

void NTAPI KdSendPacket(uint32_t PacketType, nt_string *MessageHeader, nt_string *MessageData,
                        nt_kd_context *Context)
{
    if (!g.init0_done || !MessageHeader)
        return;
    g.calls_send++;
    take_switch();
    context_in(Context);
    kdr_buf h = { MessageHeader->Length, MessageHeader->MaximumLength, (uint8_t *)MessageHeader->Buffer };
    kdr_buf d = { 0, 0, 0 };
    if (MessageData) {
        d.len = MessageData->Length;
        d.max = MessageData->MaximumLength;
        d.buf = (uint8_t *)MessageData->Buffer;
    }
    /* A packet larger than KDCOM allows is not sent (the debugger would reject it): the core reports it
     * in a PrintString instead (kd.oversize_packets). */
    kdr_kd_send(&kd, (uint16_t)PacketType, &h, (MessageData && d.len) ? &d : 0);
    context_out(Context);
}

uint32_t NTAPI KdReceivePacket(uint32_t PacketType, nt_string *MessageHeader, nt_string *MessageData,
                               uint32_t *DataLength, nt_kd_context *Context)
{
    if (!g.init0_done)
        return NT_KD_PACKET_TIMEOUT;
    g.calls_recv++;
    take_switch();
    context_in(Context);
    if (PacketType == KD_TYPE_POLL_BREAKIN) {
        /* Reads at most one byte and never waits (fact sheet section 3.3 step 1). */
        int hit = kdr_kd_poll_breakin(&kd);
        context_out(Context);
        return hit ? NT_KD_PACKET_RECEIVED : NT_KD_PACKET_TIMEOUT;
    }
    kdr_buf h = { 0, 0, 0 }, d = { 0, 0, 0 };
    if (MessageHeader) {
        h.max = MessageHeader->MaximumLength;
        h.buf = (uint8_t *)MessageHeader->Buffer;
    }
    if (MessageData) {
        d.max = MessageData->MaximumLength;
        d.buf = (uint8_t *)MessageData->Buffer;
    }
    uint32_t dlen = 0;
    int rc = kdr_kd_recv(&kd, (uint16_t)PacketType, MessageHeader ? &h : 0, MessageData ? &d : 0, &dlen);
    if (rc == KD_RECV_OK) {
        if (MessageHeader)
            MessageHeader->Length = h.len;
        if (MessageData)
            MessageData->Length = d.len;
        if (DataLength)
            *DataLength = dlen;
    }
    context_out(Context);
    if (rc == KD_RECV_OK)
        return NT_KD_PACKET_RECEIVED;
    return rc == KD_RECV_RESEND ? NT_KD_PACKET_NEEDS_RESEND : NT_KD_PACKET_TIMEOUT;
}

/* Power-up after sleep or hibernation: the UART lost its programming; a ring host may have gone away
 * and come back, so announce the channel again (same nonce: a host that kept it re-attaches). */
NTSTATUS NTAPI KdD0Transition(void)
{
    if (!g.init0_done)
        return STATUS_SUCCESS;
    if (g.active == KDR_SEL_RING)
        kdr_ring_send_hello(&ring);
    else if (g.active == KDR_SEL_UART)
        kdr_uart_init(&uart, &win_platform, KDRING_UART_BASE, KDRING_UART_DIVISOR);
    return STATUS_SUCCESS;
}

/* Power-down: nothing to save. No goodbye: after a goodbye the channel is dead for good (protocol
 * section 2.3), and the guest comes back with this same image. */
NTSTATUS NTAPI KdD3Transition(void) { return STATUS_SUCCESS; }

NTSTATUS NTAPI KdSave(BOOLEAN SleepTransition)
{
    (void)SleepTransition;
    return STATUS_SUCCESS;
}

NTSTATUS NTAPI KdRestore(BOOLEAN SleepTransition)
{
    (void)SleepTransition;
    return STATUS_SUCCESS;
}

/* Inferred signature (one pointer argument, as VirtualKD; the hibernation range of this image is not
 * registered), answering as kdcom.dll is reported to. */
NTSTATUS NTAPI KdSetHiberRange(void *MemoryMap)
{
    (void)MemoryMap;
    return STATUS_NOT_SUPPORTED;
}

/* Inferred signature; nothing to do. */
NTSTATUS NTAPI KdPower(void *Arg1, void *Arg2)
{
    (void)Arg1;
    (void)Arg2;
    return STATUS_NOT_SUPPORTED;
}

/* Inferred signature: mode 0 is phase-0 initialisation; other modes are accepted and ignored. */
NTSTATUS NTAPI KdInitialize(int32_t Mode, void *LoaderBlock, void *Arg3)
{
    (void)Arg3;
    if (Mode == 0)
        return KdDebuggerInitialize0(LoaderBlock);
    return STATUS_SUCCESS;
}

/* Image entry point. A kd transport is bound as an import of ntoskrnl and never started as a
 * driver; if something does call the entry point, it succeeds and does nothing. */
NTSTATUS NTAPI DriverEntry(void *DriverObject, void *RegistryPath)
{
    (void)DriverObject;
    (void)RegistryPath;
    return STATUS_SUCCESS;
}
