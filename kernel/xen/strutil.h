/* The few string helpers the Xen device code needs (kernel/ has no libc). */
#ifndef SD_XEN_STRUTIL_H
#define SD_XEN_STRUTIL_H
#include <stdbool.h>
#include <stddef.h>

#include <sd/mm.h>

static inline size_t xs_strlen(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

static inline bool xs_streq(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

static inline void xs_memcpy(void *dst, const void *src, size_t n)
{
    char *d = dst;
    const char *s = src;
    while (n--)
        *d++ = *s++;
}

/* A heap copy of s, or NULL when out of memory. */
static inline char *xs_strdup(const char *s)
{
    size_t n = xs_strlen(s) + 1;
    char *p = sd_malloc(n);
    if (p)
        xs_memcpy(p, s, n);
    return p;
}

#endif
