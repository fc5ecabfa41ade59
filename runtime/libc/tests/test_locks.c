/* newlib's retargetable locks (runtime/libc/locks.c) over sd_mutex: recursion where newlib
 * needs it, try-acquire's result convention (0 when taken: newlib's ftrylockfile passes it
 * out), and real mutual exclusion between kernel threads. */
#include <stdbool.h>

#include <sd/thread.h>

#include "libc_unit.h"

/* From newlib's <sys/lock.h>, which the host build cannot include. */
struct __lock;
typedef struct __lock *_LOCK_T;
void __retarget_lock_init(_LOCK_T *lock);
void __retarget_lock_init_recursive(_LOCK_T *lock);
void __retarget_lock_close(_LOCK_T lock);
void __retarget_lock_close_recursive(_LOCK_T lock);
void __retarget_lock_acquire(_LOCK_T lock);
void __retarget_lock_acquire_recursive(_LOCK_T lock);
int __retarget_lock_try_acquire(_LOCK_T lock);
int __retarget_lock_try_acquire_recursive(_LOCK_T lock);
void __retarget_lock_release(_LOCK_T lock);
void __retarget_lock_release_recursive(_LOCK_T lock);
extern struct __lock __lock___malloc_recursive_mutex, __lock___tz_mutex;

START_TEST(static_recursive_lock_nests)
{
    _LOCK_T l = &__lock___malloc_recursive_mutex;
    __retarget_lock_acquire_recursive(l);
    __retarget_lock_acquire_recursive(l);
    ck_assert_int_eq(__retarget_lock_try_acquire_recursive(l), 0);
    __retarget_lock_release_recursive(l);
    __retarget_lock_release_recursive(l);
    __retarget_lock_release_recursive(l);
    ck_assert_int_eq(__retarget_lock_try_acquire_recursive(l), 0);   /* free again */
    __retarget_lock_release_recursive(l);
}
END_TEST

START_TEST(plain_lock_does_not_nest)
{
    _LOCK_T l = &__lock___tz_mutex;
    ck_assert_int_eq(__retarget_lock_try_acquire(l), 0);
    ck_assert_int_ne(__retarget_lock_try_acquire(l), 0);     /* busy, even for its owner */
    __retarget_lock_release(l);

    _LOCK_T d = NULL;
    __retarget_lock_init(&d);
    ck_assert_ptr_nonnull(d);
    ck_assert_int_eq(__retarget_lock_try_acquire(d), 0);
    ck_assert_int_ne(__retarget_lock_try_acquire(d), 0);
    __retarget_lock_release(d);
    __retarget_lock_close(d);
}
END_TEST

/* A second thread finds the lock busy, then waits for it; records what it saw. */
struct contender {
    _LOCK_T lock;
    int try_result;
    volatile bool acquired;
};

static void contend(void *arg)
{
    struct contender *c = arg;
    c->try_result = __retarget_lock_try_acquire_recursive(c->lock);
    __retarget_lock_acquire_recursive(c->lock);
    c->acquired = true;
    __retarget_lock_release_recursive(c->lock);
}

START_TEST(excludes_other_threads)
{
    struct contender c = { .try_result = -1 };
    __retarget_lock_init_recursive(&c.lock);
    __retarget_lock_acquire_recursive(c.lock);

    struct sd_thread *t = sd_thread_create("contender", contend, &c, 0);
    ck_assert_ptr_nonnull(t);
    sd_thread_sleep_ns(20 * 1000 * 1000);      /* it runs, and must block on the lock */
    ck_assert(!c.acquired);
    __retarget_lock_release_recursive(c.lock);
    sd_thread_join(t);
    ck_assert_int_ne(c.try_result, 0);
    ck_assert(c.acquired);
    __retarget_lock_close_recursive(c.lock);
}
END_TEST

Suite *suite_locks(void)
{
    Suite *s = suite_create("locks");
    TCase *tc = libc_unit_tcase("locks");
    tcase_add_test(tc, static_recursive_lock_nests);
    tcase_add_test(tc, plain_lock_does_not_nest);
    tcase_add_test(tc, excludes_other_threads);
    suite_add_tcase(s, tc);
    return s;
}
