/* Threads: create/join, yield, preemption of a thread that never yields, detach, names,
 * the per-thread pointer, and that stacks go back to the page allocator. */
#include <string.h>

#include "sd/irq.h"
#include "sd/mm.h"
#include "sd/thread.h"
#include "unit.h"

static void set_flag(void *arg)
{
    *(int *)arg = 1;
}

START_TEST(create_join)
{
    int ran[4] = { 0 };
    struct sd_thread *t[4];
    size_t pages_before = sd_pages_free_count();

    for (int i = 0; i < 4; i++) {
        t[i] = sd_thread_create("worker", set_flag, &ran[i], 0);
        ck_assert_ptr_nonnull(t[i]);
    }
    for (int i = 0; i < 4; i++)
        sd_thread_join(t[i]);
    for (int i = 0; i < 4; i++)
        ck_assert_int_eq(ran[i], 1);
    ck_assert_uint_eq(sd_pages_free_count(), pages_before);
}
END_TEST

START_TEST(names_and_self)
{
    struct sd_thread *t = sd_thread_create("a-rather-long-thread-name", set_flag, &(int){ 0 }, 0);

    ck_assert_str_eq(sd_thread_name(t), "a-rather-long-t");   /* 15 chars kept */
    ck_assert_str_eq(sd_thread_name(sd_thread_self()), "boot");
    sd_thread_join(t);
}
END_TEST

#define YIELDS 100
static char yield_log[2 * YIELDS + 1];
static int yield_len;

static void yielder(void *arg)
{
    for (int i = 0; i < YIELDS; i++) {
        yield_log[yield_len++] = *(const char *)arg;
        sd_thread_yield();
    }
}

START_TEST(yield_alternates)
{
    struct sd_thread *a = sd_thread_create("a", yielder, "A", 0);
    struct sd_thread *b = sd_thread_create("b", yielder, "B", 0);

    sd_thread_join(a);
    sd_thread_join(b);
    ck_assert_int_eq(yield_len, 2 * YIELDS);
    int switches = 0;
    for (int i = 1; i < yield_len; i++)
        switches += yield_log[i] != yield_log[i - 1];
    /* Strictly ABAB... unless a time slice ended in between (a loaded host): allow a few. */
    ck_assert_int_ge(switches, 2 * YIELDS - 10);
    sd_thread_yield();      /* nobody else runnable: returns at once */
}
END_TEST

/* One thread spins forever, never yielding; seven others must still finish: only the time
 * slice can take the CPU back from the spinner. */
static volatile unsigned long spins;
static void spinner(void *arg)
{
    for (;;)
        spins++;
}

static int rounds_done[7];
static void worker(void *arg)
{
    int *done = arg;

    for (int i = 0; i < 4; i++) {
        for (volatile int j = 0; j < 100000; j++)
            ;
        (*done)++;
        sd_thread_yield();
    }
}

START_TEST(preemption_spinner_cannot_starve)
{
    struct sd_thread *w[7];

    sd_thread_detach(sd_thread_create("spinner", spinner, NULL, 0));
    for (int i = 0; i < 7; i++)
        w[i] = sd_thread_create("worker", worker, &rounds_done[i], 0);
    for (int i = 0; i < 7; i++)
        sd_thread_join(w[i]);
    for (int i = 0; i < 7; i++)
        ck_assert_int_eq(rounds_done[i], 4);
    ck_assert_uint_gt(spins, 0);
}
END_TEST

static void check_local(void *arg)
{
    int *result = arg;

    sd_thread_set_local(arg);
    for (int i = 0; i < 50; i++) {
        sd_thread_yield();
        if (sd_thread_local() != arg)
            return;
    }
    *result = 1;
}

START_TEST(thread_local_pointer)
{
    int ok[3] = { 0 };
    struct sd_thread *t[3];
    int mine;

    ck_assert_ptr_null(sd_thread_local());
    sd_thread_set_local(&mine);
    for (int i = 0; i < 3; i++)
        t[i] = sd_thread_create("local", check_local, &ok[i], 0);
    for (int i = 0; i < 3; i++)
        sd_thread_join(t[i]);
    for (int i = 0; i < 3; i++)
        ck_assert_int_eq(ok[i], 1);
    ck_assert_ptr_eq(sd_thread_local(), &mine);
}
END_TEST

/* Sleep in short steps until the page count is back to n (a hang here fails by timeout). */
static void wait_pages_free(size_t n)
{
    while (sd_pages_free_count() != n)
        sd_thread_sleep_ns(100000);
}

/* A detached thread frees itself: its stack pages come back once it has ended. */
START_TEST(detach_frees)
{
    size_t pages_before = sd_pages_free_count();
    int ran = 0, ran_too = 0;

    struct sd_thread *t = sd_thread_create("detached", set_flag, &ran, 256 * 1024);
    ck_assert_uint_lt(sd_pages_free_count(), pages_before);
    sd_thread_detach(t);
    wait_pages_free(pages_before);  /* it runs, ends, and the next switch frees it */
    ck_assert_int_eq(ran, 1);

    t = sd_thread_create("dead-first", set_flag, &ran_too, 0);
    while (!ran_too)
        sd_thread_sleep_ns(100000);
    sd_thread_sleep_ns(1000000);    /* most likely ended before the detach: freed at once */
    sd_thread_detach(t);
    wait_pages_free(pages_before);
}
END_TEST

START_TEST(create_fails_cleanly)
{
    size_t pages_before = sd_pages_free_count();

    ck_assert_ptr_null(sd_thread_create("huge", set_flag, NULL, UNIT_MEM));
    ck_assert_uint_eq(sd_pages_free_count(), pages_before);
}
END_TEST

static void exits_early(void *arg)
{
    *(int *)arg = 1;
    sd_thread_exit();
    *(int *)arg = 2;
}

START_TEST(explicit_exit)
{
    int state = 0;
    struct sd_thread *t = sd_thread_create("exit", exits_early, &state, 0);

    sd_thread_join(t);
    ck_assert_int_eq(state, 1);
}
END_TEST

Suite *suite_threads(void)
{
    Suite *s = suite_create("threads");
    TCase *tc = unit_tcase("threads");

    tcase_add_test(tc, create_join);
    tcase_add_test(tc, names_and_self);
    tcase_add_test(tc, yield_alternates);
    tcase_add_test(tc, preemption_spinner_cannot_starve);
    tcase_add_test(tc, thread_local_pointer);
    tcase_add_test(tc, detach_frees);
    tcase_add_test(tc, create_fails_cleanly);
    tcase_add_test(tc, explicit_exit);
    suite_add_tcase(s, tc);
    return s;
}
