/* kdring guest core: transport selection (ring if a kdring port answers, else UART, else none). */
#ifndef KDR_SELECT_H
#define KDR_SELECT_H

#include "kdr_ring.h"
#include "kdr_uart.h"

enum { KDR_MODE_AUTO = 0, KDR_MODE_RING = 1, KDR_MODE_UART = 2, KDR_MODE_NONE = 3 };
enum { KDR_SEL_NONE = 0, KDR_SEL_RING = 1, KDR_SEL_UART = 2 };

typedef struct kdr_select_params {
    int mode;
    uint16_t port;       /* 0 = default probe list 0x0010, 0x0E10 */
    uint16_t uart_base;  /* 0 = COM1 */
    uint16_t uart_divisor; /* 0 = 1 (115200) */
    uint16_t guest_kind;
    void *desc;
    void *const *tx_pages;
    uint32_t tx_npages;
    void *const *rx_pages;
    uint32_t rx_npages;
} kdr_select_params;

typedef struct kdr_select_result {
    int kind;           /* KDR_SEL_* */
    uint16_t port;      /* ring: the port that answered */
    int ring_error;     /* kdr_ring_init result if the probe answered but init failed */
} kdr_select_result;

/* Never blocks: a probe is at most a few port reads. */
kdr_select_result kdr_select_transport(const kdr_select_params *p, const kdr_platform *plat,
                                       kdr_ring *ring, kdr_uart *uart, kdr_transport *out);

#endif
