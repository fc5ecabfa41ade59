/* One-shot timers: deadline order, never early, cancel, re-arm, arming from a callback. */
#include "sd/irq.h"
#include "sd/sync.h"
#include "sd/time.h"
#include "unit.h"

static struct sd_sem fired_sem;
static int order[8];
static uint64_t fired_at[8];
static int nfired;

static void record(struct sd_timer *t)
{
    int id = (int)(intptr_t)t->arg;

    fired_at[id] = sd_clock_monotonic_ns();
    order[nfired++] = id;
    sd_sem_up(&fired_sem);      /* a wake-up from event context */
}

START_TEST(fire_in_deadline_order)
{
    struct sd_timer t[4];
    uint64_t now = unit_now();
    uint64_t deadline[4] = { now + 3000000, now + 1000000, now + 2000000, now + 1000000 };

    sd_sem_init(&fired_sem, 0);
    unsigned long flags = sd_irq_save();     /* none may fire before all are armed */
    for (int i = 0; i < 4; i++) {
        sd_timer_init(&t[i], record, (void *)(intptr_t)i);
        sd_timer_arm(&t[i], deadline[i]);
    }
    sd_irq_restore(flags);
    for (int i = 0; i < 4; i++)
        sd_sem_down(&fired_sem);
    ck_assert_int_eq(nfired, 4);
    /* 1 and 3 share a deadline: arming order decides. */
    ck_assert_int_eq(order[0], 1);
    ck_assert_int_eq(order[1], 3);
    ck_assert_int_eq(order[2], 2);
    ck_assert_int_eq(order[3], 0);
    for (int i = 0; i < 4; i++) {
        ck_assert_uint_ge(fired_at[i], deadline[i]);
        ck_assert(!t[i].armed);
    }
}
END_TEST

START_TEST(cancel_and_rearm)
{
    struct sd_timer a, b, c;
    uint64_t now = unit_now();

    sd_sem_init(&fired_sem, 0);
    sd_timer_init(&a, record, (void *)0);
    sd_timer_init(&b, record, (void *)1);
    sd_timer_init(&c, record, (void *)2);
    ck_assert(!sd_timer_cancel(&a));               /* never armed */
    unsigned long flags = sd_irq_save();           /* a and b cannot fire before we change them */
    sd_timer_arm(&a, now + 1000000);
    sd_timer_arm(&b, now + 2000000);
    sd_timer_arm(&c, now + 4000000);
    bool a_was_armed = sd_timer_cancel(&a);
    bool a_armed_again = sd_timer_cancel(&a);
    sd_timer_arm(&b, now + 6000000);               /* re-arming moves it after c */
    sd_irq_restore(flags);
    ck_assert(a_was_armed);
    ck_assert(!a_armed_again);
    sd_sem_down(&fired_sem);
    sd_sem_down(&fired_sem);
    ck_assert_int_eq(nfired, 2);
    ck_assert_int_eq(order[0], 2);
    ck_assert_int_eq(order[1], 1);
    ck_assert_uint_ge(fired_at[1], now + 6000000);
    ck_assert(!sd_timer_cancel(&b));               /* already fired */
}
END_TEST

static struct sd_timer chain_next;
static void chain_first(struct sd_timer *t)
{
    sd_timer_arm(&chain_next, sd_clock_monotonic_ns() + 500000);
    record(t);
}

START_TEST(arm_from_callback)
{
    struct sd_timer first;

    sd_sem_init(&fired_sem, 0);
    sd_timer_init(&first, chain_first, (void *)0);
    sd_timer_init(&chain_next, record, (void *)1);
    sd_timer_arm(&first, unit_now() + 500000);
    sd_sem_down(&fired_sem);
    sd_sem_down(&fired_sem);
    ck_assert_int_eq(order[0], 0);
    ck_assert_int_eq(order[1], 1);
    ck_assert_uint_ge(fired_at[1], fired_at[0] + 500000);
}
END_TEST

START_TEST(past_deadline_fires)
{
    struct sd_timer t;

    sd_sem_init(&fired_sem, 0);
    sd_timer_init(&t, record, (void *)0);
    sd_timer_arm(&t, 1);
    sd_sem_down(&fired_sem);
    ck_assert_int_eq(nfired, 1);
}
END_TEST

Suite *suite_timers(void)
{
    Suite *s = suite_create("timers");
    TCase *tc = unit_tcase("timers");

    tcase_add_test(tc, fire_in_deadline_order);
    tcase_add_test(tc, cancel_and_rearm);
    tcase_add_test(tc, arm_from_callback);
    tcase_add_test(tc, past_deadline_fires);
    suite_add_tcase(s, tc);
    return s;
}
