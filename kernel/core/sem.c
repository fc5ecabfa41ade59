/* Counting semaphores. Up hands its unit straight to the first waiter instead of counting it,
 * so a woken waiter always has its unit (and a late-comer cannot take it first). */
#include "core.h"
#include "platform.h"
#include "sd/errors.h"

void sd_sem_init(struct sd_sem *s, long count)
{
    s->count = count;
    sd_waitq_init(&s->waiters);
}

/* Context: thread. deadline 0: none. */
static int down(struct sd_sem *s, uint64_t deadline_ns)
{
    unsigned long flags = plat_irq_save();
    int r = 0;

    if (s->count > 0)
        s->count--;
    else
        r = sd_waitq_wait(&s->waiters, deadline_ns);
    plat_irq_restore(flags);
    return r;
}

void sd_sem_down(struct sd_sem *s)
{
    down(s, 0);
}

/* Context: thread. 0, or -SD_ETIMEDOUT when the deadline (0 counts as passed) came first. */
int sd_sem_down_until(struct sd_sem *s, uint64_t deadline_ns)
{
    return down(s, deadline_ns ? deadline_ns : 1);
}

/* Context: any. 0, or -SD_EAGAIN when the count is zero. */
int sd_sem_trydown(struct sd_sem *s)
{
    unsigned long flags = plat_irq_save();
    int r = s->count > 0 ? (s->count--, 0) : -SD_EAGAIN;
    plat_irq_restore(flags);
    return r;
}

/* Context: any. */
void sd_sem_up(struct sd_sem *s)
{
    unsigned long flags = plat_irq_save();
    if (!waitq_wake_first(&s->waiters))
        s->count++;
    plat_irq_restore(flags);
}
