/* kdring guest core: freestanding helpers (no libc). */
#ifndef KDR_UTIL_H
#define KDR_UTIL_H

#include <stdint.h>
#include <stddef.h>

void kdr_memcpy(void *dst, const void *src, size_t n);
/* acc plus the sum of n bytes (the KDCOM checksum), a word at a time */
uint32_t kdr_byte_sum(const void *data, size_t n, uint32_t acc);
void kdr_memset(void *dst, int value, size_t n);
int kdr_memcmp(const void *a, const void *b, size_t n);

/* CRC-32 (IEEE 802.3, reflected 0xEDB88320, init/xorout 0xFFFFFFFF), as java.util.zip.CRC32. */
uint32_t kdr_crc32(const void *data, size_t len);

/* Decimal digits of v into out (no terminator); returns how many (1..10). */
uint32_t kdr_utoa(char *out, uint32_t v);

static inline uint16_t kdr_get16(const uint8_t *p) { return (uint16_t)(p[0] | (p[1] << 8)); }
static inline uint32_t kdr_get32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}
static inline uint64_t kdr_get64(const uint8_t *p)
{
    return (uint64_t)kdr_get32(p) | ((uint64_t)kdr_get32(p + 4) << 32);
}
static inline void kdr_put16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static inline void kdr_put32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); p[2] = (uint8_t)(v >> 16); p[3] = (uint8_t)(v >> 24);
}
static inline void kdr_put64(uint8_t *p, uint64_t v)
{
    kdr_put32(p, (uint32_t)v); kdr_put32(p + 4, (uint32_t)(v >> 32));
}

#endif
