/* Hosted memory: one anonymous mapping handed to sd_mm_init; guard pages by mprotect. The
 * mapping is MAP_NORESERVE: untouched pages cost nothing, so the default can be generous. */
#define _GNU_SOURCE
#include <stdint.h>
#include <sys/mman.h>

#include "hosted.h"
#include "platform.h"
#include "sd/mm.h"

void hosted_memory_init(size_t mem_bytes)
{
    void *p = mmap(NULL, mem_bytes, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        hosted_fatal("mmap of kernel memory failed");
    sd_mm_init((uintptr_t)p, (uintptr_t)p + mem_bytes);
}

void plat_page_guard(void *p, bool guard)
{
    if (mprotect(p, SD_PAGE_SIZE, guard ? PROT_NONE : PROT_READ | PROT_WRITE) != 0)
        hosted_fatal("mprotect of a guard page failed");
}
