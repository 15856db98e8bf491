/*
 * refvm: hostile-guest modes (hostile=...), to test the host's validation (channel-protocol.md 7.4
 * and section 9). They only act when the ring transport is in use.
 */
#include "refvm.h"

static int done;

static volatile uint32_t *d32(uint32_t off) { return (volatile uint32_t *)(ring.desc + off); }

static void kick(void) { outb(ring.port, KDR_KICK); }

/* announce a corrupted descriptor under a fresh nonce (the host must fault at attach) */
static void rehello_corrupt(void)
{
    ring.nonce += 0x1001;
    *d32(KDR_D_NONCE) = ring.nonce;
    kdr_ring_send_hello(&ring);
    ring.last_reinit_us = ring.last_hello_us;
}

void hostile_after_setup(void)
{
    if (transport_kind != KDR_SEL_RING) {
        klog("kdring-refvm: hostile=%s needs the ring transport, ignored\n", cfg.hostile);
        cfg.hostile[0] = 0;
        return;
    }
    klog("kdring-refvm: hostile mode %s\n", cfg.hostile);
    if (!memcmp(cfg.hostile, "length", 7)) {
        *d32(KDR_D_TX + KDR_R_SIZE) = 0x40000000u; /* page count stays 16 */
        rehello_corrupt();
        done = 1;
        klog("kdring-refvm: hostile: announced tx size 0x40000000\n");
    } else if (!memcmp(cfg.hostile, "pfn", 4)) {
        *(volatile uint64_t *)(ring.desc + KDR_D_TX_PFNS + 8) = 0xFFFFFFFFFFull; /* beyond RAM */
        *(volatile uint64_t *)(ring.desc + KDR_D_TX_PFNS + 16) = 0xA0;           /* VGA hole */
        rehello_corrupt();
        done = 1;
        klog("kdring-refvm: hostile: announced bogus page frames\n");
    }
}

void hostile_tick(void)
{
    if (!memcmp(cfg.hostile, "kickstorm", 10)) {
        for (int i = 0; i < 20000; i++)
            kick();
        klog("kdring-refvm: hostile: 20000 kicks\n");
        return;
    }
    if (done || !kdr_ring_attached(&ring))
        return;
    if (!memcmp(cfg.hostile, "indices", 8)) {
        uint32_t cons = *d32(KDR_D_TX + KDR_R_CONS);
        *d32(KDR_D_TX + KDR_R_PROD) = cons + ring.tx.size + 0x11;
        kick();
        done = 1;
        klog("kdring-refvm: hostile: tx producer set to consumer + size + 0x11\n");
    } else if (!memcmp(cfg.hostile, "vanish", 7)) {
        static const uint8_t half[] = { 0x30, 0x30, 0x30, 0x30, 0x03, 0x00, 0x40, 0x00,
                                        0x00, 0x00, 0x80, 0x80, 0x00, 0x10, 0x00, 0x00, 0x30, 0x32 };
        transport.send(transport.ctx, half, sizeof half);
        transport.flush(transport.ctx);
        kick();
        for (uint32_t i = 0; i < KDR_PAGE_SIZE; i += 4)
            *d32(i) = 0;
        ring.dead = 1; /* no goodbye, no more port or ring traffic */
        kdr_null_transport(&transport);
        done = 1;
        klog("kdring-refvm: hostile: vanished mid-packet\n");
    }
}
