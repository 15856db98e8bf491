/* kdring guest core: polled 16550 UART byte transport (the classic KDCOM path). */
#ifndef KDR_UART_H
#define KDR_UART_H

#include "kdr_platform.h"
#include "kdr_transport.h"

#define KDR_COM1 0x3F8

typedef struct kdr_uart {
    const kdr_platform *plat;
    uint16_t base;
    uint32_t tx_timeout_us; /* per byte wait for the transmitter; then the byte is dropped */
    uint32_t dropped;
} kdr_uart;

/* 1 if a 16550-like UART answers at base (scratch register and line status checks). No side effects
 * other than the scratch register. */
int kdr_uart_probe(const kdr_platform *plat, uint16_t base);
/* Program 8N1, FIFOs on, interrupts off. divisor 1 = 115200 baud. */
void kdr_uart_init(kdr_uart *u, const kdr_platform *plat, uint16_t base, uint16_t divisor);
void kdr_uart_transport(kdr_uart *u, kdr_transport *t);

#endif
