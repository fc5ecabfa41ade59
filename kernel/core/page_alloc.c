/* Physical page allocator: one bit per page (1 = in use), kept in the top pages of the region
 * sd_mm_init gets. Runs are found from the top down, so the bottom of memory stays free for
 * sbrk-style growth with sd_pages_claim. Freed runs merge with their neighbours by
 * construction: a bitmap has no fragments to coalesce, only free bits.
 *
 * Every call masks events: the heap allocates from event context too. A scan is linear in the
 * number of pages but skips a whole word (64 pages) at a time when it is full or empty. */
#include "core.h"
#include "platform.h"
#include "sd/mm.h"

#define BITS 64

static struct {
    uintptr_t base;       /* address of page 0 */
    size_t npages;        /* pages managed */
    size_t nfree;
    uint64_t *map;        /* npages bits, rounded up to words; tail bits set */
} pa;

static bool page_used(size_t i)
{
    return pa.map[i / BITS] >> (i % BITS) & 1;
}

static void mark(size_t first, size_t n, bool used)
{
    for (size_t i = first; i < first + n; i++) {
        uint64_t bit = 1ULL << (i % BITS);
        if (used)
            pa.map[i / BITS] |= bit;
        else
            pa.map[i / BITS] &= ~bit;
    }
    pa.nfree = used ? pa.nfree - n : pa.nfree + n;
}

/* Context: boot, before anything allocates. [base, end) must be writable memory. */
void sd_mm_init(uintptr_t base, uintptr_t end)
{
    base = (base + SD_PAGE_SIZE - 1) & ~(SD_PAGE_SIZE - 1);
    end &= ~(SD_PAGE_SIZE - 1);
    if (end <= base + 2 * SD_PAGE_SIZE)
        panic("mm: no memory to manage [%p, %p)", (void *)base, (void *)end);

    size_t total = (end - base) / SD_PAGE_SIZE;
    size_t map_pages = (total + 8 * SD_PAGE_SIZE - 1) / (8 * SD_PAGE_SIZE);
    size_t words = (total - map_pages + BITS - 1) / BITS;

    pa.base = base;
    pa.npages = total - map_pages;
    pa.map = (uint64_t *)(end - map_pages * SD_PAGE_SIZE);
    sd_memset(pa.map, 0, words * sizeof(uint64_t));
    for (size_t i = pa.npages; i < words * BITS; i++)
        pa.map[i / BITS] |= 1ULL << (i % BITS);
    pa.nfree = pa.npages;
}

/* Lowest page index of a free run of n pages, searching from the top; false if none. */
static bool find_run(size_t n, size_t *first)
{
    size_t run = 0;
    size_t i = pa.npages;

    while (i > 0) {
        size_t idx = i - 1;
        if (idx % BITS == BITS - 1) {
            uint64_t w = pa.map[idx / BITS];
            if (w == ~0ULL) {
                run = 0;
                i -= BITS;
                continue;
            }
            if (w == 0 && run + BITS < n) {
                run += BITS;
                i -= BITS;
                continue;
            }
        }
        run = page_used(idx) ? 0 : run + 1;
        if (run == n) {
            *first = idx;
            return true;
        }
        i--;
    }
    return false;
}

/* Context: any. NULL when no free run of npages exists (or npages is 0). */
void *sd_pages_alloc(size_t npages)
{
    size_t first;
    void *p = NULL;

    if (npages == 0)
        return NULL;
    unsigned long flags = plat_irq_save();
    if (npages <= pa.nfree && find_run(npages, &first)) {
        mark(first, npages, true);
        p = (void *)(pa.base + first * SD_PAGE_SIZE);
    }
    plat_irq_restore(flags);
    return p;
}

/* Page index of p, checking that [p, p + npages) lies inside the managed pages. */
static size_t page_index(void *p, size_t npages)
{
    uintptr_t a = (uintptr_t)p;

    SD_ALWAYS(a % SD_PAGE_SIZE == 0 && a >= pa.base);
    size_t i = (a - pa.base) / SD_PAGE_SIZE;
    SD_ALWAYS(i + npages <= pa.npages && i + npages >= i);
    return i;
}

/* Context: any. Freeing a page that is not in use is a kernel bug: panic. */
void sd_pages_free(void *p, size_t npages)
{
    if (npages == 0)
        return;
    unsigned long flags = plat_irq_save();
    size_t first = page_index(p, npages);
    for (size_t i = first; i < first + npages; i++) {
        if (!page_used(i))
            panic("mm: page %p freed twice", (void *)(pa.base + i * SD_PAGE_SIZE));
    }
    mark(first, npages, false);
    plat_irq_restore(flags);
}

/* Context: any. False (nothing taken) if any page of the run is in use or outside memory. */
bool sd_pages_claim(void *p, size_t npages)
{
    uintptr_t a = (uintptr_t)p;
    bool ok = npages > 0 && a % SD_PAGE_SIZE == 0 && a >= pa.base;
    size_t first = ok ? (a - pa.base) / SD_PAGE_SIZE : 0;

    ok = ok && first + npages <= pa.npages && first + npages > first;
    unsigned long flags = plat_irq_save();
    for (size_t i = first; ok && i < first + npages; i++)
        ok = !page_used(i);
    if (ok)
        mark(first, npages, true);
    plat_irq_restore(flags);
    return ok;
}

void *sd_pages_base(void)
{
    return (void *)pa.base;
}

size_t sd_pages_free_count(void)
{
    return pa.nfree;
}

size_t sd_pages_total(void)
{
    return pa.npages;
}
