/* Condition variables. Waiting releases the mutex (all recursion levels) and queues the
 * thread under one event mask, so a signal sent after the release cannot be lost. */
#include "core.h"
#include "platform.h"
#include "sd/errors.h"

void sd_cond_init(struct sd_cond *c)
{
    sd_waitq_init(&c->waiters);
}

/* Release m (all levels), wait on c until signalled or deadline_ns (0: none), take m back.
 * Context: thread holding m. */
static int wait_released(struct sd_cond *c, struct sd_mutex *m, uint64_t deadline_ns)
{
    unsigned long flags = plat_irq_save();
    SD_ALWAYS(m->owner == sched_current());
    unsigned depth = m->depth;

    m->depth = 1;
    mutex_unlock_masked(m);
    int r = sd_waitq_wait(&c->waiters, deadline_ns);
    mutex_lock_masked(m);
    m->depth = depth;
    plat_irq_restore(flags);
    return r;
}

/* Context: thread holding m. 0 when signalled, -SD_ETIMEDOUT when the deadline (monotonic;
 * 0 counts as passed) came first; m is held again either way. */
int sd_cond_timedwait(struct sd_cond *c, struct sd_mutex *m, uint64_t deadline_ns)
{
    return wait_released(c, m, deadline_ns ? deadline_ns : 1);
}

/* Context: thread holding m. */
void sd_cond_wait(struct sd_cond *c, struct sd_mutex *m)
{
    wait_released(c, m, 0);
}

/* Context: any. */
void sd_cond_signal(struct sd_cond *c)
{
    sd_waitq_wake_one(&c->waiters);
}

/* Context: any. */
void sd_cond_broadcast(struct sd_cond *c)
{
    sd_waitq_wake_all(&c->waiters);
}
