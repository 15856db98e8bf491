/*
 * Guest side of the kdring ring channel. See docs/channel-protocol.md: section numbers in comments
 * refer to it. All shared-memory accesses are aligned 32-bit volatile loads/stores.
 */
#include "kdr_ring.h"
#include "kdr_util.h"

static inline uint32_t ld32(const kdr_ring *r, uint32_t off)
{
    return *(volatile uint32_t *)(r->desc + off);
}
static inline void st32(kdr_ring *r, uint32_t off, uint32_t v)
{
    *(volatile uint32_t *)(r->desc + off) = v;
}
static inline uint64_t now_us(const kdr_ring *r) { return r->plat->time_us(r->plat->ctx); }

int kdr_ring_probe(const kdr_platform *plat, uint16_t port)
{
    for (int i = 0; i < 3; i++)
        if (plat->inb(plat->ctx, port) != KDR_READBACK)
            return 0;
    return 1;
}

void kdr_hello_encode(uint8_t out[KDR_HELLO_LEN], uint64_t desc_gpa, uint32_t nonce, uint16_t guest_kind)
{
    kdr_memset(out, 0, KDR_HELLO_LEN);
    out[0] = KDR_MSG_M0;
    out[1] = KDR_MSG_M1;
    out[2] = KDR_MSG_M2;
    out[3] = KDR_MSG_HELLO;
    out[4] = KDR_MSG_VERSION;
    out[5] = KDR_HELLO_LEN;
    kdr_put64(out + 0x08, desc_gpa);
    kdr_put32(out + 0x10, nonce);
    kdr_put16(out + 0x14, guest_kind);
    kdr_put32(out + 0x1C, kdr_crc32(out, 0x1C));
}

void kdr_goodbye_encode(uint8_t out[KDR_GOODBYE_LEN], uint32_t nonce, uint16_t reason)
{
    kdr_memset(out, 0, KDR_GOODBYE_LEN);
    out[0] = KDR_MSG_M0;
    out[1] = KDR_MSG_M1;
    out[2] = KDR_MSG_M2;
    out[3] = KDR_MSG_GOODBYE;
    out[4] = KDR_MSG_VERSION;
    out[5] = KDR_GOODBYE_LEN;
    kdr_put16(out + 0x06, reason);
    kdr_put32(out + 0x08, nonce);
    kdr_put32(out + 0x0C, kdr_crc32(out, 0x0C));
}

static void port_write(kdr_ring *r, const uint8_t *b, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        r->plat->outb(r->plat->ctx, r->port, b[i]);
}

static void kick(kdr_ring *r)
{
    r->plat->outb(r->plat->ctx, r->port, KDR_KICK);
    r->kicks++;
}

void kdr_ring_send_hello(kdr_ring *r)
{
    uint8_t msg[KDR_HELLO_LEN];
    if (r->dead)
        return;
    kdr_hello_encode(msg, r->desc_gpa, r->nonce, r->guest_kind);
    port_write(r, msg, sizeof msg);
    r->hellos++;
    r->last_hello_us = now_us(r);
}

static uint32_t next_nonce(kdr_ring *r)
{
    uint64_t t = now_us(r);
    uint32_t n = (uint32_t)(t ^ (t >> 32)) * 0x9E3779B1u ^ (r->nonce + 0x6B6B6B6Bu);
    if (n == 0 || n == r->nonce)
        n = r->nonce + 1;
    if (n == 0)
        n = 1;
    return n;
}

/* (Re)write the whole descriptor page for a new nonce (section 4). */
static void write_descriptor(kdr_ring *r)
{
    volatile uint8_t *d = r->desc;
    for (uint32_t i = 0; i < KDR_PAGE_SIZE; i++)
        d[i] = 0;
    KDR_COMPILER_BARRIER();
    *(volatile uint16_t *)(d + KDR_D_VERSION) = KDR_DESC_VERSION;
    *(volatile uint16_t *)(d + KDR_D_PAGESIZE) = (uint16_t)KDR_PAGE_SIZE;
    st32(r, KDR_D_NONCE, r->nonce);
    st32(r, KDR_D_GUEST_FEATURES, KDR_F_KICK_ON_WAIT);
    *(volatile uint16_t *)(d + KDR_D_GUEST_KIND) = r->guest_kind;
    kdr_ring_dir *dirs[2] = { &r->tx, &r->rx };
    for (int k = 0; k < 2; k++) {
        kdr_ring_dir *dir = dirs[k];
        st32(r, dir->ctl + KDR_R_SIZE, dir->size);
        st32(r, dir->ctl + KDR_R_NPAGES, dir->npages);
        uint32_t list = (dir == &r->tx) ? KDR_D_TX_PFNS : KDR_D_RX_PFNS;
        for (uint32_t p = 0; p < dir->npages; p++) {
            st32(r, list + 8 * p, (uint32_t)dir->pfns[p]);
            st32(r, list + 8 * p + 4, (uint32_t)(dir->pfns[p] >> 32));
        }
    }
    r->tx_prod = 0;
    r->rx_cons = 0;
    r->rbuf_pos = r->rbuf_len = 0; /* bytes of the old channel are not for the new one */
    KDR_COMPILER_BARRIER();
    st32(r, KDR_D_MAGIC, KDR_DESC_MAGIC); /* magic last */
    KDR_FULL_FENCE();
}

static int setup_dir(kdr_ring *r, kdr_ring_dir *dir, uint32_t ctl, void *const *pages, uint32_t n)
{
    if (n == 0 || n > KDR_RING_MAX_PAGES || (n & (n - 1)) != 0)
        return KDR_RING_ERR_SIZE;
    dir->ctl = ctl;
    dir->npages = n;
    dir->size = n * KDR_PAGE_SIZE;
    for (uint32_t i = 0; i < n; i++) {
        if (((uintptr_t)pages[i] & (KDR_PAGE_SIZE - 1)) != 0)
            return KDR_RING_ERR_ALIGN;
        uint64_t pa = r->plat->virt_to_phys(r->plat->ctx, pages[i]);
        if (pa == KDR_NO_PHYS || (pa & (KDR_PAGE_SIZE - 1)) != 0)
            return KDR_RING_ERR_PHYS;
        dir->pages[i] = (uint8_t *)pages[i];
        dir->pfns[i] = pa >> 12;
    }
    return KDR_RING_OK;
}

int kdr_ring_init(kdr_ring *r, const kdr_platform *plat, uint16_t port, void *desc,
                  void *const *tx_pages, uint32_t tx_npages, void *const *rx_pages, uint32_t rx_npages,
                  uint16_t guest_kind)
{
    kdr_memset(r, 0, sizeof *r);
    r->plat = plat;
    r->port = port;
    r->guest_kind = guest_kind;
    r->send_timeout_us = 100000;
    r->rehello_us = 1000000;
    r->reannounce_us = 10000000;
    r->stall_us = 1000000;
    if (((uintptr_t)desc & (KDR_PAGE_SIZE - 1)) != 0)
        return KDR_RING_ERR_ALIGN;
    r->desc = (volatile uint8_t *)desc;
    r->desc_gpa = plat->virt_to_phys(plat->ctx, desc);
    if (r->desc_gpa == KDR_NO_PHYS || (r->desc_gpa & (KDR_PAGE_SIZE - 1)) != 0)
        return KDR_RING_ERR_PHYS;
    int rc = setup_dir(r, &r->tx, KDR_D_TX, tx_pages, tx_npages);
    if (rc == KDR_RING_OK)
        rc = setup_dir(r, &r->rx, KDR_D_RX, rx_pages, rx_npages);
    if (rc != KDR_RING_OK)
        return rc;
    r->nonce = next_nonce(r);
    write_descriptor(r);
    kdr_ring_send_hello(r);
    r->last_reinit_us = r->last_hello_us;
    return KDR_RING_OK;
}

uint32_t kdr_ring_host_status(const kdr_ring *r)
{
    if (r->dead)
        return 0;
    if (ld32(r, KDR_D_HOST_NONCE) != r->nonce)
        return 0;
    KDR_COMPILER_BARRIER();
    return ld32(r, KDR_D_HOST_STATUS);
}

int kdr_ring_attached(const kdr_ring *r)
{
    uint32_t st = kdr_ring_host_status(r);
    return (st & KDR_ST_HOST_ATTACHED) && !(st & KDR_ST_FAULTED) && !r->need_reinit;
}

static void reinit(kdr_ring *r)
{
    r->nonce = next_nonce(r);
    r->need_reinit = 0;
    r->tx_stalled = 0;
    r->reinits++;
    write_descriptor(r);
    kdr_ring_send_hello(r);
    r->last_reinit_us = r->last_hello_us;
}

void kdr_ring_service(kdr_ring *r)
{
    if (r->dead)
        return;
    uint32_t st = kdr_ring_host_status(r);
    uint64_t now = now_us(r);
    if ((st & KDR_ST_FAULTED) || r->need_reinit) {
        if (now - r->last_reinit_us >= r->rehello_us)
            reinit(r);
        return;
    }
    if (!(st & KDR_ST_HOST_ATTACHED)) {
        if (now - r->last_hello_us >= r->rehello_us)
            kdr_ring_send_hello(r);
        return;
    }
    /* Attached as far as the descriptor says. The host may have restarted (or the guest resumed from S4 or
     * a snapshot) and left its old status behind: tx bytes nobody consumes for stall_us mean a stalled
     * host, and a hello goes out every rehello_us until it consumes again; an idle guest re-announces
     * every reannounce_us so a new host can find the descriptor at all. */
    uint32_t cons = ld32(r, r->tx.ctl + KDR_R_CONS);
    if (cons != r->tx_seen_cons || cons == r->tx_prod) {
        r->tx_seen_cons = cons;
        r->tx_cons_moved_us = now;
        r->tx_stalled = 0;
    } else if (now - r->tx_cons_moved_us >= r->stall_us) {
        r->tx_stalled = 1;
    }
    if (now - r->last_hello_us >= (r->tx_stalled ? r->rehello_us : r->reannounce_us))
        kdr_ring_send_hello(r);
}

void kdr_ring_set_indices(kdr_ring *r, uint32_t value)
{
    st32(r, r->tx.ctl + KDR_R_PROD, value);
    st32(r, r->tx.ctl + KDR_R_CONS, value);
    st32(r, r->rx.ctl + KDR_R_PROD, value);
    st32(r, r->rx.ctl + KDR_R_CONS, value);
    r->tx_prod = value;
    r->rx_cons = value;
    r->rbuf_pos = r->rbuf_len = 0;
    KDR_FULL_FENCE();
}

static void kick_if_waiting(kdr_ring *r, const kdr_ring_dir *dir)
{
    KDR_FULL_FENCE(); /* our index store must be visible before we read the flag (section 6.3) */
    if (ld32(r, dir->ctl + KDR_R_WAITING) != 0)
        kick(r);
}

/* Makes what was sent since the last publication visible to the host: one producer store for a whole
 * packet (or an ACK and the reply it travels with), so a host spinning on tx sees the answer complete
 * instead of its ACK, header, body and trailer one by one. */
static void publish_tx(kdr_ring *r)
{
    KDR_COMPILER_BARRIER(); /* data before index (store->store is ordered on x86) */
    st32(r, r->tx.ctl + KDR_R_PROD, r->tx_prod);
}

/* Copies into tx; the host sees the bytes at the next flush (or when tx is full and the host must make
 * room), not before. */
static void ring_send(void *ctx, const uint8_t *buf, uint32_t len)
{
    kdr_ring *r = (kdr_ring *)ctx;
    kdr_ring_service(r);
    if (!kdr_ring_attached(r)) {
        r->dropped += len;
        return;
    }
    kdr_ring_dir *tx = &r->tx;
    uint64_t wait_start = 0;
    while (len) {
        uint32_t cons = ld32(r, tx->ctl + KDR_R_CONS);
        KDR_COMPILER_BARRIER();
        uint32_t used = r->tx_prod - cons;
        if (used > tx->size) {
            r->bad_indices++;
            r->need_reinit = 1;
            r->dropped += len;
            return;
        }
        uint32_t space = tx->size - used;
        if (space == 0 && r->tx_stalled) {
            r->dropped += len; /* known stalled: no 100 ms wait per packet */
            return;
        }
        if (space == 0) {
            if (wait_start == 0) {
                publish_tx(r); /* the host can only make room for what it sees */
                kick_if_waiting(r, tx);
                wait_start = now_us(r) | 1;
            } else if (now_us(r) - wait_start >= r->send_timeout_us) {
                r->tx_stalled = 1;
                r->dropped += len;
                return;
            }
            KDR_CPU_RELAX();
            continue;
        }
        wait_start = 0;
        uint32_t off = r->tx_prod & (tx->size - 1);
        uint32_t in_page = KDR_PAGE_SIZE - (off & (KDR_PAGE_SIZE - 1));
        uint32_t n = len < space ? len : space;
        if (n > in_page)
            n = in_page;
        kdr_memcpy(tx->pages[off >> 12] + (off & (KDR_PAGE_SIZE - 1)), buf, n);
        r->tx_prod += n;
        buf += n;
        len -= n;
    }
}

static void ring_flush(void *ctx)
{
    kdr_ring *r = (kdr_ring *)ctx;
    if (!kdr_ring_attached(r))
        return;
    publish_tx(r);
    kick_if_waiting(r, &r->tx);
}

/* Takes what rx holds, up to the private buffer's size, out of the ring in one go: one index load, one
 * copy, one consumer store and one look at the host's flag for all of it, where a byte at a time cost
 * all of that per byte. 1 = bytes buffered, 0 = rx empty now, -1 = give up at once (no host / no
 * debugger / bad indices). Call only with the buffer empty. */
static int refill(kdr_ring *r)
{
    uint32_t st = kdr_ring_host_status(r);
    if (!(st & KDR_ST_HOST_ATTACHED) || (st & KDR_ST_FAULTED) || r->need_reinit)
        return -1;
    kdr_ring_dir *rx = &r->rx;
    uint32_t prod = ld32(r, rx->ctl + KDR_R_PROD);
    KDR_COMPILER_BARRIER(); /* index before data (load->load is ordered on x86) */
    uint32_t avail = prod - r->rx_cons;
    if (avail > rx->size) {
        r->bad_indices++;
        r->need_reinit = 1;
        return -1;
    }
    if (avail == 0)
        return (st & KDR_ST_DEBUGGER_ATTACHED) ? 0 : -1;
    uint32_t off = r->rx_cons & (rx->size - 1);
    uint32_t n = KDR_PAGE_SIZE - (off & (KDR_PAGE_SIZE - 1)); /* to the end of this page */
    if (n > avail)
        n = avail;
    if (n > sizeof r->rbuf)
        n = sizeof r->rbuf;
    kdr_memcpy(r->rbuf, rx->pages[off >> 12] + (off & (KDR_PAGE_SIZE - 1)), n);
    KDR_COMPILER_BARRIER(); /* data read before the index store (load->store is ordered on x86) */
    r->rx_cons += n;
    st32(r, rx->ctl + KDR_R_CONS, r->rx_cons);
    r->rbuf_pos = 0;
    r->rbuf_len = n;
    kick_if_waiting(r, rx);
    return 1;
}

/* 1 = got a byte, 0 = none now, -1 = give up immediately (no host / no debugger / bad indices) */
static int try_recv(kdr_ring *r, uint8_t *byte)
{
    if (r->rbuf_pos == r->rbuf_len) {
        int rc = refill(r);
        if (rc <= 0)
            return rc;
    }
    *byte = r->rbuf[r->rbuf_pos++];
    return 1;
}

static uint32_t ring_take(void *ctx, uint8_t *buf, uint32_t max)
{
    kdr_ring *r = (kdr_ring *)ctx;
    if (r->rbuf_pos == r->rbuf_len && refill(r) <= 0)
        return 0;
    uint32_t n = r->rbuf_len - r->rbuf_pos;
    if (n > max)
        n = max;
    kdr_memcpy(buf, r->rbuf + r->rbuf_pos, n);
    r->rbuf_pos += n;
    return n;
}

static int ring_poll(void *ctx, uint8_t *byte)
{
    kdr_ring *r = (kdr_ring *)ctx;
    kdr_ring_service(r);
    return try_recv(r, byte) == 1 ? KDR_IO_OK : KDR_IO_TIMEOUT;
}

static int ring_recv(void *ctx, uint8_t *byte, uint32_t timeout_us)
{
    kdr_ring *r = (kdr_ring *)ctx;
    if (r->rbuf_pos < r->rbuf_len) {
        *byte = r->rbuf[r->rbuf_pos++];
        return KDR_IO_OK;
    }
    kdr_ring_service(r);
    uint64_t start = 0;
    for (;;) {
        int rc = try_recv(r, byte);
        if (rc == 1)
            return KDR_IO_OK;
        if (rc < 0)
            return KDR_IO_TIMEOUT;
        if (start == 0)
            start = now_us(r) | 1;
        else if (now_us(r) - start >= timeout_us)
            return KDR_IO_TIMEOUT;
        KDR_CPU_RELAX();
    }
}

/* Nobody can answer while no host is attached, or while the host has no debugger and rx is empty
 * (section 7.3: the host sets DEBUGGER_ATTACHED before it places the first debugger byte in rx). */
static int ring_peer(void *ctx)
{
    kdr_ring *r = (kdr_ring *)ctx;
    uint32_t st = kdr_ring_host_status(r);
    if (!(st & KDR_ST_HOST_ATTACHED) || (st & KDR_ST_FAULTED) || r->need_reinit || r->tx_stalled)
        return KDR_PEER_ABSENT;
    if ((st & KDR_ST_DEBUGGER_ATTACHED) || r->rbuf_pos < r->rbuf_len)
        return KDR_PEER_MAYBE;
    return ld32(r, r->rx.ctl + KDR_R_PROD) != r->rx_cons ? KDR_PEER_MAYBE : KDR_PEER_ABSENT;
}

void kdr_ring_transport(kdr_ring *r, kdr_transport *t)
{
    t->name = "ring";
    t->ctx = r;
    t->send = ring_send;
    t->flush = ring_flush;
    t->recv = ring_recv;
    t->poll = ring_poll;
    t->take = ring_take;
    t->peer = ring_peer;
}

void kdr_ring_goodbye(kdr_ring *r, uint16_t reason)
{
    uint8_t msg[KDR_GOODBYE_LEN];
    if (r->dead)
        return;
    kdr_goodbye_encode(msg, r->nonce, reason);
    port_write(r, msg, sizeof msg);
    r->dead = 1;
}
