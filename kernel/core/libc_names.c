/* The standard names gcc may emit calls to (struct copies, zeroing), for a guest that links
 * the kernel without any libc (bare test guests). NOT part of KERNEL_CORE_SRCS: it is
 * KERNEL_CORE_LIBC_SRCS in core.mk, and a link that has newlib (or glibc, hosted) leaves it
 * out, so the names are defined exactly once. Compile with -fno-builtin so gcc does not turn
 * these bodies back into calls to themselves. */
#include "core.h"

void *memcpy(void *dst, const void *src, size_t n)
{
    return sd_memcpy(dst, src, n);
}

void *memmove(void *dst, const void *src, size_t n)
{
    return sd_memmove(dst, src, n);
}

void *memset(void *dst, int c, size_t n)
{
    return sd_memset(dst, c, n);
}

int memcmp(const void *a, const void *b, size_t n)
{
    return sd_memcmp(a, b, n);
}
