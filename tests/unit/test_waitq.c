/* Wait queues: FIFO wake-one, wake-all, timeouts, wake-ups from event context, and the
 * check-then-wait pattern with events masked. */
#include <signal.h>

#include "sd/errors.h"
#include "sd/irq.h"
#include "sd/sync.h"
#include "sd/thread.h"
#include "sd/time.h"
#include "unit.h"

static struct sd_waitq wq = SD_WAITQ_INITIALIZER;
static int results[4], order[4], nwoken;

static void waiter(void *arg)
{
    int i = (int)(intptr_t)arg;
    unsigned long flags = sd_irq_save();

    results[i] = sd_waitq_wait(&wq, 0);
    order[nwoken++] = i;
    sd_irq_restore(flags);
}

START_TEST(wake_one_fifo)
{
    struct sd_thread *t[3];

    for (int i = 0; i < 3; i++) {
        t[i] = sd_thread_create("w", waiter, (void *)(intptr_t)i, 0);
        unit_wait_queued(&wq, i + 1);
    }
    for (int i = 0; i < 3; i++) {
        sd_waitq_wake_one(&wq);
        ck_assert_int_eq(unit_queued(&wq), 2 - i);
    }
    sd_waitq_wake_one(&wq);            /* nobody waits: nothing happens */
    for (int i = 0; i < 3; i++)
        sd_thread_join(t[i]);
    for (int i = 0; i < 3; i++) {
        ck_assert_int_eq(order[i], i);
        ck_assert_int_eq(results[i], 0);
    }
}
END_TEST

START_TEST(wake_all)
{
    struct sd_thread *t[4];

    sd_waitq_init(&wq);
    for (int i = 0; i < 4; i++)
        t[i] = sd_thread_create("w", waiter, (void *)(intptr_t)i, 0);
    unit_wait_queued(&wq, 4);
    sd_waitq_wake_all(&wq);
    ck_assert_int_eq(unit_queued(&wq), 0);
    for (int i = 0; i < 4; i++)
        sd_thread_join(t[i]);
    ck_assert_int_eq(nwoken, 4);
}
END_TEST

START_TEST(timeout)
{
    struct sd_waitq q = SD_WAITQ_INITIALIZER;
    unsigned long flags = sd_irq_save();
    uint64_t deadline = unit_now() + 2000000;

    ck_assert_int_eq(sd_waitq_wait(&q, deadline), -SD_ETIMEDOUT);
    ck_assert_uint_ge(unit_now(), deadline);
    ck_assert_int_eq(unit_queued(&q), 0);            /* the timeout took us off the queue */
    ck_assert_int_eq(sd_waitq_wait(&q, 1), -SD_ETIMEDOUT);   /* already passed */
    sd_irq_restore(flags);
}
END_TEST

static void wake_from_timer(struct sd_timer *t)
{
    sd_waitq_wake_one(t->arg);
}

/* Woken before the deadline: 0, and the timeout must not fire later on a stale wait. */
START_TEST(woken_before_deadline)
{
    struct sd_waitq q = SD_WAITQ_INITIALIZER;
    struct sd_timer t;
    int flag = 0;

    sd_timer_init(&t, wake_from_timer, &q);
    unsigned long flags = sd_irq_save();
    sd_timer_arm(&t, unit_now() + 1000000);
    while (!flag) {
        ck_assert_int_eq(sd_waitq_wait(&q, unit_now() + 30 * SD_NS_PER_S), 0);
        flag = 1;
    }
    sd_irq_restore(flags);
    /* Wait on another queue with a short deadline: only that deadline may end it. */
    struct sd_waitq other = SD_WAITQ_INITIALIZER;
    flags = sd_irq_save();
    uint64_t deadline = unit_now() + 3000000;
    ck_assert_int_eq(sd_waitq_wait(&other, deadline), -SD_ETIMEDOUT);
    ck_assert_uint_ge(unit_now(), deadline);
    sd_irq_restore(flags);
}
END_TEST

START_TEST(wait_unmasked_panics)
{
    struct sd_waitq q = SD_WAITQ_INITIALIZER;

    sd_waitq_wait(&q, 0);
}
END_TEST

Suite *suite_waitq(void)
{
    Suite *s = suite_create("waitq");
    TCase *tc = unit_tcase("waitq");

    tcase_add_test(tc, wake_one_fifo);
    tcase_add_test(tc, wake_all);
    tcase_add_test(tc, timeout);
    tcase_add_test(tc, woken_before_deadline);
    tcase_add_test_raise_signal(tc, wait_unmasked_panics, SIGABRT);
    suite_add_tcase(s, tc);
    return s;
}
