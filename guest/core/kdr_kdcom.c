/*
 * KDCOM target side. Written from the fact sheet (kd-protocol.md sections 1-3); comments cite its
 * sections. Design decision beyond the sheet: the retry budget is persistent (like KdpDefaultRetries in
 * the KD context) and only restored by a valid packet from the debugger, so a target without a
 * debugger pays the full 20 time-outs once and then one time-out per droppable packet.
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
}

uint32_t kdr_kd_checksum(const uint8_t *p, uint32_t n, uint32_t acc)
{
    while (n--)
        acc += *p++;
    return acc;
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

static void send_control(kdr_kd *kd, uint16_t type, uint32_t id)
{
    uint8_t p[16];
    kdr_put32(p, KD_CONTROL_LEADER);
    kdr_put16(p + 4, type);
    kdr_put16(p + 6, 0);
    kdr_put32(p + 8, id);
    kdr_put32(p + 12, 0);
    kd->t->send(kd->t->ctx, p, 16);
    kd->t->flush(kd->t->ctx);
    if (type == KD_TYPE_ACKNOWLEDGE)
        kd->acks_sent++;
    else if (type == KD_TYPE_RESEND)
        kd->resends_sent++;
}

static int get_byte(kdr_kd *kd, uint8_t *b)
{
    return kd->t->recv(kd->t->ctx, b, kd->timeout_us);
}

static int get_bytes(kdr_kd *kd, uint8_t *b, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (get_byte(kd, &b[i]) != KDR_IO_OK)
            return KDR_IO_TIMEOUT;
    return KDR_IO_OK;
}

/* Section 1 "Finding a leader". The whole scan is bounded by one time-out, so a stream of garbage
 * cannot keep the target here. Returns the leader byte (0x30 / 0x69) or 0 on time-out. */
static uint8_t scan_leader(kdr_kd *kd, int *breakin_seen)
{
    uint64_t start = now_us(kd);
    uint8_t prev = 0;
    int count = 0;
    for (;;) {
        uint64_t spent = now_us(kd) - start;
        if (spent >= kd->timeout_us)
            return 0;
        uint8_t b;
        if (kd->t->recv(kd->t->ctx, &b, (uint32_t)(kd->timeout_us - spent)) != KDR_IO_OK)
            return 0;
        if (b == KD_LEADER_BYTE || b == KD_CONTROL_LEADER_BYTE) {
            if (count > 0 && b == prev) {
                count++;
            } else {
                prev = b;
                count = 1;
            }
            if (count == 4)
                return b;
        } else {
            count = 0;
            kd->garbage_bytes++;
            if (b == KD_BREAKIN_BYTE)
                *breakin_seen = 1;
        }
    }
}

static void debugger_alive(kdr_kd *kd)
{
    kd->retries = kd->max_retries;
    kd->debugger_not_present = 0;
}

int kdr_kd_recv(kdr_kd *kd, uint16_t type, kdr_buf *hdr, kdr_buf *data, uint32_t *data_len)
{
    /* Section 3.3 step 1: break-in poll reads at most one byte, without waiting. */
    if (type == KD_TYPE_POLL_BREAKIN) {
        uint8_t b;
        if (kd->t->poll(kd->t->ctx, &b) == KDR_IO_OK && b == KD_BREAKIN_BYTE)
            return KD_RECV_OK;
        return KD_RECV_TIMEOUT;
    }

    for (;;) {
        int breakin_seen = 0;
        uint8_t leader = scan_leader(kd, &breakin_seen);
        if (!leader) {
            if (breakin_seen) {
                kd->control_c_pending = 1;
                return KD_RECV_RESEND;
            }
            return KD_RECV_TIMEOUT;
        }
        uint8_t h[12];
        if (get_bytes(kd, h, 12) != KDR_IO_OK)
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
        if (get_bytes(kd, kd->scratch, count) != KDR_IO_OK)
            return KD_RECV_TIMEOUT;
        uint8_t trailer;
        if (get_byte(kd, &trailer) != KDR_IO_OK)
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
            /* Section 3.2: a data packet while we wait for an ACK. Ask for it again and take this as
             * the implicit ACK of what we sent; the debugger re-sends its packet. */
            send_control(kd, KD_TYPE_RESEND, 0);
            return KD_RECV_OK;
        }

        uint32_t hmax = hdr ? hdr->max : 0;
        uint32_t dmax = data ? data->max : 0;
        if (ptype == type && (count < hmax || count - hmax > dmax)) {
            send_control(kd, KD_TYPE_RESEND, 0); /* wrong size for this kind of packet */
            continue;
        }
        send_control(kd, KD_TYPE_ACKNOWLEDGE, id); /* step 9: ACK every good packet */
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

void kdr_kd_send(kdr_kd *kd, uint16_t type, const kdr_buf *hdr, const kdr_buf *data)
{
    uint32_t hlen = hdr ? hdr->len : 0;
    uint32_t dlen = data ? data->len : 0;
    uint32_t sum = 0;
    if (hlen)
        sum = kdr_kd_checksum(hdr->buf, hlen, sum);
    if (dlen)
        sum = kdr_kd_checksum(data->buf, dlen, sum);
    int droppable = kdr_kd_droppable(type, hdr);
    uint32_t resends = 0;
    int first = 1;
    for (;;) {
        uint8_t p[16];
        kdr_put32(p, KD_PACKET_LEADER);
        kdr_put16(p + 4, type);
        kdr_put16(p + 6, (uint16_t)(hlen + dlen));
        kdr_put32(p + 8, kd->tx_id);
        kdr_put32(p + 12, sum);
        uint8_t trailer = KD_TRAILER;
        kd->t->send(kd->t->ctx, p, 16);
        if (hlen)
            kd->t->send(kd->t->ctx, hdr->buf, hlen);
        if (dlen)
            kd->t->send(kd->t->ctx, data->buf, dlen);
        kd->t->send(kd->t->ctx, &trailer, 1);
        kd->t->flush(kd->t->ctx);
        if (first)
            kd->sent_packets++;
        else
            kd->resent_packets++;
        first = 0;

        int rc = kdr_kd_recv(kd, KD_TYPE_ACKNOWLEDGE, 0, 0, 0);
        if (rc == KD_RECV_OK) {
            kd->tx_id = (kd->tx_id ^ 1u) & ~KD_SYNC_ID;
            return;
        }
        if (rc == KD_RECV_RESEND) {
            if (droppable && ++resends > kd->max_resends)
                goto give_up;
            continue; /* retransmit; does not use up a retry */
        }
        /* time-out */
        if (kd->retries > 0)
            kd->retries--;
        if (kd->retries == 0 && droppable)
            goto give_up;
    }
give_up:
    kd->dropped_packets++;
    kd->debugger_not_present = 1;
    kd->tx_id = KD_INITIAL_ID | KD_SYNC_ID;
    kd->rx_expected = KD_INITIAL_ID;
}

int kdr_kd_poll_breakin(kdr_kd *kd)
{
    if (kd->control_c_pending) {
        kd->control_c_pending = 0;
        return 1;
    }
    return kdr_kd_recv(kd, KD_TYPE_POLL_BREAKIN, 0, 0, 0) == KD_RECV_OK;
}
