/* gc.c: the collector. Stop-the-world mark-sweep, non-moving.
 *
 * Invariant: between collections every block in [heap_base, heap_top) is either an allocated
 * object (alloc bit set, header valid) or a free chunk; mark bits are all clear.
 * Phases (GCS_ states):
 *   STOP    every other Java thread parks at a safepoint (thread.c) with its registers spilled;
 *   ROOTS   Java stacks, C stacks and registers are scanned conservatively (a word that points
 *           into an allocated object keeps it); classes' statics and mirrors, the string table,
 *           registered roots and thread objects are marked exactly;
 *   TRACE   an explicit mark stack follows reference fields (class ref_offs) and reference
 *           arrays precisely;
 *   SWEEP   heap_rebuild() frees unmarked objects, coalesces free runs, clears mark bits;
 *   RESUME  the soft limit is reset from the live size and the world restarts.
 */
#include <stdlib.h>
#include <string.h>

#include "heap.h"

enum { GCS_IDLE, GCS_STOP, GCS_ROOTS, GCS_TRACE, GCS_SWEEP, GCS_RESUME };
static int gc_state = GCS_IDLE;

static Object **mark_stack;
static size_t mark_sp, mark_cap;
static Object ***roots;
static size_t nroots, roots_cap;
static pf_mutex *roots_lock;

void heap_after_gc(void);
void heap_set_free_list(FreeChunk *list);
void string_gc_roots(void (*mark)(Object *));
void lambda_gc_roots(void (*mark)(Object *));
void heap_retire_all_tlabs(Thread *t, void *unused);

void gc_register_root(Object **p)
{
    if (!roots_lock)
        roots_lock = pf_mutex_new();
    pf_mutex_lock(roots_lock);
    if (nroots == roots_cap) {
        roots_cap = roots_cap ? roots_cap * 2 : 64;
        roots = realloc(roots, roots_cap * sizeof *roots);
        if (!roots)
            abort();
    }
    roots[nroots++] = p;
    pf_mutex_unlock(roots_lock);
}

static void mark(Object *o)
{
    if (!o)
        return;
    size_t i = gran_index(o);
    if (bit_get(mark_bits, i))
        return;
    bit_set(mark_bits, i);
    if (mark_sp == mark_cap) {
        mark_cap = mark_cap ? mark_cap * 2 : 4096;
        mark_stack = realloc(mark_stack, mark_cap * sizeof *mark_stack);
        if (!mark_stack)
            abort();
    }
    mark_stack[mark_sp++] = o;
}

static void mark_exact(Object *o)
{
    if (o && heap_is_object(o))
        mark(o);
}

/* Every aligned word of [lo, hi) that points into an object keeps it. */
static void scan_conservative(void *lo, void *hi, bool interior)
{
    uintptr_t *p = (uintptr_t *)(((uintptr_t)lo + 7) & ~(uintptr_t)7);
    for (; (void *)(p + 1) <= hi; p++) {
        void *w = (void *)*p;
        if ((char *)w < heap_base || (char *)w >= heap_top)
            continue;
        if (heap_is_object(w))
            mark(w);
        else if (interior) {
            Object *o = heap_find_object(w);
            if (o)
                mark(o);
        }
    }
}

static void scan_thread(Thread *t, void *arg)
{
    mark_exact(t->jthread);
    mark_exact(t->exception);
    if (t->frame) {
        Slot *top = (Slot *)t->frame + FRAME_SLOTS + t->frame->m->max_stack;
        scan_conservative(t->stack, top, false);
    }
    if (t->saved_sp && t->c_base)
        scan_conservative(t->saved_sp, t->c_base, true);
}

static void scan_class(Class *c, void *arg)
{
    mark_exact(c->mirror);
    for (uint32_t i = 0; i < c->nstatics; i++)
        mark_exact(c->statics[i].l);
}

static void trace(void)
{
    while (mark_sp) {
        Object *o = mark_stack[--mark_sp];
        Class *c = o->cls;
        if (c->kind == KIND_ARRAY) {
            if (c->prim == 'L' || c->prim == '[') {
                int32_t n = ARRAY_LENGTH(o);
                Object **e = ARRAY_DATA(o, Object *);
                for (int32_t i = 0; i < n; i++)
                    if (e[i])
                        mark(e[i]);
            }
        } else {
            for (uint32_t i = 0; i < c->nrefs; i++) {
                Object *r = FIELD_AT(o, c->ref_offs[i], Object *);
                if (r)
                    mark(r);
            }
        }
    }
}

void heap_rebuild(void)
{
    FreeChunk *head = NULL, **tail = &head;
    char *p = heap_base, *free_start = NULL;
    size_t live = 0;
    while (p < heap_top) {
        size_t i = gran_index(p), size;
        if (bit_get(alloc_bits, i)) {
            Object *o = (Object *)p;
            size = object_size(o);
            if (bit_get(mark_bits, i)) {
                bit_clear(mark_bits, i);
                live += size;
                if (free_start) {
                    FreeChunk *c = (FreeChunk *)free_start;
                    c->size_tag = (size_t)(p - free_start) | 1;
                    c->next = NULL;
                    *tail = c;
                    tail = &c->next;
                    free_start = NULL;
                }
            } else {
                if (o->lock & 1)
                    monitor_free_dead(o);
                bit_clear(alloc_bits, i);
                if (!free_start)
                    free_start = p;
            }
        } else {
            size = ((FreeChunk *)p)->size_tag & ~(uintptr_t)1;
            if (!free_start)
                free_start = p;
        }
        p += size;
    }
    if (free_start) {
        /* a free run at the top goes back to fresh memory, its pages to the system */
        char *page = (char *)(((uintptr_t)free_start + 4095) & ~(uintptr_t)4095);
        if (heap_top > page)
            pf_discard(page, (size_t)(heap_top - page));
        heap_top = free_start;
    }
    *tail = NULL;
    heap_set_free_list(head);
    heap_live_after_gc = live;
}

static void mark_from_roots(Thread *self)
{
    gc_state = GCS_ROOTS;
    thread_for_each(scan_thread, NULL);
    class_for_each(scan_class, NULL);
    string_gc_roots(mark_exact);
    lambda_gc_roots(mark_exact);
    for (size_t i = 0; i < nroots; i++)
        mark_exact(*roots[i]);
    gc_state = GCS_TRACE;
    trace();
}

/* noinline + unwind_init: the caller's callee-saved registers are spilled into this frame,
 * which lies above the stack pointer the thread records while stopped (thread.c). */
__attribute__((noinline)) void gc_collect(Thread *t)
{
    __builtin_unwind_init();
    gc_state = GCS_STOP;
    if (!thread_stop_world(t))
        return;   /* another thread collected while we waited */
    heap_retire_bump();
    thread_for_each(heap_retire_all_tlabs, NULL);
    mark_from_roots(t);
    gc_state = GCS_SWEEP;
    heap_rebuild();
    gc_state = GCS_RESUME;
    heap_after_gc();
    thread_start_world(t);
    gc_state = GCS_IDLE;
}
