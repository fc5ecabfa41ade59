/* Mutexes, recursive or not. Unlock hands the mutex straight to the first waiter (FIFO, so no
 * waiter starves and no wake-up is lost). */
#include "core.h"
#include "platform.h"
#include "sd/errors.h"

void sd_mutex_init(struct sd_mutex *m, bool recursive)
{
    m->owner = NULL;
    m->depth = 0;
    m->recursive = recursive;
    sd_waitq_init(&m->waiters);
}

/* Context: thread, events masked. Re-locking a non-recursive mutex is a deadlock: panic. */
void mutex_lock_masked(struct sd_mutex *m)
{
    struct sd_thread *self = sched_current();

    if (!m->owner) {
        m->owner = self;
        m->depth = 1;
        return;
    }
    if (m->owner == self) {
        if (!m->recursive)
            panic("mutex %p: locked twice by %s", (void *)m, self->name);
        m->depth++;
        return;
    }
    while (m->owner != self)
        sd_waitq_wait(&m->waiters, 0);
}

/* Context: any, events masked; the mutex must be locked (by the caller, in thread context). */
void mutex_unlock_masked(struct sd_mutex *m)
{
    SD_ALWAYS(m->owner != NULL && m->depth > 0);
    if (--m->depth > 0)
        return;
    struct sd_thread *next = waitq_wake_first(&m->waiters);
    m->owner = next;
    m->depth = next ? 1 : 0;
}

/* Context: thread. */
void sd_mutex_lock(struct sd_mutex *m)
{
    unsigned long flags = plat_irq_save();
    mutex_lock_masked(m);
    plat_irq_restore(flags);
}

/* Context: thread. 0, or -SD_EAGAIN when another thread holds it (or, not recursive, we do). */
int sd_mutex_trylock(struct sd_mutex *m)
{
    struct sd_thread *self = sched_current();
    int r = 0;
    unsigned long flags = plat_irq_save();

    if (!m->owner) {
        m->owner = self;
        m->depth = 1;
    } else if (m->owner == self && m->recursive) {
        m->depth++;
    } else {
        r = -SD_EAGAIN;
    }
    plat_irq_restore(flags);
    return r;
}

/* Context: any (a thread unlocks what it locked). */
void sd_mutex_unlock(struct sd_mutex *m)
{
    unsigned long flags = plat_irq_save();
    mutex_unlock_masked(m);
    plat_irq_restore(flags);
}
