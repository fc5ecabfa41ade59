/* Thread-specific data: pthread_key_create/delete, pthread_getspecific/setspecific.
 *
 * A key is an index into a table of SDC_KEYS_MAX; each thread keeps its values in its struct
 * sdc_pthread, tagged with the key's generation at the time they were set. Creating a key
 * starts a new generation, so values left from a deleted key with the same index read as
 * NULL in every thread, without visiting the threads. Context of every call: thread. */
#include <errno.h>
#include <pthread.h>
#include <stddef.h>

#include <sd/sync.h>

#include "pthread_internal.h"
#include "thread_reent.h"

#ifndef PTHREAD_DESTRUCTOR_ITERATIONS
#define PTHREAD_DESTRUCTOR_ITERATIONS 4
#endif

struct key {
    uint32_t gen;            /* 0 = never created; odd/even does not matter, only equality */
    bool used;
    void (*destructor)(void *);
};

static struct key keys[SDC_KEYS_MAX];
static uint32_t generation;
static struct sd_mutex keys_lock = SD_MUTEX_INITIALIZER;

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *))
{
    int err = EAGAIN;
    sd_mutex_lock(&keys_lock);
    for (uint32_t k = 0; k < SDC_KEYS_MAX; k++) {
        if (keys[k].used)
            continue;
        keys[k] = (struct key){ .gen = ++generation, .used = true, .destructor = destructor };
        *key = k;
        err = 0;
        break;
    }
    sd_mutex_unlock(&keys_lock);
    return err;
}

/* Destructors are not called (POSIX): the application cleans up. */
int pthread_key_delete(pthread_key_t key)
{
    int err = EINVAL;
    sd_mutex_lock(&keys_lock);
    if (key < SDC_KEYS_MAX && keys[key].used) {
        keys[key].used = false;
        err = 0;
    }
    sd_mutex_unlock(&keys_lock);
    return err;
}

void *pthread_getspecific(pthread_key_t key)
{
    struct sdc_pthread *t = sdc_thread_pthread();
    if (!t || key >= SDC_KEYS_MAX || !keys[key].used || t->keys[key].gen != keys[key].gen)
        return NULL;
    return t->keys[key].value;
}

int pthread_setspecific(pthread_key_t key, const void *value)
{
    if (key >= SDC_KEYS_MAX || !keys[key].used)
        return EINVAL;
    struct sdc_pthread *t = sdc_pthread_current();
    if (!t)
        return ENOMEM;
    t->keys[key] = (struct sdc_key_value){ keys[key].gen, (void *)value };
    return 0;
}

/* Each round calls the destructor of every non-NULL value (set to NULL first); destructors
 * may set values again, hence the rounds. */
void sdc_pthread_run_destructors(struct sdc_pthread *t)
{
    for (int round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
        bool called = false;
        for (uint32_t k = 0; k < SDC_KEYS_MAX; k++) {
            struct sdc_key_value *v = &t->keys[k];
            if (!keys[k].used || v->gen != keys[k].gen || !v->value || !keys[k].destructor)
                continue;
            void *value = v->value;
            v->value = NULL;
            keys[k].destructor(value);
            called = true;
        }
        if (!called)
            break;
    }
}
