#include "kdr_host.h"
#include "../core/kdr_proto.h"
#include "../core/kdr_util.h"
#include <stdio.h>
#include <string.h>

#define FENCE() __asm__ __volatile__("mfence" ::: "memory")
#define CBAR() __asm__ __volatile__("" ::: "memory")

const char *kdr_host_state_name(int s)
{
    return s == KDR_H_OPEN ? "OPEN" : s == KDR_H_FAULTED ? "FAULTED" : "WAITING";
}

static volatile uint32_t *d32(kdr_host *h, uint32_t off)
{
    return (volatile uint32_t *)(h->ram + h->desc_gpa + off);
}

static int desc_in_ram(kdr_host *h, uint64_t gpa)
{
    return gpa != 0 && (gpa & 0xFFF) == 0 && gpa + 0x1000 <= h->ram_size && !(gpa >= 0xA0000 && gpa < 0x100000);
}

void kdr_host_init(kdr_host *h, uint8_t *ram, uint64_t ram_size)
{
    memset(h, 0, sizeof *h);
    h->ram = ram;
    h->ram_size = ram_size;
}

static void fault(kdr_host *h, uint32_t code, const char *fmt, unsigned long long a, unsigned long long b)
{
    h->state = KDR_H_FAULTED;
    h->fault_code = code;
    snprintf(h->reason, sizeof h->reason, fmt, a, b);
    h->last_event = KDR_HE_FAULT;
    if (desc_in_ram(h, h->desc_gpa)) {
        *d32(h, KDR_D_HOST_FAULT) = code;
        *d32(h, KDR_D_HOST_NONCE) = h->nonce;
        CBAR();
        *d32(h, KDR_D_HOST_STATUS) = KDR_ST_FAULTED;
        FENCE();
    }
}

static int check_ring(kdr_host *h, const uint8_t *snap, kdr_host_ring *r, uint32_t ctl, uint32_t list,
                      uint64_t *seen, int *nseen)
{
    r->ctl = ctl;
    r->size = kdr_get32(snap + ctl + KDR_R_SIZE);
    r->npages = kdr_get32(snap + ctl + KDR_R_NPAGES);
    if (r->size < KDR_RING_MIN || r->size > KDR_RING_MAX || (r->size & (r->size - 1)) ||
        r->npages != r->size / KDR_PAGE_SIZE) {
        fault(h, KDR_FAULT_RING_SIZE, "bad ring size 0x%llx / page count %llu", r->size, r->npages);
        return 0;
    }
    for (uint32_t i = 0; i < r->npages; i++) {
        uint64_t pfn = kdr_get64(snap + list + 8 * i);
        int bad = pfn == 0 || pfn >= (h->ram_size >> 12) || (pfn >= 0xA0 && pfn < 0x100) ||
                  pfn == (h->desc_gpa >> 12);
        for (int k = 0; k < *nseen && !bad; k++)
            bad = seen[k] == pfn;
        if (bad) {
            fault(h, KDR_FAULT_PFN, "bad page frame number 0x%llx (entry %llu)", pfn, i);
            return 0;
        }
        seen[(*nseen)++] = pfn;
        r->pfn[i] = pfn;
    }
    uint32_t prod = kdr_get32(snap + ctl + KDR_R_PROD), cons = kdr_get32(snap + ctl + KDR_R_CONS);
    if (prod - cons > r->size) {
        fault(h, KDR_FAULT_INDICES, "bad initial indices prod 0x%llx cons 0x%llx", prod, cons);
        return 0;
    }
    return 1;
}

static void attach(kdr_host *h, uint64_t gpa, uint32_t nonce)
{
    h->desc_gpa = gpa;
    h->nonce = nonce;
    h->fault_code = 0;
    h->reason[0] = 0;
    if (!desc_in_ram(h, gpa)) {
        h->state = KDR_H_FAULTED;
        h->fault_code = KDR_FAULT_DESC_GPA;
        snprintf(h->reason, sizeof h->reason, "descriptor outside guest RAM (0x%llx)", (unsigned long long)gpa);
        h->last_event = KDR_HE_FAULT;
        return;
    }
    uint8_t snap[4096];
    memcpy(snap, h->ram + gpa, sizeof snap); /* one snapshot, validated, never re-read (section 7.1) */
    if (kdr_get32(snap + KDR_D_MAGIC) != KDR_DESC_MAGIC || kdr_get16(snap + KDR_D_VERSION) != 1 ||
        kdr_get16(snap + KDR_D_PAGESIZE) != 0x1000 || kdr_get32(snap + KDR_D_NONCE) != nonce) {
        fault(h, KDR_FAULT_HEADER, "bad descriptor header (magic 0x%llx, nonce 0x%llx)",
              kdr_get32(snap + KDR_D_MAGIC), kdr_get32(snap + KDR_D_NONCE));
        return;
    }
    uint64_t seen[256];
    int nseen = 0;
    if (!check_ring(h, snap, &h->tx, KDR_D_TX, KDR_D_TX_PFNS, seen, &nseen) ||
        !check_ring(h, snap, &h->rx, KDR_D_RX, KDR_D_RX_PFNS, seen, &nseen))
        return;
    h->tx_cons = kdr_get32(snap + KDR_D_TX + KDR_R_PROD); /* discard stale tx bytes */
    h->rx_prod = kdr_get32(snap + KDR_D_RX + KDR_R_PROD);
    h->rx_last_cons = kdr_get32(snap + KDR_D_RX + KDR_R_CONS);
    *d32(h, KDR_D_TX + KDR_R_CONS) = h->tx_cons;
    *d32(h, KDR_D_HOST_FEATURES) = kdr_get32(snap + KDR_D_GUEST_FEATURES) & KDR_F_KICK_ON_WAIT;
    *d32(h, KDR_D_TX + KDR_R_WAITING) = 0;
    *d32(h, KDR_D_RX + KDR_R_WAITING) = 0;
    *d32(h, KDR_D_HOST_FAULT) = 0;
    *d32(h, KDR_D_HOST_NONCE) = nonce;
    FENCE();
    *d32(h, KDR_D_HOST_STATUS) = KDR_ST_HOST_ATTACHED | (h->debugger ? KDR_ST_DEBUGGER_ATTACHED : 0);
    FENCE();
    h->state = KDR_H_OPEN;
    h->last_event = KDR_HE_ATTACHED;
}

static void handle_message(kdr_host *h, const uint8_t *m, uint32_t len)
{
    if (m[4] != KDR_MSG_VERSION) {
        h->bad_versions++;
        return;
    }
    if (m[3] == KDR_MSG_HELLO && len == KDR_HELLO_LEN) {
        uint64_t gpa = kdr_get64(m + 8);
        uint32_t nonce = kdr_get32(m + 16);
        h->hellos++;
        if (h->state != KDR_H_WAITING && gpa == h->desc_gpa && nonce == h->nonce) {
            if (h->state == KDR_H_OPEN) {
                h->reannounces++;
                *d32(h, KDR_D_HOST_NONCE) = nonce;
                FENCE();
                *d32(h, KDR_D_HOST_STATUS) = KDR_ST_HOST_ATTACHED | (h->debugger ? KDR_ST_DEBUGGER_ATTACHED : 0);
                h->last_event = KDR_HE_REANNOUNCE;
            }
            return; /* FAULTED + same nonce: ignored */
        }
        if (h->state != KDR_H_WAITING)
            h->resets++; /* old pages are not touched again */
        attach(h, gpa, nonce);
    } else if (m[3] == KDR_MSG_GOODBYE && len == KDR_GOODBYE_LEN) {
        if (h->state != KDR_H_WAITING && kdr_get32(m + 8) == h->nonce) {
            h->goodbyes++;
            h->state = KDR_H_WAITING;
            h->last_event = KDR_HE_GOODBYE;
        }
    } else {
        h->malformed++;
    }
}

static uint32_t feed(kdr_host *h, uint8_t b);

/* Reject the candidate: drop its first byte and re-parse the rest (section 2.4). */
static uint32_t reject(kdr_host *h)
{
    uint8_t rest[64];
    uint32_t n = h->cand_len - 1, kicks = 0;
    memcpy(rest, h->cand + 1, n);
    h->cand_len = 0;
    h->malformed++;
    for (uint32_t i = 0; i < n; i++)
        kicks += feed(h, rest[i]);
    return kicks;
}

static uint32_t feed(kdr_host *h, uint8_t b)
{
    if (h->cand_len == 0) {
        if (b == KDR_KICK) {
            h->kicks++;
            return 1;
        }
        if (b == KDR_MSG_M0)
            h->cand[h->cand_len++] = b;
        else
            h->garbage++;
        return 0;
    }
    h->cand[h->cand_len++] = b;
    uint32_t n = h->cand_len;
    if ((n == 2 && b != KDR_MSG_M1) || (n == 3 && b != KDR_MSG_M2) ||
        (n == 4 && b != KDR_MSG_HELLO && b != KDR_MSG_GOODBYE) ||
        (n == 6 && (b < KDR_MSG_MIN_LEN || b > KDR_MSG_MAX_LEN)))
        return reject(h);
    if (n >= 6 && n == h->cand[5]) {
        if (kdr_crc32(h->cand, n - 4) != kdr_get32(h->cand + n - 4))
            return reject(h);
        h->cand_len = 0;
        handle_message(h, h->cand, n);
    }
    return 0;
}

uint32_t kdr_host_port_bytes(kdr_host *h, const uint8_t *b, size_t n)
{
    uint32_t kicks = 0;
    for (size_t i = 0; i < n; i++)
        kicks += feed(h, b[i]);
    return kicks;
}

static uint8_t *ring_byte(kdr_host *h, kdr_host_ring *r, uint32_t idx, uint32_t *contig)
{
    uint32_t off = idx & (r->size - 1);
    *contig = 0x1000 - (off & 0xFFF);
    return h->ram + (r->pfn[off >> 12] << 12) + (off & 0xFFF);
}

size_t kdr_host_read_tx(kdr_host *h, uint8_t *out, size_t max)
{
    if (h->state != KDR_H_OPEN)
        return 0;
    uint32_t prod = *d32(h, h->tx.ctl + KDR_R_PROD);
    CBAR();
    uint32_t avail = prod - h->tx_cons;
    if (avail > h->tx.size) {
        fault(h, KDR_FAULT_TX_PROD, "tx producer index out of range (prod 0x%llx, cons 0x%llx)", prod, h->tx_cons);
        return 0;
    }
    size_t done = 0;
    while (done < max && avail) {
        uint32_t contig;
        uint8_t *p = ring_byte(h, &h->tx, h->tx_cons, &contig);
        uint32_t n = avail < contig ? avail : contig;
        if (n > max - done)
            n = (uint32_t)(max - done);
        memcpy(out + done, p, n);
        done += n;
        avail -= n;
        h->tx_cons += n;
    }
    CBAR();
    *d32(h, h->tx.ctl + KDR_R_CONS) = h->tx_cons;
    return done;
}

size_t kdr_host_write_rx(kdr_host *h, const uint8_t *in, size_t n)
{
    if (h->state != KDR_H_OPEN)
        return 0;
    uint32_t cons = *d32(h, h->rx.ctl + KDR_R_CONS);
    CBAR();
    if (h->rx_prod - cons > h->rx.size) {
        fault(h, KDR_FAULT_RX_CONS, "rx consumer index out of range (prod 0x%llx, cons 0x%llx)", h->rx_prod, cons);
        return 0;
    }
    if (cons - h->rx_last_cons > h->rx_prod - h->rx_last_cons) {
        fault(h, KDR_FAULT_RX_BACKWARDS, "rx consumer index moved backwards (0x%llx -> 0x%llx)", h->rx_last_cons, cons);
        return 0;
    }
    h->rx_last_cons = cons;
    uint32_t space = h->rx.size - (h->rx_prod - cons);
    size_t done = 0;
    while (done < n && space) {
        uint32_t contig;
        uint8_t *p = ring_byte(h, &h->rx, h->rx_prod, &contig);
        uint32_t k = space < contig ? space : contig;
        if (k > n - done)
            k = (uint32_t)(n - done);
        memcpy(p, in + done, k);
        done += k;
        space -= k;
        h->rx_prod += k;
    }
    CBAR();
    *d32(h, h->rx.ctl + KDR_R_PROD) = h->rx_prod;
    return done;
}

int kdr_host_prepare_sleep(kdr_host *h, int want_rx_space)
{
    if (h->state != KDR_H_OPEN)
        return 1;
    *d32(h, h->tx.ctl + KDR_R_WAITING) = 1;
    if (want_rx_space)
        *d32(h, h->rx.ctl + KDR_R_WAITING) = 1;
    FENCE();
    uint32_t prod = *d32(h, h->tx.ctl + KDR_R_PROD);
    uint32_t cons = *d32(h, h->rx.ctl + KDR_R_CONS);
    if (prod != h->tx_cons || (want_rx_space && cons != h->rx_last_cons)) {
        kdr_host_woke(h);
        return 0;
    }
    return 1;
}

void kdr_host_woke(kdr_host *h)
{
    if (h->state != KDR_H_OPEN)
        return;
    *d32(h, h->tx.ctl + KDR_R_WAITING) = 0;
    *d32(h, h->rx.ctl + KDR_R_WAITING) = 0;
}

void kdr_host_set_debugger(kdr_host *h, int attached)
{
    h->debugger = attached;
    if (h->state == KDR_H_OPEN) {
        FENCE();
        *d32(h, KDR_D_HOST_STATUS) = KDR_ST_HOST_ATTACHED | (attached ? KDR_ST_DEBUGGER_ATTACHED : 0);
        FENCE();
    }
}
