/*
 * pe_checksum: compute and store the PE image checksum (OptionalHeader.CheckSum). The GNU linker
 * leaves it 0; Windows checks it for images loaded at boot, which a kd transport is.
 * Usage: pe_checksum FILE        (rewrites the field in place, prints the value)
 *        pe_checksum -n FILE     (prints stored and computed values, changes nothing)
 * Algorithm: 16-bit little-endian words summed with end-around carry folding, the 4 checksum bytes
 * counted as zero, an odd trailing byte as a word of its own; then the file length is added.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uint32_t pe_checksum_compute(const uint8_t *p, size_t n, size_t csum_off);

uint32_t pe_checksum_compute(const uint8_t *p, size_t n, size_t csum_off)
{
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i += 2) {
        uint32_t w = p[i];
        if (i + 1 < n)
            w |= (uint32_t)p[i + 1] << 8;
        if (i >= csum_off && i < csum_off + 4)
            w = 0;
        sum += w;
        sum = (sum & 0xFFFF) + (sum >> 16);
    }
    sum = (sum & 0xFFFF) + (sum >> 16);
    return (uint32_t)(sum + n);
}

#ifndef PE_CHECKSUM_NO_MAIN
int main(int argc, char **argv)
{
    int dry = argc == 3 && strcmp(argv[1], "-n") == 0;
    const char *path = argv[argc - 1];
    if (argc != 2 && !dry) {
        fprintf(stderr, "usage: pe_checksum [-n] FILE\n");
        return 2;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    if (len < 0x200) {
        fprintf(stderr, "%s: too small for a PE image\n", path);
        fclose(f);
        return 1;
    }
    uint8_t *buf = malloc((size_t)len);
    if (!buf || fread(buf, 1, (size_t)len, f) != (size_t)len) {
        fprintf(stderr, "%s: read failed\n", path);
        fclose(f);
        return 1;
    }
    fclose(f);
    uint32_t pe = (uint32_t)buf[0x3C] | (uint32_t)buf[0x3D] << 8 | (uint32_t)buf[0x3E] << 16 |
                  (uint32_t)buf[0x3F] << 24;
    if (buf[0] != 'M' || buf[1] != 'Z' || pe > (uint32_t)len - 0x60 || memcmp(buf + pe, "PE\0\0", 4) != 0) {
        fprintf(stderr, "%s: not a PE image\n", path);
        return 1;
    }
    size_t off = pe + 24 + 64; /* signature, file header, then CheckSum at optional header + 64 */
    uint32_t stored = (uint32_t)buf[off] | (uint32_t)buf[off + 1] << 8 | (uint32_t)buf[off + 2] << 16 |
                      (uint32_t)buf[off + 3] << 24;
    uint32_t sum = pe_checksum_compute(buf, (size_t)len, off);
    if (dry) {
        printf("stored 0x%08x computed 0x%08x\n", stored, sum);
        return stored == sum ? 0 : 1;
    }
    for (int i = 0; i < 4; i++)
        buf[off + i] = (uint8_t)(sum >> (8 * i));
    f = fopen(path, "r+b");
    if (!f || fseek(f, (long)off, SEEK_SET) != 0 || fwrite(buf + off, 1, 4, f) != 4 || fclose(f) != 0) {
        fprintf(stderr, "%s: write failed\n", path);
        return 1;
    }
    printf("%s: checksum 0x%08x\n", path, sum);
    free(buf);
    return 0;
}
#endif
