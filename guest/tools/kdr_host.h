/*
 * A small C implementation of the HOST side of docs/channel-protocol.md, for the guest's own tests
 * (unit tests and kdping). The product host is the Java kdring.transport; this one exists to prove
 * the document and the guest agree, and to exercise hostile-guest validation.
 */
#ifndef KDR_HOST_H
#define KDR_HOST_H

#include <stdint.h>
#include <stddef.h>

enum { KDR_H_WAITING = 0, KDR_H_OPEN = 1, KDR_H_FAULTED = 2 };

typedef struct kdr_host_ring {
    uint32_t size, npages;
    uint64_t pfn[128];
    uint32_t ctl; /* control block offset in the descriptor */
} kdr_host_ring;

typedef struct kdr_host {
    uint8_t *ram;        /* guest RAM, GPA = offset */
    uint64_t ram_size;
    int state;
    uint32_t fault_code;
    char reason[160];
    uint64_t desc_gpa;
    uint32_t nonce;
    kdr_host_ring tx, rx;
    uint32_t tx_cons;     /* private */
    uint32_t rx_prod;     /* private */
    uint32_t rx_last_cons;
    int debugger;
    /* port stream parser */
    uint8_t cand[64];
    uint32_t cand_len;
    /* statistics */
    uint32_t kicks, garbage, malformed, hellos, reannounces, resets, goodbyes, bad_versions;
    uint32_t last_event; /* KDR_HE_* of the last message handled */
} kdr_host;

enum { KDR_HE_NONE = 0, KDR_HE_ATTACHED, KDR_HE_REANNOUNCE, KDR_HE_RESET, KDR_HE_GOODBYE, KDR_HE_FAULT };

void kdr_host_init(kdr_host *h, uint8_t *ram, uint64_t ram_size);
/* Feed bytes from the port stream. Returns the number of kicks seen. */
uint32_t kdr_host_port_bytes(kdr_host *h, const uint8_t *b, size_t n);
/* Consume up to max bytes from tx. Validates indices; may fault. */
size_t kdr_host_read_tx(kdr_host *h, uint8_t *out, size_t max);
/* Produce up to n bytes into rx. Returns bytes accepted. Validates indices; may fault. */
size_t kdr_host_write_rx(kdr_host *h, const uint8_t *in, size_t n);
/* Before sleeping: set waiting flags (rx flag only if want_rx_space), fence, re-check.
 * Returns 1 if the host may sleep, 0 if there is news (flags cleared again). */
int kdr_host_prepare_sleep(kdr_host *h, int want_rx_space);
void kdr_host_woke(kdr_host *h);
void kdr_host_set_debugger(kdr_host *h, int attached);
const char *kdr_host_state_name(int state);

#endif
