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
} kdr_transport;

/* A transport that drops everything and never receives. */
void kdr_null_transport(kdr_transport *t);

#endif
