/* Thread life cycle (create, exit, join, detach), names, the per-thread pointer and sleeping.
 * Scheduling itself is in sched.c. */
#include "core.h"
#include "platform.h"
#include "sd/errors.h"
#include "sd/mm.h"

/* A new thread, ready to run but on no queue. Context: any. NULL when out of memory, with
 * nothing left allocated. */
struct sd_thread *thread_alloc(const char *name, sd_thread_fn fn, void *arg, size_t stack_size)
{
    size_t bytes = stack_size ? stack_size : SD_STACK_DEFAULT;
    size_t pages = (bytes + SD_PAGE_SIZE - 1) / SD_PAGE_SIZE + 1;   /* + guard page */
    struct sd_thread *t = sd_zalloc(sizeof(*t));

    if (!t)
        return NULL;
    if (pages < 2 || !(t->stack = sd_pages_alloc(pages))) {
        sd_free(t);
        return NULL;
    }
    t->stack_pages = pages;
    plat_page_guard(t->stack, true);
    sd_strlcpy(t->name, name ? name : "", sizeof(t->name));
    t->fn = fn;
    t->arg = arg;
    t->state = THREAD_RUNNABLE;
    waitq_thread_init(t);
    arch_context_init(&t->ctx, (char *)t->stack + pages * SD_PAGE_SIZE, sched_thread_entry, t);
    return t;
}

/* Context: thread (allocation only, so also safe from event context). NULL when out of
 * memory, with nothing left allocated. */
struct sd_thread *sd_thread_create(const char *name, sd_thread_fn fn, void *arg,
                                   size_t stack_size)
{
    struct sd_thread *t = thread_alloc(name, fn, arg, stack_size);

    if (t) {
        unsigned long flags = plat_irq_save();
        sched_make_runnable(t);
        plat_irq_restore(flags);
    }
    return t;
}

/* Context: thread. Wakes the joiner; a detached thread is freed by the next one to run. */
_Noreturn void sd_thread_exit(void)
{
    struct sd_thread *self = sched_current();

    plat_irq_save();
    self->state = THREAD_DEAD;
    sd_waitq_wake_all(&self->joiners);
    sched_switch();
    panic("thread %s ran after its exit", self->name);
}

/* Context: thread. t must not be detached, joined already, or the caller. */
void sd_thread_join(struct sd_thread *t)
{
    SD_ALWAYS(t != sched_current() && !t->detached);
    unsigned long flags = plat_irq_save();
    while (t->state != THREAD_DEAD)
        sd_waitq_wait(&t->joiners, 0);
    sched_free_thread(t);
    plat_irq_restore(flags);
}

/* Context: thread. */
void sd_thread_detach(struct sd_thread *t)
{
    unsigned long flags = plat_irq_save();
    SD_ALWAYS(!t->detached);
    if (t->state == THREAD_DEAD)
        sched_free_thread(t);
    else
        t->detached = true;
    plat_irq_restore(flags);
}

struct sd_thread *sd_thread_self(void)
{
    return sched_current();
}

const char *sd_thread_name(const struct sd_thread *t)
{
    return t->name;
}

void *sd_thread_local(void)
{
    return sched_current()->local;
}

void sd_thread_set_local(void *p)
{
    sched_current()->local = p;
}

/* Context: thread. Waits on a private queue nobody wakes, so only the deadline ends each wait;
 * the loop re-checks the clock, so it never returns early. */
void sd_thread_sleep_until(uint64_t deadline_ns)
{
    struct sd_waitq q = SD_WAITQ_INITIALIZER;
    unsigned long flags = plat_irq_save();

    while (timer_now() < deadline_ns)
        sd_waitq_wait(&q, deadline_ns);
    plat_irq_restore(flags);
}

void sd_thread_sleep_ns(uint64_t ns)
{
    uint64_t now = timer_now();
    uint64_t deadline = now + ns < now ? UINT64_MAX : now + ns;

    sd_thread_sleep_until(deadline);
}
