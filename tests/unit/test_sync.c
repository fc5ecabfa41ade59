/* Mutexes (plain and recursive), condition variables and semaphores, with timeouts. */
#include <signal.h>

#include "sd/errors.h"
#include "sd/sync.h"
#include "sd/thread.h"
#include "sd/time.h"
#include "unit.h"

/* ---- mutex ---- */

static struct sd_mutex counter_lock = SD_MUTEX_INITIALIZER;
static long counter;

/* Read, yield while holding the lock, write back: only mutual exclusion keeps the count. */
static void locked_increments(void *arg)
{
    for (int i = 0; i < 200; i++) {
        sd_mutex_lock(&counter_lock);
        long v = counter;
        sd_thread_yield();
        counter = v + 1;
        sd_mutex_unlock(&counter_lock);
    }
}

START_TEST(mutex_excludes)
{
    struct sd_thread *t[4];

    for (int i = 0; i < 4; i++)
        t[i] = sd_thread_create("inc", locked_increments, NULL, 0);
    for (int i = 0; i < 4; i++)
        sd_thread_join(t[i]);
    ck_assert_int_eq(counter, 800);
    ck_assert_ptr_null(counter_lock.owner);
}
END_TEST

static int try_result;
static void try_lock(void *arg)
{
    try_result = sd_mutex_trylock(arg);
    if (try_result == 0)
        sd_mutex_unlock(arg);
}

static int try_from_thread(struct sd_mutex *m)
{
    struct sd_thread *t = sd_thread_create("try", try_lock, m, 0);

    sd_thread_join(t);
    return try_result;
}

START_TEST(mutex_trylock)
{
    struct sd_mutex m;

    sd_mutex_init(&m, false);
    ck_assert_int_eq(sd_mutex_trylock(&m), 0);
    ck_assert_int_eq(sd_mutex_trylock(&m), -SD_EAGAIN);   /* not recursive */
    ck_assert_int_eq(try_from_thread(&m), -SD_EAGAIN);
    sd_mutex_unlock(&m);
    ck_assert_int_eq(try_from_thread(&m), 0);
}
END_TEST

START_TEST(mutex_recursive)
{
    struct sd_mutex m = SD_MUTEX_RECURSIVE_INITIALIZER;

    sd_mutex_lock(&m);
    sd_mutex_lock(&m);
    ck_assert_int_eq(sd_mutex_trylock(&m), 0);
    ck_assert_uint_eq(m.depth, 3);
    sd_mutex_unlock(&m);
    sd_mutex_unlock(&m);
    ck_assert_int_eq(try_from_thread(&m), -SD_EAGAIN);    /* still held once */
    sd_mutex_unlock(&m);
    ck_assert_int_eq(try_from_thread(&m), 0);
}
END_TEST

START_TEST(mutex_relock_panics)
{
    struct sd_mutex m = SD_MUTEX_INITIALIZER;

    sd_mutex_lock(&m);
    sd_mutex_lock(&m);
}
END_TEST

START_TEST(mutex_unlock_unlocked_panics)
{
    struct sd_mutex m = SD_MUTEX_INITIALIZER;

    sd_mutex_unlock(&m);
}
END_TEST

/* ---- condition variables ---- */

static struct sd_mutex q_lock = SD_MUTEX_INITIALIZER;
static struct sd_cond q_nonempty = SD_COND_INITIALIZER;
static int queue[16], q_len;
static long consumed_sum;

static void consumer(void *arg)
{
    for (int n = 0; n < 100; n++) {
        sd_mutex_lock(&q_lock);
        while (q_len == 0)
            sd_cond_wait(&q_nonempty, &q_lock);
        consumed_sum += queue[--q_len];
        sd_mutex_unlock(&q_lock);
    }
}

START_TEST(cond_producer_consumer)
{
    struct sd_thread *c = sd_thread_create("consumer", consumer, NULL, 0);
    long sum = 0;

    for (int i = 1; i <= 100; i++) {
        sd_mutex_lock(&q_lock);
        queue[q_len++] = i;
        sum += i;
        sd_cond_signal(&q_nonempty);
        sd_mutex_unlock(&q_lock);
        if (i % 3 == 0)
            sd_thread_yield();
    }
    sd_thread_join(c);
    ck_assert_int_eq(consumed_sum, sum);
}
END_TEST

START_TEST(cond_timeout_not_early)
{
    struct sd_mutex m = SD_MUTEX_RECURSIVE_INITIALIZER;
    struct sd_cond c = SD_COND_INITIALIZER;

    sd_mutex_lock(&m);
    sd_mutex_lock(&m);
    uint64_t deadline = unit_now() + 3000000;
    ck_assert_int_eq(sd_cond_timedwait(&c, &m, deadline), -SD_ETIMEDOUT);
    ck_assert_uint_ge(unit_now(), deadline);
    ck_assert_ptr_eq(m.owner, sd_thread_self());          /* held again, at full depth */
    ck_assert_uint_eq(m.depth, 2);
    ck_assert_int_eq(sd_cond_timedwait(&c, &m, 0), -SD_ETIMEDOUT);   /* 0: passed */
    sd_mutex_unlock(&m);
    sd_mutex_unlock(&m);
}
END_TEST

static struct sd_mutex w_lock = SD_MUTEX_INITIALIZER;
static struct sd_cond w_cond = SD_COND_INITIALIZER;
static int woken;

static void cond_waiter(void *arg)
{
    sd_mutex_lock(&w_lock);
    int r = sd_cond_timedwait(&w_cond, &w_lock, sd_clock_monotonic_ns() + 10 * SD_NS_PER_S);
    if (r == 0)
        woken++;
    sd_mutex_unlock(&w_lock);
}

START_TEST(cond_signal_one_broadcast_all)
{
    struct sd_thread *t[3];

    for (int i = 0; i < 3; i++)
        t[i] = sd_thread_create("waiter", cond_waiter, NULL, 0);
    unit_wait_queued(&w_cond.waiters, 3);
    sd_mutex_lock(&w_lock);
    sd_cond_signal(&w_cond);
    sd_mutex_unlock(&w_lock);
    ck_assert_int_eq(unit_queued(&w_cond.waiters), 2);   /* exactly one left the queue */
    while (woken < 1)
        sd_thread_sleep_ns(100000);
    ck_assert_int_eq(unit_queued(&w_cond.waiters), 2);
    ck_assert_int_eq(woken, 1);
    sd_mutex_lock(&w_lock);
    sd_cond_broadcast(&w_cond);
    sd_mutex_unlock(&w_lock);
    for (int i = 0; i < 3; i++)
        sd_thread_join(t[i]);
    ck_assert_int_eq(woken, 3);
}
END_TEST

/* ---- semaphores ---- */

START_TEST(sem_counts)
{
    struct sd_sem s = SD_SEM_INITIALIZER(2);

    ck_assert_int_eq(sd_sem_trydown(&s), 0);
    ck_assert_int_eq(sd_sem_trydown(&s), 0);
    ck_assert_int_eq(sd_sem_trydown(&s), -SD_EAGAIN);
    sd_sem_up(&s);
    sd_sem_down(&s);
    ck_assert_int_eq(s.count, 0);
    uint64_t deadline = unit_now() + 2000000;
    ck_assert_int_eq(sd_sem_down_until(&s, deadline), -SD_ETIMEDOUT);
    ck_assert_uint_ge(unit_now(), deadline);
    ck_assert_int_eq(sd_sem_down_until(&s, 1), -SD_ETIMEDOUT);
    ck_assert_int_eq(s.count, 0);
}
END_TEST

static struct sd_sem order_sem = SD_SEM_INITIALIZER(0);
static int wake_order[3], nwoke;

static void sem_waiter(void *arg)
{
    sd_sem_down(&order_sem);
    wake_order[nwoke++] = (int)(intptr_t)arg;
}

START_TEST(sem_fifo_handoff)
{
    struct sd_thread *t[3];

    for (int i = 0; i < 3; i++) {
        t[i] = sd_thread_create("semw", sem_waiter, (void *)(intptr_t)i, 0);
        unit_wait_queued(&order_sem.waiters, i + 1);   /* queue them in order 0, 1, 2 */
    }
    for (int i = 0; i < 3; i++)
        sd_sem_up(&order_sem);
    ck_assert_int_eq(order_sem.count, 0);    /* every unit went to a waiter */
    for (int i = 0; i < 3; i++)
        sd_thread_join(t[i]);
    for (int i = 0; i < 3; i++)
        ck_assert_int_eq(wake_order[i], i);
}
END_TEST

static void up_from_timer(struct sd_timer *t)
{
    sd_sem_up(t->arg);
}

START_TEST(sem_up_from_event)
{
    struct sd_sem s = SD_SEM_INITIALIZER(0);
    struct sd_timer t;

    sd_timer_init(&t, up_from_timer, &s);
    sd_timer_arm(&t, unit_now() + 1000000);
    ck_assert_int_eq(sd_sem_down_until(&s, unit_now() + 30 * SD_NS_PER_S), 0);
}
END_TEST

Suite *suite_sync(void)
{
    Suite *s = suite_create("sync");
    TCase *tc = unit_tcase("sync");

    tcase_add_test(tc, mutex_excludes);
    tcase_add_test(tc, mutex_trylock);
    tcase_add_test(tc, mutex_recursive);
    tcase_add_test_raise_signal(tc, mutex_relock_panics, SIGABRT);
    tcase_add_test_raise_signal(tc, mutex_unlock_unlocked_panics, SIGABRT);
    tcase_add_test(tc, cond_producer_consumer);
    tcase_add_test(tc, cond_timeout_not_early);
    tcase_add_test(tc, cond_signal_one_broadcast_all);
    tcase_add_test(tc, sem_counts);
    tcase_add_test(tc, sem_fifo_handoff);
    tcase_add_test(tc, sem_up_from_event);
    suite_add_tcase(s, tc);
    return s;
}
