#define _GNU_SOURCE
/*
 * Host test of the Windows glue (guest/windows/kdring.c), compiled for Linux with -DKDRING_HOST_TEST:
 * the test supplies port I/O, the TSC, MmGetPhysicalAddress, KeStallExecutionProcessor and
 * KdDebuggerNotPresent, plays a 16550 at COM1 and a kdring host (tools/kdr_host.c) on the port, and
 * calls the exported entry points as the kernel would. Each scenario runs in its own process (the
 * DLL's state is static). Last line: "N passed, N failed".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../windows/nt.h"
#include "../core/kdr_kdcom.h"
#include "../core/kdr_proto.h"
#include "../core/kdr_util.h"
#include "../tools/kdr_host.h"

/* exports under test */
NTSTATUS KdDebuggerInitialize0(void *);
NTSTATUS KdDebuggerInitialize1(void *);
void KdSendPacket(uint32_t, nt_string *, nt_string *, nt_kd_context *);
uint32_t KdReceivePacket(uint32_t, nt_string *, nt_string *, uint32_t *, nt_kd_context *);
NTSTATUS KdD0Transition(void);
NTSTATUS KdInitialize(int32_t, void *, void *);
void kdring_test_ring_bounds(uintptr_t *lo, uintptr_t *hi, int *active, int *ring_error, uint64_t *tsc_per_us);
const char *kdring_test_kd_transport(void);

static int fails, checks;
#define CHECK(c)                                                                                  \
    do {                                                                                          \
        checks++;                                                                                 \
        if (!(c)) {                                                                               \
            fails++;                                                                              \
            printf("    FAIL %s:%d: %s\n", __FILE__, __LINE__, #c);                                \
        }                                                                                         \
    } while (0)

/* ---- the machine ---- */
static int have_ring_port, have_com1, mm_works = 1, pit_works, pit_stuck;
static unsigned long pit_polls;
static uint64_t pit_start;
static unsigned pit_writes;
static uint64_t tsc;                /* fake TSC: 3000 ticks per microsecond */
#define TICKS_PER_US 3000u
static uint8_t uart_scr, uart_lcr, uart_out[65536], uart_in[4096];
static size_t uart_out_len, uart_in_len, uart_in_pos;

/* the kdring host */
static kdr_host host;
static uint8_t *host_ram;
static uintptr_t ram_base; /* GPA 0 corresponds to this address */
static int host_on, host_acks, host_kicks;
static uint8_t tx_seen[65536];
static size_t tx_seen_len;

BOOLEAN KdDebuggerNotPresent;

int64_t MmGetPhysicalAddress(void *va)
{
    if (!mm_works)
        return 0;
    return (int64_t)((uintptr_t)va - ram_base);
}

void KeStallExecutionProcessor(uint32_t us) { tsc += (uint64_t)us * TICKS_PER_US; }

/* The host runs whenever the guest looks at the clock: it drains tx and, if asked, ACKs each data
 * packet it sees (by id), as a debugger would. */
static void host_step(void)
{
    if (!host_on || host.state != KDR_H_OPEN)
        return;
    uint8_t buf[4096];
    size_t n = kdr_host_read_tx(&host, buf, sizeof buf);
    for (size_t i = 0; i < n; i++) {
        if (tx_seen_len < sizeof tx_seen)
            tx_seen[tx_seen_len++] = buf[i];
    }
    if (!host_acks || !n)
        return;
    /* find complete data packets in what was seen; ACK the last id once */
    static size_t scanned;
    while (scanned + 16 <= tx_seen_len) {
        uint8_t *p = tx_seen + scanned;
        if (kdr_get32(p) == KD_PACKET_LEADER) {
            uint16_t count = kdr_get16(p + 6);
            if (scanned + 16 + count + 1 > tx_seen_len)
                break;
            uint8_t ack[16];
            kdr_put32(ack, KD_CONTROL_LEADER);
            kdr_put16(ack + 4, KD_TYPE_ACKNOWLEDGE);
            kdr_put16(ack + 6, 0);
            kdr_put32(ack + 8, kdr_get32(p + 8) & ~KD_SYNC_ID);
            kdr_put32(ack + 12, 0);
            kdr_host_write_rx(&host, ack, 16);
            scanned += 16 + count + 1;
        } else if (kdr_get32(p) == KD_CONTROL_LEADER) {
            scanned += 16;
        } else {
            scanned++;
        }
    }
}

uint64_t kdring_test_rdtsc(void)
{
    tsc += 50 * TICKS_PER_US; /* every look at the clock costs 50 us of fake time */
    host_step();
    return tsc;
}

uint8_t kdring_test_inb(uint16_t port)
{
    if ((port == 0x10) && have_ring_port)
        return 0x6B;
    if (port == 0x61) {
        pit_polls++;
        if (pit_stuck)
            return 0x00; /* output low for ever */
        /* PIT channel 2: broken = output always high (the DLL must not trust it); working = low for
         * 11932 PIT ticks (10 ms) after the count was written */
        if (!pit_works || !pit_start)
            return 0x20;
        return (tsc - pit_start) >= 10000ull * TICKS_PER_US ? 0x20 : 0x00;
    }
    if (have_com1 && port >= 0x3F8 && port <= 0x3FF) {
        switch (port - 0x3F8) {
        case 0:
            return uart_in_pos < uart_in_len ? uart_in[uart_in_pos++] : 0;
        case 3: return uart_lcr;
        case 5: return (uint8_t)(0x60 | (uart_in_pos < uart_in_len ? 1 : 0));
        case 7: return uart_scr;
        default: return 0;
        }
    }
    return 0xFF;
}

void kdring_test_outb(uint16_t port, uint8_t v)
{
    if (port == 0x10 && have_ring_port && host_on) {
        kdr_host_port_bytes(&host, &v, 1);
        if (v == 0x6B)
            host_kicks++;
        return;
    }
    if (port == 0x42 && (pit_works || pit_stuck) && ++pit_writes % 2 == 0)
        pit_start = tsc; /* high byte of the count written: the one-shot starts */
    if (have_com1 && port >= 0x3F8 && port <= 0x3FF) {
        if (port == 0x3FF)
            uart_scr = v;
        else if (port == 0x3FB)
            uart_lcr = v;
        else if (port == 0x3F8 && !(uart_lcr & 0x80) && uart_out_len < sizeof uart_out)
            uart_out[uart_out_len++] = v;
    }
}

static void host_setup(void)
{
    uintptr_t lo, hi;
    int active, err;
    uint64_t per;
    kdring_test_ring_bounds(&lo, &hi, &active, &err, &per);
    /* GPAs start 1 MiB below the lowest ring page, so no page is GPA 0 or in the VGA hole */
    ram_base = (lo & ~(uintptr_t)0xFFF) - 0x100000;
    host_ram = (uint8_t *)ram_base;
    kdr_host_init(&host, host_ram, (uint64_t)(hi - ram_base));
    host_on = 1;
}

static int active_transport(void)
{
    uintptr_t lo, hi;
    int active, err;
    uint64_t per;
    kdring_test_ring_bounds(&lo, &hi, &active, &err, &per);
    return active;
}

static nt_string str(char *buf, uint16_t len, uint16_t max) { nt_string s = { len, max, buf }; return s; }

/* ---- scenarios ---- */

static void sc_nothing(void)
{
    CHECK(KdDebuggerInitialize0(0) == STATUS_UNSUCCESSFUL);
}

static void sc_uart_only_no_debugger(void)
{
    have_com1 = 1;
    CHECK(KdDebuggerInitialize0(0) == STATUS_SUCCESS);
    CHECK(KdDebuggerInitialize1(0) == STATUS_SUCCESS);
    CHECK(active_transport() == 2);
    nt_kd_context ctx = { 20, 0 };
    char hdr[16] = { 0 };
    kdr_put32((uint8_t *)hdr, 0x3230); /* PrintString: droppable */
    char msg[] = "hello";
    nt_string h = str(hdr, 16, 16), d = str(msg, 5, 5);
    uint64_t t0 = tsc;
    KdSendPacket(KD_TYPE_DEBUG_IO, &h, &d, &ctx);
    uint64_t spent_us = (tsc - t0) / TICKS_PER_US;
    CHECK(KdDebuggerNotPresent == 1);
    /* 20 time-outs of 100 ms (measured with the DLL's own calibration, within 2 %), bounded */
    if (!(spent_us >= 19 * 100000ull && spent_us < 40 * 100000ull))
        printf("    spent %llu us\n", (unsigned long long)spent_us);
    CHECK(spent_us >= 19 * 100000ull && spent_us < 40 * 100000ull);
    CHECK(uart_out_len >= 16 + 21 + 1);
    CHECK(kdr_get32(uart_out) == KD_PACKET_LEADER);
    CHECK(kdr_get16(uart_out + 4) == KD_TYPE_DEBUG_IO);
    CHECK(kdr_get16(uart_out + 6) == 21);
    /* break-in byte on the wire: poll returns "received" */
    uart_in[uart_in_len++] = 0x62;
    CHECK(KdReceivePacket(KD_TYPE_POLL_BREAKIN, 0, 0, 0, &ctx) == 0);
    CHECK(KdReceivePacket(KD_TYPE_POLL_BREAKIN, 0, 0, 0, &ctx) == 1);
}

static void sc_ring_comes_up_in_phase1(void)
{
    have_com1 = 1;
    have_ring_port = 1;
    pit_works = 1;
    CHECK(KdDebuggerInitialize0(0) == STATUS_SUCCESS);
    CHECK(active_transport() == 2); /* COM1 until phase 1 */
    host_setup();
    CHECK(KdDebuggerInitialize1(0) == STATUS_SUCCESS);
    CHECK(active_transport() == 1);
    CHECK(host.state == KDR_H_OPEN);
    CHECK(host.tx.size == 16 * 4096 && host.rx.size == 16 * 4096);
    uintptr_t lo, hi;
    int active, err;
    uint64_t per;
    kdring_test_ring_bounds(&lo, &hi, &active, &err, &per);
    /* calibrated by the PIT (each fake rdtsc costs 50 us, hence not exact) */
    CHECK(per >= TICKS_PER_US && per <= TICKS_PER_US + TICKS_PER_US / 50);
    CHECK(err == 0);
    CHECK((host.desc_gpa & 0xFFF) == 0);
    CHECK(host_ram[host.desc_gpa + 0x20] == KDR_GUEST_KIND_WINDOWS);

    /* send with a debugger that ACKs */
    kdr_host_set_debugger(&host, 1);
    host_acks = 1;
    nt_kd_context ctx = { 20, 0 };
    char hdr[56] = { 0 };
    kdr_put32((uint8_t *)hdr, 0x3031); /* a state change header, any bytes */
    nt_string h = str(hdr, 56, 56);
    uint64_t t0 = tsc;
    KdSendPacket(KD_TYPE_STATE_CHANGE64, &h, 0, &ctx);
    CHECK((tsc - t0) / TICKS_PER_US < 100000); /* ACKed well inside one time-out */
    CHECK(KdDebuggerNotPresent == 0);
    CHECK(tx_seen_len >= 16 + 56 + 1);
    CHECK(kdr_get32(tx_seen) == KD_PACKET_LEADER);
    CHECK(kdr_get16(tx_seen + 4) == KD_TYPE_STATE_CHANGE64);
    CHECK(kdr_get32(tx_seen + 8) == (KD_INITIAL_ID | KD_SYNC_ID));

    /* receive a manipulate packet: 56-byte header + 8 data bytes */
    host_acks = 0;
    size_t before = tx_seen_len;
    uint8_t body[64];
    for (int i = 0; i < 64; i++)
        body[i] = (uint8_t)(i * 7 + 1);
    uint8_t pk[16 + 64 + 1];
    kdr_put32(pk, KD_PACKET_LEADER);
    kdr_put16(pk + 4, KD_TYPE_STATE_MANIPULATE);
    kdr_put16(pk + 6, 64);
    kdr_put32(pk + 8, KD_INITIAL_ID);
    kdr_put32(pk + 12, kdr_kd_checksum(body, 64, 0));
    memcpy(pk + 16, body, 64);
    pk[80] = KD_TRAILER;
    CHECK(kdr_host_write_rx(&host, pk, sizeof pk) == sizeof pk);
    char rh[56], rd[4000];
    nt_string H = str(rh, 0, 56), D = str(rd, 0, sizeof rd);
    uint32_t dlen = 0xFFFF;
    CHECK(KdReceivePacket(KD_TYPE_STATE_MANIPULATE, &H, &D, &dlen, &ctx) == 0);
    CHECK(H.Length == 56 && D.Length == 8 && dlen == 8);
    CHECK(memcmp(rh, body, 56) == 0 && memcmp(rd, body + 56, 8) == 0);
    host_step();
    CHECK(tx_seen_len == before + 16); /* the ACK */
    CHECK(kdr_get32(tx_seen + before) == KD_CONTROL_LEADER);
    CHECK(kdr_get16(tx_seen + before + 4) == KD_TYPE_ACKNOWLEDGE);
    CHECK(kdr_get32(tx_seen + before + 8) == KD_INITIAL_ID);

    /* break-in over the ring */
    uint8_t b = 0x62;
    kdr_host_write_rx(&host, &b, 1);
    CHECK(KdReceivePacket(KD_TYPE_POLL_BREAKIN, 0, 0, 0, &ctx) == 0);

    /* a break-in byte during a receive that times out sets KdpControlCPending */
    kdr_host_write_rx(&host, &b, 1);
    CHECK(KdReceivePacket(KD_TYPE_STATE_MANIPULATE, &H, &D, &dlen, &ctx) == 2);
    CHECK(ctx.KdpControlCPending == 1);

    /* resume from sleep: the hello goes out again, the host keeps the channel */
    uint32_t hellos = host.hellos;
    CHECK(KdD0Transition() == STATUS_SUCCESS);
    CHECK(host.hellos == hellos + 1);
    CHECK(host.state == KDR_H_OPEN);
}

static void sc_ring_no_host(void)
{
    have_ring_port = 1; /* port answers, nobody reads it; no COM1 */
    CHECK(KdDebuggerInitialize0(0) == STATUS_SUCCESS);
    CHECK(active_transport() == 0);
    CHECK(KdDebuggerInitialize1(0) == STATUS_SUCCESS);
    CHECK(active_transport() == 1);
    nt_kd_context ctx = { 20, 0 };
    char hdr[16] = { 0 };
    kdr_put32((uint8_t *)hdr, 0x3230);
    nt_string h = str(hdr, 16, 16);
    uint64_t t0 = tsc;
    for (int i = 0; i < 50; i++)
        KdSendPacket(KD_TYPE_DEBUG_IO, &h, 0, &ctx);
    /* no host: receives time out at once, so 50 prints cost (fake) milliseconds, not seconds */
    CHECK((tsc - t0) / TICKS_PER_US < 1000000);
    CHECK(KdDebuggerNotPresent == 1);
    char rh[56], rd[64];
    nt_string H = str(rh, 0, 56), D = str(rd, 0, sizeof rd);
    uint32_t dlen;
    CHECK(KdReceivePacket(KD_TYPE_STATE_MANIPULATE, &H, &D, &dlen, &ctx) == 1);
}

static void sc_ring_phys_fails(void)
{
    have_com1 = 1;
    have_ring_port = 1;
    mm_works = 0;
    CHECK(KdInitialize(0, 0, 0) == STATUS_SUCCESS); /* inferred KdInitialize: mode 0 = phase 0 */
    CHECK(KdDebuggerInitialize1(0) == STATUS_SUCCESS);
    uintptr_t lo, hi;
    int active, err;
    uint64_t per;
    kdring_test_ring_bounds(&lo, &hi, &active, &err, &per);
    CHECK(active == 2); /* stays on COM1 */
    CHECK(err != 0);
}

static void sc_calls_before_init(void)
{
    nt_kd_context ctx = { 20, 0 };
    char hdr[16] = { 0 };
    nt_string h = str(hdr, 16, 16);
    KdSendPacket(KD_TYPE_DEBUG_IO, &h, 0, &ctx); /* must not crash */
    CHECK(KdReceivePacket(KD_TYPE_POLL_BREAKIN, 0, 0, 0, &ctx) == 1);
}

static void sc_switch_under_kd_lock(void)
{
    have_com1 = 1;
    have_ring_port = 1;
    CHECK(KdDebuggerInitialize0(0) == STATUS_SUCCESS);
    host_setup();
    CHECK(KdDebuggerInitialize1(0) == STATUS_SUCCESS);
    CHECK(active_transport() == 1);
    /* phase 1 only publishes the ring; KDCOM still uses the UART until its next call under the KD lock */
    CHECK(strcmp(kdring_test_kd_transport(), "uart") == 0);
    nt_kd_context ctx = { 20, 0 };
    CHECK(KdReceivePacket(KD_TYPE_POLL_BREAKIN, 0, 0, 0, &ctx) == 1);
    CHECK(strcmp(kdring_test_kd_transport(), "ring") == 0);
}

static void sc_pit_that_never_expires_is_bounded(void)
{
    have_com1 = 1;
    pit_stuck = 1;
    uint64_t t0 = tsc;
    CHECK(KdDebuggerInitialize0(0) == STATUS_SUCCESS);
    /* bounded by polls and by TSC ticks, not 20 million port reads */
    if (pit_polls > 200002)
        printf("    %lu polls of port 0x61\n", pit_polls);
    CHECK(pit_polls <= 200002);
    CHECK((tsc - t0) / TICKS_PER_US < 1000000);
    CHECK(KdDebuggerInitialize1(0) == STATUS_SUCCESS);
    uintptr_t lo, hi;
    int active, err;
    uint64_t per;
    kdring_test_ring_bounds(&lo, &hi, &active, &err, &per);
    CHECK(per >= TICKS_PER_US && per <= TICKS_PER_US + TICKS_PER_US / 50); /* from KeStallExecutionProcessor */
}

static void sc_null_transport_phase0_stop(void)
{
    have_ring_port = 1; /* kdring port answers, no COM1: phase 0 runs on the null transport */
    CHECK(KdDebuggerInitialize0(0) == STATUS_SUCCESS);
    CHECK(active_transport() == 0);
    nt_kd_context ctx = { 20, 0 };
    char hdr[0xF0] = { 0 };
    kdr_put32((uint8_t *)hdr, 0x3030); /* an exception state change (an early int3): never droppable */
    nt_string h = str(hdr, 0xF0, 0xF0);
    uint64_t t0 = tsc;
    KdSendPacket(KD_TYPE_STATE_CHANGE64, &h, 0, &ctx);
    CHECK(KdDebuggerNotPresent == 1);
    CHECK((tsc - t0) / TICKS_PER_US < 100000);
}

static void sc_oversize_packet_reported(void)
{
    have_com1 = 1;
    CHECK(KdDebuggerInitialize0(0) == STATUS_SUCCESS);
    nt_kd_context ctx = { 20, 0 };
    static char hdr[56], data[3945];
    kdr_put32((uint8_t *)hdr, 0x3130);
    nt_string h = str(hdr, 56, 56), d = str(data, 3945, 3945);
    KdSendPacket(KD_TYPE_STATE_MANIPULATE, &h, &d, &ctx);
    CHECK(kdr_get16(uart_out + 4) == KD_TYPE_DEBUG_IO);
    CHECK(memmem(uart_out, uart_out_len, "oversized KD packet (type 2, 4001 bytes", 39) != 0);
}

static struct {
    const char *name;
    void (*fn)(void);
} scenarios[] = {
    { "no kdring port and no COM1: phase 0 fails (kernel turns kd off)", sc_nothing },
    { "COM1 only, no debugger: bounded give-up, KdDebuggerNotPresent, break-in poll", sc_uart_only_no_debugger },
    { "ring port + host: COM1 in phase 0, ring from phase 1, send/receive/ACK/break-in/D0", sc_ring_comes_up_in_phase1 },
    { "ring port, no host: nothing waits", sc_ring_no_host },
    { "ring port but no physical addresses: stays on COM1", sc_ring_phys_fails },
    { "calls before initialisation", sc_calls_before_init },
    { "phase-1 switch: one pointer store, taken up at the next KD call", sc_switch_under_kd_lock },
    { "a PIT that never expires: calibration bounded, stall fallback", sc_pit_that_never_expires_is_bounded },
    { "null transport in phase 0: a stop reports the debugger not present", sc_null_transport_phase0_stop },
    { "packet over 4000 bytes: reported in a PrintString", sc_oversize_packet_reported },
};

int main(void)
{
    int passed = 0, failed = 0;
    for (size_t i = 0; i < sizeof scenarios / sizeof scenarios[0]; i++) {
        printf("%s\n", scenarios[i].name);
        fflush(stdout);
        pid_t pid = fork();
        if (pid == 0) {
            scenarios[i].fn();
            printf("  %s (%d checks)\n", fails ? "FAIL" : "ok  ", checks);
            fflush(stdout);
            _exit(fails ? 1 : 0);
        }
        int st = 0;
        waitpid(pid, &st, 0);
        if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
            passed++;
        else {
            failed++;
            if (!WIFEXITED(st))
                printf("  FAIL (crashed)\n");
        }
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
