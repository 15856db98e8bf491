/*
 * kdring guest core: abstract byte transport under the KDCOM layer.
 * Implementations: 16550 UART (kdr_uart.h), shared-memory rings (kdr_ring.h), null.
 */
#ifndef KDR_TRANSPORT_H
#define KDR_TRANSPORT_H

#include <stdint.h>

#define KDR_IO_OK 0
#define KDR_IO_TIMEOUT 1

typedef struct kdr_transport {
    const char *name;
    void *ctx;
    /* Queue bytes towards the debugger. Never blocks longer than the transport's send timeout;
     * bytes that cannot be delivered are dropped (as a UART with no cable would). */
    void (*send)(void *ctx, const uint8_t *buf, uint32_t len);
    /* End of a burst (one KD packet): make the bytes visible / notify the peer. */
    void (*flush)(void *ctx);
    /* Receive one byte, waiting at most timeout_us. KDR_IO_OK or KDR_IO_TIMEOUT. */
    int (*recv)(void *ctx, uint8_t *byte, uint32_t timeout_us);
    /* Receive one byte if one is available right now. KDR_IO_OK or KDR_IO_TIMEOUT. */
    int (*poll)(void *ctx, uint8_t *byte);
    /* Up to max bytes that arrived already, without waiting and without reading a clock; the count taken
     * (0: none now; then use recv). May be NULL: then every byte goes through recv. */
    uint32_t (*take)(void *ctx, uint8_t *buf, uint32_t max);
    /* Who could answer right now: KDR_PEER_MAYBE (a debugger may be listening: wait the time-outs),
     * KDR_PEER_ABSENT (the transport knows nobody is listening now, e.g. a ring host without a
     * debugger; one may come later) or KDR_PEER_NEVER (nobody ever can: the null transport).
     * May be NULL: then always KDR_PEER_MAYBE. */
    int (*peer)(void *ctx);
} kdr_transport;

#define KDR_PEER_MAYBE 0
#define KDR_PEER_ABSENT 1
#define KDR_PEER_NEVER 2

/* The transport's peer state (KDR_PEER_MAYBE when it has no peer hook). */
static inline int kdr_transport_peer(const kdr_transport *t)
{
    return t->peer ? t->peer(t->ctx) : KDR_PEER_MAYBE;
}

/* A transport that drops everything and never receives. */
void kdr_null_transport(kdr_transport *t);

#endif
