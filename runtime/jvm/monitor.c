/* monitor.c: Java monitors. An object starts with a thin lock in its header (owner thread id and
 * recursion count, set by one compare-and-swap); it is inflated to a Monitor (mutex + two
 * condition variables) when another thread contends for it, when wait() is called on it, or
 * when the count overflows. Inflation is permanent until the object dies. Only the owner of a
 * thin lock rewrites the lock word; other threads only CAS it from 0.
 */
#include <stdlib.h>

#include "vm.h"

struct Monitor {
    pf_mutex *mu;
    pf_cond *enter_cv, *wait_cv;
    Thread *owner;
    int count;
    Monitor *next_free;
};

static pf_mutex *pool_lock;
static Monitor *pool;

#define THIN(t, c) ((uintptr_t)(t)->id << 16 | (uintptr_t)(c) << 1)
#define THIN_OWNER(w) ((int)((w) >> 16))
#define THIN_COUNT(w) ((int)(((w) >> 1) & 0x7fff))
#define INFLATED(w) ((w) & 1)
#define MON(w) ((Monitor *)((w) & ~(uintptr_t)1))

static Monitor *monitor_new(Thread *owner, int count)
{
    pf_mutex_lock(pool_lock);
    Monitor *m = pool;
    if (m)
        pool = m->next_free;
    pf_mutex_unlock(pool_lock);
    if (!m) {
        m = calloc(1, sizeof *m);
        if (!m)
            abort();
        m->mu = pf_mutex_new();
        m->enter_cv = pf_cond_new();
        m->wait_cv = pf_cond_new();
    }
    m->owner = owner;
    m->count = count;
    return m;
}

void monitor_free_dead(Object *o)
{
    Monitor *m = MON(o->lock);
    m->owner = NULL;
    m->next_free = pool;   /* the world is stopped: no lock needed */
    pool = m;
}

struct enter_arg { Thread *t; Monitor *m; int count; };

static void blocking_enter(void *p)
{
    struct enter_arg *a = p;
    pf_mutex_lock(a->m->mu);
    while (a->m->owner)
        pf_cond_wait(a->m->enter_cv, a->m->mu, 0);
    a->m->owner = a->t;
    a->m->count = a->count;
    pf_mutex_unlock(a->m->mu);
}

static void inflated_enter(Thread *t, Monitor *m)
{
    pf_mutex_lock(m->mu);
    if (m->owner == t || !m->owner) {
        m->owner = t;
        m->count++;
        pf_mutex_unlock(m->mu);
        return;
    }
    pf_mutex_unlock(m->mu);
    struct enter_arg a = { t, m, 1 };
    thread_set_status(t, JTS_BLOCKED);
    thread_blocking(t, blocking_enter, &a);
    thread_set_status(t, JTS_RUNNABLE);
}

/* The owner of a thin lock turns it into a monitor. */
static Monitor *inflate_own(Thread *t, Object *o, int count)
{
    Monitor *m = monitor_new(t, count);
    __atomic_store_n(&o->lock, (uintptr_t)m | 1, __ATOMIC_RELEASE);
    return m;
}

static void backoff(void *unused) { pf_sleep_ns(200000); }

void monitor_init(void) { pool_lock = pf_mutex_new(); }

bool monitor_enter(Thread *t, Object *o)
{
    uintptr_t expect = 0;
    if (__atomic_compare_exchange_n(&o->lock, &expect, THIN(t, 1), false, __ATOMIC_ACQUIRE,
                                    __ATOMIC_RELAXED))
        return true;
    for (int spins = 0;; spins++) {
        uintptr_t w = __atomic_load_n(&o->lock, __ATOMIC_ACQUIRE);
        if (w == 0) {
            /* contended before: take it inflated so later contenders block instead of spin */
            uintptr_t want = spins ? ((uintptr_t)monitor_new(t, 1) | 1) : THIN(t, 1);
            expect = 0;
            if (__atomic_compare_exchange_n(&o->lock, &expect, want, false, __ATOMIC_ACQUIRE,
                                            __ATOMIC_RELAXED))
                return true;
            if (want & 1) {
                Monitor *m = MON(want);
                pf_mutex_lock(pool_lock);
                m->next_free = pool;
                pool = m;
                pf_mutex_unlock(pool_lock);
            }
            continue;
        }
        if (INFLATED(w)) {
            inflated_enter(t, MON(w));
            return true;
        }
        if (THIN_OWNER(w) == t->id) {
            int c = THIN_COUNT(w);
            if (c < 0x7fff)
                __atomic_store_n(&o->lock, w + 2, __ATOMIC_RELAXED);
            else
                inflate_own(t, o, c + 1);
            return true;
        }
        if (spins < 50)
            pf_thread_yield();
        else {
            thread_set_status(t, JTS_BLOCKED);
            thread_blocking(t, backoff, NULL);
            thread_set_status(t, JTS_RUNNABLE);
        }
        SAFEPOINT(t);
    }
}

static bool imse(Thread *t)
{
    throw_new(t, "java/lang/IllegalMonitorStateException", "current thread is not owner");
    return false;
}

bool monitor_exit(Thread *t, Object *o)
{
    uintptr_t w = __atomic_load_n(&o->lock, __ATOMIC_ACQUIRE);
    if (!INFLATED(w)) {
        if (w == 0 || THIN_OWNER(w) != t->id)
            return imse(t);
        __atomic_store_n(&o->lock, THIN_COUNT(w) == 1 ? 0 : w - 2, __ATOMIC_RELEASE);
        return true;
    }
    Monitor *m = MON(w);
    pf_mutex_lock(m->mu);
    if (m->owner != t) {
        pf_mutex_unlock(m->mu);
        return imse(t);
    }
    if (--m->count == 0) {
        m->owner = NULL;
        pf_cond_signal(m->enter_cv);
    }
    pf_mutex_unlock(m->mu);
    return true;
}

bool monitor_holds(Thread *t, Object *o)
{
    uintptr_t w = __atomic_load_n(&o->lock, __ATOMIC_ACQUIRE);
    if (!INFLATED(w))
        return w != 0 && THIN_OWNER(w) == t->id;
    return MON(w)->owner == t;
}

/* The monitor of o, inflated, when t owns it; NULL and IllegalMonitorStateException if not. */
static Monitor *owned_monitor(Thread *t, Object *o)
{
    uintptr_t w = __atomic_load_n(&o->lock, __ATOMIC_ACQUIRE);
    if (!INFLATED(w)) {
        if (w == 0 || THIN_OWNER(w) != t->id) {
            imse(t);
            return NULL;
        }
        return inflate_own(t, o, THIN_COUNT(w));
    }
    if (MON(w)->owner != t) {
        imse(t);
        return NULL;
    }
    return MON(w);
}

struct wait_arg { Thread *t; Monitor *m; uint64_t ns; int count; };

static void blocking_wait(void *p)
{
    struct wait_arg *a = p;
    Monitor *m = a->m;
    pf_mutex_lock(m->mu);
    /* give the monitor up and start waiting in one critical section: a notify cannot slip in
     * between */
    a->count = m->count;
    m->owner = NULL;
    m->count = 0;
    a->t->waiting_on = m;
    pf_cond_signal(m->enter_cv);
    if (!a->t->interrupted)
        pf_cond_wait(m->wait_cv, m->mu, a->ns);
    a->t->waiting_on = NULL;
    while (m->owner)
        pf_cond_wait(m->enter_cv, m->mu, 0);
    m->owner = a->t;
    m->count = a->count;
    pf_mutex_unlock(m->mu);
}

bool monitor_wait(Thread *t, Object *o, int64_t ms, int32_t ns)
{
    if (ms < 0) {
        throw_new(t, "java/lang/IllegalArgumentException", "timeout value is negative");
        return false;
    }
    Monitor *m = owned_monitor(t, o);
    if (!m)
        return false;
    if (t->interrupted) {
        t->interrupted = 0;
        throw_new(t, "java/lang/InterruptedException", NULL);
        return false;
    }
    struct wait_arg a = { t, m, (uint64_t)ms * 1000000u + (uint64_t)ns, 0 };
    thread_set_status(t, ms || ns ? JTS_TIMED_WAITING : JTS_WAITING);
    thread_blocking(t, blocking_wait, &a);
    thread_set_status(t, JTS_RUNNABLE);
    if (t->interrupted) {
        t->interrupted = 0;
        throw_new(t, "java/lang/InterruptedException", NULL);
        return false;
    }
    return true;
}

bool monitor_notify(Thread *t, Object *o, bool all)
{
    uintptr_t w = __atomic_load_n(&o->lock, __ATOMIC_ACQUIRE);
    if (!INFLATED(w)) {   /* no thread can wait on a thin lock */
        if (w == 0 || THIN_OWNER(w) != t->id)
            return imse(t);
        return true;
    }
    Monitor *m = MON(w);
    pf_mutex_lock(m->mu);
    if (m->owner != t) {
        pf_mutex_unlock(m->mu);
        return imse(t);
    }
    if (all)
        pf_cond_broadcast(m->wait_cv);
    else
        pf_cond_signal(m->wait_cv);
    pf_mutex_unlock(m->mu);
    return true;
}

void monitor_interrupt_waiter(Thread *target)
{
    Monitor *m = target->waiting_on;
    if (!m)
        return;
    pf_mutex_lock(m->mu);
    pf_cond_broadcast(m->wait_cv);
    pf_mutex_unlock(m->mu);
}
