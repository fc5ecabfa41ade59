/* sbrk (runtime/libc/sbrk.c, renamed sdc_test_sbrk): contiguous growth from sd_pages_base(),
 * page accounting, ENOMEM without side effects, shrinking gives pages back. */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <sd/mm.h>

#include "libc_unit.h"

void *sdc_test_sbrk(ptrdiff_t incr);

#define FAILED ((void *)-1)

START_TEST(first_break_is_pages_base)
{
    ck_assert_ptr_eq(sdc_test_sbrk(0), sd_pages_base());
}
END_TEST

START_TEST(grows_contiguously)
{
    char *base = sd_pages_base();
    size_t free_before = sd_pages_free_count();

    char *a = sdc_test_sbrk(100);
    char *b = sdc_test_sbrk(5000);
    char *c = sdc_test_sbrk(0);
    ck_assert_ptr_eq(a, base);
    ck_assert_ptr_eq(b, base + 100);
    ck_assert_ptr_eq(c, base + 5100);
    memset(a, 0xab, 5100);                       /* all of it is usable */
    ck_assert_uint_eq(sd_pages_free_count(), free_before - 2);   /* 5100 bytes: 2 pages */
}
END_TEST

START_TEST(enomem_changes_nothing)
{
    char *start = sdc_test_sbrk(SD_PAGE_SIZE);
    size_t free_before = sd_pages_free_count();

    errno = 0;
    ck_assert_ptr_eq(sdc_test_sbrk((ptrdiff_t)(LIBC_UNIT_MEM * 2)), FAILED);
    ck_assert_int_eq(errno, ENOMEM);
    errno = 0;
    ck_assert_ptr_eq(sdc_test_sbrk(PTRDIFF_MAX), FAILED);        /* would wrap around */
    ck_assert_int_eq(errno, ENOMEM);
    ck_assert_ptr_eq(sdc_test_sbrk(0), start + SD_PAGE_SIZE);
    ck_assert_uint_eq(sd_pages_free_count(), free_before);
    ck_assert_ptr_eq(sdc_test_sbrk(10), start + SD_PAGE_SIZE);   /* still grows afterwards */
}
END_TEST

START_TEST(stops_at_allocated_pages)
{
    /* Take every free page from the top, leaving 3 at the bottom: the heap may have those 3
     * and no more, whatever the kernel holds above. */
    size_t avail = sd_pages_free_count();
    ck_assert_ptr_nonnull(sd_pages_alloc(avail - 3));
    char *start = sdc_test_sbrk(3 * SD_PAGE_SIZE);
    ck_assert_ptr_eq(start, sd_pages_base());
    errno = 0;
    ck_assert_ptr_eq(sdc_test_sbrk(1), FAILED);
    ck_assert_int_eq(errno, ENOMEM);
    ck_assert_uint_eq(sd_pages_free_count(), 0);
}
END_TEST

START_TEST(shrink_gives_pages_back)
{
    size_t free_before = sd_pages_free_count();
    char *start = sdc_test_sbrk(10 * SD_PAGE_SIZE);
    ck_assert_uint_eq(sd_pages_free_count(), free_before - 10);

    ck_assert_ptr_eq(sdc_test_sbrk(-(ptrdiff_t)(4 * SD_PAGE_SIZE + 100)), start + 10 * SD_PAGE_SIZE);
    ck_assert_ptr_eq(sdc_test_sbrk(0), start + 6 * SD_PAGE_SIZE - 100);
    ck_assert_uint_eq(sd_pages_free_count(), free_before - 6);   /* the partial page is kept */

    errno = 0;
    ck_assert_ptr_eq(sdc_test_sbrk(-(ptrdiff_t)(7 * SD_PAGE_SIZE)), FAILED);   /* below start */
    ck_assert_int_eq(errno, EINVAL);
    ck_assert_ptr_eq(sdc_test_sbrk(0), start + 6 * SD_PAGE_SIZE - 100);

    ck_assert_ptr_eq(sdc_test_sbrk(100 + SD_PAGE_SIZE), start + 6 * SD_PAGE_SIZE - 100);
    ck_assert_uint_eq(sd_pages_free_count(), free_before - 7);   /* regrown in place */
}
END_TEST

Suite *suite_sbrk(void)
{
    Suite *s = suite_create("sbrk");
    TCase *tc = libc_unit_tcase("sbrk");
    tcase_add_test(tc, first_break_is_pages_base);
    tcase_add_test(tc, grows_contiguously);
    tcase_add_test(tc, enomem_changes_nothing);
    tcase_add_test(tc, stops_at_allocated_pages);
    tcase_add_test(tc, shrink_gives_pages_back);
    suite_add_tcase(s, tc);
    return s;
}
