/*
 * refvm: a Windows-like loaded-module list (x64 KLDR_DATA_TABLE_ENTRY, fact sheet section 5), a
 * minimal KDDEBUGGER_DATA64 block, and a PE header page at every module's DllBase.
 * Everything is deterministic: module i always has the same name, base, size and checksum.
 */
#include "refvm.h"

#define KLDR_SIZE 0xA0
#define KDBG_SIZE 0x340

static const char *const known_names[] = {
    "ntoskrnl.exe", "hal.dll", "kdring.dll", "mcupdate_GenuineIntel.dll", "CLFS.SYS", "tm.sys",
    "PSHED.dll", "BOOTVID.dll", "FLTMGR.SYS", "msrpc.sys", "ksecdd.sys", "clipsp.sys", "cmimcext.sys",
    "werkernel.sys", "ntosext.sys", "CI.dll", "cng.sys", "Wdf01000.sys", "WDFLDR.SYS", "acpiex.sys",
    "ACPI.sys", "WMILIB.SYS", "msisadrv.sys", "pci.sys", "tpm.sys", "intelpep.sys", "WppRecorder.sys",
    "vdrvroot.sys", "pdc.sys", "CEA.sys", "partmgr.sys", "spaceport.sys", "volmgr.sys", "volmgrx.sys",
    "mountmgr.sys", "storahci.sys", "storport.sys", "EhStorClass.sys", "fileinfo.sys", "Wof.sys",
    "Ntfs.sys", "Fs_Rec.sys", "ndis.sys", "NETIO.SYS", "ksecpkg.sys", "tcpip.sys", "fwpkclnt.sys",
    "wfplwfs.sys", "volsnap.sys", "rdyboost.sys", "mup.sys", "iorate.sys", "disk.sys", "CLASSPNP.SYS",
    "crashdmp.sys", "cdrom.sys", "filecrypt.sys", "tbs.sys", "Null.SYS", "Beep.SYS", "vga.sys",
    "VIDEOPRT.SYS", "watchdog.sys", "dxgkrnl.sys", "BasicDisplay.sys", "BasicRender.sys", "Npfs.SYS",
    "Msfs.SYS", "tdx.sys", "TDI.SYS", "netbt.sys", "afd.sys", "pacer.sys", "netbios.sys", "rdbss.sys",
    "nsiproxy.sys", "npsvctrig.sys", "mssmbios.sys", "dfsc.sys", "fastfat.SYS", "bam.sys", "ahcache.sys",
    "CompositeBus.sys", "kdnic.sys", "umbus.sys", "i8042prt.sys", "kbdclass.sys", "mouclass.sys",
    "e1i63x64.sys", "HDAudBus.sys", "portcls.sys", "drmk.sys", "ks.sys", "intelppm.sys", "usbuhci.sys",
    "USBPORT.SYS", "usbehci.sys", "usbhub.sys", "serial.sys", "serenum.sys", "parport.sys",
};
#define NKNOWN (sizeof known_names / sizeof known_names[0])

static uint64_t list_head[2] __attribute__((aligned(16)));       /* PsLoadedModuleList */
static uint64_t debugger_data_list[2] __attribute__((aligned(16))); /* KdDebuggerDataBlock list */
static uint8_t kdbg[KDBG_SIZE] __attribute__((aligned(16)));
uint64_t ps_loaded_module_list_va, kd_debugger_data_list_va, kernel_image_size;

struct module {
    uint64_t base;
    uint32_t size, checksum, timestamp;
    char path[96];
};
static struct module *mods;
static uint32_t nmods;

extern uint8_t __image_end[];

uint32_t module_count(void) { return nmods; }

void module_info(uint32_t i, uint64_t *base, uint32_t *size, uint32_t *checksum, const char **path)
{
    *base = mods[i].base;
    *size = mods[i].size;
    *checksum = mods[i].checksum;
    *path = mods[i].path;
}

static void name_of(uint32_t i, char *buf, size_t n)
{
    if (i < NKNOWN)
        ksnprintf(buf, n, "%s", known_names[i]);
    else
        ksnprintf(buf, n, "kdrdrv%03u.sys", i);
}

/* PE32+ headers: DOS stub already at offset 0 of the kernel image; here only the NT headers at 0x80 */
static void write_pe_headers(uint8_t *page, int with_dos, uint64_t base, uint32_t size, uint32_t checksum,
                             uint32_t timestamp, uint32_t entry_rva)
{
    if (with_dos) {
        page[0] = 'M';
        page[1] = 'Z';
        kdr_put32(page + 0x3C, 0x80);
    }
    uint8_t *nt = page + 0x80;
    memcpy(nt, "PE\0\0", 4);
    uint8_t *fh = nt + 4;
    kdr_put16(fh + 0, 0x8664);     /* Machine */
    kdr_put16(fh + 2, 0);          /* NumberOfSections */
    kdr_put32(fh + 4, timestamp);
    kdr_put16(fh + 16, 0xF0);      /* SizeOfOptionalHeader */
    kdr_put16(fh + 18, 0x22);      /* EXECUTABLE_IMAGE | LARGE_ADDRESS_AWARE */
    uint8_t *oh = fh + 20;
    kdr_put16(oh + 0x00, 0x20B);   /* PE32+ */
    kdr_put32(oh + 0x10, entry_rva);
    kdr_put64(oh + 0x18, base);    /* ImageBase */
    kdr_put32(oh + 0x20, 0x1000);  /* SectionAlignment */
    kdr_put32(oh + 0x24, 0x200);   /* FileAlignment */
    kdr_put16(oh + 0x28, 10);      /* OS version */
    kdr_put16(oh + 0x30, 10);      /* subsystem version */
    kdr_put32(oh + 0x38, size);    /* SizeOfImage */
    kdr_put32(oh + 0x3C, 0x400);   /* SizeOfHeaders */
    kdr_put32(oh + 0x40, checksum);
    kdr_put16(oh + 0x44, 1);       /* native */
    kdr_put32(oh + 0x6C, 16);      /* NumberOfRvaAndSizes */
}

static uint64_t va_of(void *p) { return (uint64_t)(uintptr_t)p; }

static uint64_t put_unicode(uint8_t *ustr, uint8_t **pool, const char *s)
{
    uint32_t n = (uint32_t)kstrlen(s);
    uint8_t *buf = *pool;
    for (uint32_t i = 0; i < n; i++) {
        buf[2 * i] = (uint8_t)s[i];
        buf[2 * i + 1] = 0;
    }
    buf[2 * n] = buf[2 * n + 1] = 0;
    kdr_put16(ustr + 0, (uint16_t)(2 * n));
    kdr_put16(ustr + 2, (uint16_t)(2 * n + 2));
    kdr_put64(ustr + 8, va_of(buf));
    *pool += (2 * n + 2 + 7) & ~7u;
    return va_of(buf);
}

void modules_init(uint32_t count)
{
    if (count < 1)
        count = 1;
    if (count > MAX_MODULES)
        count = MAX_MODULES;
    nmods = count;
    kernel_image_size = ((uint64_t)(uintptr_t)__image_end - KERNBASE + 0xFFFF) & ~0xFFFFull;

    uint32_t struct_pages = (uint32_t)((count * sizeof(struct module) + 0xFFF) / 0x1000);
    mods = alloc_page();
    for (uint32_t p = 1; p < struct_pages; p++)
        alloc_page(); /* the allocator is linear: consecutive pages follow */
    uint32_t entry_pages = (count * (KLDR_SIZE + 320) + 0xFFF) / 0x1000;
    uint8_t *pool = alloc_page();
    for (uint32_t p = 1; p < entry_pages; p++)
        alloc_page();

    ps_loaded_module_list_va = va_of(list_head);
    list_head[0] = list_head[1] = ps_loaded_module_list_va;
    uint64_t prev = ps_loaded_module_list_va;
    for (uint32_t i = 0; i < count; i++) {
        struct module *m = &mods[i];
        uint32_t h = hash32(i * 0x10001u + 0x6B);
        char name[40];
        name_of(i, name, sizeof name);
        if (i == 0) {
            m->base = KERNBASE;
            m->size = (uint32_t)kernel_image_size;
            ksnprintf(m->path, sizeof m->path, "\\SystemRoot\\system32\\%s", name);
        } else {
            m->base = DRIVER_VA + (uint64_t)(i - 1) * DRIVER_STRIDE;
            m->size = 0x10000 + ((h >> 8) % 0xE0) * 0x1000;
            if (i <= 3)
                ksnprintf(m->path, sizeof m->path, "\\SystemRoot\\system32\\%s", name);
            else
                ksnprintf(m->path, sizeof m->path, "\\SystemRoot\\System32\\drivers\\%s", name);
        }
        m->checksum = 0x10000 + (hash32(h) & 0x3FFFFF);
        m->timestamp = 0x5F000000u + (hash32(h + 1) & 0x0FFFFFFF);
        uint32_t entry_rva = 0x1000 + ((h % ((m->size - 0x2000) / 16)) * 16);

        /* header page */
        if (i == 0) {
            write_pe_headers((uint8_t *)KERNBASE, 0, m->base, m->size, m->checksum, m->timestamp, entry_rva);
            exports_write_kernel((uint8_t *)KERNBASE);
        } else {
            uint8_t *hp = alloc_page();
            write_pe_headers(hp, 1, m->base, m->size, m->checksum, m->timestamp, entry_rva);
            mm_map_page(m->base, (uint64_t)(uintptr_t)hp - KVA_BASE);
        }

        /* KLDR_DATA_TABLE_ENTRY */
        uint8_t *e = pool;
        pool += KLDR_SIZE;
        memset(e, 0, KLDR_SIZE);
        kdr_put64(e + 0x30, m->base);
        kdr_put64(e + 0x38, m->base + entry_rva);
        kdr_put32(e + 0x40, m->size);
        put_unicode(e + 0x48, &pool, m->path);
        put_unicode(e + 0x58, &pool, name);
        kdr_put32(e + 0x68, 0x49104000u); /* Flags, as a loaded driver */
        kdr_put16(e + 0x6C, 1);           /* LoadCount */
        kdr_put32(e + 0x78, m->checksum);
        kdr_put32(e + 0x9C, m->timestamp);
        /* link at the tail */
        kdr_put64(e + 0x00, ps_loaded_module_list_va);
        kdr_put64(e + 0x08, prev);
        if (prev == ps_loaded_module_list_va)
            list_head[0] = va_of(e);
        else
            kdr_put64((uint8_t *)(uintptr_t)prev, va_of(e));
        list_head[1] = va_of(e);
        prev = va_of(e);
    }

    /* KDDEBUGGER_DATA64 (fact sheet 4.9): only the fields a debugger needs to find the modules */
    kd_debugger_data_list_va = va_of(debugger_data_list);
    debugger_data_list[0] = debugger_data_list[1] = va_of(kdbg);
    memset(kdbg, 0, sizeof kdbg);
    kdr_put64(kdbg + 0x00, kd_debugger_data_list_va);
    kdr_put64(kdbg + 0x08, kd_debugger_data_list_va);
    memcpy(kdbg + 0x10, "KDBG", 4);
    kdr_put32(kdbg + 0x14, KDBG_SIZE);
    kdr_put64(kdbg + 0x18, KERNBASE);
    kdr_put64(kdbg + 0x20, (uint64_t)(uintptr_t)refvm_breakpoint);
    kdr_put64(kdbg + 0x48, ps_loaded_module_list_va);
}
