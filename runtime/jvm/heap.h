/* heap.h: the heap's layout, shared by the allocator (heap.c) and the collector (gc.c) only.
 *
 * The heap is one reserved range [heap_base, heap_base + max). [heap_base, heap_top) is
 * "walkable": a sequence of blocks, each either an object (its bit set in alloc_bits) or a free
 * chunk (first word = size | 1, second word = next free chunk). Above heap_top the memory has
 * never been used. Everything is in 16-byte granules; bitmaps hold one bit per granule.
 */
#ifndef JVM_HEAP_H
#define JVM_HEAP_H
#include "vm.h"

#define GRANULE 16
typedef struct FreeChunk { uintptr_t size_tag; struct FreeChunk *next; } FreeChunk;

extern char *heap_base, *heap_top, *heap_end;
extern uint8_t *alloc_bits, *mark_bits;
extern size_t heap_live_after_gc;

static inline size_t gran_index(const void *p) { return (size_t)((const char *)p - heap_base) / GRANULE; }
static inline bool bit_get(const uint8_t *bm, size_t i) { return bm[i >> 3] >> (i & 7) & 1; }
static inline void bit_set(uint8_t *bm, size_t i) { bm[i >> 3] |= (uint8_t)(1u << (i & 7)); }
/* Allocation bits are set while other threads set theirs in the same bytes: atomically. */
static inline void bit_set_atomic(uint8_t *bm, size_t i) { __atomic_fetch_or(&bm[i >> 3], (uint8_t)(1u << (i & 7)), __ATOMIC_RELAXED); }
static inline void bit_clear(uint8_t *bm, size_t i) { bm[i >> 3] &= (uint8_t)~(1u << (i & 7)); }

/* Collector side of the allocator (heap lock not needed: the world is stopped). */
void heap_retire_bump(void);                         /* make [cur, lim) a free chunk */
void heap_rebuild(void);                              /* sweep: free dead objects, new free list */

#endif
