/* malloc/realloc/calloc/free stress. Every block carries a pattern derived from its slot and
 * generation, checked before it is freed or resized. Two identical rounds: after each, the
 * bytes newlib counts as in use (mallinfo) must be back to where they started, and the second
 * round must not take pages from the kernel that the first one did not already need. */
#include <malloc.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sd/mm.h>

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

static bool round_trip(void)
{
    rng = 12345;                 /* the same sequence each round */
    for (int i = 0; i < OPS; i++)
        if (!step())
            return false;
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

int main(void)
{
    size_t pages0 = sd_pages_free_count();
    size_t used0 = (size_t)mallinfo().uordblks;
    bool ok1 = round_trip();
    size_t pages1 = sd_pages_free_count();
    size_t used1 = (size_t)mallinfo().uordblks;
    bool ok2 = round_trip();
    bool zero = calloc_zeroes();
    size_t pages2 = sd_pages_free_count();
    size_t used2 = (size_t)mallinfo().uordblks;

    printf("pages free: start %zu, after round 1 %zu, after round 2 %zu (of %zu)\n",
           pages0, pages1, pages2, sd_pages_total());
    printf("bytes in use: start %zu, after round 1 %zu, after round 2 %zu\n",
           used0, used1, used2);
    printf("operations: 2 x %d, corrupt blocks: %lu\n", OPS, corrupt);
    if (!ok1 || !ok2)
        printf("VERDICT FAIL: out of memory\n");
    else if (corrupt)
        printf("VERDICT FAIL: %lu corrupt blocks\n", corrupt);
    else if (!zero)
        printf("VERDICT FAIL: calloc memory not zeroed\n");
    else if (used1 != used0 || used2 != used0)
        printf("VERDICT FAIL: bytes in use did not come back\n");
    else if (pages2 < pages1)
        printf("VERDICT FAIL: round 2 took %zu more pages\n", pages1 - pages2);
    else
        printf("VERDICT PASS\n");
    return 0;
}
