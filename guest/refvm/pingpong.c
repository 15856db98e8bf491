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
 *   0x1C0 request stamps written so far (guest)   0x200 GPA of the stamp area (u64)   0x208 TSC ticks per µs (u64)
 *
 * Request stamps (for the bench's latency breakdown): for every debugger request the KD loop served, one
 * 16-byte record in a physically contiguous area of STAMP_PAGES pages, record k at (k % STAMP_RECORDS) * 16:
 * u64 TSC when the request packet was complete, u32 TSC ticks from then until the reply was ready to send
 * (0xFFFFFFFF when longer, or when the request had no reply), u32 the request's API number.
 */
#include "refvm.h"

#define PP_MAGIC 0x5050444Bu /* "KDPP" */
#define PP_ENTER 0x474E4950u /* "PING" */
#define PP_IDLE_US 2000000ull

#define STAMP_PAGES 64
#define STAMP_RECORDS (STAMP_PAGES * 4096 / 16)

static volatile uint32_t *mailbox;
static volatile uint8_t *stamps;
static uint64_t stamp_start;
static uint32_t stamp_api;
static int stamp_open;
static uint64_t mailbox_gpa;

static volatile uint32_t *word(uint32_t off) { return (volatile uint32_t *)((volatile uint8_t *)mailbox + off); }

void pingpong_init(void)
{
    void *page = alloc_page(); /* zeroed; panics when RAM is out */
    mailbox = page;
    mailbox_gpa = (uint64_t)page - KVA_BASE;
    stamps = alloc_page();
    for (int i = 1; i < STAMP_PAGES; i++)
        alloc_page(); /* the bump allocator hands out consecutive frames */
    *(volatile uint64_t *)((volatile uint8_t *)mailbox + 0x200) = (uint64_t)stamps - KVA_BASE;
    *(volatile uint64_t *)((volatile uint8_t *)mailbox + 0x208) = tsc_per_us;
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

static void stamp_close(uint64_t ticks)
{
    uint32_t n = *word(0x1C0);
    volatile uint8_t *rec = stamps + (uint64_t)(n % STAMP_RECORDS) * 16;
    *(volatile uint64_t *)rec = stamp_start;
    *(volatile uint32_t *)(rec + 8) = ticks > 0xFFFFFFFEull ? 0xFFFFFFFFu : (uint32_t)ticks;
    *(volatile uint32_t *)(rec + 12) = stamp_api;
    *word(0x1C0) = n + 1; /* after the record: a host that reads the count finds the record written */
    stamp_open = 0;
}

void stamp_request(uint32_t api)
{
    uint64_t now = rdtsc();
    if (!mailbox)
        return;
    if (stamp_open)
        stamp_close(~0ull); /* the previous request had no reply (Continue, or the debugger went away) */
    stamp_start = now;
    stamp_api = api;
    stamp_open = 1;
}

void stamp_reply(void)
{
    uint64_t now = rdtsc();
    if (mailbox && stamp_open)
        stamp_close(now - stamp_start);
}
