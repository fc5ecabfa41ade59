/* POSIX threads over kernel threads: create, join, detach, exit, self, equal, thread
 * attributes (stack size, detach state), sched_yield. Mutexes, condition variables and once
 * are in pthread_sync.c, keys in pthread_keys.c.
 *
 * Each pthread is one kernel thread (sd_thread_create) with a struct sdc_pthread, found
 * through its handle (the pthread_t) and through the thread's libc slot (thread_reent.c).
 * Who frees it: the joiner after sd_thread_join; for a detached thread the thread itself as it
 * ends, or pthread_detach when the thread had already ended. `done` and `detached` are decided
 * under state_lock so exactly one of them does. A thread ends with its key destructors run and
 * its newlib state released (sdc_thread_release). Context of every call: thread. */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>

#include <sd/sync.h>
#include <sd/thread.h>
#include <sdc/thread.h>

#include "pthread_internal.h"
#include "thread_reent.h"

#define SDC_PTHREAD_STACK_DEFAULT (64 * 1024)
#define SDC_PTHREAD_STACK_FLOOR   (16 * 1024)   /* what newlib's printf needs, at least */
#define SDC_PTHREAD_STACK_MIN     4096          /* smaller sizes are refused (EINVAL); newlib's
                                                   PTHREAD_STACK_MIN exists only for XMK */

static struct sd_mutex state_lock = SD_MUTEX_INITIALIZER;
static struct sd_cond all_ended = SD_COND_INITIALIZER;
static unsigned live;            /* threads started by pthread_create and not yet ended */
static struct sdc_pthread *main_pthread;

static void free_pthread(struct sdc_pthread *t)
{
    sdc_handle_free(t->id);
    free(t);
}

struct sdc_pthread *sdc_pthread_current(void)
{
    struct sdc_pthread *t = sdc_thread_pthread();
    if (t)
        return t;
    t = calloc(1, sizeof *t);
    if (!t) {
        errno = ENOMEM;
        return NULL;
    }
    t->adopted = true;
    t->id = sdc_handle_new(t, SDC_H_THREAD);
    if (!t->id || sdc_thread_set_pthread(t) != 0) {
        if (t->id)
            sdc_handle_free(t->id);
        free(t);
        errno = EAGAIN;
        return NULL;
    }
    /* The main thread's state stays for good: pthread_exit waits there for the others. */
    if (sdc_thread_is_main())
        main_pthread = t;
    return t;
}

/* Called by sdc_thread_release on a thread another layer started (adopted state). */
void sdc_pthread_thread_ending(void *p)
{
    struct sdc_pthread *t = p;
    sdc_pthread_run_destructors(t);
    free_pthread(t);
}

static _Noreturn void end_thread(struct sdc_pthread *t, void *result)
{
    sdc_pthread_run_destructors(t);
    t->result = result;
    sdc_thread_set_pthread(NULL);
    sd_mutex_lock(&state_lock);
    bool free_self = t->detached;
    t->done = true;
    if (--live == 0)
        sd_cond_broadcast(&all_ended);
    sd_mutex_unlock(&state_lock);
    if (free_self)
        free_pthread(t);      /* nobody else holds it: detached and not yet ended till now */
    sdc_thread_release();
    sd_thread_exit();
}

static void trampoline(void *arg)
{
    struct sdc_pthread *t = arg;
    if (sdc_thread_set_pthread(t) != 0)
        end_thread(t, NULL);
    end_thread(t, t->fn(t->arg));
}

int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*fn)(void *), void *arg)
{
    size_t stack = SDC_PTHREAD_STACK_DEFAULT;
    bool detached = false;
    if (attr) {
        if (!attr->is_initialized)
            return EINVAL;
        if (attr->stacksize > 0)
            stack = (size_t)attr->stacksize;
        detached = attr->detachstate == PTHREAD_CREATE_DETACHED;
    }
    if (stack < SDC_PTHREAD_STACK_FLOOR)
        stack = SDC_PTHREAD_STACK_FLOOR;

    struct sdc_pthread *t = calloc(1, sizeof *t);
    if (!t)
        return EAGAIN;
    t->fn = fn;
    t->arg = arg;
    t->detached = detached;
    t->id = sdc_handle_new(t, SDC_H_THREAD);
    if (!t->id) {
        free(t);
        return EAGAIN;
    }
    *thread = t->id;
    /* Under state_lock until t->kt is set: the new thread may run at once, but it cannot end
     * (and, detached, free t) and nobody can join it before then. */
    sd_mutex_lock(&state_lock);
    struct sd_thread *kt = sd_thread_create("pthread", trampoline, t, stack);
    if (kt) {
        live++;
        t->kt = detached ? NULL : kt;
    }
    sd_mutex_unlock(&state_lock);
    if (!kt) {
        free_pthread(t);
        return EAGAIN;
    }
    if (detached)
        sd_thread_detach(kt);
    return 0;
}

int pthread_join(pthread_t thread, void **result)
{
    struct sdc_pthread *self = sdc_thread_pthread();
    if (self && self->id == thread)
        return EDEADLK;
    sd_mutex_lock(&state_lock);
    struct sdc_pthread *t = sdc_handle_get(thread, SDC_H_THREAD);
    int err = !t ? ESRCH : (t->adopted || t->detached || t->joining) ? EINVAL : 0;
    if (!err)
        t->joining = true;
    sd_mutex_unlock(&state_lock);
    if (err)
        return err;
    sd_thread_join(t->kt);
    if (result)
        *result = t->result;
    free_pthread(t);
    return 0;
}

int pthread_detach(pthread_t thread)
{
    sd_mutex_lock(&state_lock);
    struct sdc_pthread *t = sdc_handle_get(thread, SDC_H_THREAD);
    int err = !t ? ESRCH : (t->detached || t->joining) ? EINVAL : 0;
    struct sd_thread *kt = NULL;
    bool ended = false;
    if (!err) {
        t->detached = true;
        kt = t->kt;
        ended = t->done;
    }
    sd_mutex_unlock(&state_lock);
    if (err)
        return err;
    if (kt)
        sd_thread_detach(kt);
    if (ended)
        free_pthread(t);
    return 0;
}

/* On the main thread: the program ends (exit(0)) once every pthread has ended, as a process
 * does when its last thread exits. On an adopted thread of another layer: its C library state
 * is released and the kernel thread ends. */
void pthread_exit(void *result)
{
    struct sdc_pthread *t = sdc_pthread_current();
    if (t && !t->adopted)
        end_thread(t, result);
    if (t && t == main_pthread) {
        sdc_pthread_run_destructors(t);
        sd_mutex_lock(&state_lock);
        while (live > 0)
            sd_cond_wait(&all_ended, &state_lock);
        sd_mutex_unlock(&state_lock);
        exit(EXIT_SUCCESS);
    }
    sdc_thread_release();
    sd_thread_exit();
}

/* Out of memory for an adopted thread's state: 0, which no thread has. */
pthread_t pthread_self(void)
{
    struct sdc_pthread *t = sdc_pthread_current();
    return t ? t->id : 0;
}

int pthread_equal(pthread_t a, pthread_t b)
{
    return a == b;
}

int sched_yield(void)
{
    sd_thread_yield();
    return 0;
}

/* ---- thread attributes --------------------------------------------------------------------- */

int pthread_attr_init(pthread_attr_t *attr)
{
    memset(attr, 0, sizeof *attr);
    attr->is_initialized = 1;
    attr->detachstate = PTHREAD_CREATE_JOINABLE;
    attr->stacksize = 0;        /* the default */
    return 0;
}

int pthread_attr_destroy(pthread_attr_t *attr)
{
    if (!attr->is_initialized)
        return EINVAL;
    attr->is_initialized = 0;
    return 0;
}

int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size)
{
    if (!attr->is_initialized || size < SDC_PTHREAD_STACK_MIN || size > INT_MAX)
        return EINVAL;
    attr->stacksize = (int)size;
    return 0;
}

int pthread_attr_getstacksize(const pthread_attr_t *attr, size_t *size)
{
    if (!attr->is_initialized)
        return EINVAL;
    *size = attr->stacksize > 0 ? (size_t)attr->stacksize : SDC_PTHREAD_STACK_DEFAULT;
    return 0;
}

int pthread_attr_setdetachstate(pthread_attr_t *attr, int state)
{
    if (!attr->is_initialized ||
        (state != PTHREAD_CREATE_DETACHED && state != PTHREAD_CREATE_JOINABLE))
        return EINVAL;
    attr->detachstate = state;
    return 0;
}

int pthread_attr_getdetachstate(const pthread_attr_t *attr, int *state)
{
    if (!attr->is_initialized)
        return EINVAL;
    *state = attr->detachstate;
    return 0;
}
