/* The scheduler: one run queue (FIFO, round robin), an idle thread, time slices.
 *
 * Invariants (all state here is touched only with events masked):
 * - `current` runs; it is never on the run queue. The idle thread is never on it either: it runs
 *   only when the queue is empty and leaves as soon as it is not.
 * - Every switch happens inside sched_switch with events masked, so a thread always resumes
 *   with events masked and restores its own saved state afterwards.
 * - A time slice is a timer (slice_timer) armed when a thread starts running while others wait
 *   (or when one becomes runnable later); when it fires it sets need_resched, and the platform
 *   calls sd_preempt on the interrupted stack at the end of event handling.
 * - Dead threads cannot free their own stack: a detached one is put on `reap` and freed by the
 *   next thread to run, after the switch. */
#include "core.h"
#include "platform.h"
#include "sd/errors.h"
#include "sd/mm.h"

static struct {
    struct sd_thread *current;
    struct sd_thread *idle;
    struct sd_thread *runq_head, *runq_tail;
    struct sd_thread *reap;          /* dead detached threads, linked by next */
    bool need_resched;
    uint64_t slice_end;              /* monotonic end of current's time slice */
    struct sd_timer slice_timer;
} sched;

bool sched_running(void)
{
    return sched.current != NULL;
}

struct sd_thread *sched_current(void)
{
    return sched.current;
}

/* Context: events masked. */
void sched_free_thread(struct sd_thread *t)
{
    if (t->stack) {
        plat_page_guard(t->stack, false);
        sd_pages_free(t->stack, t->stack_pages);
    }
    sd_free(t);
}

static void slice_expired(struct sd_timer *timer)
{
    if (sched.runq_head)
        sched.need_resched = true;
}

/* Arm the slice timer for the running thread if someone is waiting and it is not armed. */
static void slice_arm_if_contended(void)
{
    if (sched.runq_head && sched.current != sched.idle && !sched.slice_timer.armed)
        sd_timer_arm(&sched.slice_timer, sched.slice_end);
}

void sched_make_runnable(struct sd_thread *t)
{
    t->state = THREAD_RUNNABLE;
    t->next = NULL;
    if (sched.runq_tail)
        sched.runq_tail->next = t;
    else
        sched.runq_head = t;
    sched.runq_tail = t;
    slice_arm_if_contended();
}

static struct sd_thread *runq_pop(void)
{
    struct sd_thread *t = sched.runq_head;

    if (t) {
        sched.runq_head = t->next;
        if (!sched.runq_head)
            sched.runq_tail = NULL;
        t->next = NULL;
    }
    return t;
}

/* After every switch, on the new thread: free what the dead left behind. */
static void finish_switch(void)
{
    while (sched.reap) {
        struct sd_thread *t = sched.reap;
        sched.reap = t->next;
        sched_free_thread(t);
    }
}

void sched_switch(void)
{
    struct sd_thread *prev = sched.current;
    struct sd_thread *next = runq_pop();

    if (!next)
        next = sched.idle;
    if (prev->state == THREAD_DEAD && prev->detached) {
        prev->next = sched.reap;
        sched.reap = prev;
    }
    sched.need_resched = false;
    sched.slice_end = timer_now() + SD_TIMESLICE_NS;
    sd_timer_cancel(&sched.slice_timer);
    sched.current = next;
    slice_arm_if_contended();
    if (next != prev)
        arch_context_switch(&prev->ctx, &next->ctx);
    finish_switch();
}

void sched_thread_entry(void *thread)
{
    struct sd_thread *t = thread;

    finish_switch();
    plat_irq_restore(IRQ_UNMASKED);
    t->fn(t->arg);
    sd_thread_exit();
}

/* Context: event (events masked). */
bool sd_need_resched(void)
{
    return sched.need_resched && sched.current != sched.idle && sched.runq_head != NULL;
}

/* Context: event, on the interrupted thread's stack, events masked. */
void sd_preempt(void)
{
    if (!sd_need_resched()) {
        sched.need_resched = false;
        return;
    }
    sched_make_runnable(sched.current);
    sched_switch();
}

/* Context: thread. Returns at once when nobody else is runnable. */
void sd_thread_yield(void)
{
    unsigned long flags = plat_irq_save();

    if (sched.runq_head && sched.current != sched.idle) {
        sched_make_runnable(sched.current);
        sched_switch();
    }
    plat_irq_restore(flags);
}

/* The idle thread: wait for events while nothing is runnable (events masked throughout, except
 * inside plat_idle). */
static void idle_loop(void *arg)
{
    plat_irq_save();
    for (;;) {
        while (!sched.runq_head)
            plat_idle();
        sched_switch();
    }
}

/* A thread struct for the calling context (the boot thread): no stack of its own to free. */
static struct sd_thread *adopt_boot_context(void)
{
    struct sd_thread *t = sd_zalloc(sizeof(*t));

    if (!t)
        panic("sched: no memory for the boot thread");
    sd_strlcpy(t->name, "boot", sizeof(t->name));
    t->state = THREAD_RUNNABLE;
    return t;
}

/* Context: boot, after sd_mm_init, events masked or not yet arriving. Panics when out of
 * memory (nothing can run without the idle thread). */
void sd_sched_init(void)
{
    sd_timer_init(&sched.slice_timer, slice_expired, NULL);
    sched.current = adopt_boot_context();
    waitq_thread_init(sched.current);
    sched.slice_end = timer_now() + SD_TIMESLICE_NS;

    /* Never on the run queue: idle only runs when nothing else can. */
    sched.idle = thread_alloc("idle", idle_loop, NULL, 0);
    if (!sched.idle)
        panic("sched: no memory for the idle thread");
}
