/*
 * refvm: what a debugger without PDBs finds in a Windows kernel image: an export directory naming some
 * of the reference guest's own functions and an exception directory (.pdata) with unwind information
 * for the two tick functions, both hung off the PE header at KernBase (data directories 0 and 3).
 *
 * KeTickHook and KeTickWork are written in assembly so that their instructions are known exactly (the
 * host's tests single-step through them): the main loop calls KeTickHook(tick) once per tick,
 *
 *   KeTickHook: 55            push %rbp          KeTickWork: 55            push %rbp
 *               48 89 e5      mov %rsp,%rbp                  48 89 e5      mov %rsp,%rbp
 *               e8 rel32      call KeTickWork                f0 48 ff 05   lock incq tick_hook_calls
 *               5d            pop %rbp                       48 89 3d      mov %rdi,tick_hook_last
 *               c3            ret                            5d c3         pop %rbp; ret
 *
 * so a breakpoint on either is hit within one tick of `g`, and a stop inside KeTickWork has two frames
 * with export names above it (KeTickWork, KeTickHook) before kmain.
 */
#include "refvm.h"

volatile uint64_t tick_hook_calls, tick_hook_last;

__asm__(".pushsection .text\n"
        "    .balign 16\n"
        "    .globl KeTickHook\n"
        "KeTickHook:\n"
        "    push %rbp\n"
        "    mov %rsp, %rbp\n"
        "    call KeTickWork\n"
        "    pop %rbp\n"
        "    ret\n"
        "    .globl KeTickHook_end\n"
        "KeTickHook_end:\n"
        "    .balign 16\n"
        "    .globl KeTickWork\n"
        "KeTickWork:\n"
        "    push %rbp\n"
        "    mov %rsp, %rbp\n"
        "    lock incq tick_hook_calls(%rip)\n"
        "    mov %rdi, tick_hook_last(%rip)\n"
        "    pop %rbp\n"
        "    ret\n"
        "    .globl KeTickWork_end\n"
        "KeTickWork_end:\n"
        ".popsection\n");

extern uint8_t KeTickHook_end[], KeTickWork_end[];
void KeTickWork(void);
void kmain(uint32_t mbi_pa, uint32_t magic);

/* IMAGE_EXPORT_DIRECTORY (40 bytes), the three arrays, the strings; UNWIND_INFO and RUNTIME_FUNCTIONs */
static uint8_t export_area[1024] __attribute__((aligned(16)));
static uint8_t pdata_area[64] __attribute__((aligned(16)));

struct export { const char *name; uint64_t va; };

static uint32_t rva(const void *p) { return (uint32_t)((uint64_t)(uintptr_t)p - KERNBASE); }

void exports_write_kernel(uint8_t *image)
{
    /* sorted by name (ordinal order == name order): debuggers binary-search the name table */
    const struct export ex[] = {
        { "DbgBreakPointWithStatus", (uint64_t)(uintptr_t)refvm_breakpoint },
        { "KdDbgPrint", (uint64_t)(uintptr_t)kd_dbgprint },
        { "KdTrap", (uint64_t)(uintptr_t)kd_trap },
        { "KeTickHook", (uint64_t)(uintptr_t)KeTickHook },
        { "KeTickWork", (uint64_t)(uintptr_t)KeTickWork },
        { "KiSystemStartup", (uint64_t)(uintptr_t)kmain },
        { "RefvmLoadSymbolsTrap", (uint64_t)(uintptr_t)refvm_load_symbols_trap },
    };
    const uint32_t n = sizeof ex / sizeof ex[0];
    uint8_t *d = export_area;
    memset(d, 0, sizeof export_area);
    uint8_t *functions = d + 40, *names = functions + 4 * n, *ordinals = names + 4 * n;
    char *strings = (char *)(ordinals + 2 * n);
    uint32_t used = (uint32_t)ksnprintf(strings, 32, "ntoskrnl.exe") + 1;
    kdr_put32(d + 0x0C, rva(strings));          /* Name */
    kdr_put32(d + 0x10, 1);                     /* Base: the first ordinal */
    kdr_put32(d + 0x14, n);                     /* NumberOfFunctions */
    kdr_put32(d + 0x18, n);                     /* NumberOfNames */
    kdr_put32(d + 0x1C, rva(functions));        /* AddressOfFunctions */
    kdr_put32(d + 0x20, rva(names));            /* AddressOfNames */
    kdr_put32(d + 0x24, rva(ordinals));         /* AddressOfNameOrdinals */
    for (uint32_t i = 0; i < n; i++) {
        kdr_put32(functions + 4 * i, (uint32_t)(ex[i].va - KERNBASE));
        kdr_put16(ordinals + 2 * i, (uint16_t)i);
        char *s = strings + used;
        used += (uint32_t)ksnprintf(s, 64, "%s", ex[i].name) + 1;
        kdr_put32(names + 4 * i, rva(s));
    }
    uint32_t size = (uint32_t)((uint8_t *)strings + used - d);

    /* .pdata: UNWIND_INFO shared by both (version 1, prolog 4 bytes, 2 codes, frame register rbp at
     * offset 0): at 4 UWOP_SET_FPREG, at 1 UWOP_PUSH_NONVOL rbp; then one RUNTIME_FUNCTION each */
    uint8_t *u = pdata_area;
    memset(u, 0, sizeof pdata_area);
    u[0] = 1;            /* Version 1, no flags */
    u[1] = 4;            /* SizeOfProlog */
    u[2] = 2;            /* CountOfCodes */
    u[3] = 5;            /* FrameRegister rbp, FrameOffset 0 */
    u[4] = 4; u[5] = 3;  /* offset 4: UWOP_SET_FPREG */
    u[6] = 1; u[7] = 0x50; /* offset 1: UWOP_PUSH_NONVOL, register 5 (rbp) */
    uint8_t *rf = u + 16;
    kdr_put32(rf + 0, rva(KeTickHook));
    kdr_put32(rf + 4, rva(KeTickHook_end));
    kdr_put32(rf + 8, rva(u));
    kdr_put32(rf + 12, rva(KeTickWork));
    kdr_put32(rf + 16, rva(KeTickWork_end));
    kdr_put32(rf + 20, rva(u));

    uint8_t *dirs = image + 0x80 + 4 + 20 + 0x70; /* optional header (PE32+) data directories */
    kdr_put32(dirs + 0 * 8, rva(d));
    kdr_put32(dirs + 0 * 8 + 4, size);
    kdr_put32(dirs + 3 * 8, rva(rf));
    kdr_put32(dirs + 3 * 8 + 4, 24);
}
