/* Sleeping never ends early: checked for one thread and for many sleeping at once. */
#include "sd/thread.h"
#include "sd/time.h"
#include "unit.h"

START_TEST(never_early)
{
    static const uint64_t ns[] = { 0, 1, 1000, 50000, 1000000, 3000000, 12000000 };

    for (unsigned i = 0; i < sizeof(ns) / sizeof(ns[0]); i++) {
        uint64_t t0 = unit_now();
        sd_thread_sleep_ns(ns[i]);
        ck_assert_uint_ge(unit_now() - t0, ns[i]);
    }
}
END_TEST

START_TEST(sleep_until)
{
    uint64_t deadline = unit_now() + 2500000;

    sd_thread_sleep_until(deadline);
    ck_assert_uint_ge(unit_now(), deadline);
    sd_thread_sleep_until(1);              /* in the past: returns */
}
END_TEST

#define SLEEPERS 6
static uint64_t woke_late_by[SLEEPERS];
static int woke_early[SLEEPERS];

static void sleeper(void *arg)
{
    int i = (int)(intptr_t)arg;

    for (int round = 0; round < 5; round++) {
        uint64_t ns = (uint64_t)((i * 7 + round * 3) % 11) * 300000;
        uint64_t t0 = sd_clock_monotonic_ns();
        sd_thread_sleep_ns(ns);
        uint64_t slept = sd_clock_monotonic_ns() - t0;
        if (slept < ns)
            woke_early[i]++;
        woke_late_by[i] += slept - ns;
    }
}

START_TEST(many_sleepers)
{
    struct sd_thread *t[SLEEPERS];

    for (int i = 0; i < SLEEPERS; i++)
        t[i] = sd_thread_create("sleeper", sleeper, (void *)(intptr_t)i, 0);
    for (int i = 0; i < SLEEPERS; i++)
        sd_thread_join(t[i]);
    for (int i = 0; i < SLEEPERS; i++)
        ck_assert_int_eq(woke_early[i], 0);
}
END_TEST

Suite *suite_sleep(void)
{
    Suite *s = suite_create("sleep");
    TCase *tc = unit_tcase("sleep");

    tcase_add_test(tc, never_early);
    tcase_add_test(tc, sleep_until);
    tcase_add_test(tc, many_sleepers);
    suite_add_tcase(s, tc);
    return s;
}
