/*
 * KDCOM target side. Written from the fact sheet (kd-protocol.md sections 1-3); comments cite its
 * sections. Design decision beyond the sheet: the retry budget is persistent (like KdpDefaultRetries in
 * the KD context) and only restored by a valid packet from the debugger, so a target without a
 * debugger pays the full 20 time-outs once and then one time-out per droppable packet.
 *
 * Never a storm: every retransmit of an unacknowledged packet waits for its resend interval (a receive
 * lasts until its deadline even when the transport gives up at once), and the interval doubles up to
 * backoff_max_us (~1 s) once no debugger is there (retry budget spent, or the transport knows nobody
 * listens). A debugger that comes back is answered at once: the wait for the ACK keeps reading.
 *
 * One flush per request: the ACK of a request that is always answered (kdr_kd_reply_follows) is held back
 * and written together with the reply, one flush for both (on the ring: both become visible at once, with one
 * kick, and only if the host sleeps), instead of a kick for the ACK and another for the reply a few
 * microseconds later, and instead of a host that sees the ACK alone and takes it for the answer. Any other
 * entry into this layer sends a held ACK first, so it never waits on a caller that does not reply.
 */
#include "kdr_kdcom.h"
#include "kdr_util.h"

void kdr_kd_init(kdr_kd *kd, kdr_transport *t, const kdr_platform *plat)
{
    kdr_memset(kd, 0, sizeof *kd);
    kd->t = t;
    kd->plat = plat;
    kd->tx_id = KD_INITIAL_ID | KD_SYNC_ID;
    kd->rx_expected = KD_INITIAL_ID;
    kd->max_retries = KD_DEFAULT_RETRIES;
    kd->retries = KD_DEFAULT_RETRIES;
    kd->timeout_us = 100000;
    kd->max_resends = 64;
    kd->fast_resends = 8;
    kd->byte_us = 100;
    kd->backoff_max_us = 1000000;
}

uint32_t kdr_kd_checksum(const uint8_t *p, uint32_t n, uint32_t acc)
{
    return kdr_byte_sum(p, n, acc);
}

int kdr_kd_droppable(uint16_t type, const kdr_buf *hdr)
{
    if (!hdr || hdr->len < 4)
        return 0;
    uint32_t api = kdr_get32(hdr->buf);
    return (type == KD_TYPE_DEBUG_IO && api == 0x3230) ||      /* PrintString */
           (type == KD_TYPE_STATE_CHANGE64 && api == 0x3031) || /* LoadSymbols */
           (type == KD_TYPE_FILE_IO && api == 0x3430);          /* CreateFile */
}

static uint64_t now_us(const kdr_kd *kd) { return kd->plat->time_us(kd->plat->ctx); }

int kdr_kd_reply_follows(uint16_t type, const uint8_t *body, uint32_t len)
{
    if (type != KD_TYPE_STATE_MANIPULATE || len < 4)
        return 0;
    switch (kdr_get32(body)) {
    case 0x3130: case 0x3131: /* Read/WriteVirtualMemory */
    case 0x3132: case 0x3133: /* Get/SetContext */
    case 0x3134: case 0x3135: /* Write/RestoreBreakPoint */
    case 0x3137: case 0x3138: /* Read/WriteControlSpace */
    case 0x3139: case 0x313A: /* Read/WriteIoSpace */
    case 0x313D: case 0x313E: /* Read/WritePhysicalMemory */
    case 0x3146:              /* GetVersion */
    case 0x315C:              /* QueryMemory */
    case 0x315F: case 0x3160: /* Get/SetContextEx */
        return 1;
    default:                  /* Continue, Continue2, Reboot, ClearAllInternalBreakpoints, ...: maybe none */
        return 0;
    }
}

/* Writes a held-back ACK into the transport (not flushed). */
static void release_ack(kdr_kd *kd)
{
    if (kd->flush_pending) {
        kd->flush_pending = 0;
        kd->t->send(kd->t->ctx, kd->held_ack, sizeof kd->held_ack);
    }
}

static void flush(kdr_kd *kd)
{
    release_ack(kd);
    kd->t->flush(kd->t->ctx);
}

void kdr_kd_flush(kdr_kd *kd)
{
    if (kd->flush_pending)
        flush(kd);
}

/* A control packet; sent and flushed at once unless defer (an ACK held back for its reply to carry). */
static void send_control_deferred(kdr_kd *kd, uint16_t type, uint32_t id, int defer)
{
    uint8_t p[16];
    kdr_put32(p, KD_CONTROL_LEADER);
    kdr_put16(p + 4, type);
    kdr_put16(p + 6, 0);
    kdr_put32(p + 8, id);
    kdr_put32(p + 12, 0);
    release_ack(kd); /* an ACK held earlier goes first */
    if (defer) {
        kdr_memcpy(kd->held_ack, p, sizeof p);
        kd->flush_pending = 1;
        kd->acks_deferred++;
    } else {
        kd->t->send(kd->t->ctx, p, 16);
        flush(kd);
    }
    if (type == KD_TYPE_ACKNOWLEDGE)
        kd->acks_sent++;
    else if (type == KD_TYPE_RESEND)
        kd->resends_sent++;
}

static void send_control(kdr_kd *kd, uint16_t type, uint32_t id)
{
    send_control_deferred(kd, type, id, 0);
}

/* One byte before the deadline. A transport that times out early (nobody there right now) is asked
 * again until the deadline: a receive lasts until a packet or its deadline, never less, so a caller
 * that re-sends after a time-out is paced by the time-out. */
static int get_byte(kdr_kd *kd, uint8_t *b, uint64_t deadline)
{
    /* a byte the transport holds already needs no clock reading (the common case on the ring) */
    if (kd->t->take && kd->t->take(kd->t->ctx, b, 1) == 1)
        return KDR_IO_OK;
    for (;;) {
        uint64_t now = now_us(kd);
        if (now >= deadline)
            return KDR_IO_TIMEOUT;
        uint64_t left = deadline - now;
        if (kd->t->recv(kd->t->ctx, b, left > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)left) == KDR_IO_OK)
            return KDR_IO_OK;
    }
}

static int get_bytes(kdr_kd *kd, uint8_t *b, uint32_t n, uint64_t deadline)
{
    uint32_t i = 0;
    while (i < n) {
        if (kd->t->take) {
            i += kd->t->take(kd->t->ctx, b + i, n - i);
            if (i == n)
                break;
        }
        if (get_byte(kd, &b[i], deadline) != KDR_IO_OK)
            return KDR_IO_TIMEOUT;
        i++;
    }
    return KDR_IO_OK;
}

static uint64_t max_u64(uint64_t a, uint64_t b) { return a > b ? a : b; }
static uint64_t min_u64(uint64_t a, uint64_t b) { return a < b ? a : b; }

/* Section 1 "Finding a leader", bounded by the receive's deadline, so a stream of garbage cannot keep
 * the target here. A leader that has begun is finished even when the deadline comes in its middle (by
 * at most one time-out past the deadline): giving up there would eat its first bytes, the rest would
 * look like garbage on the next call, and a request arriving as a receive times out would be lost
 * without a RESEND (the debugger would only re-send it after its own time-out). A break-in byte sets
 * control-C pending at once, as kdcom does, even when a packet leader follows (0x62 then RESET on
 * connect, Ctrl+Break during DbgPrint traffic). Returns the leader byte (0x30 / 0x69) or 0 at the
 * deadline; *breakin_seen says whether a 0x62 went by. */
static uint8_t scan_leader(kdr_kd *kd, uint64_t deadline, int *breakin_seen)
{
    uint8_t prev = 0;
    int count = 0;
    uint64_t until = deadline;
    for (;;) {
        uint8_t b;
        if (get_byte(kd, &b, until) != KDR_IO_OK)
            return 0;
        if (b == KD_LEADER_BYTE || b == KD_CONTROL_LEADER_BYTE) {
            if (count > 0 && b == prev) {
                count++;
            } else {
                prev = b;
                count = 1;
                until = min_u64(deadline + kd->timeout_us, max_u64(deadline, now_us(kd) + kd->timeout_us));
            }
            if (count == 4)
                return b;
        } else {
            count = 0;
            until = deadline;
            kd->garbage_bytes++;
            if (b == KD_BREAKIN_BYTE) {
                *breakin_seen = 1;
                kd->control_c_pending = 1;
            }
        }
    }
}

static void debugger_alive(kdr_kd *kd)
{
    kd->retries = kd->max_retries;
    kd->debugger_not_present = 0;
}

/* KdReceivePacket with one overall deadline: stale ACKs, unknown control packets, bad checksums and
 * duplicates do not restart it. Only the packet being read when the deadline comes may run over it,
 * by at most one time-out plus byte_us per body byte (a 4000-byte body needs ~350 ms at 115200 baud). */
static int recv_until(kdr_kd *kd, uint16_t type, kdr_buf *hdr, kdr_buf *data, uint32_t *data_len,
                      uint64_t deadline)
{
    for (;;) {
        int breakin_seen = 0;
        uint8_t leader = scan_leader(kd, deadline, &breakin_seen);
        if (!leader)
            return breakin_seen ? KD_RECV_RESEND : KD_RECV_TIMEOUT;
        uint64_t pkt_deadline = max_u64(deadline, now_us(kd) + kd->timeout_us);
        uint8_t h[12];
        if (get_bytes(kd, h, 12, pkt_deadline) != KDR_IO_OK)
            return KD_RECV_TIMEOUT;
        uint16_t ptype = kdr_get16(h);
        uint16_t count = kdr_get16(h + 2);
        uint32_t id = kdr_get32(h + 4);
        uint32_t checksum = kdr_get32(h + 8);

        if (leader == KD_CONTROL_LEADER_BYTE) {
            switch (ptype) {
            case KD_TYPE_ACKNOWLEDGE:
                if (type == KD_TYPE_ACKNOWLEDGE && id == (kd->tx_id & ~KD_SYNC_ID)) {
                    debugger_alive(kd);
                    return KD_RECV_OK;
                }
                continue; /* stray or stale ACK: ignore */
            case KD_TYPE_RESEND:
                debugger_alive(kd);
                return KD_RECV_RESEND;
            case KD_TYPE_RESET:
                debugger_alive(kd);
                kd->resets_seen++;
                kd->tx_id = KD_INITIAL_ID;
                kd->rx_expected = KD_INITIAL_ID;
                send_control(kd, KD_TYPE_RESET, 0);
                return KD_RECV_RESEND;
            default:
                continue; /* unknown control packet: ignore */
            }
        }

        /* A data packet. Read it whole into scratch (bounded by 4000). */
        if (count > KD_PACKET_MAX) {
            send_control(kd, KD_TYPE_RESEND, 0);
            continue;
        }
        pkt_deadline += (uint64_t)count * kd->byte_us;
        if (get_bytes(kd, kd->scratch, count, pkt_deadline) != KDR_IO_OK)
            return KD_RECV_TIMEOUT;
        uint8_t trailer;
        if (get_byte(kd, &trailer, pkt_deadline) != KDR_IO_OK)
            return KD_RECV_TIMEOUT;
        if (trailer != KD_TRAILER) {
            kd->bad_trailers++;
            send_control(kd, KD_TYPE_RESEND, 0);
            continue;
        }
        if (kdr_kd_checksum(kd->scratch, count, 0) != checksum) {
            kd->bad_checksums++;
            send_control(kd, KD_TYPE_RESEND, 0);
            continue;
        }
        debugger_alive(kd);

        if (type == KD_TYPE_ACKNOWLEDGE) {
            if (id != kd->rx_expected) {
                /* A re-sent earlier request (its ACK was lost): it says nothing about our packet.
                 * ACK it again and keep waiting. */
                kd->duplicates++;
                send_control(kd, KD_TYPE_ACKNOWLEDGE, id);
                continue;
            }
            /* Section 3.2: a new data packet while we wait for an ACK. Ask for it again and take this
             * as the implicit ACK of what we sent; the debugger re-sends its packet. */
            send_control(kd, KD_TYPE_RESEND, 0);
            return KD_RECV_OK;
        }

        uint32_t hmax = hdr ? hdr->max : 0;
        uint32_t dmax = data ? data->max : 0;
        if (ptype == type && (count < hmax || count - hmax > dmax)) {
            send_control(kd, KD_TYPE_RESEND, 0); /* wrong size for this kind of packet */
            continue;
        }
        /* step 9: ACK every good packet; the ACK of the awaited request that is always answered goes out
         * with the reply's flush */
        send_control_deferred(kd, KD_TYPE_ACKNOWLEDGE, id,
                              id == kd->rx_expected && ptype == type && kdr_kd_reply_follows(ptype, kd->scratch, count));
        if (id != kd->rx_expected) {
            kd->duplicates++;
            continue;
        }
        if (ptype != type)
            continue; /* step 10: not what the caller asked for: dropped after the ACK */
        kd->rx_expected ^= 1;
        if (hdr) {
            kdr_memcpy(hdr->buf, kd->scratch, hmax);
            hdr->len = (uint16_t)hmax;
        }
        uint32_t dlen = count - hmax;
        if (data) {
            kdr_memcpy(data->buf, kd->scratch + hmax, dlen);
            data->len = (uint16_t)dlen;
        }
        if (data_len)
            *data_len = dlen;
        return KD_RECV_OK;
    }
}

int kdr_kd_recv(kdr_kd *kd, uint16_t type, kdr_buf *hdr, kdr_buf *data, uint32_t *data_len)
{
    kdr_kd_flush(kd); /* the caller did not reply: a deferred ACK goes out now */
    /* Section 3.3 step 1: the break-in poll never waits. Where kdcom reads one byte per poll (one per
     * clock tick), this reads what is there now, up to KD_BREAKIN_SCAN bytes: a running target discards
     * everything but 0x62 anyway, and a break-in queued behind RESETs (a debugger that connected while
     * the target ran) is seen at the first poll instead of seconds later. */
    if (type == KD_TYPE_POLL_BREAKIN) {
        uint8_t b;
        for (uint32_t i = 0; i < KD_BREAKIN_SCAN && kd->t->poll(kd->t->ctx, &b) == KDR_IO_OK; i++)
            if (b == KD_BREAKIN_BYTE)
                return KD_RECV_OK;
        return KD_RECV_TIMEOUT;
    }
    return recv_until(kd, type, hdr, data, data_len, now_us(kd) + kd->timeout_us);
}

static void transmit(kdr_kd *kd, uint16_t type, const kdr_buf *hdr, const kdr_buf *data, uint32_t sum)
{
    uint32_t hlen = hdr ? hdr->len : 0;
    uint32_t dlen = data ? data->len : 0;
    uint8_t p[16];
    kdr_put32(p, KD_PACKET_LEADER);
    kdr_put16(p + 4, type);
    kdr_put16(p + 6, (uint16_t)(hlen + dlen));
    kdr_put32(p + 8, kd->tx_id);
    kdr_put32(p + 12, sum);
    uint8_t trailer = KD_TRAILER;
    release_ack(kd); /* the held ACK of the request this answers, in the same flush */
    kd->t->send(kd->t->ctx, p, 16);
    if (hlen)
        kd->t->send(kd->t->ctx, hdr->buf, hlen);
    if (dlen)
        kd->t->send(kd->t->ctx, data->buf, dlen);
    kd->t->send(kd->t->ctx, &trailer, 1);
    flush(kd); /* also the deferred ACK of the request this answers */
}

/* A packet over the KDCOM maximum cannot be sent (the debugger would refuse it). Say so in a
 * PrintString instead of dropping it without a word. */
static void report_oversize(kdr_kd *kd, uint16_t type, uint32_t size)
{
    static const char prefix[] = "kdring: dropped an oversized KD packet (type ";
    char msg[96];
    uint32_t n = 0;
    kd->oversize_packets++;
    kd->dropped_packets++;
    for (uint32_t i = 0; prefix[i]; i++)
        msg[n++] = prefix[i];
    n += kdr_utoa(msg + n, type);
    msg[n++] = ',';
    msg[n++] = ' ';
    n += kdr_utoa(msg + n, size);
    static const char suffix[] = " bytes, KDCOM maximum 4000)\n";
    for (uint32_t i = 0; suffix[i]; i++)
        msg[n++] = suffix[i];
    uint8_t h16[16];
    kdr_memset(h16, 0, sizeof h16);
    kdr_put32(h16, 0x3230); /* DbgKdPrintStringApi */
    kdr_put32(h16 + 8, n);
    kdr_buf h = { 16, 16, h16 }, d = { (uint16_t)n, (uint16_t)n, (uint8_t *)msg };
    kdr_kd_send(kd, KD_TYPE_DEBUG_IO, &h, &d);
}

void kdr_kd_send(kdr_kd *kd, uint16_t type, const kdr_buf *hdr, const kdr_buf *data)
{
    uint32_t hlen = hdr ? hdr->len : 0;
    uint32_t dlen = data ? data->len : 0;
    if (hlen + dlen > KD_PACKET_MAX) {
        report_oversize(kd, type, hlen + dlen);
        return;
    }
    uint32_t sum = 0;
    if (hlen)
        sum = kdr_kd_checksum(hdr->buf, hlen, sum);
    if (dlen)
        sum = kdr_kd_checksum(data->buf, dlen, sum);
    int droppable = kdr_kd_droppable(type, hdr);
    uint32_t resends = 0;
    uint32_t interval = kd->timeout_us; /* resend pacing: grows towards backoff_max_us */
    int first = 1;
    for (;;) {
        int peer = kdr_transport_peer(kd->t);
        if (peer == KDR_PEER_NEVER)
            goto give_up; /* the null transport: nobody can ever answer; never spin */
        transmit(kd, type, hdr, data, sum);
        if (first)
            kd->sent_packets++;
        else
            kd->resent_packets++;
        first = 0;
        if (droppable && peer == KDR_PEER_ABSENT)
            goto give_up; /* sent once for a host's capture; nobody can acknowledge it */

        uint64_t deadline = now_us(kd) + interval;
        int rc;
        for (;;) {
            rc = recv_until(kd, KD_TYPE_ACKNOWLEDGE, 0, 0, 0, deadline);
            /* Retransmits asked for by the peer go out at once, a few in a row; a peer that keeps
             * asking is paced by the resend interval like a silent one. */
            if (rc == KD_RECV_RESEND && resends >= kd->fast_resends && now_us(kd) < deadline)
                continue;
            break;
        }
        if (rc == KD_RECV_OK) {
            kd->tx_id = (kd->tx_id ^ 1u) & ~KD_SYNC_ID;
            return;
        }
        if (rc == KD_RECV_RESEND) {
            if (++resends > kd->max_resends && droppable)
                goto give_up;
            interval = kd->timeout_us; /* a debugger is there */
            continue; /* retransmit; does not use up a retry */
        }
        /* time-out */
        if (kd->retries > 0)
            kd->retries--;
        if (kd->retries == 0 && droppable)
            goto give_up;
        if (kd->retries == 0 || kdr_transport_peer(kd->t) != KDR_PEER_MAYBE) {
            /* No debugger: back off so that a stopped target waiting for one costs next to nothing,
             * while a debugger that comes (RESET, RESEND or its own packet) is answered at once. */
            interval = interval >= kd->backoff_max_us / 2 ? kd->backoff_max_us : interval * 2;
            kd->debugger_not_present = 1;
        }
    }
give_up:
    kdr_kd_flush(kd);
    kd->dropped_packets++;
    kd->debugger_not_present = 1;
    kd->tx_id = KD_INITIAL_ID | KD_SYNC_ID;
    kd->rx_expected = KD_INITIAL_ID;
}

int kdr_kd_poll_breakin(kdr_kd *kd)
{
    kdr_kd_flush(kd);
    if (kd->control_c_pending) {
        kd->control_c_pending = 0;
        return 1;
    }
    return kdr_kd_recv(kd, KD_TYPE_POLL_BREAKIN, 0, 0, 0) == KD_RECV_OK;
}
