/*
 * kdping: a tiny KD debugger client used as the guest team's own end-to-end proof.
 *   kdping serial SOCKET [--modules N] [--pattern-mb M] [--read-kib K]
 *   kdping ring PORTSOCKET MEMFILE --vanish SECONDS   (the debugger vanishes mid-reply: guest bytes/s)
 *   kdping ring PORTSOCKET MEMFILE [same options]
 *   kdping tcp HOST:PORT [same options]               (a debugger endpoint, e.g. kdring's WinDbg endpoint)
 *   ... --bench N     after the break-in: N/4 GetVersion round trips to warm up, then N timed one by one,
 *                     then continue
 * serial: speaks KDCOM on QEMU's serial chardev socket (the UART path).
 * ring:   acts as the kdring host itself (docs/channel-protocol.md, via kdr_host.c): reads the hello
 *         from the isa-debugcon socket, maps guest RAM from the memory-backend file and moves the KD
 *         bytes through the rings.
 * Then: break-in + RESET, wait for the state change, GetVersion, walk PsLoadedModuleList, read and
 * verify pattern bytes, check unmapped/partial reads, GetContext, ReadControlSpace, Continue2, and
 * wait for a DbgPrint proving the guest runs again. Exit 0 only if every check passed.
 */
#include "kdr_host.h"
#include "../core/kdr_util.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <time.h>
#include <unistd.h>

#define PATTERN_VA 0xFFFFF80100000000ull
static int mode_ring, fd = -1;
static kdr_host host;
static uint8_t inbuf[65536];
static size_t in_len, in_pos;
static int checks, failures;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "kdping: error: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    exit(2);
}

static void check(int ok, const char *what)
{
    checks++;
    if (!ok) {
        failures++;
        printf("kdping: FAIL %s\n", what);
    }
}

static int connect_unix(const char *path)
{
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un a = { .sun_family = AF_UNIX };
    snprintf(a.sun_path, sizeof a.sun_path, "%s", path);
    if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof a) < 0)
        die("cannot connect to %s: %s", path, strerror(errno));
    return s;
}

static int connect_tcp(const char *hostport)
{
    char host[64];
    const char *colon = strrchr(hostport, ':');
    if (!colon || (size_t)(colon - hostport) >= sizeof host)
        die("expected HOST:PORT, got %s", hostport);
    memcpy(host, hostport, (size_t)(colon - hostport));
    host[colon - hostport] = 0;
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)atoi(colon + 1)) };
    if (inet_pton(AF_INET, host, &a.sin_addr) != 1)
        die("not an IPv4 address: %s", host);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof a) < 0)
        die("cannot connect to %s: %s", hostport, strerror(errno));
    int one = 1;
    setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return s;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static const uint8_t *request(uint8_t req[56], const uint8_t *data, uint16_t dlen, uint16_t *rlen);

/* N GetVersion round trips, each timed; one line a parser can read */
static void bench_get_version(uint32_t n)
{
    double *us = malloc(sizeof(double) * n);
    if (!us)
        die("out of memory");
    uint8_t r[56];
    uint16_t len;
    /* warm-up, untimed: the host's request path is compiled on its first few hundred requests */
    for (uint32_t i = 0; i < n / 4; i++) {
        memset(r, 0, sizeof r);
        kdr_put32(r, 0x3146);
        request(r, 0, 0, &len);
    }
    double t0 = now_s();
    for (uint32_t i = 0; i < n; i++) {
        memset(r, 0, sizeof r);
        kdr_put32(r, 0x3146);
        double t = now_s();
        const uint8_t *v = request(r, 0, 0, &len);
        us[i] = (now_s() - t) * 1e6;
        if (kdr_get16(v + 0x18) != 0x8664)
            die("GetVersion %u: unexpected MachineType", i);
    }
    double dt = now_s() - t0;
    qsort(us, n, sizeof(double), compare_doubles);
    printf("kdping: bench %u GetVersion %.6f s per_s %.1f median_us %.1f p99_us %.1f\n", n, dt, n / dt,
           us[n / 2], us[n * 99 / 100 < n ? n * 99 / 100 : n - 1]);
    free(us);
}

/* pump the port stream (ring mode): returns after at most wait_ms */
static void pump_port(int wait_ms)
{
    struct pollfd p = { fd, POLLIN, 0 };
    if (poll(&p, 1, wait_ms) > 0) {
        uint8_t b[4096];
        ssize_t n = read(fd, b, sizeof b);
        if (n <= 0)
            die("port socket closed");
        kdr_host_port_bytes(&host, b, (size_t)n);
    }
    if (host.state == KDR_H_FAULTED)
        die("channel FAULTED: %s", host.reason);
}

static void io_send(const uint8_t *b, size_t n)
{
    if (!mode_ring) {
        while (n) {
            ssize_t w = write(fd, b, n);
            if (w <= 0)
                die("write: %s", strerror(errno));
            b += w;
            n -= (size_t)w;
        }
        return;
    }
    double end = now_s() + 10;
    while (n) {
        size_t w = kdr_host_write_rx(&host, b, n);
        b += w;
        n -= w;
        if (n) {
            if (now_s() > end)
                die("rx ring stays full");
            if (kdr_host_prepare_sleep(&host, 1))
                pump_port(5);
            kdr_host_woke(&host);
        }
    }
}

static int io_recv(uint8_t *b, double timeout)
{
    double end = now_s() + timeout;
    while (in_pos == in_len) {
        in_pos = in_len = 0;
        if (mode_ring) {
            in_len = kdr_host_read_tx(&host, inbuf, sizeof inbuf);
            if (in_len)
                break;
            if (kdr_host_prepare_sleep(&host, 0))
                pump_port(5);
            kdr_host_woke(&host);
        } else {
            struct pollfd p = { fd, POLLIN, 0 };
            if (poll(&p, 1, 5) > 0) {
                ssize_t n = read(fd, inbuf, sizeof inbuf);
                if (n <= 0)
                    die("serial socket closed");
                in_len = (size_t)n;
            }
        }
        if (in_pos == in_len && now_s() > end)
            return 0;
    }
    *b = inbuf[in_pos++];
    return 1;
}

/* ---- KD debugger side ---- */
static uint32_t my_id = 0x80800000;

static void send_control(uint16_t type, uint32_t id)
{
    uint8_t p[16] = { 0x69, 0x69, 0x69, 0x69 };
    kdr_put16(p + 4, type);
    kdr_put32(p + 8, id);
    io_send(p, 16);
}

static void send_data(uint16_t type, const uint8_t *body, uint16_t len, uint32_t id)
{
    uint8_t p[16 + 4000 + 1];
    kdr_put32(p, 0x30303030);
    kdr_put16(p + 4, type);
    kdr_put16(p + 6, len);
    kdr_put32(p + 8, id);
    uint32_t sum = 0;
    for (int i = 0; i < len; i++)
        sum += body[i];
    kdr_put32(p + 12, sum);
    memcpy(p + 16, body, len);
    p[16 + len] = 0xAA;
    io_send(p, 17u + len);
}

struct pkt {
    int control;
    uint16_t type, len;
    uint32_t id;
    uint8_t body[4000];
};

static int read_packet(struct pkt *k, double timeout)
{
    double end = now_s() + timeout;
    for (;;) {
        uint8_t b, prev = 0;
        int cnt = 0;
        while (cnt < 4) {
            double left = end - now_s();
            if (left <= 0 || !io_recv(&b, left))
                return 0;
            if (b == 0x30 || b == 0x69) {
                cnt = (cnt && b == prev) ? cnt + 1 : 1;
                prev = b;
            } else {
                cnt = 0;
            }
        }
        uint8_t h[12];
        for (int i = 0; i < 12; i++)
            if (!io_recv(&h[i], 2))
                return 0;
        k->control = prev == 0x69;
        k->type = kdr_get16(h);
        k->len = kdr_get16(h + 2);
        k->id = kdr_get32(h + 4);
        if (k->control)
            return 1;
        if (k->len > 4000)
            continue;
        for (int i = 0; i <= k->len; i++) {
            uint8_t c;
            if (!io_recv(&c, 2))
                return 0;
            if (i < k->len)
                k->body[i] = c;
            else if (c != 0xAA)
                goto bad;
        }
        uint32_t sum = 0;
        for (int i = 0; i < k->len; i++)
            sum += k->body[i];
        if (sum != kdr_get32(h + 8))
            goto bad;
        return 1;
    bad:
        send_control(5, 0);
    }
}

static int prints, duplicates;
static uint32_t last_target_id = ~0u;
/* ACK a target data packet; returns 0 for a retransmitted duplicate (same id as the last one taken),
 * which a debugger must ACK again and otherwise ignore */
static int ack(const struct pkt *k)
{
    send_control(4, k->id & ~0x800u);
    if ((k->id & ~0x800u) == last_target_id) {
        duplicates++;
        return 0;
    }
    last_target_id = k->id & ~0x800u;
    if (k->type == 3 && kdr_get32(k->body) == 0x3230)
        prints++;
    return 1;
}

/* send a manipulate request and return the reply body (len in *rlen) */
static const uint8_t *request(uint8_t req[56], const uint8_t *data, uint16_t dlen, uint16_t *rlen)
{
    static struct pkt k;
    uint8_t body[4000];
    memcpy(body, req, 56);
    if (dlen)
        memcpy(body + 56, data, dlen);
    for (int attempt = 0; attempt < 10; attempt++) {
        send_data(2, body, (uint16_t)(56 + dlen), my_id);
        int acked = 0;
        while (read_packet(&k, 5)) {
            if (k.control && k.type == 4 && k.id == my_id) {
                acked = 1;
                continue;
            }
            if (k.control && k.type == 5)
                break; /* resend */
            if (k.control)
                continue;
            if (!ack(&k))
                continue;
            if (k.type == 2 && kdr_get32(k.body) == kdr_get32(req)) {
                my_id ^= 1;
                *rlen = k.len;
                return k.body;
            }
        }
        (void)acked;
    }
    die("no reply to API 0x%x", kdr_get32(req));
    return 0;
}

static uint32_t read_virtual(uint64_t va, uint8_t *out, uint32_t count, uint32_t *status)
{
    uint8_t r[56] = { 0 };
    kdr_put32(r, 0x3130);
    kdr_put64(r + 0x10, va);
    kdr_put32(r + 0x18, count);
    uint16_t len;
    const uint8_t *b = request(r, 0, 0, &len);
    *status = kdr_get32(b + 8);
    uint32_t got = kdr_get32(b + 0x1C);
    if (got > count || 56u + got != len) {
        for (int i = 0; i < 56; i++)
            fprintf(stderr, "%02x%s", b[i], i % 16 == 15 ? "\n" : " ");
        die("bad ReadVirtualMemory reply to 0x%llx/%u (ActualBytesRead %u, ByteCount %u)",
            (unsigned long long)va, count, got, len);
    }
    memcpy(out, b + 56, got);
    return got;
}

/*
 * The debugger vanishes mid-reply (ring mode): request a 3944-byte read, take the reply without ACKing
 * it, clear DEBUGGER_ATTACHED as a host does when its debugger leaves, and count what the guest sends
 * while nobody is there. Bound: <= 10 KB/s from 5 s on. Then a new debugger must sync at once (RESET,
 * the reply again with the new id) and continue the guest.
 */
static int vanish_test(double seconds)
{
    uint8_t r[56] = { 0 };
    kdr_put32(r, 0x3130);
    kdr_put64(r + 0x10, PATTERN_VA);
    kdr_put32(r + 0x18, 3944);
    send_data(2, r, 56, my_id);
    static struct pkt k;
    double end = now_s() + 10;
    for (;;) {
        if (!read_packet(&k, 1) && now_s() > end)
            die("no reply to the read before the debugger vanishes");
        if (!k.control && k.type == 2)
            break;
    }
    kdr_host_set_debugger(&host, 0); /* gone: its ACK of the reply never came */
    double t0 = now_s(), t5 = t0 + 5, tend = t0 + seconds;
    uint64_t before5 = 0, after5 = 0;
    static uint8_t sink[65536];
    while (now_s() < tend) {
        size_t n = kdr_host_read_tx(&host, sink, sizeof sink);
        if (n)
            *(now_s() < t5 ? &before5 : &after5) += n;
        else if (kdr_host_prepare_sleep(&host, 0))
            pump_port(5);
        kdr_host_woke(&host);
    }
    double rate = after5 / (seconds - 5);
    printf("kdping: debugger vanished mid-reply: guest sent %llu bytes in the first 5 s, then %.0f bytes/s "
           "(bound 10000)\n", (unsigned long long)before5, rate);
    check(rate <= 10000, "<= 10 KB/s from 5 s after the debugger vanished");
    check(after5 > 0, "the guest still offers its reply");
    /* a new debugger syncs at once */
    kdr_host_set_debugger(&host, 1);
    in_pos = in_len = 0;
    double t_sync = now_s();
    send_control(6, 0);
    int echoed = 0, replied = 0;
    end = now_s() + 10;
    while (!replied && now_s() < end) {
        if (!read_packet(&k, 1))
            continue;
        if (k.control && k.type == 6)
            echoed = 1;
        else if (!k.control && k.type == 2 && echoed && k.id == 0x80800000) {
            send_control(4, k.id);
            replied = 1;
        }
    }
    printf("kdping: a new debugger synced in %.0f ms\n", (now_s() - t_sync) * 1000);
    check(echoed && replied, "a new debugger syncs: RESET echoed, the reply sent again with the new id");
    check(now_s() - t_sync < 2, "within 2 s");
    uint8_t c[56] = { 0 };
    kdr_put32(c, 0x3136);
    kdr_put32(c + 0x10, 0x10002);
    send_data(2, c, 56, 0x80800000);
    read_packet(&k, 2);
    printf("kdping: %d checks, %d failed\n", checks, failures);
    return failures ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc < 3)
        die("usage: kdping serial SOCKET | kdping tcp HOST:PORT | kdping ring PORTSOCKET MEMFILE"
            "  [--modules N] [--pattern-mb M] [--read-kib K] [--bench N]");
    int argi;
    uint32_t want_modules = 150, pattern_mb = 16, read_kib = 1024, bench = 0;
    double vanish = 0;
    if (!strcmp(argv[1], "serial")) {
        fd = connect_unix(argv[2]);
        argi = 3;
    } else if (!strcmp(argv[1], "tcp")) {
        fd = connect_tcp(argv[2]);
        argi = 3;
    } else if (!strcmp(argv[1], "ring") && argc >= 4) {
        mode_ring = 1;
        int mf = open(argv[3], O_RDWR);
        struct stat st;
        if (mf < 0 || fstat(mf, &st) < 0)
            die("cannot open %s: %s", argv[3], strerror(errno));
        uint8_t *ram = mmap(0, (size_t)st.st_size, PROT_READ | PROT_WRITE, MAP_SHARED, mf, 0);
        if (ram == MAP_FAILED)
            die("mmap: %s", strerror(errno));
        kdr_host_init(&host, ram, (uint64_t)st.st_size);
        fd = connect_unix(argv[2]);
        argi = 4;
    } else {
        die("unknown mode %s", argv[1]);
    }
    for (; argi + 1 < argc; argi += 2) {
        if (!strcmp(argv[argi], "--modules")) want_modules = (uint32_t)atoi(argv[argi + 1]);
        else if (!strcmp(argv[argi], "--pattern-mb")) pattern_mb = (uint32_t)atoi(argv[argi + 1]);
        else if (!strcmp(argv[argi], "--read-kib")) read_kib = (uint32_t)atoi(argv[argi + 1]);
        else if (!strcmp(argv[argi], "--vanish")) vanish = atof(argv[argi + 1]);
        else if (!strcmp(argv[argi], "--bench")) bench = (uint32_t)atoi(argv[argi + 1]);
        else die("unknown option %s", argv[argi]);
    }
    if (mode_ring) {
        double end = now_s() + 15;
        while (host.state != KDR_H_OPEN) {
            if (now_s() > end)
                die("no hello from the guest within 15 s (state %s)", kdr_host_state_name(host.state));
            pump_port(50);
        }
        printf("kdping: ring channel OPEN, descriptor 0x%llx nonce 0x%x, tx %u rx %u bytes\n",
               (unsigned long long)host.desc_gpa, host.nonce, host.tx.size, host.rx.size);
        kdr_host_set_debugger(&host, 1);
    }

    /* connect: break in, RESET, wait for an exception state change (continue LoadSymbols stops) */
    uint8_t brk = 0x62;
    io_send(&brk, 1);
    send_control(6, 0);
    static struct pkt k;
    uint64_t stop_pc = 0;
    int loads = 0;
    double end = now_s() + 30, last_reset = now_s();
    while (!stop_pc) {
        if (now_s() > end)
            die("no exception state change within 30 s");
        if (!read_packet(&k, 0.5)) {
            if (now_s() - last_reset > 1) {
                io_send(&brk, 1);
                send_control(6, 0);
                last_reset = now_s();
            }
            continue;
        }
        if (k.control) {
            if (k.type == 6) {
                my_id = 0x80800000;
                last_target_id = ~0u;
            }
            continue;
        }
        if (!ack(&k))
            continue;
        if (k.type != 7)
            continue;
        uint32_t state = kdr_get32(k.body);
        if (state == 0x3030) {
            stop_pc = kdr_get64(k.body + 0x18);
            check(kdr_get32(k.body + 0x20) == 0x80000003, "exception code 0x80000003");
            check(kdr_get32(k.body + 0xB8) == 1, "first chance");
            check(k.body[0xD8] == 0xCC, "instruction stream starts with int3");
        } else if (state == 0x3031) {
            loads++;
            uint8_t c[56] = { 0 };
            kdr_put32(c, 0x3136);
            kdr_put32(c + 0x10, 0x10002);
            send_data(2, c, 56, my_id); /* Continue: no reply, just its ACK */
            read_packet(&k, 2);
            my_id ^= 1;
            io_send(&brk, 1);
        }
    }
    printf("kdping: stopped at 0x%llx (after %d LoadSymbols stops)\n", (unsigned long long)stop_pc, loads);
    if (vanish > 5) {
        if (!mode_ring)
            die("--vanish needs ring mode");
        return vanish_test(vanish);
    }

    uint8_t r[56] = { 0 };
    uint16_t len;
    kdr_put32(r, 0x3146);
    const uint8_t *v = request(r, 0, 0, &len);
    uint64_t kernbase = kdr_get64(v + 0x20), plm = kdr_get64(v + 0x28);
    check(kdr_get16(v + 0x18) == 0x8664, "MachineType 0x8664");
    check((kdr_get16(v + 0x16) & 4) != 0, "Flags PTR64");
    check(v[0x14] == 6 && v[0x15] == 2, "protocol 6 / secondary 2");
    check(kernbase >> 44 == 0xFFFFF, "KernBase in the high half");
    printf("kdping: GetVersion build %u kernbase 0x%llx PsLoadedModuleList 0x%llx\n", kdr_get16(v + 0x12),
           (unsigned long long)kernbase, (unsigned long long)plm);
    if (bench) {
        bench_get_version(bench);
        goto resume;
    }

    uint8_t buf[4000];
    uint32_t st;
    check(read_virtual(plm, buf, 16, &st) == 16 && st == 0, "read PsLoadedModuleList head");
    uint64_t e = kdr_get64(buf);
    uint32_t n = 0;
    char first[3][64] = { "", "", "" };
    while (e != plm && n < 5000) {
        if (read_virtual(e, buf, 0x88, &st) != 0x88) {
            check(0, "read module entry");
            break;
        }
        uint16_t nl = kdr_get16(buf + 0x58);
        uint64_t nb = kdr_get64(buf + 0x60);
        uint64_t base = kdr_get64(buf + 0x30);
        uint8_t nm[512];
        if (nl > sizeof nm || read_virtual(nb, nm, nl, &st) != nl) {
            check(0, "read module name");
            break;
        }
        if (n < 3) {
            for (int i = 0; i < nl / 2 && i < 63; i++)
                first[n][i] = (char)nm[2 * i];
        }
        if (n == 0)
            check(base == kernbase, "first module at KernBase");
        uint8_t mz[2];
        if (read_virtual(base, mz, 2, &st) != 2 || mz[0] != 'M' || mz[1] != 'Z')
            check(0, "MZ at DllBase");
        e = kdr_get64(buf);
        n++;
    }
    printf("kdping: %u modules: %s, %s, %s, ...\n", n, first[0], first[1], first[2]);
    check(n == want_modules, "module count");
    check(!strcmp(first[0], "ntoskrnl.exe"), "ntoskrnl.exe first");

    double t0 = now_s();
    uint64_t total = (uint64_t)read_kib * 1024, done = 0, bad = 0;
    while (done < total) {
        uint32_t c = total - done > 3944 ? 3944 : (uint32_t)(total - done);
        uint32_t got = read_virtual(PATTERN_VA + done, buf, c, &st);
        if (got != c || st != 0) {
            check(0, "pattern read");
            break;
        }
        for (uint32_t i = 0; i < c; i++)
            if (buf[i] != (uint8_t)(((uint32_t)(done + i) * 0x9E3779B1u) >> 24))
                bad++;
        done += c;
    }
    double dt = now_s() - t0;
    check(bad == 0, "pattern bytes match the formula");
    printf("kdping: read %llu KiB of pattern in %.2f s (%.0f KiB/s), %llu mismatches\n",
           (unsigned long long)(done / 1024), dt, dt > 0 ? done / 1024.0 / dt : 0.0, (unsigned long long)bad);

    uint64_t pend = PATTERN_VA + ((uint64_t)pattern_mb << 20);
    uint32_t got = read_virtual(pend - 8, buf, 16, &st);
    check(got == 8 && st == 0xC0000001, "partial read across the end of the pattern");
    got = read_virtual(0x1000, buf, 16, &st);
    check(got == 0 && st == 0xC0000001, "unmapped read fails");

    memset(r, 0, sizeof r);
    kdr_put32(r, 0x3132);
    v = request(r, 0, 0, &len);
    check(len == 56 + 0x4D0, "CONTEXT is 0x4D0 bytes");
    check(kdr_get64(v + 56 + 0xF8) == stop_pc, "context Rip = stop PC");
    check(kdr_get16(v + 56 + 0x38) == 0x10, "context SegCs 0x10");
    memset(r, 0, sizeof r);
    kdr_put32(r, 0x3137);
    kdr_put64(r + 0x10, 2);
    kdr_put32(r + 0x18, 0xE0);
    v = request(r, 0, 0, &len);
    check(len == 56 + 0xE0, "KSPECIAL_REGISTERS 0xE0 bytes");
    check((kdr_get64(v + 56) & 0x80000001) == 0x80000001, "CR0 has PG|PE");
    check(kdr_get64(v + 56 + 0x10) != 0, "CR3 non-zero");
    printf("kdping: CR0 0x%llx CR3 0x%llx CR4 0x%llx\n", (unsigned long long)kdr_get64(v + 56),
           (unsigned long long)kdr_get64(v + 56 + 0x10), (unsigned long long)kdr_get64(v + 56 + 0x18));
    memset(r, 0, sizeof r);
    kdr_put32(r, 0x3161);
    v = request(r, 0, 0, &len);
    check(kdr_get32(v + 8) == 0xC0000001 && len == 56, "unknown API -> STATUS_UNSUCCESSFUL");

resume:
    memset(r, 0, sizeof r);
    kdr_put32(r, 0x313C);
    kdr_put32(r + 0x10, 0x10002);
    kdr_put64(r + 0x18, 0x400);
    kdr_put64(r + 0x20, 1);
    send_data(2, r, 56, my_id);
    my_id ^= 1;
    prints = 0;
    end = now_s() + 10;
    int stops_again = 0;
    while (prints == 0 && now_s() < end) {
        if (!read_packet(&k, 1) || k.control || !ack(&k))
            continue;
        /* a break-in byte sent during the LoadSymbols stops may have reached the guest while it was in a KD
         * exchange: it keeps it as a pending control-C (as kdcom does) and stops again right after running
         * on. That is a guest running again too; let it run once more (a few times at most) */
        if (k.type == 7 && kdr_get32(k.body) == 0x3030 && stops_again++ < 3) {
            send_data(2, r, 56, my_id);
            my_id ^= 1;
        }
    }
    if (stops_again)
        printf("kdping: the guest stopped again %d time(s) after Continue2 (a pending break-in)\n", stops_again);
    check(prints > 0, "DbgPrint after Continue2 (guest running again)");
    printf("kdping: %s (%d checks, %d failed; %d retransmitted packets ignored)\n", failures ? "FAILED" : "OK",
           checks, failures, duplicates);
    return failures ? 1 : 0;
}
