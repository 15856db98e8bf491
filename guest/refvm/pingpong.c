/*
 * refvm: the channel's limit, for the host's bench. One page of guest RAM (the mailbox, its GPA logged at
 * boot) lets a host that holds the kdring port's stream and the RAM file measure the bare channel with no KD
 * in between: the host writes a sequence number, the guest copies it back, and kicks the port only when the
 * host said that it sleeps. Entered from the idle loop when the host writes PP_ENTER into the control word,
 * left when it writes anything else or sends nothing for 2 s (the guest never waits on the host).
 *
 * Mailbox layout (one writer per 64-byte line):
 *   0x000 magic "KDPP" (guest)   0x040 request (host)   0x080 reply (guest)
 *   0x0C0 host sleeping 0/1 (host)   0x100 guest in the mode 0/1 (guest)   0x140 control (host)
 *   0x180 kicks the guest wrote since boot, stored after each (guest)
 */
#include "refvm.h"

#define PP_MAGIC 0x5050444Bu /* "KDPP" */
#define PP_ENTER 0x474E4950u /* "PING" */
#define PP_IDLE_US 2000000ull

static volatile uint32_t *mailbox;
static uint64_t mailbox_gpa;

static volatile uint32_t *word(uint32_t off) { return (volatile uint32_t *)((volatile uint8_t *)mailbox + off); }

void pingpong_init(void)
{
    void *page = alloc_page(); /* zeroed; panics when RAM is out */
    mailbox = page;
    mailbox_gpa = (uint64_t)page - KVA_BASE;
    *word(0x000) = PP_MAGIC;
    klog("kdring-refvm: pingpong mailbox=0x%lx\n", mailbox_gpa);
}

void pingpong_poll(void)
{
    if (!mailbox || *word(0x140) != PP_ENTER || transport_kind != KDR_SEL_RING)
        return;
    uint16_t port = ring.port;
    uint32_t last = *word(0x040);
    uint32_t kicks = *word(0x180);
    *word(0x080) = last;
    *word(0x100) = 1;
    KDR_FULL_FENCE();
    uint64_t quiet_since = time_us();
    for (;;) {
        uint32_t r = *word(0x040);
        if (r != last) {
            last = r;
            *word(0x080) = r;
            KDR_FULL_FENCE(); /* the reply before the look at the flag: the host's re-check closes the race */
            if (*word(0x0C0)) {
                outb(port, 0x6B);
                *word(0x180) = ++kicks;
            }
            quiet_since = time_us();
            continue;
        }
        if (*word(0x140) != PP_ENTER || time_us() - quiet_since > PP_IDLE_US)
            break;
        __asm__ __volatile__("pause");
    }
    *word(0x100) = 0;
    klog("kdring-refvm: pingpong done, %u kicks since boot\n", kicks);
}
