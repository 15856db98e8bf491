/*
 * refvm: the kernel side of KD (what ntoskrnl's kd64 does): state changes, the manipulate-state
 * dispatcher, context and control space of the one stopped vCPU, breakpoints, debug prints.
 */
#include "refvm.h"

kdr_kd kd;
kdr_transport transport;
kdr_ring ring;
static kdr_uart uart;
int transport_kind;
uint64_t fake_kthread_va, fake_kpcr_va;

#define STATUS_SUCCESS 0x00000000u
#define STATUS_UNSUCCESSFUL 0xC0000001u
#define STATUS_BREAKPOINT 0x80000003u
#define STATUS_SINGLE_STEP 0x80000004u
#define CONTEXT_SIZE 0x4D0
#define KSPECIAL_SIZE 0xE0
#define MAX_BP 32
#define RW_MAX (KD_PACKET_MAX - 56)

static uint8_t ctx[CONTEXT_SIZE] __attribute__((aligned(16)));
static uint8_t fxarea[512] __attribute__((aligned(16)));
static uint8_t mh[56];
static uint8_t md[KD_PACKET_MAX];
static uint8_t sc[0xF0 + 256];
static struct { uint64_t addr; uint8_t orig; uint8_t used; } bps[MAX_BP];
static int ctx_dirty;
static uint32_t continue_trace;
static int continue2_dr7_valid;
static uint64_t continue2_dr7;

void kd_setup(void)
{
    void *desc = alloc_page();
    static void *txp[16], *rxp[16];
    for (int i = 0; i < 16; i++) { /* interleaved: neither ring is physically contiguous */
        txp[i] = alloc_page();
        rxp[i] = alloc_page();
    }
    kdr_select_params p = { cfg.mode, cfg.port, 0, 0, KDR_GUEST_KIND_REFVM, desc, txp, 16, rxp, 16 };
    kdr_select_result r = kdr_select_transport(&p, &refvm_platform, &ring, &uart, &transport);
    transport_kind = r.kind;
    if (r.ring_error)
        klog("kdring-refvm: ring init failed (%d)\n", r.ring_error);
    if (cfg.mode == KDR_MODE_RING && r.kind != KDR_SEL_RING)
        klog("kdring-refvm: transport=ring requested but no kdring port answered\n");
    kdr_kd_init(&kd, &transport, &refvm_platform);
    kd.timeout_us = cfg.kd_timeout_ms * 1000;
    if (r.kind == KDR_SEL_RING)
        klog("kdring-refvm: ring port=0x%x descriptor gpa=0x%lx nonce=0x%x\n", r.port, ring.desc_gpa, ring.nonce);
    uint8_t *kpcr = alloc_page();
    fake_kpcr_va = (uint64_t)(uintptr_t)kpcr;
    fake_kthread_va = fake_kpcr_va + 0x800;
    kdr_put64(kpcr + 0x18, fake_kpcr_va);        /* Self */
    kdr_put64(kpcr + 0x20, fake_kpcr_va + 0x180); /* CurrentPrcb */
}

/* ---------- context ---------- */
static void ctx_from_frame(const struct trap_frame *f, uint64_t dr6)
{
    memset(ctx, 0, sizeof ctx);
    kdr_put32(ctx + 0x30, 0x10001F); /* CONTEXT_AMD64 | CONTROL | INTEGER | SEGMENTS | FLOATING_POINT | DEBUG */
    kdr_put32(ctx + 0x34, kdr_get32(fxarea + 0x18));
    kdr_put16(ctx + 0x38, (uint16_t)f->cs);
    kdr_put16(ctx + 0x3A, read_seg(0));
    kdr_put16(ctx + 0x3C, read_seg(1));
    kdr_put16(ctx + 0x3E, read_seg(2));
    kdr_put16(ctx + 0x40, read_seg(3));
    kdr_put16(ctx + 0x42, (uint16_t)f->ss);
    kdr_put32(ctx + 0x44, (uint32_t)f->rflags);
    kdr_put64(ctx + 0x48, read_dr(0));
    kdr_put64(ctx + 0x50, read_dr(1));
    kdr_put64(ctx + 0x58, read_dr(2));
    kdr_put64(ctx + 0x60, read_dr(3));
    kdr_put64(ctx + 0x68, dr6);
    kdr_put64(ctx + 0x70, read_dr(7));
    const uint64_t gpr[16] = { f->rax, f->rcx, f->rdx, f->rbx, f->rsp, f->rbp, f->rsi, f->rdi,
                               f->r8, f->r9, f->r10, f->r11, f->r12, f->r13, f->r14, f->r15 };
    for (int i = 0; i < 16; i++)
        kdr_put64(ctx + 0x78 + 8 * i, gpr[i]);
    kdr_put64(ctx + 0xF8, f->rip);
    memcpy(ctx + 0x100, fxarea, 512);
    ctx_dirty = 0;
}

static void ctx_to_frame(struct trap_frame *f)
{
    f->rax = kdr_get64(ctx + 0x78); f->rcx = kdr_get64(ctx + 0x80); f->rdx = kdr_get64(ctx + 0x88);
    f->rbx = kdr_get64(ctx + 0x90); f->rsp = kdr_get64(ctx + 0x98); f->rbp = kdr_get64(ctx + 0xA0);
    f->rsi = kdr_get64(ctx + 0xA8); f->rdi = kdr_get64(ctx + 0xB0);
    f->r8 = kdr_get64(ctx + 0xB8); f->r9 = kdr_get64(ctx + 0xC0); f->r10 = kdr_get64(ctx + 0xC8);
    f->r11 = kdr_get64(ctx + 0xD0); f->r12 = kdr_get64(ctx + 0xD8); f->r13 = kdr_get64(ctx + 0xE0);
    f->r14 = kdr_get64(ctx + 0xE8); f->r15 = kdr_get64(ctx + 0xF0);
    f->rip = kdr_get64(ctx + 0xF8);
    /* arithmetic flags, TF, DF, AC may change; IF and the system bits stay ours */
    const uint64_t user_bits = 0x0DD5 | 0x100 | 0x40000;
    f->rflags = (f->rflags & ~user_bits) | (kdr_get32(ctx + 0x44) & user_bits) | 2;
    memcpy(fxarea, ctx + 0x100, 512);
    uint32_t mask = kdr_get32(fxarea + 0x1C);
    if (!mask)
        mask = 0xFFBF;
    kdr_put32(fxarea + 0x18, kdr_get32(ctx + 0x34) & mask);
    for (int i = 0; i < 4; i++)
        write_dr(i, kdr_get64(ctx + 0x48 + 8 * i));
    write_dr(7, kdr_get64(ctx + 0x70) & ~0x2000ull); /* never set GD */
}

/* ---------- state changes ---------- */
static void fill_control_report(uint8_t *b, uint64_t pc, uint64_t rflags, uint64_t dr6)
{
    kdr_put64(b + 0xC0, dr6);
    kdr_put64(b + 0xC8, read_dr(7));
    kdr_put32(b + 0xD0, (uint32_t)rflags);
    kdr_put16(b + 0xD4, 16);
    kdr_put16(b + 0xD6, 3); /* REPORT_INCLUDES_SEGS | REPORT_STANDARD_CS */
    uint8_t stream[16];
    uint32_t n = mm_copy_virt(pc, stream, 16, 0);
    for (int i = 0; i < MAX_BP; i++) /* breakpoints removed from the stream */
        if (bps[i].used && bps[i].addr >= pc && bps[i].addr < pc + n)
            stream[bps[i].addr - pc] = bps[i].orig;
    kdr_put16(b + 0xD4, (uint16_t)n);
    memcpy(b + 0xD8, stream, n);
    kdr_put16(b + 0xE8, 0x10);
    kdr_put16(b + 0xEA, read_seg(0));
    kdr_put16(b + 0xEC, read_seg(1));
    kdr_put16(b + 0xEE, read_seg(2));
}

static void state_header(uint8_t *b, uint32_t state, uint64_t pc)
{
    memset(b, 0, 0xF0);
    kdr_put32(b + 0x00, state);
    kdr_put16(b + 0x04, 6);
    kdr_put16(b + 0x06, 0);
    kdr_put32(b + 0x08, 1);
    kdr_put64(b + 0x10, fake_kthread_va);
    kdr_put64(b + 0x18, pc);
}

/* ---------- manipulate dispatcher ---------- */
static void reply(uint32_t status, const uint8_t *data, uint32_t dlen)
{
    kdr_put32(mh + 0x08, status);
    kdr_buf h = { 56, 56, mh };
    kdr_buf d = { (uint16_t)dlen, (uint16_t)dlen, (uint8_t *)data };
    stamp_reply();
    kdr_kd_send(&kd, KD_TYPE_STATE_MANIPULATE, &h, dlen ? &d : 0);
}

static void api_get_version(void)
{
    memset(mh + 0x10, 0, 0x28);
    kdr_put16(mh + 0x10, 0x000F);
    kdr_put16(mh + 0x12, 19041);
    mh[0x14] = 6;
    mh[0x15] = 2;
    kdr_put16(mh + 0x16, 0x0006); /* PTR64 | DATA */
    kdr_put16(mh + 0x18, 0x8664);
    mh[0x1A] = KD_TYPE_MAX;
    mh[0x1B] = 0x3033 - 0x3030;
    mh[0x1C] = 0x3161 - 0x3130;
    kdr_put64(mh + 0x20, KERNBASE);
    kdr_put64(mh + 0x28, ps_loaded_module_list_va);
    kdr_put64(mh + 0x30, kd_debugger_data_list_va);
    reply(STATUS_SUCCESS, 0, 0);
}

static void api_read_memory(int physical)
{
    uint64_t addr = kdr_get64(mh + 0x10);
    uint32_t count = kdr_get32(mh + 0x18);
    if (count > RW_MAX)
        count = RW_MAX;
    uint32_t n = physical ? mm_copy_phys(addr, md, count, 0) : mm_copy_virt(addr, md, count, 0);
    kdr_put32(mh + 0x1C, n);
    reply(n == count ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL, md, n);
}

static void api_write_memory(int physical, uint32_t dlen)
{
    uint64_t addr = kdr_get64(mh + 0x10);
    uint32_t count = kdr_get32(mh + 0x18);
    if (count > dlen)
        count = dlen;
    uint32_t n = physical ? mm_copy_phys(addr, md, count, 1) : mm_copy_virt(addr, md, count, 1);
    kdr_put32(mh + 0x1C, n);
    reply(n == count ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL, 0, 0);
}

static int processor_ok(void) { return kdr_get16(mh + 0x06) == 0; }

static void api_read_control_space(void)
{
    uint64_t sel = kdr_get64(mh + 0x10);
    uint32_t count = kdr_get32(mh + 0x18);
    uint8_t buf[KSPECIAL_SIZE];
    uint32_t n = 0;
    if (!processor_ok()) {
        kdr_put32(mh + 0x1C, 0);
        reply(STATUS_UNSUCCESSFUL, 0, 0);
        return;
    }
    switch (sel) {
    case 0: kdr_put64(buf, fake_kpcr_va); n = 8; break;
    case 1: kdr_put64(buf, fake_kpcr_va + 0x180); n = 8; break;
    case 2:
        read_special_registers(buf);
        kdr_put64(buf + 0x40, kdr_get64(ctx + 0x68)); /* Dr6 as at the stop */
        n = KSPECIAL_SIZE;
        break;
    case 3: kdr_put64(buf, fake_kthread_va); n = 8; break;
    default:
        kdr_put32(mh + 0x1C, 0);
        reply(STATUS_UNSUCCESSFUL, 0, 0);
        return;
    }
    if (count < n)
        n = count;
    kdr_put32(mh + 0x1C, n);
    reply(STATUS_SUCCESS, buf, n);
}

static void api_write_control_space(uint32_t dlen)
{
    uint64_t sel = kdr_get64(mh + 0x10);
    uint32_t count = kdr_get32(mh + 0x18);
    if (sel != 2 || !processor_ok() || count > KSPECIAL_SIZE || count > dlen) {
        kdr_put32(mh + 0x1C, 0);
        reply(STATUS_UNSUCCESSFUL, 0, 0);
        return;
    }
    /* only the kernel debug registers are applied */
    for (uint32_t i = 0; i < 4; i++)
        if (0x20 + 8 * i + 8 <= count)
            kdr_put64(ctx + 0x48 + 8 * i, kdr_get64(md + 0x20 + 8 * i));
    if (0x50 <= count)
        kdr_put64(ctx + 0x70, kdr_get64(md + 0x48));
    ctx_dirty = 1;
    kdr_put32(mh + 0x1C, count);
    reply(STATUS_SUCCESS, 0, 0);
}

static void api_write_breakpoint(void)
{
    uint64_t addr = kdr_get64(mh + 0x10);
    int slot = -1;
    for (int i = 0; i < MAX_BP; i++) {
        if (bps[i].used && bps[i].addr == addr) { slot = i; break; }
        if (!bps[i].used && slot < 0) slot = i;
    }
    uint8_t orig, cc = 0xCC;
    if (slot < 0 || mm_copy_virt(addr, &orig, 1, 0) != 1) {
        reply(STATUS_UNSUCCESSFUL, 0, 0);
        return;
    }
    if (!bps[slot].used) {
        bps[slot].addr = addr;
        bps[slot].orig = orig;
        bps[slot].used = 1;
        mm_copy_virt(addr, &cc, 1, 1);
    }
    kdr_put32(mh + 0x18, (uint32_t)slot + 1);
    reply(STATUS_SUCCESS, 0, 0);
}

static void api_restore_breakpoint(void)
{
    uint32_t h = kdr_get32(mh + 0x10);
    if (h < 1 || h > MAX_BP || !bps[h - 1].used) {
        reply(STATUS_UNSUCCESSFUL, 0, 0);
        return;
    }
    mm_copy_virt(bps[h - 1].addr, &bps[h - 1].orig, 1, 1);
    bps[h - 1].used = 0;
    reply(STATUS_SUCCESS, 0, 0);
}

static void api_context_ex(int set, uint32_t dlen)
{
    uint32_t off = kdr_get32(mh + 0x10), count = kdr_get32(mh + 0x14);
    if (!processor_ok() || off > CONTEXT_SIZE) {
        kdr_put32(mh + 0x18, 0);
        reply(STATUS_UNSUCCESSFUL, 0, 0);
        return;
    }
    if (count > CONTEXT_SIZE - off)
        count = CONTEXT_SIZE - off;
    if (set) {
        if (count > dlen)
            count = dlen;
        memcpy(ctx + off, md, count);
        ctx_dirty = 1;
        kdr_put32(mh + 0x18, count);
        reply(STATUS_SUCCESS, 0, 0);
    } else {
        kdr_put32(mh + 0x18, count);
        reply(STATUS_SUCCESS, ctx + off, count);
    }
}

static void api_query_memory(void)
{
    uint64_t addr = kdr_get64(mh + 0x10);
    if (mm_walk(addr) == KDR_NO_PHYS) {
        reply(STATUS_UNSUCCESSFUL, 0, 0);
        return;
    }
    kdr_put32(mh + 0x20, 2);     /* kernel */
    kdr_put32(mh + 0x24, 1 | 2 | 4);
    reply(STATUS_SUCCESS, 0, 0);
}

/* Returns 1 when the debugger continued. */
static int dispatch(uint32_t dlen)
{
    uint32_t api = kdr_get32(mh);
    switch (api) {
    case 0x3130: api_read_memory(0); break;
    case 0x3131: api_write_memory(0, dlen); break;
    case 0x3132:
        if (!processor_ok()) { reply(STATUS_UNSUCCESSFUL, 0, 0); break; }
        reply(STATUS_SUCCESS, ctx, CONTEXT_SIZE);
        break;
    case 0x3133:
        if (!processor_ok() || dlen < CONTEXT_SIZE) { reply(STATUS_UNSUCCESSFUL, 0, 0); break; }
        memcpy(ctx, md, CONTEXT_SIZE);
        ctx_dirty = 1;
        reply(STATUS_SUCCESS, 0, 0);
        break;
    case 0x3134: api_write_breakpoint(); break;
    case 0x3135: api_restore_breakpoint(); break;
    case 0x3136: /* Continue: no reply */
        continue_trace = 0;
        continue2_dr7_valid = 0;
        return 1;
    case 0x3137: api_read_control_space(); break;
    case 0x3138: api_write_control_space(dlen); break;
    case 0x313B: klog("kdring-refvm: reboot requested by the debugger\n"); hw_reboot();
    case 0x313C: /* Continue2: no reply */
        continue_trace = kdr_get32(mh + 0x14);
        continue2_dr7 = kdr_get64(mh + 0x18);
        continue2_dr7_valid = 1;
        return 1;
    case 0x313D: api_read_memory(1); break;
    case 0x313E: api_write_memory(1, dlen); break;
    case 0x3146: api_get_version(); break;
    case 0x315A: break; /* ClearAllInternalBreakpoints: no reply */
    case 0x315C: api_query_memory(); break;
    case 0x315F: api_context_ex(0, dlen); break;
    case 0x3160: api_context_ex(1, dlen); break;
    default: reply(STATUS_UNSUCCESSFUL, 0, 0); break;
    }
    return 0;
}

/* KdpSendWaitContinue: report, then serve requests until Continue. */
static void send_wait_continue(const kdr_buf *hdr, const kdr_buf *data)
{
    for (;;) {
        kdr_kd_send(&kd, KD_TYPE_STATE_CHANGE64, hdr, data);
        if (kd.debugger_not_present)
            return;
        for (;;) {
            kdr_buf h = { 0, 56, mh };
            kdr_buf d = { 0, sizeof md, md };
            uint32_t dlen = 0;
            int rc = kdr_kd_recv(&kd, KD_TYPE_STATE_MANIPULATE, &h, &d, &dlen);
            if (rc == KD_RECV_RESEND)
                break; /* re-send the state change */
            if (rc == KD_RECV_TIMEOUT)
                continue;
            stamp_request(kdr_get32(mh));
            if (dispatch(dlen))
                return;
        }
    }
}

static void enter(struct trap_frame *f, uint64_t dr6)
{
    __asm__ __volatile__("fxsave %0" : "=m"(fxarea));
    ctx_from_frame(f, dr6);
    continue_trace = 0;
    continue2_dr7_valid = 0;
}

static void leave(struct trap_frame *f)
{
    if (ctx_dirty)
        ctx_to_frame(f);
    if (continue2_dr7_valid)
        write_dr(7, continue2_dr7 & ~0x2000ull);
    if (continue_trace)
        f->rflags |= 0x100;
    else
        f->rflags &= ~0x100ull;
    write_dr(6, 0xFFFF0FF0);
    __asm__ __volatile__("fxrstor %0" ::"m"(fxarea));
}

static int is_debugger_bp(uint64_t a)
{
    for (int i = 0; i < MAX_BP; i++)
        if (bps[i].used && bps[i].addr == a)
            return 1;
    return 0;
}

/* #BP (3), #DB (1) and the LoadSymbols debug service (0x2D) */
void kd_trap(struct trap_frame *f)
{
    if (f->vec == 0x2D) {
        uint64_t base;
        uint32_t size, checksum;
        const char *path;
        if (f->rdi >= module_count())
            return;
        module_info((uint32_t)f->rdi, &base, &size, &checksum, &path);
        enter(f, read_dr(6));
        uint32_t plen = (uint32_t)kstrlen(path) + 1;
        state_header(sc, 0x3031, f->rip);
        kdr_put32(sc + 0x20, plen);
        kdr_put64(sc + 0x28, base);
        kdr_put64(sc + 0x30, ~0ull);
        kdr_put32(sc + 0x38, checksum);
        kdr_put32(sc + 0x3C, size);
        sc[0x40] = 0;
        fill_control_report(sc, f->rip, f->rflags, kdr_get64(ctx + 0x68));
        memcpy(sc + 0xF0, path, plen);
        kdr_buf h = { 0xF0, 0xF0, sc }, d = { (uint16_t)plen, (uint16_t)plen, sc + 0xF0 };
        send_wait_continue(&h, &d);
        leave(f);
        return;
    }
    uint64_t dr6 = read_dr(6);
    uint32_t code = STATUS_SINGLE_STEP;
    if (f->vec == 3) {
        f->rip -= 1; /* the exception address is the int3 itself */
        code = STATUS_BREAKPOINT;
    }
    uint64_t pc = f->rip;
    f->rflags &= ~0x100ull;
    enter(f, dr6);
    if (transport_kind == KDR_SEL_NONE) {
        /* nobody to report to: behave as if continued */
    } else {
        state_header(sc, 0x3030, pc);
        kdr_put32(sc + 0x20, code);
        kdr_put64(sc + 0x30, pc);
        kdr_put32(sc + 0x38, code == STATUS_BREAKPOINT ? 1 : 0); /* NumberParameters; info[0] = 0 */
        kdr_put32(sc + 0xB8, 1); /* FirstChance */
        fill_control_report(sc, pc, f->rflags, dr6);
        kdr_buf h = { 0xF0, 0xF0, sc };
        send_wait_continue(&h, 0);
    }
    leave(f);
    /* a hard-coded int3 (not a debugger breakpoint) is stepped over, as WinDbg would do */
    if (f->vec == 3 && f->rip == pc && !is_debugger_bp(pc)) {
        uint8_t b;
        if (mm_copy_virt(pc, &b, 1, 0) == 1 && b == 0xCC)
            f->rip = pc + 1;
    }
}

void kd_dbgprint(const char *s, uint32_t len)
{
    uint8_t h16[16];
    memset(h16, 0, sizeof h16);
    kdr_put32(h16, 0x3230);
    kdr_put16(h16 + 4, 6);
    kdr_put32(h16 + 8, len);
    kdr_buf h = { 16, 16, h16 }, d = { (uint16_t)len, (uint16_t)len, (uint8_t *)s };
    kdr_kd_send(&kd, KD_TYPE_DEBUG_IO, &h, &d);
}

void kd_load_all_symbols(void)
{
    if (transport_kind == KDR_SEL_NONE)
        return;
    uint32_t n = module_count(), sent = 0;
    for (uint32_t i = 0; i < n; i++) {
        refvm_load_symbols_trap(i);
        if (kd.debugger_not_present)
            break;
        sent++;
    }
    klog("kdring-refvm: LoadSymbols %s (%u of %u modules reported)\n",
         kd.debugger_not_present ? "gave up: no debugger" : "done", sent, n);
}
