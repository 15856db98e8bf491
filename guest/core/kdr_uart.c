#include "kdr_uart.h"

/* 16550 register offsets and bits */
#define UART_DATA 0
#define UART_IER 1
#define UART_FCR 2
#define UART_LCR 3
#define UART_MCR 4
#define UART_LSR 5
#define UART_SCR 7
#define LSR_DR 0x01
#define LSR_THRE 0x20

static uint8_t rd(const kdr_uart *u, uint16_t reg) { return u->plat->inb(u->plat->ctx, (uint16_t)(u->base + reg)); }
static void wr(const kdr_uart *u, uint16_t reg, uint8_t v) { u->plat->outb(u->plat->ctx, (uint16_t)(u->base + reg), v); }

int kdr_uart_probe(const kdr_platform *plat, uint16_t base)
{
    uint8_t lsr = plat->inb(plat->ctx, (uint16_t)(base + UART_LSR));
    if (lsr == 0xFF)
        return 0; /* floating bus: nothing there */
    plat->outb(plat->ctx, (uint16_t)(base + UART_SCR), 0x5A);
    if (plat->inb(plat->ctx, (uint16_t)(base + UART_SCR)) != 0x5A)
        return 0;
    plat->outb(plat->ctx, (uint16_t)(base + UART_SCR), 0xA5);
    if (plat->inb(plat->ctx, (uint16_t)(base + UART_SCR)) != 0xA5)
        return 0;
    return 1;
}

void kdr_uart_init(kdr_uart *u, const kdr_platform *plat, uint16_t base, uint16_t divisor)
{
    u->plat = plat;
    u->base = base;
    u->tx_timeout_us = 10000;
    u->dropped = 0;
    wr(u, UART_IER, 0x00);               /* no interrupts: KD polls */
    wr(u, UART_LCR, 0x80);               /* DLAB */
    wr(u, UART_DATA, (uint8_t)divisor);
    wr(u, UART_IER, (uint8_t)(divisor >> 8));
    wr(u, UART_LCR, 0x03);               /* 8N1 */
    wr(u, UART_FCR, 0xC7);               /* FIFO on, clear both, 14-byte trigger */
    wr(u, UART_MCR, 0x03);               /* DTR | RTS */
    (void)rd(u, UART_LSR);
    (void)rd(u, UART_DATA);
}

static void uart_send(void *ctx, const uint8_t *buf, uint32_t len)
{
    kdr_uart *u = (kdr_uart *)ctx;
    for (uint32_t i = 0; i < len; i++) {
        uint8_t lsr = rd(u, UART_LSR);
        if (!(lsr & LSR_THRE) || lsr == 0xFF) {
            uint64_t start = u->plat->time_us(u->plat->ctx);
            for (;;) {
                lsr = rd(u, UART_LSR);
                if ((lsr & LSR_THRE) && lsr != 0xFF)
                    break;
                if (u->plat->time_us(u->plat->ctx) - start >= u->tx_timeout_us) {
                    u->dropped += len - i;
                    return; /* transmitter stuck: drop the rest, never hang */
                }
                KDR_CPU_RELAX();
            }
        }
        wr(u, UART_DATA, buf[i]);
    }
}

static void uart_flush(void *ctx) { (void)ctx; }

static int uart_poll(void *ctx, uint8_t *byte)
{
    kdr_uart *u = (kdr_uart *)ctx;
    uint8_t lsr = rd(u, UART_LSR);
    if (lsr == 0xFF || !(lsr & LSR_DR))
        return KDR_IO_TIMEOUT;
    *byte = rd(u, UART_DATA);
    return KDR_IO_OK;
}

static int uart_recv(void *ctx, uint8_t *byte, uint32_t timeout_us)
{
    kdr_uart *u = (kdr_uart *)ctx;
    if (uart_poll(ctx, byte) == KDR_IO_OK)
        return KDR_IO_OK;
    uint64_t start = u->plat->time_us(u->plat->ctx);
    for (;;) {
        if (uart_poll(ctx, byte) == KDR_IO_OK)
            return KDR_IO_OK;
        if (u->plat->time_us(u->plat->ctx) - start >= timeout_us)
            return KDR_IO_TIMEOUT;
        KDR_CPU_RELAX();
    }
}

void kdr_uart_transport(kdr_uart *u, kdr_transport *t)
{
    t->name = "uart";
    t->ctx = u;
    t->send = uart_send;
    t->flush = uart_flush;
    t->recv = uart_recv;
    t->poll = uart_poll;
    t->take = 0; /* every byte is a port read */
    t->peer = 0; /* a UART cannot tell whether a cable is plugged in */
}

/* ---- null transport ---- */
static void null_send(void *ctx, const uint8_t *buf, uint32_t len) { (void)ctx; (void)buf; (void)len; }
static void null_flush(void *ctx) { (void)ctx; }
static int null_recv(void *ctx, uint8_t *b, uint32_t t) { (void)ctx; (void)b; (void)t; return KDR_IO_TIMEOUT; }
static int null_poll(void *ctx, uint8_t *b) { (void)ctx; (void)b; return KDR_IO_TIMEOUT; }
static int null_peer(void *ctx) { (void)ctx; return KDR_PEER_NEVER; }

void kdr_null_transport(kdr_transport *t)
{
    t->name = "none";
    t->ctx = 0;
    t->send = null_send;
    t->flush = null_flush;
    t->recv = null_recv;
    t->poll = null_poll;
    t->take = 0;
    t->peer = null_peer;
}
