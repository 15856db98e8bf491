/* kdring guest core: shared-memory ring transport (guest side of docs/channel-protocol.md). */
#ifndef KDR_RING_H
#define KDR_RING_H

#include "kdr_platform.h"
#include "kdr_transport.h"
#include "kdr_proto.h"

/* How many rx bytes the guest takes out of the ring at once (one index load and store, one copy). */
#define KDR_RX_BUFFER 512

typedef struct kdr_ring_dir {
    uint32_t ctl;                          /* offset of the control block in the descriptor */
    uint32_t size;                         /* bytes, power of two */
    uint32_t npages;
    uint8_t *pages[KDR_RING_MAX_PAGES];    /* virtual addresses of the data pages */
    uint64_t pfns[KDR_RING_MAX_PAGES];
} kdr_ring_dir;

typedef struct kdr_ring {
    const kdr_platform *plat;
    uint16_t port;
    uint16_t guest_kind;
    volatile uint8_t *desc;
    uint64_t desc_gpa;
    kdr_ring_dir tx, rx;
    uint32_t tx_prod; /* private copy of the index this side owns */
    uint32_t rx_cons;
    uint32_t nonce;
    uint32_t send_timeout_us;
    uint32_t rehello_us;
    uint32_t reannounce_us;  /* while attached: hello again this often (a restarted host finds us) */
    uint32_t stall_us;       /* tx bytes the host leaves unconsumed this long: the host is stalled */
    uint32_t tx_seen_cons;   /* the host's tx consumer when it last moved */
    uint64_t tx_cons_moved_us;
    uint64_t last_hello_us;
    uint64_t last_reinit_us;
    int need_reinit; /* the guest saw bad host indices */
    int tx_stalled;  /* the host stopped consuming */
    int dead;        /* goodbye sent: never touch the port or the pages again */
    /* rx bytes taken out of the ring in one go and not yet handed to the KD layer (rbuf_pos..rbuf_len) */
    uint8_t rbuf[KDR_RX_BUFFER];
    uint32_t rbuf_pos, rbuf_len;
    /* statistics */
    uint32_t kicks, hellos, reinits, dropped, bad_indices;
} kdr_ring;

enum {
    KDR_RING_OK = 0,
    KDR_RING_ERR_ALIGN = -1,  /* a page is not 4 KiB aligned */
    KDR_RING_ERR_SIZE = -2,   /* page count not a power of two in 1..128 */
    KDR_RING_ERR_PHYS = -3,   /* virt_to_phys failed */
};

/* 1 if all three reads of the port return the readback byte 0x6B. */
int kdr_ring_probe(const kdr_platform *plat, uint16_t port);

/* Build the descriptor page and send the hello. desc and every page must be 4 KiB aligned and
 * stay allocated until kdr_ring_goodbye(). Page counts: power of two, 1..128. */
int kdr_ring_init(kdr_ring *r, const kdr_platform *plat, uint16_t port, void *desc,
                  void *const *tx_pages, uint32_t tx_npages, void *const *rx_pages, uint32_t rx_npages,
                  uint16_t guest_kind);
void kdr_ring_transport(kdr_ring *r, kdr_transport *t);
void kdr_ring_goodbye(kdr_ring *r, uint16_t reason);

/* Housekeeping: re-hello / re-initialise when needed (called by send/recv/poll too). */
void kdr_ring_service(kdr_ring *r);
/* 1 when a host has attached to this nonce and has not faulted. */
int kdr_ring_attached(const kdr_ring *r);
/* Raw host status word, or 0 if it belongs to another nonce. */
uint32_t kdr_ring_host_status(const kdr_ring *r);
void kdr_ring_send_hello(kdr_ring *r);

/* Message encoders (exposed for tests and hostile-guest modes). */
void kdr_hello_encode(uint8_t out[KDR_HELLO_LEN], uint64_t desc_gpa, uint32_t nonce, uint16_t guest_kind);
void kdr_goodbye_encode(uint8_t out[KDR_GOODBYE_LEN], uint32_t nonce, uint16_t reason);

/* Test hook: move every index of both rings (shared and private) to value. Only valid right after
 * kdr_ring_init, before any traffic. */
void kdr_ring_set_indices(kdr_ring *r, uint32_t value);

#endif
