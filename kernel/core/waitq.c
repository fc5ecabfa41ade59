/* Wait queues: the one blocking primitive; mutexes, condition variables, semaphores, joins and
 * sleeps are built on it. A timed wait arms the thread's own wait_timer; whichever comes
 * first, wake-up or timeout, takes the thread off the queue, so the other finds nothing to do
 * (both run with events masked). */
#include "core.h"
#include "platform.h"
#include "sd/errors.h"

static void wait_timeout(struct sd_timer *timer);

void waitq_thread_init(struct sd_thread *t)
{
    sd_timer_init(&t->wait_timer, wait_timeout, t);
}

void sd_waitq_init(struct sd_waitq *q)
{
    q->head = q->tail = NULL;
}

static void unlink_waiter(struct sd_waitq *q, struct sd_thread *t)
{
    struct sd_thread *prev = NULL;

    for (struct sd_thread *p = q->head; p; prev = p, p = p->next) {
        if (p != t)
            continue;
        if (prev)
            prev->next = t->next;
        else
            q->head = t->next;
        if (q->tail == t)
            q->tail = prev;
        t->next = NULL;
        return;
    }
}

static void wait_timeout(struct sd_timer *timer)
{
    struct sd_thread *t = timer->arg;

    if (!t->waiting_on)
        return;
    unlink_waiter(t->waiting_on, t);
    t->waiting_on = NULL;
    t->wait_result = -SD_ETIMEDOUT;
    sched_wake(t);
}

/* Context: thread, events masked (the caller checked its condition under the same mask).
 * 0 when woken, -SD_ETIMEDOUT when deadline_ns (non-zero) passed first; at once if it has
 * passed already. */
int sd_waitq_wait(struct sd_waitq *q, uint64_t deadline_ns)
{
    struct sd_thread *self = sched_current();

    /* Unmasked, a wake-up between the caller's check and this queueing would be lost. */
    SD_ALWAYS(irq_was_masked(plat_irq_save()));
    if (deadline_ns && timer_now() >= deadline_ns)
        return -SD_ETIMEDOUT;
    fifo_push_tail(q, self);
    self->waiting_on = q;
    self->state = THREAD_BLOCKED;
    self->wait_result = 0;
    if (deadline_ns)
        sd_timer_arm(&self->wait_timer, deadline_ns);
    sched_switch();
    sd_timer_cancel(&self->wait_timer);
    return self->wait_result;
}

struct sd_thread *waitq_wake_first(struct sd_waitq *q)
{
    struct sd_thread *t = q->head;

    if (!t)
        return NULL;
    unlink_waiter(q, t);
    t->waiting_on = NULL;
    t->wait_result = 0;
    sd_timer_cancel(&t->wait_timer);
    sched_wake(t);
    return t;
}

/* Context: any. */
void sd_waitq_wake_one(struct sd_waitq *q)
{
    unsigned long flags = plat_irq_save();
    waitq_wake_first(q);
    plat_irq_restore(flags);
}

/* Context: any. */
void sd_waitq_wake_all(struct sd_waitq *q)
{
    unsigned long flags = plat_irq_save();
    while (waitq_wake_first(q))
        ;
    plat_irq_restore(flags);
}
