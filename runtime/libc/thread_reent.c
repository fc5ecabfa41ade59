/* Per-thread newlib state: errno and the rest of struct _reent, one per kernel thread.
 *
 * Why __DYNAMIC_REENT__ (newlib calls __getreent() whenever it needs the current struct _reent)
 * and not switching the global _impure_ptr: switching needs a hook in the kernel's context
 * switch, which the kernel API does not have (and should not: the kernel knows nothing of
 * newlib). What it has is one pointer per thread, sd_thread_local, which is right at every
 * instant, preemption included. newlib is compiled with -D__DYNAMIC_REENT__ and its installed
 * newlib.h defines it too (runtime/libc/build-newlib.sh), so the library and every guest file
 * reach the same per-thread state.
 *
 * The thread's pointer holds a struct sdc_thread. The main thread uses newlib's global state
 * (where atexit handlers are kept); every other thread gets its own on first use. stdin,
 * stdout and stderr are shared by all threads (newlib is configured with global stdio
 * streams), so output from any thread goes through one buffer per stream, under its lock. */
#include <errno.h>
#include <reent.h>
#include <string.h>

#include <sd/mm.h>
#include <sd/thread.h>
#include <sdc/thread.h>

#include "thread_reent.h"

struct sdc_thread {
    struct _reent *reent;   /* what __getreent returns for this thread */
    void *user;             /* sdc_thread_user() */
    void *pthread;          /* sdc_thread_pthread(): pthread.c's state */
};

/* A thread other than main: its slot and its own newlib state, in one kernel-heap block. */
struct sdc_owned_thread {
    struct sdc_thread slot;
    struct _reent reent;
};

static struct sdc_thread main_thread;

void sdc_thread_bind_main(void)
{
    main_thread.reent = _global_impure_ptr;
    sd_thread_set_local(&main_thread);
}

bool sdc_thread_is_main(void)
{
    return sd_thread_local() == &main_thread;
}

/* The calling thread's slot, made on first use; NULL when the kernel heap is exhausted. */
static struct sdc_thread *thread_slot(void)
{
    struct sdc_thread *t = sd_thread_local();
    if (t)
        return t;
    struct sdc_owned_thread *o = sd_zalloc(sizeof *o);
    if (!o)
        return NULL;
    _REENT_INIT_PTR(&o->reent);
    o->slot.reent = &o->reent;
    sd_thread_set_local(&o->slot);
    return &o->slot;
}

struct _reent *__getreent(void)
{
    struct sdc_thread *t = thread_slot();
    /* newlib cannot handle a NULL here. Out of kernel heap, the thread shares the global state
     * (errno included) instead of crashing inside the library. */
    return t ? t->reent : _global_impure_ptr;
}

void *sdc_thread_user(void)
{
    struct sdc_thread *t = sd_thread_local();
    return t ? t->user : NULL;
}

int sdc_thread_set_user(void *p)
{
    struct sdc_thread *t = thread_slot();
    if (!t) {
        errno = ENOMEM;
        return -1;
    }
    t->user = p;
    return 0;
}

void *sdc_thread_pthread(void)
{
    struct sdc_thread *t = sd_thread_local();
    return t ? t->pthread : NULL;
}

int sdc_thread_set_pthread(void *p)
{
    struct sdc_thread *t = thread_slot();
    if (!t) {
        errno = ENOMEM;
        return -1;
    }
    t->pthread = p;
    return 0;
}

void sdc_thread_release(void)
{
    struct sdc_thread *t = sd_thread_local();
    if (!t || t == &main_thread)
        return;
    if (t->pthread) {
        void *p = t->pthread;
        t->pthread = NULL;
        sdc_pthread_thread_ending(p);
    }
    struct sdc_owned_thread *o = (struct sdc_owned_thread *)t;
    /* Reclaim while the state is still current: it frees through malloc, which may set errno. */
    _reclaim_reent(&o->reent);
    sd_thread_set_local(NULL);
    sd_free(o);
}
