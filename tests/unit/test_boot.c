/* The end of boot and of the kernel: sd_kernel_start runs sd_main on "main" and exits with
 * its value; sd_exit; shutdown requests (default and installed handler); console input. */
#include <string.h>

#include "platform.h"     /* sd_kernel_start, sd_shutdown_requested, sd_console_input */
#include "sd/app.h"
#include "sd/console.h"
#include "sd/thread.h"
#include "sd/time.h"
#include "unit.h"

/* The unit binary's sd_main, reached only through kernel_start_runs_main. */
int sd_main(int argc, char **argv)
{
    bool ok = argc == 2 && strcmp(argv[0], "app") == 0 && strcmp(argv[1], "x") == 0
              && strcmp(sd_thread_name(sd_thread_self()), "main") == 0
              && sd_boot_time_main_ns() > 0;
    return ok ? 42 : 1;
}

START_TEST(kernel_start_runs_main)
{
    static char a0[] = "app", a1[] = "x";
    static char *argv[] = { a0, a1, NULL };

    sd_kernel_start(2, argv);
}
END_TEST

static void exit_five(void *arg)
{
    sd_exit(5);
}

START_TEST(exit_from_thread)
{
    sd_thread_join(sd_thread_create("exit", exit_five, NULL, 0));
    ck_abort_msg("sd_exit returned");
}
END_TEST

static void request_shutdown(struct sd_timer *t)
{
    sd_shutdown_requested();      /* from event context, as the Xen watch does */
}

static void shutdown_after_1ms(void)
{
    static struct sd_timer t;

    sd_timer_init(&t, request_shutdown, NULL);
    sd_timer_arm(&t, unit_now() + 1000000);
    sd_thread_sleep_ns(30 * SD_NS_PER_S);    /* far longer than needed: the exit ends it */
    ck_abort_msg("no shutdown");
}

START_TEST(shutdown_default_exits_0)
{
    shutdown_after_1ms();
}
END_TEST

static void handler(void)
{
    sd_exit(strcmp(sd_thread_name(sd_thread_self()), "shutdown") == 0 ? 9 : 1);
}

START_TEST(shutdown_runs_handler)
{
    sd_set_shutdown_handler(handler);
    shutdown_after_1ms();
}
END_TEST

static char got[16];
static size_t got_len;
static void reader(void *arg)
{
    got_len = sd_console_read(got, sizeof(got));
}

static void feed(struct sd_timer *t)
{
    sd_console_input("late", 4);
}

START_TEST(console_input_buffered)
{
    char buf[8];

    sd_console_input("abc", 3);
    ck_assert_uint_eq(sd_console_read(buf, 2), 2);
    ck_assert(memcmp(buf, "ab", 2) == 0);
    ck_assert_uint_eq(sd_console_read(buf, sizeof(buf)), 1);
    ck_assert_int_eq(buf[0], 'c');
    ck_assert_uint_eq(sd_console_read(buf, 0), 0);

    struct sd_thread *t = sd_thread_create("reader", reader, NULL, 0);
    struct sd_timer timer;
    sd_timer_init(&timer, feed, NULL);
    sd_timer_arm(&timer, unit_now() + 1000000);
    sd_thread_join(t);                     /* the reader blocked until the timer fed it */
    ck_assert_uint_eq(got_len, 4);
    ck_assert(memcmp(got, "late", 4) == 0);

    sd_console_input(NULL, 0);             /* end of input */
    ck_assert_uint_eq(sd_console_read(buf, sizeof(buf)), 0);
}
END_TEST

Suite *suite_boot(void)
{
    Suite *s = suite_create("boot");
    TCase *tc = unit_tcase("boot");

    tcase_add_exit_test(tc, kernel_start_runs_main, 42);
    tcase_add_exit_test(tc, exit_from_thread, 5);
    tcase_add_exit_test(tc, shutdown_default_exits_0, 0);
    tcase_add_exit_test(tc, shutdown_runs_handler, 9);
    tcase_add_test(tc, console_input_buffered);
    suite_add_tcase(s, tc);
    return s;
}
