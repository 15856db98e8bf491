/*
 * pe_check: static checks of a built kdring.dll (x64 PE32+ or x86 PE32), read with plain C.
 * Usage: pe_check FILE        last line: "N passed, N failed"; exit status 1 on any failure.
 *
 * What a kd transport module must look like for the Windows boot loader and kernel: a DLL for the
 * right machine, native subsystem, the kdcom.dll export names, imports from ntoskrnl.exe and hal.dll
 * only, base relocations, no writable+executable section, nothing pageable or discardable that the
 * debugger path runs from, a valid image checksum, and no TLS / CFG / forced-integrity surprises.
 */
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PE_CHECKSUM_NO_MAIN
#include "../windows/pe_checksum.c"

static int passed, failed;

/* Append formatted text to a fixed buffer (silently truncated). */
static void append(char *dst, size_t cap, const char *fmt, ...)
{
    size_t used = strlen(dst);
    if (used + 1 >= cap)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(dst + used, cap - used, fmt, ap);
    va_end(ap);
}
static const char *file;

static void check(int ok, const char *what, const char *detail)
{
    if (ok) {
        passed++;
        printf("ok   - %s\n", what);
    } else {
        failed++;
        printf("FAIL - %s%s%s\n", what, detail && *detail ? ": " : "", detail ? detail : "");
    }
}

static uint8_t *img;
static size_t len;

static uint32_t rd16(size_t off) { return off + 2 <= len ? (uint32_t)img[off] | (uint32_t)img[off + 1] << 8 : 0; }
static uint32_t rd32(size_t off) { return off + 4 <= len ? rd16(off) | rd16(off + 2) << 16 : 0; }

typedef struct sect {
    char name[9];
    uint32_t vsize, va, rawsize, rawptr, flags;
} sect;

static sect secs[96];
static unsigned nsec;

static const sect *sect_of(uint32_t rva)
{
    for (unsigned i = 0; i < nsec; i++) {
        uint32_t size = secs[i].vsize > secs[i].rawsize ? secs[i].vsize : secs[i].rawsize;
        if (rva >= secs[i].va && rva < secs[i].va + size)
            return &secs[i];
    }
    return 0;
}

/* File offset of an RVA, or 0 if it is not backed by file data. */
static size_t off_of(uint32_t rva)
{
    const sect *s = sect_of(rva);
    if (!s || rva - s->va >= s->rawsize)
        return 0;
    size_t off = (size_t)s->rawptr + (rva - s->va);
    return off < len ? off : 0;
}

static const char *str_at(uint32_t rva)
{
    size_t off = off_of(rva);
    if (!off)
        return 0;
    for (size_t i = off; i < len; i++)
        if (img[i] == 0)
            return (const char *)img + off;
    return 0;
}

#define SCN_CODE 0x00000020u
#define SCN_DISCARDABLE 0x02000000u
#define SCN_EXECUTE 0x20000000u
#define SCN_WRITE 0x80000000u

static const char *const required_exports[] = {
    "KdDebuggerInitialize0", "KdDebuggerInitialize1", "KdSendPacket", "KdReceivePacket",
    "KdD0Transition", "KdD3Transition", "KdSave", "KdRestore", "KdSetHiberRange", "KdPower", "KdInitialize",
};
#define NREQ (sizeof required_exports / sizeof required_exports[0])

int main(int argc, char **argv)
{
    char msg[512];
    if (argc != 2) {
        fprintf(stderr, "usage: pe_check FILE\n");
        return 2;
    }
    file = argv[1];
    FILE *f = fopen(file, "rb");
    if (!f) {
        perror(file);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long l = ftell(f);
    fseek(f, 0, SEEK_SET);
    len = l > 0 ? (size_t)l : 0;
    img = calloc(1, len + 8);
    if (!img || fread(img, 1, len, f) != len) {
        fclose(f);
        printf("FAIL - read %s\n0 passed, 1 failed\n", file);
        return 1;
    }
    fclose(f);
    printf("pe_check: %s (%zu bytes)\n", file, len);

    uint32_t pe = rd32(0x3C);
    int is_pe = len > 0x40 && img[0] == 'M' && img[1] == 'Z' && pe + 0x18 < len && memcmp(img + pe, "PE\0\0", 4) == 0;
    check(is_pe, "MZ and PE signatures", "");
    if (!is_pe) {
        printf("%d passed, %d failed\n", passed, failed);
        return 1;
    }
    size_t fh = pe + 4, oh = fh + 20;
    uint32_t machine = rd16(fh), nsections = rd16(fh + 2), ohsize = rd16(fh + 16), chars = rd16(fh + 18);
    uint32_t magic = rd16(oh);
    int pe64 = magic == 0x20B;
    snprintf(msg, sizeof msg, "machine 0x%x, optional header magic 0x%x", machine, magic);
    check((pe64 && machine == 0x8664) || (magic == 0x10B && machine == 0x14C),
          pe64 ? "machine AMD64 (0x8664), PE32+" : "machine i386 (0x14c), PE32", msg);
    snprintf(msg, sizeof msg, "characteristics 0x%04x", chars);
    check((chars & 0x2000) && (chars & 0x0002) && !(chars & 0x0001),
          "characteristics: DLL, executable image, relocations not stripped", msg);

    size_t ddir = oh + (pe64 ? 112 : 96);
    uint32_t entry = rd32(oh + 16);
    uint32_t sect_align = rd32(oh + 32), file_align = rd32(oh + 36);
    uint32_t size_of_image = rd32(oh + 56), checksum = rd32(oh + 64);
    uint32_t subsystem = rd16(oh + 68), dllchars = rd16(oh + 70);
    uint32_t ndirs = rd32(ddir - 4);
    snprintf(msg, sizeof msg, "subsystem %u", subsystem);
    check(subsystem == 1, "subsystem native (1)", msg);

    size_t sh = oh + ohsize;
    nsec = nsections < 96 ? nsections : 96;
    for (unsigned i = 0; i < nsec; i++) {
        size_t s = sh + 40 * i;
        memcpy(secs[i].name, img + s, 8);
        secs[i].name[8] = 0;
        secs[i].vsize = rd32(s + 8);
        secs[i].va = rd32(s + 12);
        secs[i].rawsize = rd32(s + 16);
        secs[i].rawptr = rd32(s + 20);
        secs[i].flags = rd32(s + 36);
    }
    snprintf(msg, sizeof msg, "%u sections", nsections);
    check(nsections > 0 && nsections <= 96 && sh + 40 * nsections <= len, "section table inside the file", msg);

    /* alignment: 4 KiB sections, 512-byte file alignment (what the kernel's image loader expects) */
    snprintf(msg, sizeof msg, "section 0x%x file 0x%x", sect_align, file_align);
    check(sect_align == 0x1000 && file_align == 0x200, "section alignment 0x1000, file alignment 0x200", msg);

    /* W^X, and nothing the debugger path uses may be pageable (PAGE*) or discardable (INIT) */
    msg[0] = 0;
    int wx = 0, paged = 0, disc_code = 0;
    for (unsigned i = 0; i < nsec; i++) {
        if ((secs[i].flags & SCN_WRITE) && (secs[i].flags & (SCN_EXECUTE | SCN_CODE))) {
            wx = 1;
            append(msg, sizeof msg, "%s(0x%08x) ", secs[i].name, secs[i].flags);
        }
        if (strncasecmp(secs[i].name, "PAGE", 4) == 0 || strncasecmp(secs[i].name, "INIT", 4) == 0)
            paged = 1;
        if ((secs[i].flags & SCN_DISCARDABLE) && (secs[i].flags & (SCN_EXECUTE | SCN_WRITE)))
            disc_code = 1;
    }
    check(!wx, "no section both writable and executable", msg);
    check(!paged, "no pageable (PAGE*) or INIT sections", "");
    check(!disc_code, "no discardable code or data section", "");
    {
        const sect *es = sect_of(entry);
        check(entry && es && (es->flags & SCN_EXECUTE), "entry point inside an executable section", "");
    }

    /* exports */
    uint32_t exp_rva = ndirs > 0 ? rd32(ddir) : 0, exp_size = ndirs > 0 ? rd32(ddir + 4) : 0;
    size_t eo = exp_rva ? off_of(exp_rva) : 0;
    check(eo && exp_size >= 40, "export directory present", "");
    if (eo) {
        const char *dllname = str_at(rd32(eo + 12));
        snprintf(msg, sizeof msg, "name %s", dllname ? dllname : "(none)");
        check(dllname && strcasecmp(dllname, "kdring.dll") == 0, "export directory names kdring.dll", msg);
        uint32_t nfuncs = rd32(eo + 20), nnames = rd32(eo + 24);
        uint32_t funcs = rd32(eo + 28), names = rd32(eo + 32), ords = rd32(eo + 36);
        int found[NREQ] = { 0 };
        int extra = 0, bad_target = 0;
        char extras[256] = "";
        for (uint32_t i = 0; i < nnames && i < 4096; i++) {
            const char *nm = str_at(rd32(off_of(names + 4 * i)));
            uint32_t ord = rd16(off_of(ords + 2 * i));
            uint32_t target = ord < nfuncs ? rd32(off_of(funcs + 4 * ord)) : 0;
            const sect *ts = sect_of(target);
            if (!ts || !(ts->flags & SCN_EXECUTE) || (target >= exp_rva && target < exp_rva + exp_size))
                bad_target = 1; /* forwarder or not code */
            int known = 0;
            for (unsigned k = 0; k < NREQ; k++)
                if (nm && strcmp(nm, required_exports[k]) == 0)
                    found[k] = known = 1;
            if (!known) {
                extra = 1;
                append(extras, sizeof extras, "%s ", nm ? nm : "?");
            }
        }
        for (unsigned k = 0; k < NREQ; k++) {
            snprintf(msg, sizeof msg, "export %s", required_exports[k]);
            check(found[k], msg, "missing");
        }
        check(!extra, "no exports beyond the kdcom.dll interface", extras);
        check(!bad_target, "every export is code in this image (no forwarders)", "");
    }

    /* imports */
    uint32_t imp_rva = ndirs > 1 ? rd32(ddir + 8) : 0;
    size_t io = imp_rva ? off_of(imp_rva) : 0;
    check(io != 0, "import directory present", "");
    if (io) {
        int bad = 0, have_nt = 0, count = 0;
        char dlls[256] = "", bad_names[256] = "";
        for (size_t d = io; d + 20 <= len && rd32(d + 12) != 0 && count < 64; d += 20, count++) {
            const char *nm = str_at(rd32(d + 12));
            append(dlls, sizeof dlls, "%s ", nm ? nm : "?");
            if (nm && strcasecmp(nm, "ntoskrnl.exe") == 0)
                have_nt = 1;
            else if (!nm || strcasecmp(nm, "hal.dll") != 0)
                bad = 1;
            /* every function imported by name (no ordinals: they differ between Windows builds) */
            uint32_t thunks = rd32(d) ? rd32(d) : rd32(d + 16);
            for (uint32_t t = 0; t < 256; t++) {
                size_t to = off_of(thunks + t * (pe64 ? 8 : 4));
                if (!to)
                    break;
                uint64_t v = pe64 ? ((uint64_t)rd32(to) | (uint64_t)rd32(to + 4) << 32) : rd32(to);
                if (!v)
                    break;
                uint64_t ordflag = pe64 ? (1ull << 63) : (1ull << 31);
                if (v & ordflag) {
                    append(bad_names, sizeof bad_names, "ordinal ");
                    continue;
                }
                const char *fn = str_at((uint32_t)v + 2);
                printf("       import %s!%s\n", nm ? nm : "?", fn ? fn : "?");
            }
        }
        check(!bad && count > 0, "imports only from ntoskrnl.exe and hal.dll", dlls);
        check(have_nt, "imports from ntoskrnl.exe", dlls);
        check(bad_names[0] == 0, "all imports by name", bad_names);
    }
    /* no delay-load imports, no TLS (the kernel runs no TLS callbacks) */
    check(ndirs <= 13 || rd32(ddir + 13 * 8) == 0, "no delay-load import directory", "");
    check(ndirs <= 9 || rd32(ddir + 9 * 8) == 0, "no TLS directory", "");

    /* relocations */
    uint32_t rel_rva = ndirs > 5 ? rd32(ddir + 40) : 0, rel_size = ndirs > 5 ? rd32(ddir + 44) : 0;
    size_t ro = rel_rva ? off_of(rel_rva) : 0;
    snprintf(msg, sizeof msg, "rva 0x%x size 0x%x", rel_rva, rel_size);
    check(ro && rel_size >= 8 && rd32(ro + 4) >= 8 && rd32(ro + 4) <= rel_size,
          "base relocation directory present with a valid first block", msg);

    /* DLL characteristics */
    snprintf(msg, sizeof msg, "0x%04x", dllchars);
    check((dllchars & 0x0040) && (dllchars & 0x0100),
          "DLL characteristics: DYNAMIC_BASE and NX_COMPAT set", msg);
    check(!(dllchars & 0x0080) && !(dllchars & 0x1000) && !(dllchars & 0x4000) && !(dllchars & 0x0200),
          "DLL characteristics: no FORCE_INTEGRITY, APPCONTAINER, GUARD_CF or NO_ISOLATION", msg);

    /* image checksum (checked by Windows for boot-time images) */
    uint32_t sum = pe_checksum_compute(img, len, oh + 64);
    snprintf(msg, sizeof msg, "stored 0x%08x computed 0x%08x", checksum, sum);
    check(checksum != 0 && checksum == sum, "image checksum valid", msg);

    /* the ring needs 1 descriptor + 2 x 16 pages of zero-initialised data in the image */
    uint32_t data_pages = 0;
    for (unsigned i = 0; i < nsec; i++)
        if ((secs[i].flags & SCN_WRITE) && !(secs[i].flags & SCN_DISCARDABLE))
            data_pages += (secs[i].vsize + 0xFFF) / 0x1000;
    snprintf(msg, sizeof msg, "%u writable pages, SizeOfImage 0x%x", data_pages, size_of_image);
    check(data_pages >= 33 && size_of_image >= data_pages * 0x1000u && size_of_image < 0x400000,
          "room for the descriptor and ring pages in non-discardable data", msg);

    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
