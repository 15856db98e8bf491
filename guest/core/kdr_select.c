#include "kdr_select.h"

kdr_select_result kdr_select_transport(const kdr_select_params *p, const kdr_platform *plat,
                                       kdr_ring *ring, kdr_uart *uart, kdr_transport *out)
{
    kdr_select_result res = { KDR_SEL_NONE, 0, 0 };
    if (p->mode == KDR_MODE_AUTO || p->mode == KDR_MODE_RING) {
        uint16_t ports[2] = { KDR_PORT_DEFAULT, KDR_PORT_XEN };
        int nports = 2;
        if (p->port) {
            ports[0] = p->port;
            nports = 1;
        }
        for (int i = 0; i < nports; i++) {
            if (!kdr_ring_probe(plat, ports[i]))
                continue;
            int rc = kdr_ring_init(ring, plat, ports[i], p->desc, p->tx_pages, p->tx_npages, p->rx_pages,
                                   p->rx_npages, p->guest_kind);
            if (rc != KDR_RING_OK) {
                res.ring_error = rc;
                break;
            }
            kdr_ring_transport(ring, out);
            res.kind = KDR_SEL_RING;
            res.port = ports[i];
            return res;
        }
    }
    if (p->mode == KDR_MODE_AUTO || p->mode == KDR_MODE_UART) {
        uint16_t base = p->uart_base ? p->uart_base : KDR_COM1;
        if (kdr_uart_probe(plat, base)) {
            kdr_uart_init(uart, plat, base, p->uart_divisor ? p->uart_divisor : 1);
            kdr_uart_transport(uart, out);
            res.kind = KDR_SEL_UART;
            res.port = base;
            return res;
        }
    }
    kdr_null_transport(out);
    return res;
}
