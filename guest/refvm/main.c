/*
 * kdring reference guest: a small bare-metal x86-64 kernel that plays a Windows kernel's debugger
 * stub over the kdring core (ring or UART transport). See guest/README.md.
 */
#include "refvm.h"

struct config cfg = { KDR_MODE_AUTO, 0, 150, 16, 100, 1000, "" };
static char cmdline[512];

static int streq(const char *a, const char *b) { return kdr_memcmp(a, b, kstrlen(b) + 1) == 0; }

static int parse_num(const char *s, uint64_t *out)
{
    uint64_t v = 0;
    unsigned base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    }
    if (!*s)
        return 0;
    for (; *s; s++) {
        unsigned d;
        if (*s >= '0' && *s <= '9') d = (unsigned)(*s - '0');
        else if (base == 16 && *s >= 'a' && *s <= 'f') d = (unsigned)(*s - 'a' + 10);
        else if (base == 16 && *s >= 'A' && *s <= 'F') d = (unsigned)(*s - 'A' + 10);
        else return 0;
        v = v * base + d;
        if (v > 0xFFFFFFFFull)
            return 0;
    }
    *out = v;
    return 1;
}

static void parse_option(char *tok)
{
    char *eq = tok;
    while (*eq && *eq != '=')
        eq++;
    if (!*eq)
        return; /* the kernel file name, or a bare word */
    *eq = 0;
    const char *key = tok, *val = eq + 1;
    uint64_t n = 0;
    if (streq(key, "transport")) {
        if (streq(val, "auto")) cfg.mode = KDR_MODE_AUTO;
        else if (streq(val, "ring")) cfg.mode = KDR_MODE_RING;
        else if (streq(val, "uart")) cfg.mode = KDR_MODE_UART;
        else if (streq(val, "none")) cfg.mode = KDR_MODE_NONE;
        else klog("kdring-refvm: bad transport=%s (auto|ring|uart|none), using auto\n", val);
    } else if (streq(key, "port")) {
        if (parse_num(val, &n) && n > 0 && n <= 0xFFFF) cfg.port = (uint16_t)n;
        else klog("kdring-refvm: bad port=%s, probing the default ports\n", val);
    } else if (streq(key, "modules")) {
        if (parse_num(val, &n) && n >= 1 && n <= MAX_MODULES) cfg.modules = (uint32_t)n;
        else klog("kdring-refvm: bad modules=%s (1..%u), using %u\n", val, MAX_MODULES, cfg.modules);
    } else if (streq(key, "pattern")) {
        if (parse_num(val, &n) && n <= PATTERN_MAX_MB) cfg.pattern_mb = (uint32_t)n;
        else klog("kdring-refvm: bad pattern=%s (0..%u MiB), using %u\n", val, PATTERN_MAX_MB, cfg.pattern_mb);
    } else if (streq(key, "kdtimeout")) {
        if (parse_num(val, &n) && n >= 1 && n <= 60000) cfg.kd_timeout_ms = (uint32_t)n;
        else klog("kdring-refvm: bad kdtimeout=%s (1..60000 ms)\n", val);
    } else if (streq(key, "tick")) {
        if (parse_num(val, &n) && n >= 10 && n <= 60000) cfg.tick_ms = (uint32_t)n;
        else klog("kdring-refvm: bad tick=%s (10..60000 ms)\n", val);
    } else if (streq(key, "hostile")) {
        if (streq(val, "indices") || streq(val, "length") || streq(val, "pfn") || streq(val, "kickstorm") ||
            streq(val, "vanish"))
            ksnprintf(cfg.hostile, sizeof cfg.hostile, "%s", val);
        else
            klog("kdring-refvm: bad hostile=%s (indices|length|pfn|kickstorm|vanish), ignored\n", val);
    } else {
        klog("kdring-refvm: unknown option %s=%s ignored\n", key, val);
    }
}

static void parse_cmdline(char *s)
{
    while (*s) {
        while (*s == ' ')
            s++;
        char *tok = s;
        while (*s && *s != ' ')
            s++;
        if (*s)
            *s++ = 0;
        if (*tok)
            parse_option(tok);
    }
}

void trap_dispatch(struct trap_frame *f)
{
    if (f->vec >= 0x30 && f->vec < 0x40) {
        if (f->vec == 0x30)
            timer_ticks++;
        if (f->vec >= 0x38)
            outb(0xA0, 0x20);
        outb(0x20, 0x20);
        return;
    }
    if (f->vec == 1 || f->vec == 3 || f->vec == 0x2D) {
        kd_trap(f);
        return;
    }
    uint64_t cr2;
    __asm__ __volatile__("mov %%cr2, %0" : "=r"(cr2));
    panic("exception %lu error 0x%lx at rip 0x%lx rsp 0x%lx cr2 0x%lx", f->vec, f->err, f->rip, f->rsp, cr2);
}

static const char *kind_name(int k) { return k == KDR_SEL_RING ? "ring" : k == KDR_SEL_UART ? "uart" : "none"; }

void kmain(uint32_t mbi_pa, uint32_t magic)
{
    klog("kdring-refvm: boot\n");
    if (magic != 0x2BADB002)
        panic("not started by a multiboot loader (magic 0x%x)", magic);
    const uint8_t *mbi = phys_to_virt(mbi_pa);
    uint32_t flags = kdr_get32(mbi);
    uint64_t top = 0x100000 + ((flags & 1) ? (uint64_t)kdr_get32(mbi + 8) * 1024 : 0x3F00000);
    if (flags & 4) {
        const char *c = phys_to_virt(kdr_get32(mbi + 16));
        size_t n = 0;
        while (c[n] && n < sizeof cmdline - 1) {
            cmdline[n] = c[n];
            n++;
        }
        cmdline[n] = 0;
    }
    klog("kdring-refvm: cmdline \"%s\", RAM %lu MiB\n", cmdline, top >> 20);
    parse_cmdline(cmdline);
    hw_init();
    mm_early(top);
    mm_init();
    modules_init(cfg.modules);
    pattern_map(cfg.pattern_mb);
    mm_activate();
    uint64_t t0 = time_us();
    pattern_fill();
    klog("kdring-refvm: pattern of %lu MiB filled in %lu ms\n", pattern_size >> 20, (time_us() - t0) / 1000);
    kd_setup();
    pingpong_init();
    klog("kdring-refvm: ready transport=%s\n", kind_name(transport_kind));
    klog("kdring-refvm: kernbase=0x%lx modules=%u list=0x%lx pattern=0x%lx+0x%lx tsc=%lu/us\n", KERNBASE,
         module_count(), ps_loaded_module_list_va, PATTERN_VA, pattern_size, tsc_per_us);
    if (cfg.hostile[0])
        hostile_after_setup();
    kd_load_all_symbols();

    uint64_t next_tick = time_us() + (uint64_t)cfg.tick_ms * 1000;
    uint32_t tick = 0;
    for (;;) {
        uint64_t now = time_us();
        if (now >= next_tick) {
            tick++;
            next_tick = now + (uint64_t)cfg.tick_ms * 1000;
            char msg[96];
            int n = ksnprintf(msg, sizeof msg, "kdring-refvm: DbgPrint tick %u\n", tick);
            kd_dbgprint(msg, (uint32_t)n);
            KeTickHook(tick);
            klog("kdring-refvm: tick %u (kd sent %u dropped %u, ring kicks %u hellos %u reinits %u)\n", tick,
                 kd.sent_packets, kd.dropped_packets, ring.kicks, ring.hellos, ring.reinits);
            if (cfg.hostile[0])
                hostile_tick();
        }
        if (kdr_kd_poll_breakin(&kd)) {
            klog("kdring-refvm: break-in\n");
            refvm_breakpoint();
            klog("kdring-refvm: continued\n");
        }
        pingpong_poll();
        idle_wait();
    }
}
