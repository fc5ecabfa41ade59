/* Memory and string helpers for kernel/core, which has no libc. Named sd_* so they never clash
 * with the libc linked on top (newlib in the guest, glibc hosted). The standard names that gcc
 * may emit calls to (memcpy, memset, memmove, memcmp) come from that libc, or from
 * libc_names.c for a guest linked without one. */
#include "core.h"

/* gcc recognises these loops as memcpy/memset and would emit calls to the very functions that
 * libc_names.c builds from them: infinite recursion in a guest without libc. */
#define NO_LIBCALLS __attribute__((optimize("no-tree-loop-distribute-patterns")))

NO_LIBCALLS void *sd_memcpy(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;

    /* Word copies when both are aligned: thread stacks and heap blocks usually are. */
    if ((((uintptr_t)d | (uintptr_t)s) & 7) == 0) {
        for (; n >= 8; n -= 8, d += 8, s += 8)
            *(uint64_t *)d = *(const uint64_t *)s;
    }
    while (n--)
        *d++ = *s++;
    return dst;
}

NO_LIBCALLS void *sd_memmove(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;

    if (d <= s || d >= s + n)
        return sd_memcpy(dst, src, n);
    while (n--)
        d[n] = s[n];
    return dst;
}

NO_LIBCALLS void *sd_memset(void *dst, int c, size_t n)
{
    unsigned char *d = dst;

    if (((uintptr_t)d & 7) == 0) {
        uint64_t w = (unsigned char)c * 0x0101010101010101ULL;
        for (; n >= 8; n -= 8, d += 8)
            *(uint64_t *)d = w;
    }
    while (n--)
        *d++ = (unsigned char)c;
    return dst;
}

int sd_memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *x = a, *y = b;

    for (size_t i = 0; i < n; i++) {
        if (x[i] != y[i])
            return x[i] < y[i] ? -1 : 1;
    }
    return 0;
}

size_t sd_strlen(const char *s)
{
    size_t n = 0;

    while (s[n])
        n++;
    return n;
}

size_t sd_strlcpy(char *dst, const char *src, size_t size)
{
    size_t len = sd_strlen(src);
    size_t n = len < size - 1 ? len : size - 1;

    sd_memcpy(dst, src, n);
    dst[n] = '\0';
    return len;
}
