/* Kernel heap: alignment, integrity under a random workload, zeroing, exhaustion, and all
 * memory going back to the page allocator. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "sd/mm.h"
#include "unit.h"

START_TEST(aligned_and_distinct)
{
    void *prev = NULL;

    for (size_t size = 0; size < 9000; size += 7) {
        char *p = sd_malloc(size);
        ck_assert_ptr_nonnull(p);
        ck_assert_uint_eq((uintptr_t)p % 16, 0);
        ck_assert_ptr_ne(p, prev);
        memset(p, 0xa5, size);
        sd_free(prev);
        prev = p;
    }
    sd_free(prev);
    sd_free(NULL);
}
END_TEST

static uint32_t rng = 12345;
static uint32_t next_rand(void)
{
    rng = rng * 1103515245u + 12345u;
    return rng >> 8;
}

static void fill(unsigned char *p, size_t size, uint32_t tag)
{
    for (size_t i = 0; i < size; i++)
        p[i] = (unsigned char)(tag + i * 31);
}

static int intact(const unsigned char *p, size_t size, uint32_t tag)
{
    for (size_t i = 0; i < size; i++) {
        if (p[i] != (unsigned char)(tag + i * 31))
            return 0;
    }
    return 1;
}

#define SLOTS 600

/* Random sizes (mostly small, some page-sized and larger), each block filled with a pattern
 * of its own that must survive until it is freed; at the end every page comes back. */
START_TEST(stress_integrity)
{
    static unsigned char *ptr[SLOTS];
    static size_t size[SLOTS];
    size_t pages_before = sd_pages_free_count();

    for (int round = 0; round < 30000; round++) {
        unsigned i = next_rand() % SLOTS;
        if (ptr[i]) {
            ck_assert_msg(intact(ptr[i], size[i], i), "block %u (%zu bytes) corrupted", i,
                          size[i]);
            sd_free(ptr[i]);
        }
        uint32_t r = next_rand();
        size[i] = r % 16 == 0 ? r % 20000 : r % 700;
        ptr[i] = sd_malloc(size[i]);
        ck_assert_ptr_nonnull(ptr[i]);
        fill(ptr[i], size[i], i);
    }
    ck_assert_uint_lt(sd_pages_free_count(), pages_before);
    for (unsigned i = 0; i < SLOTS; i++) {
        ck_assert(intact(ptr[i], size[i], i));
        sd_free(ptr[i]);
    }
    ck_assert_uint_eq(sd_pages_free_count(), pages_before);
}
END_TEST

START_TEST(zalloc_zeroes_reused_memory)
{
    for (size_t size = 1; size < 5000; size = size * 3 + 1) {
        char *p = sd_malloc(size);
        memset(p, 0xff, size);
        sd_free(p);
        unsigned char *z = sd_zalloc(size);
        ck_assert_ptr_nonnull(z);
        for (size_t i = 0; i < size; i++)
            ck_assert_uint_eq(z[i], 0);
        sd_free(z);
    }
}
END_TEST

START_TEST(exhaustion_returns_null)
{
    size_t pages_before = sd_pages_free_count();
    void *blocks[4096];
    size_t n = 0;

    ck_assert_ptr_null(sd_malloc(UNIT_MEM * 2));
    ck_assert_ptr_null(sd_malloc((size_t)-16));
    while (n < 4096 && (blocks[n] = sd_malloc(100000)) != NULL)
        n++;
    ck_assert_uint_lt(n, 4096);
    ck_assert_uint_gt(n, 100);
    /* Small blocks may still fit in leftover pages; then those run out too. */
    static void *small[100000];
    size_t m = 0;
    while (m < 100000 && (small[m] = sd_malloc(64)) != NULL)
        m++;
    ck_assert_uint_lt(m, 100000);
    while (m > 0)
        sd_free(small[--m]);
    while (n > 0)
        sd_free(blocks[--n]);
    ck_assert_uint_eq(sd_pages_free_count(), pages_before);
}
END_TEST

START_TEST(bad_free_panics)
{
    char *p = sd_malloc(100);

    sd_free(p + 8);
}
END_TEST

Suite *suite_heap(void)
{
    Suite *s = suite_create("heap");
    TCase *tc = unit_tcase("heap");

    tcase_add_test(tc, aligned_and_distinct);
    tcase_add_test(tc, stress_integrity);
    tcase_add_test(tc, zalloc_zeroes_reused_memory);
    tcase_add_test(tc, exhaustion_returns_null);
    tcase_add_test_raise_signal(tc, bad_free_panics, SIGABRT);
    suite_add_tcase(s, tc);
    return s;
}
