/* sbrk: the malloc heap, grown upwards from the bottom of page memory.
 *
 * The kernel hands out page runs from the top of memory down, so the bottom stays free for
 * this heap: it starts at sd_pages_base() and grows by claiming exactly the pages after its
 * end (sd_pages_claim). Growth is contiguous or refused with ENOMEM, never elsewhere, because
 * malloc treats the break as one region. Shrinking gives whole pages back to the kernel.
 *
 * newlib calls sbrk with its malloc lock held; the mutex here covers direct callers too.
 * Context: thread. */
#include <errno.h>
#include <stdint.h>
#include <unistd.h>

#include <sd/mm.h>
#include <sd/sync.h>

static struct sd_mutex heap_lock = SD_MUTEX_INITIALIZER;
static uintptr_t heap_start;   /* 0 until the first call */
static uintptr_t heap_break;   /* current end of the heap, as sbrk reports it */
static uintptr_t heap_mapped;  /* end of the pages claimed, page-aligned, >= heap_break */

static uintptr_t page_round_up(uintptr_t a)
{
    return (a + SD_PAGE_SIZE - 1) & ~(SD_PAGE_SIZE - 1);
}

/* Claim pages so that [heap_start, want) is ours. Returns 0, or -1 and takes nothing. */
static int heap_grow_to(uintptr_t want)
{
    if (want <= heap_mapped)
        return 0;
    size_t npages = (page_round_up(want) - heap_mapped) / SD_PAGE_SIZE;
    if (!sd_pages_claim((void *)heap_mapped, npages))
        return -1;
    heap_mapped += npages * SD_PAGE_SIZE;
    return 0;
}

/* Give back the whole pages above want. */
static void heap_shrink_to(uintptr_t want)
{
    uintptr_t keep = page_round_up(want);
    if (keep < heap_mapped) {
        sd_pages_free((void *)keep, (heap_mapped - keep) / SD_PAGE_SIZE);
        heap_mapped = keep;
    }
}

void *sbrk(ptrdiff_t incr)
{
    sd_mutex_lock(&heap_lock);
    if (!heap_start)
        heap_start = heap_break = heap_mapped = (uintptr_t)sd_pages_base();
    uintptr_t old = heap_break;
    void *result = (void *)old;
    if (incr > 0 && ((uintptr_t)incr > UINTPTR_MAX - old || heap_grow_to(old + incr) != 0)) {
        errno = ENOMEM;
        result = (void *)-1;
    } else if (incr < 0 && (uintptr_t)-incr > old - heap_start) {
        errno = EINVAL;      /* below the start of the heap */
        result = (void *)-1;
    } else {
        heap_break = old + incr;
        if (incr < 0)
            heap_shrink_to(heap_break);
    }
    sd_mutex_unlock(&heap_lock);
    return result;
}
