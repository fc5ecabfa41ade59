/* Page allocator: runs from the top down, free, claim, exhaustion, merging of freed runs. */
#include <signal.h>
#include <stdlib.h>

#include "sd/mm.h"
#include "unit.h"

#define PAGE(base, i) ((char *)(base) + (size_t)(i) * SD_PAGE_SIZE)

START_TEST(alloc_top_down_aligned)
{
    char *base = sd_pages_base();
    char *end = PAGE(base, sd_pages_total());
    size_t before = sd_pages_free_count();

    char *a = sd_pages_alloc(3);
    char *b = sd_pages_alloc(2);
    ck_assert_ptr_nonnull(a);
    ck_assert_ptr_nonnull(b);
    ck_assert_uint_eq((uintptr_t)a % SD_PAGE_SIZE, 0);
    ck_assert(a >= base && a + 3 * SD_PAGE_SIZE <= end);
    ck_assert(b + 2 * SD_PAGE_SIZE <= a);     /* the next run lies below */
    ck_assert_uint_eq(sd_pages_free_count(), before - 5);
    sd_pages_free(a, 3);
    sd_pages_free(b, 2);
    ck_assert_uint_eq(sd_pages_free_count(), before);
    ck_assert_ptr_null(sd_pages_alloc(0));
}
END_TEST

START_TEST(claim_bottom)
{
    char *base = sd_pages_base();
    size_t before = sd_pages_free_count();

    ck_assert(sd_pages_claim(base, 4));
    ck_assert_uint_eq(sd_pages_free_count(), before - 4);
    ck_assert(!sd_pages_claim(PAGE(base, 3), 2));          /* overlaps: nothing taken */
    ck_assert_uint_eq(sd_pages_free_count(), before - 4);
    ck_assert(sd_pages_claim(PAGE(base, 4), 2));           /* sbrk-style growth */
    ck_assert(!sd_pages_claim(base + 1, 1));               /* not page-aligned */
    ck_assert(!sd_pages_claim(PAGE(base, sd_pages_total() - 1), 2));   /* past the end */
    ck_assert(!sd_pages_claim(base - SD_PAGE_SIZE, 1));    /* below the base */
    sd_pages_free(base, 6);                                /* a run claimed in two steps */
    ck_assert_uint_eq(sd_pages_free_count(), before);
}
END_TEST

START_TEST(claim_refuses_used)
{
    char *p = sd_pages_alloc(1);
    size_t before = sd_pages_free_count();

    ck_assert(!sd_pages_claim(p - SD_PAGE_SIZE, 3));
    ck_assert_uint_eq(sd_pages_free_count(), before);
}
END_TEST

/* Take every page one by one, check the allocator then refuses, give all back. */
START_TEST(exhaustion)
{
    size_t n = sd_pages_free_count();
    char **pages = malloc(n * sizeof(*pages));

    ck_assert_ptr_null(sd_pages_alloc(n + 1));
    for (size_t i = 0; i < n; i++) {
        pages[i] = sd_pages_alloc(1);
        ck_assert_ptr_nonnull(pages[i]);
    }
    ck_assert_uint_eq(sd_pages_free_count(), 0);
    ck_assert_ptr_null(sd_pages_alloc(1));
    for (size_t i = 0; i < n; i++)
        sd_pages_free(pages[i], 1);
    ck_assert_uint_eq(sd_pages_free_count(), n);
    char *all = sd_pages_alloc(n);    /* only works if every freed page merged back */
    ck_assert_ptr_nonnull(all);
    sd_pages_free(all, n);
    free(pages);
}
END_TEST

/* With memory full, free every other page: no run of 2 exists until a neighbour is freed. */
START_TEST(coalescing)
{
    size_t n = sd_pages_free_count();
    char *low = NULL;

    while (sd_pages_free_count() > 0) {
        char *p = sd_pages_alloc(1);
        ck_assert_ptr_nonnull(p);
        low = p;
    }
    char *a = PAGE(low, 10), *b = PAGE(low, 11), *c = PAGE(low, 12), *d = PAGE(low, 13);
    sd_pages_free(a, 1);
    sd_pages_free(c, 1);
    ck_assert_ptr_null(sd_pages_alloc(2));
    sd_pages_free(b, 1);
    ck_assert_ptr_eq(sd_pages_alloc(3), a);   /* a, b, c merged into one run */
    sd_pages_free(a, 3);
    sd_pages_free(d, 1);
    ck_assert_ptr_eq(sd_pages_alloc(4), a);
    ck_assert_uint_eq(sd_pages_free_count(), 0);
    (void)n;
}
END_TEST

START_TEST(free_sub_run)
{
    size_t before = sd_pages_free_count();
    char *p = sd_pages_alloc(8);

    sd_pages_free(PAGE(p, 2), 3);              /* any sub-run may go back */
    ck_assert_uint_eq(sd_pages_free_count(), before - 5);
    ck_assert(sd_pages_claim(PAGE(p, 2), 3));
    sd_pages_free(p, 8);
    ck_assert_uint_eq(sd_pages_free_count(), before);
}
END_TEST

START_TEST(double_free_panics)
{
    char *p = sd_pages_alloc(2);

    sd_pages_free(p, 2);
    sd_pages_free(p, 1);
}
END_TEST

Suite *suite_pages(void)
{
    Suite *s = suite_create("pages");
    TCase *tc = unit_tcase("pages");

    tcase_add_test(tc, alloc_top_down_aligned);
    tcase_add_test(tc, claim_bottom);
    tcase_add_test(tc, claim_refuses_used);
    tcase_add_test(tc, exhaustion);
    tcase_add_test(tc, coalescing);
    tcase_add_test(tc, free_sub_run);
    tcase_add_test_raise_signal(tc, double_free_panics, SIGABRT);
    suite_add_tcase(s, tc);
    return s;
}
