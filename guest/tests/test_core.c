/*
 * Host-side unit tests of the kdring guest core (built with the system gcc).
 * Vectors marked XP-x / W81-x come from the KD fact sheet section 8.
 */
#include "../core/kdr_kdcom.h"
#include "../core/kdr_ring.h"
#include "../core/kdr_select.h"
#include "../core/kdr_util.h"
#include "../tools/kdr_host.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed, failed;
static const char *cur_test;

#define CHECK(cond)                                                                                 \
    do {                                                                                            \
        if (cond) {                                                                                 \
            passed++;                                                                               \
        } else {                                                                                    \
            failed++;                                                                               \
            printf("FAIL %s: %s:%d: %s\n", cur_test, __FILE__, __LINE__, #cond);                    \
        }                                                                                           \
    } while (0)
#define CHECK_EQ(a, b)                                                                              \
    do {                                                                                            \
        unsigned long long _a = (unsigned long long)(a), _b = (unsigned long long)(b);              \
        if (_a == _b) {                                                                             \
            passed++;                                                                               \
        } else {                                                                                    \
            failed++;                                                                               \
            printf("FAIL %s: %s:%d: %s == %s (0x%llx != 0x%llx)\n", cur_test, __FILE__, __LINE__,  \
                   #a, #b, _a, _b);                                                                 \
        }                                                                                           \
    } while (0)
#define TEST(name) static void name(void)
#define RUN(name)                                                                                   \
    do {                                                                                            \
        cur_test = #name;                                                                           \
        name();                                                                                     \
    } while (0)

/* ---------- helpers ---------- */
static size_t hex(const char *s, uint8_t *out)
{
    size_t n = 0;
    int hi = -1;
    for (; *s; s++) {
        int v;
        if (*s >= '0' && *s <= '9') v = *s - '0';
        else if (*s >= 'a' && *s <= 'f') v = *s - 'a' + 10;
        else if (*s >= 'A' && *s <= 'F') v = *s - 'A' + 10;
        else continue;
        if (hi < 0) hi = v;
        else { out[n++] = (uint8_t)(hi << 4 | v); hi = -1; }
    }
    return n;
}

/* fake clock: advances on every read so that every wait terminates */
static uint64_t fake_now;
static uint32_t fake_step = 50;
/* when set, every clock reading also lets this host take what tx shows (a host draining while the guest
 * waits for room) into fake_host_drain_out, counting in *fake_host_drain_len */
static struct kdr_host *fake_host_drain;
static uint8_t *fake_host_drain_out;
static size_t *fake_host_drain_len;
static size_t fake_host_drain_cap = 0x1800;
static uint64_t f_time(void *c)
{
    (void)c;
    fake_now += fake_step;
    if (fake_host_drain)
        *fake_host_drain_len += kdr_host_read_tx(fake_host_drain, fake_host_drain_out + *fake_host_drain_len,
                                                 fake_host_drain_cap - *fake_host_drain_len);
    return fake_now;
}

/* fake byte transport: input queue, output capture */
typedef struct {
    uint8_t in[65536];
    size_t in_len, in_pos;
    uint8_t out[65536];
    size_t out_len;
    int flushes;
    int garbage_forever;
    /* a debugger that has gone: recv gives up at once (as the ring does with no debugger) */
    int instant_timeouts;
    int peer;                 /* what the peer hook says (KDR_PEER_*) */
    uint64_t hold_until;      /* queued input becomes visible only from this time on */
    const uint8_t *cycle;     /* endless input: these cycle_len bytes again and again */
    size_t cycle_len, cycle_pos, cycle_limit;
    /* what was sent, by time: bytes in [win_from, win_to), and the time of every packet leader */
    uint64_t win_from, win_to, win_bytes;
    uint64_t leader_times[4096];
    size_t leaders;
} fake_tp;

static void ft_send(void *c, const uint8_t *b, uint32_t n)
{
    fake_tp *f = c;
    if (fake_now >= f->win_from && fake_now < f->win_to)
        f->win_bytes += n;
    if (n == 16 && kdr_get32(b) == KD_PACKET_LEADER && f->leaders < 4096)
        f->leader_times[f->leaders++] = fake_now;
    if (f->out_len + n <= sizeof f->out) { memcpy(f->out + f->out_len, b, n); f->out_len += n; }
}
static void ft_flush(void *c) { ((fake_tp *)c)->flushes++; }
static int ft_poll(void *c, uint8_t *b)
{
    fake_tp *f = c;
    if (f->garbage_forever) { *b = 0x41; return KDR_IO_OK; }
    if (f->cycle && f->cycle_pos < f->cycle_limit) { *b = f->cycle[f->cycle_pos++ % f->cycle_len]; return KDR_IO_OK; }
    if (fake_now < f->hold_until) return KDR_IO_TIMEOUT;
    if (f->in_pos < f->in_len) { *b = f->in[f->in_pos++]; return KDR_IO_OK; }
    return KDR_IO_TIMEOUT;
}
static int ft_recv(void *c, uint8_t *b, uint32_t timeout)
{
    (void)timeout;
    if (ft_poll(c, b) == KDR_IO_OK) return KDR_IO_OK;
    if (((fake_tp *)c)->instant_timeouts) return KDR_IO_TIMEOUT;
    fake_now += timeout; /* a real wait would take this long */
    return KDR_IO_TIMEOUT;
}
static int ft_peer(void *c) { return ((fake_tp *)c)->peer; }
static void ft_push(fake_tp *f, const char *h) { f->in_len += hex(h, f->in + f->in_len); }
static void ft_push_bytes(fake_tp *f, const uint8_t *b, size_t n) { memcpy(f->in + f->in_len, b, n); f->in_len += n; }

static kdr_platform plat_kd = { 0, 0, 0, f_time, 0 };

static void kd_setup(kdr_kd *kd, kdr_transport *t, fake_tp *f)
{
    memset(f, 0, sizeof *f);
    memset(t, 0, sizeof *t);
    t->name = "fake"; t->ctx = f; t->send = ft_send; t->flush = ft_flush; t->recv = ft_recv; t->poll = ft_poll;
    t->peer = ft_peer;
    kdr_kd_init(kd, t, &plat_kd);
}

/* fact sheet vectors (bodies) */
static const char *XP_A_BODY =
    "46310000 80F67D07 03010000 F4F67D07 02BEB752 015EAE52 07000000 01000000 00000000 02000000 11BFB752 2CF77D07 00000000 07000000";
static const char *XP_C_BODY =
    "46310000 80F67D07 00000000 F4F67D07 0F00280A 06000200 4C010C03 2D000000 00804D80 FFFFFFFF C04F5580 FFFFFFFF F48E6780 FFFFFFFF";
static const char *XP_D_BODY =
    "30310000 FEFFFFFF 38F67D07 3411BC77 F48E6780 FFFFFFFF 04000000 D4F57D07 18118D07 38000000 38000000 03000000 E879E100 03000000";
static const char *W81_B_BODY =
    "46310000 00000000 00000000 00000000 0F008025 06020700 64860C03 31000000 0080C16B 02F8FFFF D022EE6B 02F8FFFF F091EF6B 02F8FFFF";

static size_t xp_f_body(uint8_t *b)
{
    memset(b, 0, 0x10F);
    hex("31300000 00000000 01000000 00000000 40375580 FFFFFFFF C4F45280 FFFFFFFF 1F000000 00000000 00804D80 FFFFFFFF FFFFFFFF 00000000 D3502000 80841F00", b);
    hex("10000000 BCFA0500 F00FFFFF 00040000 10000300 CC5DC20C 00CCCCCC CCCC8BFF 558BECFF 08002300 23003000 82000000 00000000 00000000", b + 0xB8);
    memcpy(b + 0xF0, "\\WINDOWS\\system32\\ntkrnlpa.exe", 30);
    b[0x10E] = 0;
    return 0x10F;
}

static size_t w81_a_body(uint8_t *b)
{
    size_t n = hex("30300000 06000000 01000000 00000000 005AF66B 02F8FFFF 902BD76B 02F8FFFF 03000080 00000000 00000000 00000000 902BD76B 02F8FFFF 01000000 00000000"
                   "00000000 00000000 00000000 00000000 70D96E6D 02F8FFFF", b);
    memset(b + n, 0, 72);
    n += 72;
    n += hex("70D96E6D 02F8FFFF 15D4C904 A93FC1C2 83E6B364 C84D3D09 01000000 01F8FFFF F00FFFFF 00000000 00040000 00000000 02020000 10000300 CCC3CCCC CCCCCCCC 0F1F8400 00000000 10002B00 2B005300", b + n);
    return n;
}

/* ---------- util ---------- */
TEST(test_crc32)
{
    CHECK_EQ(kdr_crc32("123456789", 9), 0xCBF43926u);
    CHECK_EQ(kdr_crc32("", 0), 0);
}

TEST(test_checksums_fact_sheet)
{
    uint8_t b[512];
    size_t n;
    n = hex(XP_A_BODY, b); CHECK_EQ(n, 56); CHECK_EQ(kdr_kd_checksum(b, (uint32_t)n, 0), 0x0B9C);
    n = hex(XP_C_BODY, b); CHECK_EQ(kdr_kd_checksum(b, (uint32_t)n, 0), 0x173F);
    n = hex(XP_D_BODY, b); CHECK_EQ(kdr_kd_checksum(b, (uint32_t)n, 0), 0x13B1);
    /* XP-E: XP-D echoed with ReturnStatus 0 and ActualBytesRead 4, then 4 data bytes */
    kdr_put32(b + 8, 0); kdr_put32(b + 0x1C, 4); hex("E06A5480", b + 56);
    CHECK_EQ(kdr_kd_checksum(b, 60, 0), 0x11D4);
    n = xp_f_body(b); CHECK_EQ(kdr_kd_checksum(b, (uint32_t)n, 0), 0x3344);
    n = w81_a_body(b); CHECK_EQ(n, 0xF0); CHECK_EQ(kdr_kd_checksum(b, (uint32_t)n, 0), 0x2F8E);
    n = hex(W81_B_BODY, b); CHECK_EQ(kdr_kd_checksum(b, (uint32_t)n, 0), 0x121E);
}

/* ---------- KDCOM framing ---------- */
TEST(test_recv_getversion_xp_a_acks_xp_b)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    ft_push(&f, "30303030 0200 3800 00008080 9C0B0000");
    ft_push(&f, XP_A_BODY);
    ft_push(&f, "AA");
    uint8_t hb[56], db[64], want[64];
    kdr_buf h = { 0, 56, hb }, d = { 0, 64, db };
    uint32_t dl = 99;
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, &d, &dl), KD_RECV_OK);
    CHECK_EQ(h.len, 56);
    CHECK_EQ(dl, 0);
    hex(XP_A_BODY, want);
    CHECK(memcmp(hb, want, 56) == 0);
    CHECK_EQ(f.out_len, 0); /* a GetVersion's ACK is held back for its reply ... */
    kdr_kd_flush(&kd);      /* ... or sent when the caller does not reply */
    size_t wn = hex("69696969 0400 0000 00008080 00000000", want); /* XP-B */
    CHECK_EQ(f.out_len, wn);
    CHECK(memcmp(f.out, want, wn) == 0);
    CHECK_EQ(kd.rx_expected, 0x80800001u);
}

TEST(test_send_getversion_reply_xp_c)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    kd.tx_id = 0x80800001; /* as after the LoadSymbols exchange in CAP-XP */
    ft_push(&f, "69696969 0400 0000 01008080 00000000");
    uint8_t body[56], want[80];
    hex(XP_C_BODY, body);
    kdr_buf h = { 56, 56, body };
    kdr_kd_send(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL);
    size_t wn = hex("30303030 0200 3800 01008080 3F170000", want);
    memcpy(want + wn, body, 56); wn += 56; want[wn++] = 0xAA;
    CHECK_EQ(f.out_len, wn);
    CHECK(memcmp(f.out, want, wn) == 0);
    CHECK_EQ(kd.tx_id, 0x80800000u);
    CHECK(f.flushes >= 1);
}

TEST(test_loadsymbols_xp_f_reset_resend)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    /* debugger: RESET (while the target waits for the ACK), then ACK of the re-sent packet */
    ft_push(&f, "69696969 0600 0000 00000000 00000000");
    ft_push(&f, "69696969 0400 0000 00008080 00000000");
    uint8_t body[0x10F], want[1024];
    size_t bn = xp_f_body(body);
    kdr_buf h = { 0xF0, 0xF0, body }, d = { (uint16_t)(bn - 0xF0), (uint16_t)(bn - 0xF0), body + 0xF0 };
    kdr_kd_send(&kd, KD_TYPE_STATE_CHANGE64, &h, &d);
    size_t wn = hex("30303030 0700 0F01 00088080 44330000", want);
    memcpy(want + wn, body, bn); wn += bn; want[wn++] = 0xAA;
    wn += hex("69696969 0600 0000 00000000 00000000", want + wn); /* RESET echo */
    wn += hex("30303030 0700 0F01 00008080 44330000", want + wn);
    memcpy(want + wn, body, bn); wn += bn; want[wn++] = 0xAA;
    CHECK_EQ(f.out_len, wn);
    CHECK(memcmp(f.out, want, wn) == 0);
    CHECK_EQ(kd.tx_id, 0x80800001u);
    CHECK_EQ(kd.rx_expected, 0x80800000u);
    CHECK_EQ(kd.resets_seen, 1);
}

TEST(test_ack_with_sync_bit_not_accepted)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    ft_push(&f, "69696969 0400 0000 00088080 00000000"); /* carries 0x800: ignored */
    ft_push(&f, "69696969 0400 0000 00008080 00000000");
    uint8_t body[16] = { 0x30, 0x32 };
    kdr_buf h = { 16, 16, body };
    kdr_kd_send(&kd, KD_TYPE_DEBUG_IO, &h, NULL);
    CHECK_EQ(kd.sent_packets, 1);
    CHECK_EQ(kd.resent_packets, 0);
    CHECK_EQ(kd.tx_id, 0x80800001u);
}

TEST(test_droppable_gives_up_after_20)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    uint8_t body[16] = { 0 }, msg[5] = "tick\n";
    kdr_put32(body, 0x3230); kdr_put32(body + 8, 5);
    kdr_buf h = { 16, 16, body }, d = { 5, 5, msg };
    uint64_t t0 = fake_now;
    kdr_kd_send(&kd, KD_TYPE_DEBUG_IO, &h, &d);
    size_t one = 16 + 16 + 5 + 1;
    CHECK_EQ(f.out_len, 20 * one);
    CHECK_EQ(kd.debugger_not_present, 1);
    CHECK_EQ(kd.tx_id, 0x80800800u);
    CHECK(fake_now - t0 >= 20ull * kd.timeout_us);
    CHECK(fake_now - t0 < 22ull * kd.timeout_us);
    /* budget is exhausted: the next droppable packet costs one time-out */
    f.out_len = 0;
    kdr_kd_send(&kd, KD_TYPE_DEBUG_IO, &h, &d);
    CHECK_EQ(f.out_len, one);
    /* a valid packet from the debugger restores the budget */
    ft_push(&f, "69696969 0400 0000 00088080 00000000"); /* wrong id: ignored but the leader counts */
    ft_push(&f, "69696969 0400 0000 00008080 00000000");
    f.out_len = 0;
    kdr_kd_send(&kd, KD_TYPE_DEBUG_IO, &h, &d);
    CHECK_EQ(kd.debugger_not_present, 0);
    CHECK_EQ(kd.retries, 20);
    CHECK_EQ(kd.tx_id, 0x80800001u);
}

TEST(test_droppable_kinds)
{
    uint8_t b[4];
    kdr_buf h = { 4, 4, b };
    kdr_put32(b, 0x3230); CHECK(kdr_kd_droppable(KD_TYPE_DEBUG_IO, &h));
    kdr_put32(b, 0x3031); CHECK(kdr_kd_droppable(KD_TYPE_STATE_CHANGE64, &h));
    kdr_put32(b, 0x3430); CHECK(kdr_kd_droppable(KD_TYPE_FILE_IO, &h));
    kdr_put32(b, 0x3030); CHECK(!kdr_kd_droppable(KD_TYPE_STATE_CHANGE64, &h));
    kdr_put32(b, 0x3231); CHECK(!kdr_kd_droppable(KD_TYPE_DEBUG_IO, &h));
    kdr_put32(b, 0x3146); CHECK(!kdr_kd_droppable(KD_TYPE_STATE_MANIPULATE, &h));
}

TEST(test_bad_checksum_and_trailer_resend)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    ft_push(&f, "30303030 0200 3800 00008080 9D0B0000"); ft_push(&f, XP_A_BODY); ft_push(&f, "AA"); /* bad sum */
    ft_push(&f, "30303030 0200 3800 00008080 9C0B0000"); ft_push(&f, XP_A_BODY); ft_push(&f, "AB"); /* bad trailer */
    ft_push(&f, "30303030 0200 3800 00008080 9C0B0000"); ft_push(&f, XP_A_BODY); ft_push(&f, "AA");
    uint8_t hb[56], want[64];
    kdr_buf h = { 0, 56, hb };
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_OK);
    size_t wn = hex("69696969 0500 0000 00000000 00000000", want);
    wn += hex("69696969 0500 0000 00000000 00000000", want + wn);
    wn += hex("69696969 0400 0000 00008080 00000000", want + wn);
    kdr_kd_flush(&kd); /* the GetVersion's ACK, held for a reply that does not come */
    CHECK_EQ(f.out_len, wn);
    CHECK(memcmp(f.out, want, wn) == 0);
    CHECK_EQ(kd.bad_checksums, 1);
    CHECK_EQ(kd.bad_trailers, 1);
}

TEST(test_garbage_and_duplicates)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    ft_push(&f, "00 30 30 30 69 30 30 30 41 69 69 69"); /* no complete leader */
    ft_push(&f, "30303030 0200 3800 00008080 9C0B0000"); ft_push(&f, XP_A_BODY); ft_push(&f, "AA");
    uint8_t hb[56];
    kdr_buf h = { 0, 56, hb };
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_OK);
    /* the same packet again (a duplicate: id 0x80800000 again), then the next one with id ...01 */
    ft_push(&f, "30303030 0200 3800 00008080 9C0B0000"); ft_push(&f, XP_A_BODY); ft_push(&f, "AA");
    ft_push(&f, "30303030 0200 3800 01008080 9C0B0000"); ft_push(&f, XP_A_BODY); ft_push(&f, "AA");
    kdr_kd_flush(&kd); /* the first one's held ACK */
    f.out_len = 0;
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_OK);
    CHECK_EQ(kd.duplicates, 1);
    CHECK_EQ(f.out_len, 16); /* the duplicate's ACK at once; the new request's is held for its reply */
    kdr_kd_flush(&kd);
    CHECK_EQ(f.out_len, 32); /* two ACKs */
    CHECK_EQ(kdr_get32(f.out + 8), 0x80800000u);
    CHECK_EQ(kdr_get32(f.out + 16 + 8), 0x80800001u);
    CHECK_EQ(kd.rx_expected, 0x80800000u);
}

TEST(test_oversize_bytecount_resend)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    ft_push(&f, "30303030 0200 A10F 00008080 00000000"); /* 4001 bytes: refused before reading */
    uint8_t hb[56];
    kdr_buf h = { 0, 56, hb };
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_TIMEOUT);
    CHECK_EQ(f.out_len, 16);
    CHECK_EQ(kdr_get16(f.out + 4), KD_TYPE_RESEND);
}

TEST(test_short_manipulate_resend)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    ft_push(&f, "30303030 0200 0400 00008080 77000000 46310000 AA"); /* 4-byte MANIPULATE */
    uint8_t hb[56];
    kdr_buf h = { 0, 56, hb };
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_TIMEOUT);
    CHECK_EQ(kdr_get16(f.out + 4), KD_TYPE_RESEND);
    CHECK_EQ(kd.rx_expected, 0x80800000u);
}

TEST(test_breakin_poll)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    ft_push(&f, "41 62 43");
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_POLL_BREAKIN, NULL, NULL, NULL), KD_RECV_OK); /* 0x41 is discarded */
    CHECK_EQ(f.in_pos, 2);                                                            /* stops at the 0x62 */
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_POLL_BREAKIN, NULL, NULL, NULL), KD_RECV_TIMEOUT);
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_POLL_BREAKIN, NULL, NULL, NULL), KD_RECV_TIMEOUT);
    CHECK_EQ(f.out_len, 0);
}

TEST(test_lone_breakin_during_scan)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    ft_push(&f, "62");
    uint8_t hb[56];
    kdr_buf h = { 0, 56, hb };
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_RESEND);
    CHECK_EQ(kd.control_c_pending, 1);
    CHECK_EQ(kdr_kd_poll_breakin(&kd), 1);
    CHECK_EQ(kd.control_c_pending, 0);
}

TEST(test_data_while_waiting_ack)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    kd.tx_id = 0x80800000;
    ft_push(&f, "30303030 0200 3800 00008080 9C0B0000"); ft_push(&f, XP_A_BODY); ft_push(&f, "AA");
    uint8_t body[16] = { 0x30, 0x32 };
    kdr_buf h = { 16, 16, body };
    kdr_kd_send(&kd, KD_TYPE_DEBUG_IO, &h, NULL);
    CHECK_EQ(f.out_len, 33 + 16);
    CHECK_EQ(kdr_get16(f.out + 33 + 4), KD_TYPE_RESEND);
    CHECK_EQ(kd.tx_id, 0x80800001u);
    CHECK_EQ(kd.rx_expected, 0x80800000u); /* the request was not taken */
}

TEST(test_garbage_flood_times_out)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    f.garbage_forever = 1;
    uint8_t hb[56];
    kdr_buf h = { 0, 56, hb };
    uint64_t t0 = fake_now;
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_TIMEOUT);
    CHECK(fake_now - t0 >= kd.timeout_us);
}

TEST(test_wrong_type_dropped_after_ack)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    /* a DEBUG_IO packet (16 bytes) while a MANIPULATE is wanted: ACKed, dropped, id not consumed */
    uint8_t b[16] = { 0x31, 0x32 };
    uint8_t hdr[16];
    kdr_put32(hdr, 0x30303030); kdr_put16(hdr + 4, 3); kdr_put16(hdr + 6, 16); kdr_put32(hdr + 8, 0x80800000);
    kdr_put32(hdr + 12, kdr_kd_checksum(b, 16, 0));
    ft_push_bytes(&f, hdr, 16); ft_push_bytes(&f, b, 16); ft_push(&f, "AA");
    uint8_t hb[56];
    kdr_buf h = { 0, 56, hb };
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_TIMEOUT);
    CHECK_EQ(f.out_len, 16);
    CHECK_EQ(kdr_get16(f.out + 4), KD_TYPE_ACKNOWLEDGE);
    CHECK_EQ(kd.rx_expected, 0x80800000u);
}

/* ---------- never a storm (issue 13 item 4) ---------- */

/* The reply to a 4000-byte read: a STATE_MANIPULATE (never dropped by kdcom) of 56 + 3944 bytes. */
static uint8_t big_reply[KD_PACKET_MAX];
static void send_big_reply(kdr_kd *kd)
{
    memset(big_reply, 0x5A, sizeof big_reply);
    kdr_put32(big_reply, 0x3130); /* DbgKdReadVirtualMemoryApi */
    kdr_buf h = { 56, 56, big_reply }, d = { KD_PACKET_MAX - 56, KD_PACKET_MAX - 56, big_reply + 56 };
    kdr_kd_send(kd, KD_TYPE_STATE_MANIPULATE, &h, &d);
}

/* The debugger vanished mid-reply (its ACK lost); the transport knows nobody listens and times out at
 * once, as the ring does. Before: back-to-back resends, gigabytes a minute. Now: paced by the resend
 * time-out, backing off to 1 s; at most 10 KB/s from 5 s on; a new debugger that comes at 15 s syncs
 * with a RESET and gets the reply at once. */
TEST(test_vanished_debugger_never_storms)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    f.instant_timeouts = 1;
    f.peer = KDR_PEER_ABSENT;
    kd.tx_id = 0x80800001;
    uint64_t t0 = fake_now;
    f.win_from = t0 + 5000000;
    f.win_to = t0 + 15000000;
    f.hold_until = t0 + 15000000; /* a new debugger: RESET, then the ACK of the re-sent reply */
    ft_push(&f, "69696969 0600 0000 00000000 00000000");
    ft_push(&f, "69696969 0400 0000 00008080 00000000");
    send_big_reply(&kd);
    CHECK(f.win_bytes <= 10ull * 10000); /* <= 10 KB/s over the 10 s window */
    CHECK(f.win_bytes > 0);              /* ... and still trying */
    CHECK(f.leaders >= 2 && f.leaders < 100);
    for (size_t i = 1; i + 1 < f.leaders; i++) /* every timed-out resend waited its interval */
        CHECK(f.leader_times[i] - f.leader_times[i - 1] >= kd.timeout_us);
    CHECK(f.leader_times[f.leaders - 1] - (t0 + 15000000) < 10000); /* answered the RESET at once */
    CHECK_EQ(kd.resets_seen, 1);
    CHECK_EQ(kd.tx_id, 0x80800001u);
    CHECK_EQ(kd.debugger_not_present, 0);
    printf("  vanished debugger: %llu bytes sent between 5 s and 15 s (%llu B/s), %zu transmissions in 15 s\n",
           (unsigned long long)f.win_bytes, (unsigned long long)f.win_bytes / 10, f.leaders);
}

/* The same with a transport that cannot tell (a UART): each wait lasts its time-out; after the retry
 * budget the interval backs off to 1 s. */
TEST(test_silent_debugger_resends_back_off)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    uint64_t t0 = fake_now;
    f.win_from = t0 + 5000000;
    f.win_to = t0 + 15000000;
    f.hold_until = t0 + 15000000;
    ft_push(&f, "69696969 0400 0000 00008080 00000000"); /* ACK of the first id (no SYNC bit) */
    send_big_reply(&kd);
    CHECK(f.win_bytes <= 10ull * 10000);
    for (size_t i = 1; i < f.leaders; i++)
        CHECK(f.leader_times[i] - f.leader_times[i - 1] >= kd.timeout_us);
    CHECK(f.leader_times[f.leaders - 1] - f.leader_times[f.leaders - 2] <= kd.backoff_max_us + 1000);
    CHECK_EQ(kd.tx_id, 0x80800001u);
    CHECK_EQ(kd.retries, 20); /* restored by the ACK */
}

/* A peer that answers every packet with RESEND gets a few retransmits at once, then one per interval. */
TEST(test_resend_flood_is_paced)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    static const uint8_t resend[16] = { 0x69, 0x69, 0x69, 0x69, 5, 0, 0, 0 };
    f.cycle = resend; f.cycle_len = 16; f.cycle_limit = 16 * 100000;
    ft_push(&f, "69696969 0400 0000 00008080 00000000"); /* after the flood: the ACK */
    uint64_t t0 = fake_now;
    send_big_reply(&kd);
    uint64_t spent = fake_now - t0;
    /* 100000 RESENDs answered by at most fast_resends + one per time-out */
    CHECK(f.leaders <= kd.fast_resends + 1 + spent / kd.timeout_us + 1);
}

/* Phase 0 on the null transport (kdring port answers, no COM1): an int3's state change reports the
 * debugger not present instead of spinning for ever. */
TEST(test_null_transport_reports_not_present)
{
    kdr_kd kd; kdr_transport t;
    memset(&t, 0, sizeof t);
    kdr_null_transport(&t);
    kdr_kd_init(&kd, &t, &plat_kd);
    uint8_t sc[0xF0] = { 0x30, 0x30 };
    kdr_buf h = { 0xF0, 0xF0, sc };
    uint64_t t0 = fake_now;
    kdr_kd_send(&kd, KD_TYPE_STATE_CHANGE64, &h, NULL);
    CHECK_EQ(kd.debugger_not_present, 1);
    CHECK(fake_now - t0 < kd.timeout_us);
}

/* Droppable packets with nobody listening go out once (for a host's capture) and cost no wait. */
TEST(test_droppable_absent_sent_once)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    f.instant_timeouts = 1;
    f.peer = KDR_PEER_ABSENT;
    uint8_t body[16] = { 0 }, msg[5] = "tick\n";
    kdr_put32(body, 0x3230); kdr_put32(body + 8, 5);
    kdr_buf h = { 16, 16, body }, d = { 5, 5, msg };
    uint64_t t0 = fake_now;
    kdr_kd_send(&kd, KD_TYPE_DEBUG_IO, &h, &d);
    CHECK_EQ(f.leaders, 1);
    CHECK_EQ(kd.debugger_not_present, 1);
    CHECK(fake_now - t0 < 1000);
}

/* ---------- the guest as it would run in Windows (issue 13 item 9) ---------- */

/* 0x62 then RESET (how WinDbg connects): the break-in must not be forgotten. */
TEST(test_breakin_then_leader_not_forgotten)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    ft_push(&f, "62 69696969 0600 0000 00000000 00000000");
    uint8_t hb[56];
    kdr_buf h = { 0, 56, hb };
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_RESEND); /* the RESET */
    CHECK_EQ(kd.resets_seen, 1);
    CHECK_EQ(kd.control_c_pending, 1);
    CHECK_EQ(kdr_kd_poll_breakin(&kd), 1);
}

/* A debugger that connected while the target ran queued RESETs before its 0x62: one poll sees it. */
TEST(test_breakin_behind_queued_resets_seen_at_once)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    for (int i = 0; i < 20; i++)
        ft_push(&f, "69696969 0600 0000 00000000 00000000");
    ft_push(&f, "62");
    CHECK_EQ(kdr_kd_poll_breakin(&kd), 1);
    CHECK_EQ(f.out_len, 0); /* the running target answers none of the RESETs */
}

/* A replaying host sends stale ACKs for ever: one receive still ends at its deadline. */
TEST(test_stale_ack_stream_one_deadline)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    static const uint8_t stale[16] = { 0x69, 0x69, 0x69, 0x69, 4, 0, 0, 0, 0x01, 0x00, 0x80, 0x80 };
    f.cycle = stale; f.cycle_len = 16; f.cycle_limit = 16 * 1000000;
    uint8_t hb[56];
    kdr_buf h = { 0, 56, hb };
    uint64_t t0 = fake_now;
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_TIMEOUT);
    CHECK(fake_now - t0 < 2ull * kd.timeout_us);
    CHECK(f.cycle_pos < 16 * 100000);
}

/* Body bytes that trickle in just under the old per-byte time-out: the packet is abandoned at its
 * deadline (time-out + byte allowance), not after 4000 x 100 ms. */
static int trickle_recv(void *c, uint8_t *b, uint32_t timeout)
{
    fake_tp *f = c;
    if (f->in_pos >= 16 && timeout > 90000) { /* after the header: one byte per 90 ms */
        fake_now += 90000;
        if (f->in_pos < f->in_len) { *b = f->in[f->in_pos++]; return KDR_IO_OK; }
    }
    return ft_recv(c, b, timeout);
}
TEST(test_slow_body_one_deadline)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    t.recv = trickle_recv;
    ft_push(&f, "30303030 0200 A00F 00008080 00000000"); /* 4000-byte body follows, slowly */
    memset(f.in + f.in_len, 0, 4001);
    f.in_len += 4001;
    uint8_t hb[56], db[4000];
    kdr_buf h = { 0, 56, hb }, d = { 0, sizeof db, db };
    uint64_t t0 = fake_now;
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, &d, NULL), KD_RECV_TIMEOUT);
    CHECK(fake_now - t0 <= 2ull * kd.timeout_us + 4000ull * kd.byte_us + 100000);
}

/* A request that arrives just as a receive times out: two leader bytes before the deadline, the rest
 * after it. The leader is finished and the packet taken, not eaten (which would lose the request until
 * the debugger's own time-out). */
static int split_stalled;
static int split_recv(void *c, uint8_t *b, uint32_t timeout)
{
    fake_tp *f = c;
    if (f->in_pos == 192 && !split_stalled) { /* 190 garbage bytes, then 2 of the 4 leader bytes */
        split_stalled = 1;
        fake_now += 5000; /* the next byte comes 5 ms later, past the receive's deadline */
        return KDR_IO_TIMEOUT;
    }
    return ft_recv(c, b, timeout);
}
TEST(test_leader_split_by_the_deadline_is_not_lost)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    t.recv = split_recv;
    split_stalled = 0;
    kd.timeout_us = 10000; /* 190 garbage bytes take ~9.5 ms of the fake clock: the leader starts late */
    memset(f.in, 0x41, 190);
    f.in_len = 190;
    ft_push(&f, "30303030 0200 3800 00008080 9C0B0000"); ft_push(&f, XP_A_BODY); ft_push(&f, "AA");
    uint8_t hb[56], db[16];
    kdr_buf h = { 0, 56, hb }, d = { 0, sizeof db, db };
    uint64_t t0 = fake_now;
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, &d, NULL), KD_RECV_OK);
    CHECK(split_stalled);
    CHECK(fake_now - t0 > 10000); /* it did run over the deadline */
    CHECK_EQ(kdr_get32(hb), 0x3146u);
    CHECK_EQ(kd.garbage_bytes, 190u);
}

/* A re-sent earlier request (its ACK was lost) while the target waits for its reply's ACK is ACKed
 * again and does not count as the implicit ACK. */
TEST(test_resent_old_request_is_not_an_ack)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    kd.tx_id = 0x80800000;
    kd.rx_expected = 0x80800001; /* request 0x80800000 was taken */
    ft_push(&f, "30303030 0200 3800 00008080 9C0B0000"); ft_push(&f, XP_A_BODY); ft_push(&f, "AA");
    ft_push(&f, "69696969 0400 0000 00008080 00000000"); /* then the real ACK */
    uint8_t body[56] = { 0x46, 0x31 };
    kdr_buf h = { 56, 56, body };
    kdr_kd_send(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL);
    CHECK_EQ(f.leaders, 1);
    CHECK_EQ(f.out_len, 16 + 56 + 1 + 16);
    CHECK_EQ(kdr_get16(f.out + 73 + 4), KD_TYPE_ACKNOWLEDGE);
    CHECK_EQ(kdr_get32(f.out + 73 + 8), 0x80800000u);
    CHECK_EQ(kd.tx_id, 0x80800001u);
    CHECK_EQ(kd.duplicates, 1);
}

/* A packet over 4000 bytes is reported in a PrintString, not dropped without a word. */
TEST(test_oversize_packet_reported)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    ft_push(&f, "69696969 0400 0000 00008080 00000000");
    static uint8_t big[4096];
    kdr_buf h = { 56, 56, big }, d = { 3945, 3945, big + 56 };
    kdr_kd_send(&kd, KD_TYPE_STATE_MANIPULATE, &h, &d);
    CHECK_EQ(kd.oversize_packets, 1);
    CHECK_EQ(f.leaders, 1);
    CHECK_EQ(kdr_get16(f.out + 4), KD_TYPE_DEBUG_IO);
    CHECK_EQ(kdr_get32(f.out + 16), 0x3230u);
    const char *want = "kdring: dropped an oversized KD packet (type 2, 4001 bytes, KDCOM maximum 4000)\n";
    CHECK_EQ(kdr_get32(f.out + 16 + 8), strlen(want));
    CHECK(memcmp(f.out + 32, want, strlen(want)) == 0);
}

/* ---------- ring transport against the C reference host ---------- */
#define RAM_SIZE (2u << 20)
static uint8_t ram_buf[RAM_SIZE] __attribute__((aligned(4096)));
static uint8_t *ram = ram_buf;
static uint8_t port_out[1 << 20];
static size_t port_len;
static uint8_t readback = KDR_READBACK;

static uint8_t r_inb(void *c, uint16_t p) { (void)c; (void)p; return readback; }
static void r_outb(void *c, uint16_t p, uint8_t v) { (void)c; (void)p; if (port_len < sizeof port_out) port_out[port_len++] = v; }
static uint64_t r_v2p(void *c, const void *va)
{
    (void)c;
    const uint8_t *p = va;
    if (p < ram || p >= ram + RAM_SIZE) return KDR_NO_PHYS;
    return (uint64_t)(p - ram);
}
static kdr_platform plat_ring = { 0, r_inb, r_outb, f_time, r_v2p };

typedef struct {
    kdr_ring r;
    kdr_transport t;
    kdr_host h;
    void *tx[128], *rx[128];
} rig;

static size_t count_kicks(size_t from)
{
    size_t k = 0;
    for (size_t i = from; i < port_len; i++) k += port_out[i] == KDR_KICK;
    return k;
}

/* descriptor at 0x10000, tx pages from 0x20000, rx pages from 0x80000 (all GPAs) */
static int rig_init(rig *g, uint32_t ntx, uint32_t nrx, int attach)
{
    memset(ram, 0, RAM_SIZE);
    port_len = 0;
    readback = KDR_READBACK;
    for (uint32_t i = 0; i < ntx; i++) g->tx[i] = ram + 0x20000 + (ntx - 1 - i) * 0x1000; /* reversed order */
    for (uint32_t i = 0; i < nrx; i++) g->rx[i] = ram + 0x80000 + i * 0x2000;              /* with gaps */
    int rc = kdr_ring_init(&g->r, &plat_ring, KDR_PORT_DEFAULT, ram + 0x10000, g->tx, ntx, g->rx, nrx,
                           KDR_GUEST_KIND_REFVM);
    kdr_ring_transport(&g->r, &g->t);
    kdr_host_init(&g->h, ram, RAM_SIZE);
    if (attach) {
        kdr_host_port_bytes(&g->h, port_out, port_len);
        port_len = 0;
    }
    return rc;
}

TEST(test_probe)
{
    readback = KDR_READBACK; CHECK_EQ(kdr_ring_probe(&plat_ring, 0x10), 1);
    readback = 0xFF; CHECK_EQ(kdr_ring_probe(&plat_ring, 0x10), 0);
    readback = 0xE9; CHECK_EQ(kdr_ring_probe(&plat_ring, 0x10), 0);
    readback = KDR_READBACK;
}

TEST(test_hello_and_descriptor_layout)
{
    static rig g;
    CHECK_EQ(rig_init(&g, 16, 16, 0), KDR_RING_OK);
    CHECK_EQ(port_len, 32);
    const uint8_t *m = port_out;
    CHECK(memcmp(m, "KDRH", 4) == 0);
    CHECK_EQ(m[4], 1);
    CHECK_EQ(m[5], 32);
    CHECK_EQ(kdr_get64(m + 8), 0x10000);
    CHECK_EQ(kdr_get32(m + 16), g.r.nonce);
    CHECK_EQ(kdr_get16(m + 20), 1);
    CHECK_EQ(kdr_get32(m + 28), kdr_crc32(m, 28));
    uint8_t *d = ram + 0x10000;
    CHECK_EQ(kdr_get32(d), 0x4452444Bu);
    CHECK(memcmp(d, "KDRD", 4) == 0);
    CHECK_EQ(kdr_get16(d + 4), 1);
    CHECK_EQ(kdr_get16(d + 6), 0x1000);
    CHECK_EQ(kdr_get32(d + 8), g.r.nonce);
    CHECK_EQ(kdr_get32(d + 0x0C), 1);
    CHECK_EQ(kdr_get32(d + 0x100), 0x10000);
    CHECK_EQ(kdr_get32(d + 0x104), 16);
    CHECK_EQ(kdr_get64(d + 0x800), (0x20000 + 15 * 0x1000) >> 12);
    CHECK_EQ(kdr_get64(d + 0x800 + 15 * 8), 0x20);
    CHECK_EQ(kdr_get64(d + 0x800 + 16 * 8), 0);
    CHECK_EQ(kdr_get64(d + 0xC00 + 8), 0x82);
    /* a fixed example: the hello for GPA 0x123000, nonce 0x11223344, kind 1 */
    uint8_t ex[32], want[32];
    kdr_hello_encode(ex, 0x123000, 0x11223344, 1);
    hex("4B445248 01200000 00301200 00000000 44332211 01000000 00000000", want);
    CHECK(memcmp(ex, want, 28) == 0);
    kdr_host_port_bytes(&g.h, port_out, port_len);
    CHECK_EQ(g.h.state, KDR_H_OPEN);
    CHECK_EQ(kdr_get32(d + 0x14), KDR_ST_HOST_ATTACHED);
    CHECK_EQ(kdr_get32(d + 0x1C), g.r.nonce);
    CHECK_EQ(kdr_ring_attached(&g.r), 1);
}

TEST(test_init_errors)
{
    static rig g;
    memset(ram, 0, RAM_SIZE);
    void *pages[3] = { ram + 0x20000, ram + 0x21000, ram + 0x22000 };
    void *bad[1] = { ram + 0x20010 };
    static uint8_t elsewhere[4096] __attribute__((aligned(4096)));
    void *outside[1] = { elsewhere };
    CHECK_EQ(kdr_ring_init(&g.r, &plat_ring, 0x10, ram + 0x10000, pages, 3, pages, 1, 1), KDR_RING_ERR_SIZE);
    CHECK_EQ(kdr_ring_init(&g.r, &plat_ring, 0x10, ram + 0x10000, bad, 1, pages, 1, 1), KDR_RING_ERR_ALIGN);
    CHECK_EQ(kdr_ring_init(&g.r, &plat_ring, 0x10, ram + 0x10000, pages, 1, outside, 1, 1), KDR_RING_ERR_PHYS);
    CHECK_EQ(kdr_ring_init(&g.r, &plat_ring, 0x10, ram + 0x10008, pages, 1, pages, 1, 1), KDR_RING_ERR_ALIGN);
}

TEST(test_no_host_drops_and_never_waits)
{
    static rig g;
    rig_init(&g, 1, 1, 0);
    port_len = 0;
    uint8_t b[100] = { 1 }, x;
    g.t.send(g.t.ctx, b, sizeof b);
    g.t.flush(g.t.ctx);
    CHECK_EQ(kdr_get32(ram + 0x10000 + 0x140), 0); /* tx prod untouched */
    CHECK_EQ(g.r.dropped, 100);
    uint64_t t0 = fake_now;
    CHECK_EQ(g.t.recv(g.t.ctx, &x, 1000000), KDR_IO_TIMEOUT);
    CHECK(fake_now - t0 < 1000);
    CHECK_EQ(port_len, 0); /* no kick, and no re-hello before a second has passed */
    fake_now += 1000001;
    g.t.send(g.t.ctx, b, 1);
    CHECK_EQ(port_len, 32); /* re-hello with the same nonce */
    CHECK_EQ(kdr_get32(port_out + 16), g.r.nonce);
}

TEST(test_transfer_with_wraparound)
{
    static rig g;
    rig_init(&g, 1, 2, 1); /* tx 4 KiB, rx 8 KiB */
    kdr_ring_set_indices(&g.r, 0xFFFFF000u);
    kdr_host_init(&g.h, ram, RAM_SIZE); /* re-attach so the host adopts the moved indices */
    kdr_ring_send_hello(&g.r);
    kdr_host_port_bytes(&g.h, port_out, port_len);
    CHECK_EQ(g.h.state, KDR_H_OPEN);
    kdr_host_set_debugger(&g.h, 1);
    static uint8_t src[50000], dst[50000];
    for (size_t i = 0; i < sizeof src; i++) src[i] = (uint8_t)(i * 7 + (i >> 9));
    size_t sent = 0, got = 0;
    int rounds = 0;
    while (got < sizeof src && rounds++ < 10000) {
        uint32_t chunk = 1 + (uint32_t)((sent * 31) % 3000);
        if (chunk > sizeof src - sent) chunk = (uint32_t)(sizeof src - sent);
        uint32_t used = g.r.tx_prod - g.h.tx_cons;
        if (chunk > 0x1000 - used) chunk = 0x1000 - used;
        if (chunk) { g.t.send(g.t.ctx, src + sent, chunk); g.t.flush(g.t.ctx); sent += chunk; }
        got += kdr_host_read_tx(&g.h, dst + got, 1 + (got % 2500));
    }
    CHECK_EQ(got, sizeof src);
    CHECK(memcmp(src, dst, sizeof src) == 0);
    CHECK(g.r.tx_prod < 0x1000000u); /* the index wrapped past 2^32 */
    CHECK_EQ(g.h.state, KDR_H_OPEN);
    /* rx direction */
    size_t put = 0;
    got = 0;
    rounds = 0;
    while (got < sizeof src && rounds++ < 200000) {
        put += kdr_host_write_rx(&g.h, src + put, (sizeof src - put) < 3001 ? sizeof src - put : 3001);
        uint8_t b;
        for (int k = 0; k < 2500 && g.t.recv(g.t.ctx, &b, 10) == KDR_IO_OK; k++) dst[got++] = b;
    }
    CHECK_EQ(got, sizeof src);
    CHECK(memcmp(src, dst, sizeof src) == 0);
    CHECK(g.r.rx_cons < 0x1000000u);
    CHECK_EQ(g.h.state, KDR_H_OPEN);
    CHECK_EQ(g.r.dropped, 0);
}

TEST(test_event_suppression_kicks)
{
    static rig g;
    rig_init(&g, 1, 1, 1);
    kdr_host_set_debugger(&g.h, 1);
    uint8_t b[10] = { 0 };
    size_t p0 = port_len;
    g.t.send(g.t.ctx, b, 10); g.t.flush(g.t.ctx);
    CHECK_EQ(count_kicks(p0), 0); /* host awake: no kick */
    uint8_t tmp[64];
    kdr_host_read_tx(&g.h, tmp, sizeof tmp);
    CHECK_EQ(kdr_host_prepare_sleep(&g.h, 0), 1);
    p0 = port_len;
    g.t.send(g.t.ctx, b, 10); g.t.send(g.t.ctx, b, 10); g.t.send(g.t.ctx, b, 3); g.t.flush(g.t.ctx);
    CHECK_EQ(count_kicks(p0), 1); /* one kick per burst */
    CHECK_EQ(kdr_host_port_bytes(&g.h, port_out + p0, port_len - p0), 1);
    kdr_host_woke(&g.h);
    CHECK_EQ(kdr_host_read_tx(&g.h, tmp, sizeof tmp), 23);
    /* re-check closes the race: data already there -> do not sleep */
    g.t.send(g.t.ctx, b, 1); g.t.flush(g.t.ctx);
    CHECK_EQ(kdr_host_prepare_sleep(&g.h, 0), 0);
    CHECK_EQ(kdr_get32(ram + 0x10000 + 0x100 + 0xC0), 0);
    /* rx full: host waits for space, guest consumption kicks */
    static uint8_t fill[0x1000];
    CHECK_EQ(kdr_host_write_rx(&g.h, fill, sizeof fill), 0x1000);
    CHECK_EQ(kdr_host_write_rx(&g.h, fill, 1), 0);
    kdr_host_read_tx(&g.h, tmp, sizeof tmp);
    CHECK_EQ(kdr_host_prepare_sleep(&g.h, 1), 1);
    p0 = port_len;
    uint8_t x;
    CHECK_EQ(g.t.recv(g.t.ctx, &x, 10), KDR_IO_OK);
    CHECK_EQ(count_kicks(p0), 1);
}

/* What the guest sends becomes visible to the host at the flush, in one producer store: a host spinning
 * on tx sees an ACK and the reply it travels with complete, not piece by piece. A full ring publishes
 * what it holds at once, so the host can make room. */
TEST(test_tx_published_at_the_flush)
{
    static rig g;
    rig_init(&g, 1, 1, 1);
    kdr_host_set_debugger(&g.h, 1);
    uint8_t tmp[0x1000], b[100];
    memset(b, 0x30, sizeof b);
    g.t.send(g.t.ctx, b, 16); /* an ACK */
    g.t.send(g.t.ctx, b, 16); /* a header */
    g.t.send(g.t.ctx, b, 56); /* a body */
    CHECK_EQ(kdr_get32(ram + 0x10000 + 0x100 + 0x40), 0); /* tx producer not moved yet */
    CHECK_EQ(kdr_host_read_tx(&g.h, tmp, sizeof tmp), 0);
    g.t.send(g.t.ctx, b, 1); /* the trailer */
    g.t.flush(g.t.ctx);
    CHECK_EQ(kdr_host_read_tx(&g.h, tmp, sizeof tmp), 89);
    /* more than the ring holds, the host draining as it goes: it sees bytes before any flush */
    static uint8_t big[0x1800];
    for (size_t i = 0; i < sizeof big; i++) big[i] = (uint8_t)i;
    static uint8_t got[0x1800];
    size_t n = 0;
    fake_host_drain = &g.h;
    fake_host_drain_out = got;
    fake_host_drain_len = &n;
    g.t.send(g.t.ctx, big, sizeof big);
    fake_host_drain = 0;
    g.t.flush(g.t.ctx);
    n += kdr_host_read_tx(&g.h, got + n, sizeof got - n);
    CHECK_EQ(n, sizeof big);
    CHECK(memcmp(got, big, sizeof big) == 0);
    CHECK_EQ(g.r.dropped, 0);
}

TEST(test_ring_full_send_times_out)
{
    static rig g;
    rig_init(&g, 1, 1, 1);
    static uint8_t big[0x1800];
    uint64_t t0 = fake_now;
    g.t.send(g.t.ctx, big, sizeof big); /* host never consumes */
    CHECK_EQ(g.r.dropped, 0x800);
    CHECK_EQ(g.r.tx_stalled, 1);
    CHECK(fake_now - t0 >= g.r.send_timeout_us);
    CHECK(fake_now - t0 < 2 * g.r.send_timeout_us);
    size_t p0 = port_len;
    fake_now += 1000001;
    kdr_ring_service(&g.r);
    CHECK_EQ(port_len - p0, 32); /* re-hello while stalled */
    kdr_host_port_bytes(&g.h, port_out + p0, 32);
    CHECK_EQ(g.h.reannounces, 1);
    CHECK_EQ(g.h.state, KDR_H_OPEN);
}

TEST(test_no_debugger_immediate_timeout)
{
    static rig g;
    rig_init(&g, 1, 1, 1);
    uint8_t x;
    uint64_t t0 = fake_now;
    CHECK_EQ(g.t.recv(g.t.ctx, &x, 5000000), KDR_IO_TIMEOUT);
    CHECK(fake_now - t0 < 1000);
    kdr_host_set_debugger(&g.h, 1);
    t0 = fake_now;
    CHECK_EQ(g.t.recv(g.t.ctx, &x, 5000), KDR_IO_TIMEOUT);
    CHECK(fake_now - t0 >= 5000);
}

TEST(test_host_faults_on_hostile_tx_index_and_guest_recovers)
{
    static rig g;
    rig_init(&g, 1, 1, 1);
    uint32_t nonce1 = g.r.nonce;
    *(volatile uint32_t *)(ram + 0x10000 + 0x140) = 0x1000 + 0x11; /* prod = cons + size + 0x11 */
    uint8_t tmp[16];
    CHECK_EQ(kdr_host_read_tx(&g.h, tmp, sizeof tmp), 0);
    CHECK_EQ(g.h.state, KDR_H_FAULTED);
    CHECK_EQ(g.h.fault_code, KDR_FAULT_TX_PROD);
    CHECK(strstr(g.h.reason, "tx producer index out of range") != NULL);
    CHECK_EQ(kdr_get32(ram + 0x10000 + 0x14), KDR_ST_FAULTED);
    CHECK_EQ(kdr_get32(ram + 0x10000 + 0x18), KDR_FAULT_TX_PROD);
    CHECK_EQ(kdr_ring_attached(&g.r), 0);
    /* repeated hello with the same nonce is ignored while FAULTED */
    kdr_ring_send_hello(&g.r);
    kdr_host_port_bytes(&g.h, port_out, port_len);
    port_len = 0;
    CHECK_EQ(g.h.state, KDR_H_FAULTED);
    /* a second later the guest re-initialises with a new nonce; the host resets and re-attaches */
    fake_now += 1000001;
    kdr_ring_service(&g.r);
    CHECK(g.r.nonce != nonce1);
    CHECK_EQ(g.r.reinits, 1);
    kdr_host_port_bytes(&g.h, port_out, port_len);
    CHECK_EQ(g.h.state, KDR_H_OPEN);
    CHECK_EQ(g.h.resets, 1);
    CHECK_EQ(kdr_ring_attached(&g.r), 1);
    uint8_t b[3] = { 1, 2, 3 };
    g.t.send(g.t.ctx, b, 3);
    g.t.flush(g.t.ctx);
    CHECK_EQ(kdr_host_read_tx(&g.h, tmp, sizeof tmp), 3);
    CHECK(memcmp(tmp, b, 3) == 0);
}

TEST(test_host_rx_consumer_validation)
{
    static rig g;
    rig_init(&g, 1, 1, 1);
    uint8_t b[8] = { 0 };
    kdr_host_set_debugger(&g.h, 1);
    CHECK_EQ(kdr_host_write_rx(&g.h, b, 8), 8);
    *(volatile uint32_t *)(ram + 0x10000 + 0x280) = 9; /* consumer ahead of producer */
    CHECK_EQ(kdr_host_write_rx(&g.h, b, 1), 0);
    CHECK_EQ(g.h.fault_code, KDR_FAULT_RX_CONS);
    rig_init(&g, 1, 1, 1);
    kdr_host_set_debugger(&g.h, 1);
    CHECK_EQ(kdr_host_write_rx(&g.h, b, 8), 8);
    *(volatile uint32_t *)(ram + 0x10000 + 0x280) = 5;
    CHECK_EQ(kdr_host_write_rx(&g.h, b, 1), 1);
    *(volatile uint32_t *)(ram + 0x10000 + 0x280) = 4; /* backwards */
    CHECK_EQ(kdr_host_write_rx(&g.h, b, 1), 0);
    CHECK_EQ(g.h.fault_code, KDR_FAULT_RX_BACKWARDS);
}

static void hostile_attach(uint32_t off, uint64_t value, int width, uint32_t want_fault)
{
    static rig g;
    rig_init(&g, 2, 2, 0);
    if (width == 4) *(uint32_t *)(ram + 0x10000 + off) = (uint32_t)value;
    else *(uint64_t *)(ram + 0x10000 + off) = value;
    kdr_host_port_bytes(&g.h, port_out, port_len);
    CHECK_EQ(g.h.state, KDR_H_FAULTED);
    CHECK_EQ(g.h.fault_code, want_fault);
    CHECK_EQ(kdr_get32(ram + 0x10000 + 0x18), want_fault);
    CHECK_EQ(kdr_ring_attached(&g.r), 0);
}

TEST(test_host_attach_validation)
{
    hostile_attach(0x000, 0x12345678, 4, KDR_FAULT_HEADER);
    hostile_attach(0x008, 0x1, 4, KDR_FAULT_HEADER);             /* nonce differs from the hello */
    hostile_attach(0x100, 0x40000000, 4, KDR_FAULT_RING_SIZE);   /* oversize ring */
    hostile_attach(0x200, 0x3000, 4, KDR_FAULT_RING_SIZE);       /* not a power of two */
    hostile_attach(0x104, 3, 4, KDR_FAULT_RING_SIZE);            /* page count mismatch */
    hostile_attach(0x808, 0xFFFFFFFFFFull, 8, KDR_FAULT_PFN);    /* beyond RAM */
    hostile_attach(0x800, 0xA0, 8, KDR_FAULT_PFN);               /* VGA hole */
    hostile_attach(0xC00, 0, 8, KDR_FAULT_PFN);                  /* zero */
    hostile_attach(0xC00, 0x10, 8, KDR_FAULT_PFN);               /* the descriptor itself */
    hostile_attach(0xC08, 0x20, 8, KDR_FAULT_PFN);               /* duplicate of a tx page */
    hostile_attach(0x140, 0x2001, 4, KDR_FAULT_INDICES);         /* tx prod beyond size */
    /* descriptor outside RAM: nothing is written */
    static kdr_host h;
    kdr_host_init(&h, ram, RAM_SIZE);
    uint8_t m[32];
    kdr_hello_encode(m, 0x40000000, 5, 1);
    kdr_host_port_bytes(&h, m, 32);
    CHECK_EQ(h.state, KDR_H_FAULTED);
    CHECK_EQ(h.fault_code, KDR_FAULT_DESC_GPA);
}

TEST(test_guest_validates_host_indices)
{
    static rig g;
    rig_init(&g, 1, 1, 1);
    kdr_host_set_debugger(&g.h, 1);
    uint32_t nonce1 = g.r.nonce;
    *(volatile uint32_t *)(ram + 0x10000 + 0x240) = 0x2000; /* rx prod far beyond */
    uint8_t x;
    CHECK_EQ(g.t.recv(g.t.ctx, &x, 100), KDR_IO_TIMEOUT);
    CHECK_EQ(g.r.need_reinit, 1);
    CHECK_EQ(kdr_ring_attached(&g.r), 0);
    port_len = 0;
    fake_now += 1000001;
    kdr_ring_service(&g.r);
    CHECK(g.r.nonce != nonce1);
    CHECK_EQ(port_len, 32);
    kdr_host_port_bytes(&g.h, port_out, port_len);
    CHECK_EQ(g.h.state, KDR_H_OPEN);
    CHECK_EQ(g.h.resets, 1);
}

TEST(test_port_parser_resync)
{
    static kdr_host h;
    static rig g;
    rig_init(&g, 1, 1, 0);
    uint8_t hello[32];
    memcpy(hello, port_out, 32);
    kdr_host_init(&h, ram, RAM_SIZE);
    uint8_t stream[256];
    size_t n = 0;
    stream[n++] = 0x00; stream[n++] = 0x4B; stream[n++] = 0x44; stream[n++] = 0x6B; /* torn frame + a kick */
    memcpy(stream + n, hello, 10); n += 10;                                           /* partial hello */
    memcpy(stream + n, hello, 32); n += 32;                                           /* full hello */
    stream[n++] = 0x6B;
    uint32_t kicks = kdr_host_port_bytes(&h, stream, n);
    CHECK_EQ(h.state, KDR_H_OPEN);
    CHECK_EQ(kicks, 2);
    CHECK(h.malformed >= 2);
    CHECK(h.garbage >= 1);
    /* same hello again: re-announcement, no reset */
    kdr_host_port_bytes(&h, hello, 32);
    CHECK_EQ(h.reannounces, 1);
    CHECK_EQ(h.resets, 0);
    /* bad CRC: ignored */
    hello[8] ^= 1;
    kdr_host_port_bytes(&h, hello, 32);
    CHECK_EQ(h.resets, 0);
    hello[8] ^= 1;
    /* a well-framed hello of version 2 is ignored */
    uint8_t v2[32];
    memcpy(v2, hello, 32); v2[4] = 2; kdr_put32(v2 + 28, kdr_crc32(v2, 28));
    kdr_host_port_bytes(&h, v2, 32);
    CHECK_EQ(h.bad_versions, 1);
    CHECK_EQ(h.state, KDR_H_OPEN);
    /* goodbye with the wrong nonce is ignored, with the right nonce closes */
    uint8_t bye[16];
    kdr_goodbye_encode(bye, g.r.nonce + 1, 0);
    kdr_host_port_bytes(&h, bye, 16);
    CHECK_EQ(h.state, KDR_H_OPEN);
    kdr_goodbye_encode(bye, g.r.nonce, 0);
    kdr_host_port_bytes(&h, bye, 16);
    CHECK_EQ(h.state, KDR_H_WAITING);
    CHECK_EQ(h.goodbyes, 1);
    /* kick storm: all counted, nothing else happens */
    static uint8_t storm[100000];
    memset(storm, KDR_KICK, sizeof storm);
    CHECK_EQ(kdr_host_port_bytes(&h, storm, sizeof storm), 100000);
}

TEST(test_goodbye_stops_guest)
{
    static rig g;
    rig_init(&g, 1, 1, 1);
    port_len = 0;
    kdr_ring_goodbye(&g.r, KDR_GOODBYE_SHUTDOWN);
    CHECK_EQ(port_len, 16);
    CHECK(memcmp(port_out, "KDRG", 4) == 0);
    CHECK_EQ(kdr_get16(port_out + 6), 1);
    CHECK_EQ(kdr_get32(port_out + 12), kdr_crc32(port_out, 12));
    uint8_t b = 1;
    g.t.send(g.t.ctx, &b, 1);
    fake_now += 5000000;
    kdr_ring_service(&g.r);
    CHECK_EQ(port_len, 16); /* no more port traffic after goodbye */
}

/* A guest whose host restarted keeps the old host's status: while idle it re-announces every 10 s, so a
 * new host finds the descriptor. */
TEST(test_idle_guest_reannounces)
{
    static rig g;
    rig_init(&g, 1, 1, 1);
    size_t p0 = port_len;
    fake_now += 5000000;
    kdr_ring_service(&g.r);
    CHECK_EQ(port_len - p0, 0); /* not yet */
    fake_now += 5100000;
    kdr_ring_service(&g.r);
    CHECK_EQ(port_len - p0, 32);
    kdr_host_port_bytes(&g.h, port_out + p0, 32);
    CHECK_EQ(g.h.reannounces, 1);
    CHECK_EQ(g.h.state, KDR_H_OPEN);
}

/* tx bytes the host does not consume for a second: the host is stalled (hello every second, nobody to
 * wait for, a full ring drops at once); it recovers as soon as the host consumes again. */
TEST(test_undrained_tx_means_stalled_host)
{
    static rig g;
    rig_init(&g, 1, 1, 1);
    kdr_host_set_debugger(&g.h, 1);
    static uint8_t bytes[0x1000];
    g.t.send(g.t.ctx, bytes, 100);
    g.t.flush(g.t.ctx);
    CHECK_EQ(g.t.peer(g.t.ctx), KDR_PEER_MAYBE);
    size_t p0 = port_len;
    fake_now += 1100000;
    kdr_ring_service(&g.r);
    CHECK_EQ(g.r.tx_stalled, 1);
    CHECK_EQ(g.t.peer(g.t.ctx), KDR_PEER_ABSENT);
    CHECK(port_len - p0 >= 32 && port_len - p0 <= 34); /* a hello (and maybe a kick or two) */
    /* a full ring with a stalled host costs no wait */
    g.t.send(g.t.ctx, bytes, 0x1000 - 100);
    g.t.flush(g.t.ctx);
    uint64_t t0 = fake_now;
    g.t.send(g.t.ctx, bytes, 200);
    CHECK(fake_now - t0 < 1000);
    CHECK(g.r.dropped >= 200);
    /* the host consumes again */
    static uint8_t out[0x1000];
    CHECK(kdr_host_read_tx(&g.h, out, sizeof out) > 0);
    kdr_ring_service(&g.r);
    CHECK_EQ(g.r.tx_stalled, 0);
    CHECK_EQ(g.t.peer(g.t.ctx), KDR_PEER_MAYBE);
}

TEST(test_kdcom_over_ring)
{
    static rig g;
    rig_init(&g, 16, 16, 1);
    kdr_host_set_debugger(&g.h, 1);
    kdr_kd kd;
    kdr_kd_init(&kd, &g.t, &plat_ring);
    /* the debugger sends XP-A; the target receives it through rx and ACKs through tx */
    uint8_t pkt[128];
    size_t n = hex("30303030 0200 3800 00008080 9C0B0000", pkt);
    n += hex(XP_A_BODY, pkt + n);
    pkt[n++] = 0xAA;
    CHECK_EQ(kdr_host_write_rx(&g.h, pkt, n), n);
    uint8_t hb[56];
    kdr_buf h = { 0, 56, hb };
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_OK);
    uint8_t out[64], want[16];
    CHECK_EQ(kdr_host_read_tx(&g.h, out, sizeof out), 0); /* held for the reply, which this caller skips: */
    kdr_kd_flush(&kd);
    CHECK_EQ(kdr_host_read_tx(&g.h, out, sizeof out), 16);
    hex("69696969 0400 0000 00008080 00000000", want);
    CHECK(memcmp(out, want, 16) == 0);
}

/* A manipulate request packet (56-byte header, api at offset 0) with id, as the debugger sends it. */
static size_t manip_packet(uint8_t *out, uint32_t api, uint32_t id)
{
    uint8_t body[56];
    memset(body, 0, sizeof body);
    kdr_put32(body, api);
    kdr_put32(out, KD_PACKET_LEADER);
    kdr_put16(out + 4, KD_TYPE_STATE_MANIPULATE);
    kdr_put16(out + 6, 56);
    kdr_put32(out + 8, id);
    kdr_put32(out + 12, kdr_kd_checksum(body, 56, 0));
    memcpy(out + 16, body, 56);
    out[72] = KD_TRAILER;
    return 73;
}

/* The ACK of a request that is always answered is written at once and flushed with the reply; the ACK of
 * one that may not be answered (Continue2), of a duplicate, and one whose caller comes back without a
 * reply (a new receive, a break-in poll) is flushed at once. */
TEST(test_ack_flush_deferred_only_until_the_reply)
{
    kdr_kd kd; kdr_transport t; static fake_tp f;
    kd_setup(&kd, &t, &f);
    uint8_t pkt[80], hb[56];
    CHECK(kdr_kd_reply_follows(KD_TYPE_STATE_MANIPULATE, (const uint8_t *)"\x46\x31\0\0", 4));
    CHECK(!kdr_kd_reply_follows(KD_TYPE_STATE_MANIPULATE, (const uint8_t *)"\x3C\x31\0\0", 4));
    CHECK(!kdr_kd_reply_follows(KD_TYPE_STATE_MANIPULATE, (const uint8_t *)"\x36\x31\0\0", 4));
    CHECK(!kdr_kd_reply_follows(KD_TYPE_DEBUG_IO, (const uint8_t *)"\x46\x31\0\0", 4));
    CHECK(!kdr_kd_reply_follows(KD_TYPE_STATE_MANIPULATE, (const uint8_t *)"\x46\x31", 2));

    /* GetVersion: ACK held back, neither written nor flushed (a host must not see it alone) */
    ft_push_bytes(&f, pkt, manip_packet(pkt, 0x3146, KD_INITIAL_ID));
    kdr_buf h = { 0, 56, hb };
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_OK);
    CHECK_EQ(f.out_len, 0);
    CHECK_EQ(f.flushes, 0);
    CHECK_EQ(kd.acks_deferred, 1);
    /* the reply: one flush for both (the debugger's ACK of the reply is queued) */
    ft_push(&f, "69696969 0400 0000 00008080 00000000");
    kdr_buf r = { 56, 56, hb };
    kdr_kd_send(&kd, KD_TYPE_STATE_MANIPULATE, &r, NULL);
    CHECK_EQ(f.flushes, 1);
    CHECK_EQ(f.out_len, 16 + 16 + 56 + 1);
    CHECK_EQ(kdr_get16(f.out + 4), KD_TYPE_ACKNOWLEDGE); /* the ACK first, then the reply */
    CHECK_EQ(kdr_get32(f.out + 16), KD_PACKET_LEADER);
    CHECK_EQ(kd.flush_pending, 0);

    /* Continue2 (no reply): its ACK is flushed at once */
    ft_push_bytes(&f, pkt, manip_packet(pkt, 0x313C, KD_INITIAL_ID | 1));
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_OK);
    CHECK_EQ(f.flushes, 2);
    CHECK_EQ(kd.acks_deferred, 1);

    /* GetVersion again, but the caller receives again instead of replying: flushed on that entry */
    ft_push_bytes(&f, pkt, manip_packet(pkt, 0x3146, KD_INITIAL_ID));
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_OK);
    CHECK_EQ(f.flushes, 2);
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_TIMEOUT);
    CHECK_EQ(f.flushes, 3);

    /* ... or polls for a break-in (even one already pending) */
    ft_push_bytes(&f, pkt, manip_packet(pkt, 0x3146, KD_INITIAL_ID | 1));
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_OK);
    CHECK_EQ(f.flushes, 3);
    kd.control_c_pending = 1;
    CHECK_EQ(kdr_kd_poll_breakin(&kd), 1);
    CHECK_EQ(f.flushes, 4);

    /* a duplicate of the last request: ACKed and flushed at once, not handed to the caller */
    size_t before = f.out_len;
    ft_push_bytes(&f, pkt, manip_packet(pkt, 0x3146, KD_INITIAL_ID | 1));
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_TIMEOUT);
    CHECK_EQ(f.out_len, before + 16);
    CHECK_EQ(f.flushes, 5);
    CHECK_EQ(kd.duplicates, 1);
}

/* Over the ring with the host asleep: a request's ACK and its reply cost one kick, not two, and the host
 * reads them in order. */
TEST(test_ack_and_reply_one_kick_over_ring)
{
    static rig g;
    rig_init(&g, 16, 16, 1);
    kdr_host_set_debugger(&g.h, 1);
    kdr_kd kd;
    kdr_kd_init(&kd, &g.t, &plat_ring);
    uint8_t pkt[80], hb[56], out[256];
    CHECK_EQ(kdr_host_write_rx(&g.h, pkt, manip_packet(pkt, 0x3146, KD_INITIAL_ID)), 73);
    CHECK_EQ(kdr_host_prepare_sleep(&g.h, 0), 1);
    size_t p0 = port_len;
    kdr_buf h = { 0, 56, hb };
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_OK);
    CHECK_EQ(count_kicks(p0), 0); /* the ACK waits for the reply, and so does its kick */
    uint8_t none[16];
    CHECK_EQ(kdr_host_read_tx(&g.h, none, sizeof none), 0); /* a spinning host does not see the ACK alone */
    /* the debugger's ACK of the reply is already queued in rx; the guest answers */
    uint8_t ack[16];
    hex("69696969 0400 0000 00008080 00000000", ack);
    CHECK_EQ(kdr_host_write_rx(&g.h, ack, 16), 16);
    kdr_buf r = { 56, 56, hb };
    kdr_kd_send(&kd, KD_TYPE_STATE_MANIPULATE, &r, NULL);
    CHECK_EQ(count_kicks(p0), 1);
    CHECK_EQ(kdr_host_port_bytes(&g.h, port_out + p0, port_len - p0), 1);
    kdr_host_woke(&g.h);
    CHECK_EQ(kdr_host_read_tx(&g.h, out, sizeof out), 16 + 73);
    CHECK_EQ(kdr_get32(out), KD_CONTROL_LEADER);
    CHECK_EQ(kdr_get16(out + 4), KD_TYPE_ACKNOWLEDGE);
    CHECK_EQ(kdr_get32(out + 8), KD_INITIAL_ID);
    CHECK_EQ(kdr_get32(out + 16), KD_PACKET_LEADER);
    CHECK_EQ(kd.tx_id, KD_INITIAL_ID | 1); /* the reply was acknowledged */
}

/* The word-at-a-time byte sum is the byte-by-byte one, for every length and alignment (lanes near their
 * limit included: runs of 0xFF). */
TEST(test_byte_sum_words_equal_bytes)
{
    static uint8_t buf[5000];
    uint32_t seed = 12345;
    for (size_t i = 0; i < sizeof buf; i++) {
        seed = seed * 1103515245u + 12345u;
        buf[i] = (uint8_t)(seed >> 16);
    }
    memset(buf + 3000, 0xFF, 2000);
    int bad = 0;
    for (size_t off = 0; off < 8; off++)
        for (size_t len = 0; len + off <= sizeof buf; len += (len < 300 ? 1 : 97)) {
            uint32_t naive = 7;
            for (size_t i = 0; i < len; i++)
                naive += buf[off + i];
            bad += kdr_kd_checksum(buf + off, (uint32_t)len, 7) != naive;
        }
    CHECK_EQ(bad, 0);
    uint8_t copy[300];
    kdr_memcpy(copy, buf + 3, sizeof copy);
    CHECK(memcmp(copy, buf + 3, sizeof copy) == 0);
}

/* What the debugger put in rx leaves the ring in one go (one consumer store for two packets), and the KD
 * layer is served from the guest's own buffer after that; buffered bytes mean a debugger is there. */
TEST(test_rx_taken_from_the_ring_in_one_go)
{
    static rig g;
    rig_init(&g, 16, 16, 1);
    kdr_host_set_debugger(&g.h, 1);
    kdr_kd kd;
    kdr_kd_init(&kd, &g.t, &plat_ring);
    uint8_t pkt[160], hb[56];
    uint32_t n1 = manip_packet(pkt, 0x3146, KD_INITIAL_ID);
    uint32_t n2 = manip_packet(pkt + n1, 0x3146, KD_INITIAL_ID ^ 1);
    CHECK_EQ(kdr_host_write_rx(&g.h, pkt, n1 + n2), n1 + n2);
    uint32_t cons0 = g.r.rx_cons;
    kdr_buf h = { 0, 56, hb };
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_OK);
    CHECK_EQ(g.r.rx_cons - cons0, n1 + n2);
    CHECK_EQ(g.r.rbuf_len - g.r.rbuf_pos, n2);
    kdr_host_set_debugger(&g.h, 0);
    CHECK_EQ(kdr_transport_peer(&g.t), KDR_PEER_MAYBE); /* bytes a debugger sent are still to be read */
    h.len = 0;
    CHECK_EQ(kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, NULL, NULL), KD_RECV_OK);
    CHECK_EQ(kdr_get32(hb), 0x3146);
    CHECK_EQ(g.r.rbuf_pos, g.r.rbuf_len);
    CHECK_EQ(kd.duplicates, 0);
}

TEST(test_select)
{
    static rig g;
    static kdr_uart u;
    memset(ram, 0, RAM_SIZE);
    void *tx[1] = { ram + 0x20000 }, *rx[1] = { ram + 0x21000 };
    kdr_select_params p = { KDR_MODE_AUTO, 0, 0, 0, 1, ram + 0x10000, tx, 1, rx, 1 };
    readback = KDR_READBACK;
    kdr_select_result res = kdr_select_transport(&p, &plat_ring, &g.r, &u, &g.t);
    CHECK_EQ(res.kind, KDR_SEL_RING);
    CHECK_EQ(res.port, 0x10);
    CHECK(strcmp(g.t.name, "ring") == 0);
    readback = 0xFF; /* no kdring port and a floating bus: no UART either */
    res = kdr_select_transport(&p, &plat_ring, &g.r, &u, &g.t);
    CHECK_EQ(res.kind, KDR_SEL_NONE);
    CHECK(strcmp(g.t.name, "none") == 0);
    p.mode = KDR_MODE_NONE;
    readback = KDR_READBACK;
    res = kdr_select_transport(&p, &plat_ring, &g.r, &u, &g.t);
    CHECK_EQ(res.kind, KDR_SEL_NONE);
}

int main(void)
{
    RUN(test_crc32);
    RUN(test_byte_sum_words_equal_bytes);
    RUN(test_rx_taken_from_the_ring_in_one_go);
    RUN(test_checksums_fact_sheet);
    RUN(test_recv_getversion_xp_a_acks_xp_b);
    RUN(test_send_getversion_reply_xp_c);
    RUN(test_loadsymbols_xp_f_reset_resend);
    RUN(test_ack_with_sync_bit_not_accepted);
    RUN(test_droppable_gives_up_after_20);
    RUN(test_droppable_kinds);
    RUN(test_bad_checksum_and_trailer_resend);
    RUN(test_garbage_and_duplicates);
    RUN(test_oversize_bytecount_resend);
    RUN(test_short_manipulate_resend);
    RUN(test_breakin_poll);
    RUN(test_lone_breakin_during_scan);
    RUN(test_data_while_waiting_ack);
    RUN(test_garbage_flood_times_out);
    RUN(test_wrong_type_dropped_after_ack);
    RUN(test_vanished_debugger_never_storms);
    RUN(test_silent_debugger_resends_back_off);
    RUN(test_resend_flood_is_paced);
    RUN(test_null_transport_reports_not_present);
    RUN(test_droppable_absent_sent_once);
    RUN(test_breakin_then_leader_not_forgotten);
    RUN(test_breakin_behind_queued_resets_seen_at_once);
    RUN(test_stale_ack_stream_one_deadline);
    RUN(test_slow_body_one_deadline);
    RUN(test_resent_old_request_is_not_an_ack);
    RUN(test_oversize_packet_reported);
    RUN(test_probe);
    RUN(test_hello_and_descriptor_layout);
    RUN(test_init_errors);
    RUN(test_no_host_drops_and_never_waits);
    RUN(test_transfer_with_wraparound);
    RUN(test_event_suppression_kicks);
    RUN(test_tx_published_at_the_flush);
    RUN(test_ring_full_send_times_out);
    RUN(test_no_debugger_immediate_timeout);
    RUN(test_host_faults_on_hostile_tx_index_and_guest_recovers);
    RUN(test_host_rx_consumer_validation);
    RUN(test_host_attach_validation);
    RUN(test_guest_validates_host_indices);
    RUN(test_port_parser_resync);
    RUN(test_goodbye_stops_guest);
    RUN(test_idle_guest_reannounces);
    RUN(test_undrained_tx_means_stalled_host);
    RUN(test_kdcom_over_ring);
    RUN(test_ack_flush_deferred_only_until_the_reply);
    RUN(test_ack_and_reply_one_kick_over_ring);
    RUN(test_select);
    RUN(test_leader_split_by_the_deadline_is_not_lost);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
