#include "kdr_util.h"

/* Eight bytes a step: under an emulator (TCG) every guest load and store is costly, so a byte loop over a
 * 4000-byte KD body costs several times what the same copy in words does. x86 allows unaligned words. */
typedef uint64_t __attribute__((may_alias, aligned(1))) kdr_word;

void kdr_memcpy(void *dst, const void *src, size_t n)
{
    uint8_t *d = (uint8_t *)dst;
    const uint8_t *s = (const uint8_t *)src;
    for (; n >= 8; n -= 8, d += 8, s += 8)
        *(kdr_word *)d = *(const kdr_word *)s;
    while (n--)
        *d++ = *s++;
}

uint32_t kdr_byte_sum(const void *data, size_t n, uint32_t acc)
{
    const uint8_t *p = (const uint8_t *)data;
    const uint64_t lo = 0x00FF00FF00FF00FFull;
    while (n >= 8) {
        /* four 16-bit lanes, each gaining at most 2 * 255 a word: 128 words cannot overflow a lane */
        size_t words = n / 8 > 128 ? 128 : n / 8;
        uint64_t lanes = 0;
        for (size_t i = 0; i < words; i++, p += 8) {
            uint64_t w = *(const kdr_word *)p;
            lanes += (w & lo) + ((w >> 8) & lo);
        }
        acc += (uint32_t)(lanes & 0xFFFF) + (uint32_t)((lanes >> 16) & 0xFFFF) +
               (uint32_t)((lanes >> 32) & 0xFFFF) + (uint32_t)(lanes >> 48);
        n -= words * 8;
    }
    while (n--)
        acc += *p++;
    return acc;
}

void kdr_memset(void *dst, int value, size_t n)
{
    uint8_t *d = (uint8_t *)dst;
    while (n--)
        *d++ = (uint8_t)value;
}

int kdr_memcmp(const void *a, const void *b, size_t n)
{
    const uint8_t *x = (const uint8_t *)a, *y = (const uint8_t *)b;
    for (; n; n--, x++, y++)
        if (*x != *y)
            return *x < *y ? -1 : 1;
    return 0;
}

uint32_t kdr_crc32(const void *data, size_t len)
{
    const uint8_t *p = (const uint8_t *)data;
    uint32_t crc = 0xFFFFFFFFu;
    while (len--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xFFFFFFFFu;
}

uint32_t kdr_utoa(char *out, uint32_t v)
{
    char tmp[10];
    uint32_t n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    for (uint32_t i = 0; i < n; i++)
        out[i] = tmp[n - 1 - i];
    return n;
}
