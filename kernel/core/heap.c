/* Kernel heap: small blocks from one-page slabs of a size class, large blocks as page runs.
 *
 * Every page the heap owns starts with a struct page_head, so the head of any block p is at
 * p rounded down to a page: a slab's head for small blocks, the run's head for a large one
 * (whose block starts right after the head, inside the first page). Blocks are 16-aligned
 * because the head takes HEAD_SIZE (a multiple of 16) and class sizes are multiples of 16.
 *
 *   page: | page_head (64) | block | block | ... | block | slack |
 *
 * A slab with free blocks sits on its class's list; a slab that becomes empty goes straight
 * back to the page allocator, so freeing everything returns every page. All calls mask events
 * (context: any). */
#include "core.h"
#include "platform.h"
#include "sd/mm.h"

#define HEAD_SIZE   64
#define SLAB_SPACE  (SD_PAGE_SIZE - HEAD_SIZE)
#define MAGIC_SLAB  0x534c4142u      /* "SLAB" */
#define MAGIC_LARGE 0x4c415247u      /* "LARG" */

struct free_block {
    struct free_block *next;
};

struct page_head {
    uint32_t magic;
    uint16_t cls;                    /* size class index (slabs) */
    uint16_t used;                   /* blocks handed out (slabs) */
    size_t npages;                   /* pages in the run (large) */
    struct free_block *free;         /* free blocks of this slab */
    struct page_head *prev, *next;   /* the class's list of slabs with free blocks */
};
_Static_assert(sizeof(struct page_head) <= HEAD_SIZE, "page head too large");

/* Multiples of 16; the last ones are the largest that fit 6, 4, 3 and 2 per page. */
static const uint16_t class_size[] = {
    16, 32, 48, 64, 80, 96, 128, 160, 192, 256, 320, 384, 512, 672, 1008, 1344, 2016,
};
#define NCLASSES (sizeof(class_size) / sizeof(class_size[0]))

static struct page_head *partial[NCLASSES];

static unsigned class_of(size_t size)
{
    unsigned c = 0;

    while (class_size[c] < size)
        c++;
    return c;
}

static void list_remove(struct page_head *h)
{
    if (h->prev)
        h->prev->next = h->next;
    else
        partial[h->cls] = h->next;
    if (h->next)
        h->next->prev = h->prev;
    h->prev = h->next = NULL;
}

static void list_push(struct page_head *h)
{
    h->prev = NULL;
    h->next = partial[h->cls];
    if (h->next)
        h->next->prev = h;
    partial[h->cls] = h;
}

/* A fresh slab for class c on its list; NULL when out of pages. Events masked. */
static struct page_head *slab_new(unsigned c)
{
    struct page_head *h = sd_pages_alloc(1);
    if (!h)
        return NULL;
    h->magic = MAGIC_SLAB;
    h->cls = (uint16_t)c;
    h->used = 0;
    h->npages = 1;
    h->free = NULL;
    unsigned n = SLAB_SPACE / class_size[c];
    char *first = (char *)h + HEAD_SIZE;
    for (unsigned i = n; i-- > 0;) {
        struct free_block *b = (struct free_block *)(first + i * class_size[c]);
        b->next = h->free;
        h->free = b;
    }
    list_push(h);
    return h;
}

static void *small_alloc(size_t size)
{
    unsigned c = class_of(size);
    struct page_head *h = partial[c];

    if (!h && !(h = slab_new(c)))
        return NULL;
    struct free_block *b = h->free;
    h->free = b->next;
    h->used++;
    if (!h->free)
        list_remove(h);
    return b;
}

static void *large_alloc(size_t size)
{
    size_t npages = (size + HEAD_SIZE + SD_PAGE_SIZE - 1) / SD_PAGE_SIZE;
    struct page_head *h = sd_pages_alloc(npages);

    if (!h)
        return NULL;
    h->magic = MAGIC_LARGE;
    h->npages = npages;
    return (char *)h + HEAD_SIZE;
}

/* Context: any. NULL when out of memory (size 0 gives a minimal block). */
void *sd_malloc(size_t size)
{
    void *p;

    if (size > (size_t)-1 / 2)
        return NULL;
    unsigned long flags = plat_irq_save();
    p = size <= class_size[NCLASSES - 1] ? small_alloc(size ? size : 1) : large_alloc(size);
    plat_irq_restore(flags);
    return p;
}

/* Context: any. NULL when out of memory. */
void *sd_zalloc(size_t size)
{
    void *p = sd_malloc(size);

    if (p)
        sd_memset(p, 0, size);
    return p;
}

static void small_free(struct page_head *h, void *p)
{
    size_t off = (uintptr_t)p - (uintptr_t)h - HEAD_SIZE;
    SD_ALWAYS(off % class_size[h->cls] == 0 && h->used > 0);

    struct free_block *b = p;
    if (!h->free)
        list_push(h);
    b->next = h->free;
    h->free = b;
    if (--h->used == 0) {
        list_remove(h);
        h->magic = 0;
        sd_pages_free(h, 1);
    }
}

/* Context: any. NULL is ignored; a pointer the heap did not hand out panics. */
void sd_free(void *p)
{
    if (!p)
        return;
    struct page_head *h = (struct page_head *)((uintptr_t)p & ~(SD_PAGE_SIZE - 1));
    unsigned long flags = plat_irq_save();
    if (h->magic == MAGIC_SLAB) {
        small_free(h, p);
    } else if (h->magic == MAGIC_LARGE && (char *)p == (char *)h + HEAD_SIZE) {
        h->magic = 0;
        sd_pages_free(h, h->npages);
    } else {
        panic("heap: sd_free(%p): not a heap block", p);
    }
    plat_irq_restore(flags);
}
