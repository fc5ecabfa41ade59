/* heap.c: allocation. Small objects are bumped out of the thread's own buffer (TLAB) with no
 * lock. Buffers, and larger objects, come under the heap lock from a shared bump region (a free
 * chunk or fresh memory above heap_top); when that is used up the next fitting free chunk is
 * taken, then fresh memory while the heap is under its soft limit, then the collector runs
 * (gc.c), and finally the heap may grow to -Xmx. When even that fails:
 * OutOfMemoryError("Java heap space"). */
#include <stdlib.h>
#include <string.h>

#include "heap.h"

char *heap_base, *heap_top, *heap_end;
uint8_t *alloc_bits, *mark_bits;
size_t heap_live_after_gc;

static char *cur, *lim;             /* bump region */
static FreeChunk *free_list;
static size_t soft_limit;
static pf_mutex *heap_lock;

#define MIN_SOFT (2u << 20)
#define REGION (128u << 10)

void heap_init(size_t max)
{
    max = (max + 4095) & ~(size_t)4095;
    /* no need for zeroed memory: every object is cleared when it is allocated */
    heap_base = pf_reserve_uninit(max);
    size_t bm = max / GRANULE / 8 + 8;
    alloc_bits = pf_reserve(bm);
    mark_bits = pf_reserve(bm);
    if (!heap_base || !alloc_bits || !mark_bits) {
        pf_write(2, "Error occurred during initialization of VM\nCould not reserve enough space for object heap\n", 92);
        pf_exit(1);
    }
    heap_top = heap_base;
    heap_end = heap_base + max;
    soft_limit = MIN_SOFT < max ? MIN_SOFT : max;
    heap_lock = pf_mutex_new();
}

static void format_free(char *p, size_t n)
{
    if (n == 0)
        return;
    FreeChunk *c = (FreeChunk *)p;
    c->size_tag = n | 1;
    c->next = NULL;
}

void heap_retire_bump(void)
{
    if (cur && lim > cur) {
        format_free(cur, (size_t)(lim - cur));
        FreeChunk *c = (FreeChunk *)cur;
        c->next = free_list;
        free_list = c;
    }
    cur = lim = NULL;
}

/* First fit. Crumbs too small for the request and for most others are dropped from the list
 * while scanning (they stay in the heap as free chunks; the next sweep finds them again), so a
 * fragmented list is not scanned over and over. */
static char *take_chunk(size_t size)
{
    for (FreeChunk **pp = &free_list; *pp;) {
        FreeChunk *c = *pp;
        size_t cs = c->size_tag & ~(uintptr_t)1;
        if (cs < size && cs < 128) {
            *pp = c->next;
            continue;
        }
        if (cs < size) {
            pp = &c->next;
            continue;
        }
        *pp = c->next;
        cur = (char *)c;
        lim = cur + cs;
        char *p = cur;
        cur += size;
        return p;
    }
    return NULL;
}

static char *try_alloc(size_t size, bool grow_to_max)
{
    if ((size_t)(lim - cur) >= size && cur) {
        char *p = cur;
        cur += size;
        return p;
    }
    heap_retire_bump();
    char *p = take_chunk(size);
    if (p)
        return p;
    size_t used = (size_t)(heap_top - heap_base);
    if ((size_t)(heap_end - heap_top) < size)
        return NULL;
    if (!grow_to_max && used + size > soft_limit)
        return NULL;
    size_t n = size > REGION ? size : REGION;
    if ((size_t)(heap_end - heap_top) < n)
        n = (size_t)(heap_end - heap_top);
    cur = heap_top;
    lim = heap_top + n;
    heap_top = lim;
    p = cur;
    cur += size;
    return p;
}

/* After a collection: let the heap grow to twice the live data (at least MIN_SOFT). */
void heap_after_gc(void)
{
    size_t want = heap_live_after_gc * 2 + MIN_SOFT;
    size_t max = (size_t)(heap_end - heap_base);
    soft_limit = want < max ? want : max;
}

void heap_set_free_list(FreeChunk *list) { free_list = list; }

#define TLAB_SIZE (32u << 10)
#define TLAB_MAX_OBJECT 1024u

/* Give back the unused end of t's buffer as a free chunk (the next sweep reclaims it).
 * Context: heap lock held, or the world stopped. */
static void retire_tlab_locked(Thread *t)
{
    if (t->tlab_cur && t->tlab_lim > t->tlab_cur)
        format_free(t->tlab_cur, (size_t)(t->tlab_lim - t->tlab_cur));
    t->tlab_cur = t->tlab_lim = NULL;
}

void heap_retire_tlab(Thread *t)
{
    pf_mutex_lock(heap_lock);
    retire_tlab_locked(t);
    pf_mutex_unlock(heap_lock);
}

void heap_retire_all_tlabs(Thread *t, void *unused) { retire_tlab_locked(t); }

static inline Object *finish(char *p, Class *cls, size_t size)
{
    memset(p, 0, size);
    Object *o = (Object *)p;
    o->cls = cls;
    return o;
}

Object *heap_alloc(Thread *t, Class *cls, size_t size)
{
    size = (size + GRANULE - 1) & ~(size_t)(GRANULE - 1);
    SAFEPOINT(t);
    if (size <= (size_t)(t->tlab_lim - t->tlab_cur) && t->tlab_cur) {
        char *p = t->tlab_cur;
        t->tlab_cur += size;
        bit_set_atomic(alloc_bits, gran_index(p));
        return finish(p, cls, size);
    }
    for (int attempt = 0;; attempt++) {
        pf_mutex_lock(heap_lock);
        char *p = NULL;
        if (size <= TLAB_MAX_OBJECT) {
            /* a new buffer for this thread; if none fits, just this object */
            char *buf = try_alloc(TLAB_SIZE, attempt >= 2);
            if (buf) {
                retire_tlab_locked(t);
                p = buf;
                t->tlab_cur = buf + size;
                t->tlab_lim = buf + TLAB_SIZE;
            }
        }
        if (!p)
            p = try_alloc(size, attempt >= 2);
        if (p)
            bit_set_atomic(alloc_bits, gran_index(p));
        pf_mutex_unlock(heap_lock);
        if (p)
            return finish(p, cls, size);
        if (attempt == 0 || attempt == 2)
            gc_collect(t);
        else if (attempt > 2) {
            throw_oom(t);
            return NULL;
        }
    }
}

size_t object_size(Object *o)
{
    Class *c = o->cls;
    size_t s = c->kind == KIND_ARRAY ? ARRAY_DATA_OFFSET + (size_t)ARRAY_LENGTH(o) * c->elem_size
                                     : c->size;
    return (s + GRANULE - 1) & ~(size_t)(GRANULE - 1);
}

Object *new_object(Thread *t, Class *cls)
{
    return heap_alloc(t, cls, cls->size);
}

Object *new_array(Thread *t, Class *acls, int32_t len)
{
    if (len < 0) {
        throw_new(t, "java/lang/NegativeArraySizeException", "%d", len);
        return NULL;
    }
    size_t bytes = ARRAY_DATA_OFFSET + (size_t)len * acls->elem_size;
    if (bytes > (size_t)(heap_end - heap_base)) {
        throw_new(t, "java/lang/OutOfMemoryError", "Java heap space");
        return NULL;
    }
    Object *o = heap_alloc(t, acls, bytes);
    if (o)
        ARRAY_LENGTH(o) = len;
    return o;
}

size_t heap_total_bytes(void)
{
    size_t s = (size_t)(heap_top - heap_base);
    return s > soft_limit ? s : soft_limit;
}

size_t heap_max_bytes(void) { return (size_t)(heap_end - heap_base); }

size_t heap_free_bytes(void)
{
    pf_mutex_lock(heap_lock);
    size_t f = (size_t)(lim - cur);
    for (FreeChunk *c = free_list; c; c = c->next)
        f += c->size_tag & ~(uintptr_t)1;
    pf_mutex_unlock(heap_lock);
    return f + (heap_total_bytes() - (size_t)(heap_top - heap_base));
}

bool heap_is_object(void *p)
{
    if ((char *)p < heap_base || (char *)p >= heap_top || ((uintptr_t)p & (GRANULE - 1)))
        return false;
    return bit_get(alloc_bits, gran_index(p));
}

/* The object containing p (interior pointers allowed), or NULL: the nearest allocation bit at or
 * below p, skipping zero bitmap words 64 granules at a time. */
Object *heap_find_object(void *p)
{
    if ((char *)p < heap_base || (char *)p >= heap_top)
        return NULL;
    size_t i = gran_index(p);
    const uint64_t *words = (const uint64_t *)alloc_bits;
    for (;;) {
        uint64_t w = words[i >> 6] & (~0ull >> (63 - (i & 63)));   /* bits <= i in this word */
        if (w) {
            i = (i & ~(size_t)63) + (size_t)(63 - __builtin_clzll(w));
            break;
        }
        if (i < 64)
            return NULL;
        i = (i & ~(size_t)63) - 1;
    }
    Object *o = (Object *)(heap_base + i * GRANULE);
    return (char *)p < (char *)o + object_size(o) ? o : NULL;
}
