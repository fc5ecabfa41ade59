/* The kernel's formatter against glibc's printf for the formats printk.h promises, plus
 * truncation and printk itself. */
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "sd/app.h"
#include "sd/printk.h"
#include "unit.h"

/* Format with both and compare text and return value. */
#define SAME(fmt, ...)                                                                \
    do {                                                                              \
        char ours[128], ref[128];                                                     \
        int n1 = sd_snprintf(ours, sizeof(ours), fmt, __VA_ARGS__);                   \
        int n2 = snprintf(ref, sizeof(ref), fmt, __VA_ARGS__);                        \
        ck_assert_msg(strcmp(ours, ref) == 0 && n1 == n2, "format \"%s\": \"%s\" (%d), "   \
                      "want \"%s\" (%d)", fmt, ours, n1, ref, n2);                    \
    } while (0)

START_TEST(integers)
{
    SAME("%d|%i|%d", 0, -1, 42);
    SAME("%d %d", INT_MAX, INT_MIN);
    SAME("%u %u", 0u, UINT_MAX);
    SAME("%ld %ld", LONG_MAX, LONG_MIN);
    SAME("%lld %llu", LLONG_MIN, ULLONG_MAX);
    SAME("%lu %li", 123456789012UL, -5L);
    SAME("%zu %zx", (size_t)-1, (size_t)0xdeadbeef);
    SAME("%x %X %x", 0xabcdefu, 0xabcdefu, 0u);
    SAME("%llx %lX", 0x0123456789abcdefULL, 0xfedcba9876543210UL);
    SAME("%hd %hhu", 5, 7);
}
END_TEST

START_TEST(widths_and_flags)
{
    SAME("[%5d][%-5d][%05d]", 42, 42, 42);
    SAME("[%5d][%-5d][%05d]", -42, -42, -42);
    SAME("[%08x][%-8x][%8X]", 0xbeefu, 0xbeefu, 0xbeefu);
    SAME("[%3d][%03d]", 12345, 12345);          /* wider than the width */
    SAME("[%10s][%-10s][%s]", "abc", "abc", "");
    SAME("[%3c][%-3c][%c]", 'x', 'y', 'z');
    SAME("[%.2s][%-6.3s][%.*s]", "abcdef", "abcdef", 4, "abcdefgh");
    SAME("[%*d][%-*d]", 6, 7, 6, 7);
    SAME("[%20p]", (void *)0x1234);
}
END_TEST

START_TEST(strings_chars_percent)
{
    SAME("%s and %s", "one", "two");
    SAME("100%% %c%c", 'o', 'k');
    SAME("%p %p", (void *)0xffffffffffffULL, (void *)&strlen);
    char buf[32];
    const char *volatile null_string = NULL;   /* hidden from gcc's format check */
    sd_snprintf(buf, sizeof(buf), "%s", null_string);
    ck_assert_str_eq(buf, "(null)");
}
END_TEST

START_TEST(truncation)
{
    char buf[8];

    memset(buf, 'x', sizeof(buf));
    ck_assert_int_eq(sd_snprintf(buf, sizeof(buf), "%s-%d", "abcdef", 1234), 11);
    ck_assert_str_eq(buf, "abcdef-");
    ck_assert_int_eq(sd_snprintf(buf, 1, "%d", 99), 2);
    ck_assert_str_eq(buf, "");
    buf[0] = 'q';
    ck_assert_int_eq(sd_snprintf(buf, 0, "abc"), 3);
    ck_assert_int_eq(buf[0], 'q');                     /* size 0: nothing written */
}
END_TEST

START_TEST(printk_writes_console)
{
    ck_assert_uint_eq(sd_boot_time_console_ns(), 0);
    ck_assert_int_eq(printk("printk test: %d %s\n", 7, "ok"), 18);
    ck_assert_uint_gt(sd_boot_time_console_ns(), 0);
    char long_text[700];
    memset(long_text, 'L', sizeof(long_text) - 1);
    long_text[sizeof(long_text) - 1] = '\0';
    ck_assert_int_eq(printk("%s\n", long_text), 511);  /* cut to the buffer, ends "...\n" */
}
END_TEST

START_TEST(panic_aborts)
{
    panic("unit test panic %d", 1);
}
END_TEST

Suite *suite_printk(void)
{
    Suite *s = suite_create("printk");
    TCase *tc = unit_tcase("printk");

    tcase_add_test(tc, integers);
    tcase_add_test(tc, widths_and_flags);
    tcase_add_test(tc, strings_chars_percent);
    tcase_add_test(tc, truncation);
    tcase_add_test(tc, printk_writes_console);
    tcase_add_test_raise_signal(tc, panic_aborts, SIGABRT);
    suite_add_tcase(s, tc);
    return s;
}
