/* pthread mutexes (normal, recursive, error-checking), condition variables (CLOCK_REALTIME or
 * CLOCK_MONOTONIC timeouts) and pthread_once, over the kernel's sd_mutex and sd_cond.
 *
 * A pthread_mutex_t / pthread_cond_t is a handle (pthread_internal.h). The static
 * initializer's value makes the object on first use, under the handle table's lock, so two
 * threads racing on a static mutex get the same one. Every type of mutex reports relocking by
 * its owner (EDEADLK; the kernel would panic) and unlocking by another thread (EPERM).
 * Context of every call: thread. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#include <sd/errors.h>
#include <sd/sync.h>
#include <sd/thread.h>
#include <sd/time.h>

#include "pthread_internal.h"

struct sdc_mutex {
    struct sd_mutex m;
    int type;
};

struct sdc_cond {
    struct sd_cond c;
    clockid_t clock;
};

/* ---- making objects behind handles ------------------------------------------------------- */

static int new_mutex(pthread_mutex_t *pm, int type)
{
    struct sdc_mutex *m = malloc(sizeof *m);
    if (!m)
        return ENOMEM;
    sd_mutex_init(&m->m, type == PTHREAD_MUTEX_RECURSIVE);
    m->type = type;
    uint32_t h = sdc_handle_new(m, SDC_H_MUTEX);
    if (!h) {
        free(m);
        return EAGAIN;
    }
    __atomic_store_n(pm, h, __ATOMIC_RELEASE);
    return 0;
}

static int new_cond(pthread_cond_t *pc, clockid_t clock)
{
    struct sdc_cond *c = malloc(sizeof *c);
    if (!c)
        return ENOMEM;
    sd_cond_init(&c->c);
    c->clock = clock;
    uint32_t h = sdc_handle_new(c, SDC_H_COND);
    if (!h) {
        free(c);
        return EAGAIN;
    }
    __atomic_store_n(pc, h, __ATOMIC_RELEASE);
    return 0;
}

/* The mutex behind *pm, made now if *pm is the static initializer; NULL with *err. */
static struct sdc_mutex *mutex_of(pthread_mutex_t *pm, int *err)
{
    uint32_t h = __atomic_load_n(pm, __ATOMIC_ACQUIRE);
    if (h == SDC_HANDLE_STATIC) {
        sdc_handles_lock();
        *err = *pm == SDC_HANDLE_STATIC ? new_mutex(pm, PTHREAD_MUTEX_DEFAULT) : 0;
        sdc_handles_unlock();
        if (*err)
            return NULL;
        h = __atomic_load_n(pm, __ATOMIC_ACQUIRE);
    }
    struct sdc_mutex *m = sdc_handle_get(h, SDC_H_MUTEX);
    *err = m ? 0 : EINVAL;
    return m;
}

static struct sdc_cond *cond_of(pthread_cond_t *pc, int *err)
{
    uint32_t h = __atomic_load_n(pc, __ATOMIC_ACQUIRE);
    if (h == SDC_HANDLE_STATIC) {
        sdc_handles_lock();
        *err = *pc == SDC_HANDLE_STATIC ? new_cond(pc, CLOCK_REALTIME) : 0;
        sdc_handles_unlock();
        if (*err)
            return NULL;
        h = __atomic_load_n(pc, __ATOMIC_ACQUIRE);
    }
    struct sdc_cond *c = sdc_handle_get(h, SDC_H_COND);
    *err = c ? 0 : EINVAL;
    return c;
}

static bool owned_by_me(const struct sdc_mutex *m)
{
    return m->m.owner == sd_thread_self();
}

/* ---- mutexes ---------------------------------------------------------------------------------- */

/* newlib's pthread_mutexattr_t has no `type` here (no _UNIX98_THREAD_MUTEX_ATTRIBUTES): the
 * type is kept in its `recursive` field. */
int pthread_mutexattr_init(pthread_mutexattr_t *attr)
{
    *attr = (pthread_mutexattr_t){ .is_initialized = 1, .recursive = PTHREAD_MUTEX_DEFAULT };
    return 0;
}

int pthread_mutexattr_destroy(pthread_mutexattr_t *attr)
{
    attr->is_initialized = 0;
    return 0;
}

int pthread_mutexattr_settype(pthread_mutexattr_t *attr, int type)
{
    if (!attr->is_initialized || type < PTHREAD_MUTEX_NORMAL || type > PTHREAD_MUTEX_DEFAULT)
        return EINVAL;
    attr->recursive = type;
    return 0;
}

int pthread_mutexattr_gettype(const pthread_mutexattr_t *attr, int *type)
{
    if (!attr->is_initialized)
        return EINVAL;
    *type = attr->recursive;
    return 0;
}

int pthread_mutex_init(pthread_mutex_t *pm, const pthread_mutexattr_t *attr)
{
    if (attr && !attr->is_initialized)
        return EINVAL;
    return new_mutex(pm, attr ? attr->recursive : PTHREAD_MUTEX_DEFAULT);
}

int pthread_mutex_destroy(pthread_mutex_t *pm)
{
    if (*pm == SDC_HANDLE_STATIC)
        return 0;               /* never used: nothing was made */
    struct sdc_mutex *m = sdc_handle_get(*pm, SDC_H_MUTEX);
    if (!m)
        return EINVAL;
    if (m->m.owner)
        return EBUSY;
    sdc_handle_free(*pm);
    free(m);
    return 0;
}

int pthread_mutex_lock(pthread_mutex_t *pm)
{
    int err;
    struct sdc_mutex *m = mutex_of(pm, &err);
    if (!m)
        return err;
    if (owned_by_me(m) && m->type != PTHREAD_MUTEX_RECURSIVE)
        return EDEADLK;
    sd_mutex_lock(&m->m);
    return 0;
}

int pthread_mutex_trylock(pthread_mutex_t *pm)
{
    int err;
    struct sdc_mutex *m = mutex_of(pm, &err);
    if (!m)
        return err;
    return sd_mutex_trylock(&m->m) == 0 ? 0 : EBUSY;
}

int pthread_mutex_unlock(pthread_mutex_t *pm)
{
    int err;
    struct sdc_mutex *m = mutex_of(pm, &err);
    if (!m)
        return err;
    if (!owned_by_me(m))
        return EPERM;
    sd_mutex_unlock(&m->m);
    return 0;
}

/* ---- condition variables ------------------------------------------------------------------- */

int pthread_condattr_init(pthread_condattr_t *attr)
{
    *attr = (pthread_condattr_t){ .is_initialized = 1, .clock = CLOCK_REALTIME };
    return 0;
}

int pthread_condattr_destroy(pthread_condattr_t *attr)
{
    attr->is_initialized = 0;
    return 0;
}

int pthread_condattr_setclock(pthread_condattr_t *attr, clockid_t clock)
{
    if (!attr->is_initialized || (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC))
        return EINVAL;
    attr->clock = clock;
    return 0;
}

int pthread_condattr_getclock(const pthread_condattr_t *restrict attr, clockid_t *restrict clock)
{
    if (!attr->is_initialized)
        return EINVAL;
    *clock = (clockid_t)attr->clock;
    return 0;
}

int pthread_cond_init(pthread_cond_t *pc, const pthread_condattr_t *attr)
{
    if (attr && !attr->is_initialized)
        return EINVAL;
    return new_cond(pc, attr ? (clockid_t)attr->clock : CLOCK_REALTIME);
}

/* POSIX lets destroy fail with EBUSY when threads wait; the kernel's wait queue says. */
int pthread_cond_destroy(pthread_cond_t *pc)
{
    if (*pc == SDC_HANDLE_STATIC)
        return 0;
    struct sdc_cond *c = sdc_handle_get(*pc, SDC_H_COND);
    if (!c)
        return EINVAL;
    if (c->c.waiters.head)
        return EBUSY;
    sdc_handle_free(*pc);
    free(c);
    return 0;
}

int pthread_cond_signal(pthread_cond_t *pc)
{
    int err;
    struct sdc_cond *c = cond_of(pc, &err);
    if (c)
        sd_cond_signal(&c->c);
    return err;
}

int pthread_cond_broadcast(pthread_cond_t *pc)
{
    int err;
    struct sdc_cond *c = cond_of(pc, &err);
    if (c)
        sd_cond_broadcast(&c->c);
    return err;
}

int pthread_cond_wait(pthread_cond_t *pc, pthread_mutex_t *pm)
{
    int err;
    struct sdc_cond *c = cond_of(pc, &err);
    struct sdc_mutex *m = c ? mutex_of(pm, &err) : NULL;
    if (!m)
        return err;
    if (!owned_by_me(m))
        return EPERM;
    sd_cond_wait(&c->c, &m->m);
    return 0;
}

/* abstime on the condition's clock, as a deadline on the kernel's monotonic clock. */
static uint64_t monotonic_deadline(const struct timespec *abstime, clockid_t clock)
{
    uint64_t mono = sd_clock_monotonic_ns();
    uint64_t now = clock == CLOCK_MONOTONIC ? mono : sd_clock_wall_ns();
    if (abstime->tv_sec < 0)
        return mono;
    uint64_t sec = (uint64_t)abstime->tv_sec;
    if (sec > (UINT64_MAX - SD_NS_PER_S) / SD_NS_PER_S)
        return UINT64_MAX;      /* beyond any clock */
    uint64_t target = sec * SD_NS_PER_S + (uint64_t)abstime->tv_nsec;
    if (target <= now)
        return mono;
    uint64_t wait = target - now;
    return wait > UINT64_MAX - mono ? UINT64_MAX : mono + wait;
}

int pthread_cond_timedwait(pthread_cond_t *pc, pthread_mutex_t *pm,
                           const struct timespec *abstime)
{
    int err;
    struct sdc_cond *c = cond_of(pc, &err);
    struct sdc_mutex *m = c ? mutex_of(pm, &err) : NULL;
    if (!m)
        return err;
    if (abstime->tv_nsec < 0 || abstime->tv_nsec >= (long)SD_NS_PER_S)
        return EINVAL;
    if (!owned_by_me(m))
        return EPERM;
    int rc = sd_cond_timedwait(&c->c, &m->m, monotonic_deadline(abstime, c->clock));
    return rc == -SD_ETIMEDOUT ? ETIMEDOUT : 0;
}

/* ---- once -------------------------------------------------------------------------------------- */

enum { ONCE_NOT_RUN = 0, ONCE_RUNNING = 1, ONCE_DONE = 2 };   /* in init_executed */
static struct sd_mutex once_lock = SD_MUTEX_INITIALIZER;
static struct sd_cond once_done = SD_COND_INITIALIZER;

int pthread_once(pthread_once_t *once, void (*init)(void))
{
    if (__atomic_load_n(&once->init_executed, __ATOMIC_ACQUIRE) == ONCE_DONE)
        return 0;
    sd_mutex_lock(&once_lock);
    while (once->init_executed == ONCE_RUNNING)
        sd_cond_wait(&once_done, &once_lock);
    if (once->init_executed == ONCE_NOT_RUN) {
        once->init_executed = ONCE_RUNNING;
        sd_mutex_unlock(&once_lock);
        init();
        sd_mutex_lock(&once_lock);
        __atomic_store_n(&once->init_executed, ONCE_DONE, __ATOMIC_RELEASE);
        sd_cond_broadcast(&once_done);
    }
    sd_mutex_unlock(&once_lock);
    return 0;
}
