/* malloc/realloc/calloc/free stress. Every block carries a pattern derived from its slot and
 * generation, checked before it is freed or resized. Two identical rounds, each ending with
 * everything freed and malloc_trim(0): the second must take no page the first did not give
 * back, and after trimming the heap (sbrk) must be back to a few pages with the kernel's free
 * page count where it started.
 *
 * (mallinfo is not used: newlib's libc.a fills a struct of ints while its <malloc.h> declares
 * size_t fields, so the figures it returns are garbage on x86_64.) */
#include <malloc.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sd/mm.h>

/* What the heap may keep after everything is freed and trimmed: malloc's bookkeeping. */
#define HEAP_SLACK (64 * 1024)

#define SLOTS 1024
#define OPS   20000

struct slot {
    unsigned char *p;
    size_t size;
    uint32_t gen;
};

static struct slot slots[SLOTS];
static uint32_t rng;
static unsigned long corrupt;

static uint32_t next_rand(void)
{
    rng = rng * 1664525u + 1013904223u;
    return rng >> 8;
}

static unsigned char pattern(size_t slot, uint32_t gen, size_t i)
{
    return (unsigned char)(slot * 31 + gen * 7 + i);
}

/* Mostly small blocks, some page-sized, a few large ones. */
static size_t pick_size(void)
{
    uint32_t r = next_rand() % 100;
    if (r < 80)
        return 1 + next_rand() % 128;
    if (r < 98)
        return 1 + next_rand() % 8192;
    return 65536 + next_rand() % (256 * 1024);
}

static void fill(size_t s, size_t from)
{
    for (size_t i = from; i < slots[s].size; i++)
        slots[s].p[i] = pattern(s, slots[s].gen, i);
}

static void verify(size_t s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (slots[s].p[i] != pattern(s, slots[s].gen, i)) {
            corrupt++;
            return;
        }
}

static bool step(void)
{
    size_t s = next_rand() % SLOTS;
    struct slot *sl = &slots[s];
    if (!sl->p) {
        sl->size = pick_size();
        sl->p = malloc(sl->size);
        if (!sl->p)
            return false;
        sl->gen++;
        fill(s, 0);
    } else if (next_rand() % 4 == 0) {
        size_t n = pick_size();
        verify(s, sl->size);
        unsigned char *q = realloc(sl->p, n);
        if (!q)
            return false;
        size_t kept = n < sl->size ? n : sl->size;
        sl->p = q;
        sl->size = n;
        verify(s, kept);          /* realloc keeps the common prefix */
        fill(s, kept);
    } else {
        verify(s, sl->size);
        free(sl->p);
        sl->p = NULL;
    }
    return true;
}

static uintptr_t heap_start, heap_peak;

static bool round_trip(void)
{
    rng = 12345;                 /* the same sequence each round */
    for (int i = 0; i < OPS; i++) {
        if (!step())
            return false;
        uintptr_t brk = (uintptr_t)sbrk(0);
        heap_peak = brk > heap_peak ? brk : heap_peak;
    }
    for (size_t s = 0; s < SLOTS; s++) {
        if (slots[s].p) {
            verify(s, slots[s].size);
            free(slots[s].p);
            slots[s].p = NULL;
        }
    }
    return true;
}

static bool calloc_zeroes(void)
{
    size_t n = 100000;
    unsigned char *p = calloc(n, 1);
    if (!p)
        return false;
    bool ok = true;
    for (size_t i = 0; i < n; i++)
        ok &= p[i] == 0;
    free(p);
    return ok;
}

struct snapshot {
    size_t pages_free;
    size_t heap;             /* bytes between the heap's start and the break */
};

static struct snapshot take(void)
{
    malloc_trim(0);
    return (struct snapshot){ sd_pages_free_count(), (uintptr_t)sbrk(0) - heap_start };
}

static void show(const char *when, struct snapshot s)
{
    printf("%-14s pages free %zu, heap %zu bytes\n", when, s.pages_free, s.heap);
}

int main(void)
{
    free(malloc(1));                        /* the heap exists from here */
    heap_start = (uintptr_t)sd_pages_base();
    struct snapshot s0 = take();
    bool ok1 = round_trip();
    struct snapshot s1 = take();
    bool ok2 = round_trip();
    struct snapshot s2 = take();
    bool zero = calloc_zeroes();
    struct snapshot s3 = take();

    printf("pages: %zu in all\n", sd_pages_total());
    show("start:", s0);
    show("after round 1:", s1);
    show("after round 2:", s2);
    show("after calloc:", s3);
    printf("heap peak: %zu bytes\n", (size_t)(heap_peak - heap_start));
    printf("operations: 2 x %d, corrupt blocks: %lu\n", OPS, corrupt);
    if (!ok1 || !ok2)
        printf("VERDICT FAIL: out of memory\n");
    else if (corrupt)
        printf("VERDICT FAIL: %lu corrupt blocks\n", corrupt);
    else if (!zero)
        printf("VERDICT FAIL: calloc memory not zeroed\n");
    else if (heap_peak - heap_start < 16 * HEAP_SLACK)
        printf("VERDICT FAIL: the stress never grew the heap\n");
    else if (s2.pages_free != s1.pages_free)
        printf("VERDICT FAIL: round 2 kept different pages than round 1\n");
    else if (s3.heap > HEAP_SLACK || s1.heap > HEAP_SLACK)
        printf("VERDICT FAIL: the trimmed heap stays large\n");
    else if (s3.pages_free + HEAP_SLACK / SD_PAGE_SIZE < s0.pages_free)
        printf("VERDICT FAIL: pages did not come back\n");
    else
        printf("VERDICT PASS\n");
    return 0;
}
