/* The scheduler: two run queues, an idle thread, time slices.
 *
 * Who runs next: a thread woken after blocking (sleep, timed wait, wait queue, mutex/cond/sem
 * hand-off) runs promptly instead of waiting behind every busy thread. Each thread has a slice
 * budget (slice_left, SD_TIMESLICE_NS when full) that only running uses up:
 * - woken with budget left: tail of the wake queue (`woken`), which runs before the ordinary
 *   queue, and need_resched is set so the running thread is preempted at the end of the event
 *   (a wake in thread context takes effect at the next event, at the latest the slice end);
 * - preempted with budget left (by a wake-up): head of the ordinary queue, it keeps its turn;
 * - slice used up (preempted), yielded, new, or woken with no budget left: tail of the
 *   ordinary queue with a full budget: round robin among CPU-bound threads.
 * The budget is refilled only at the tail, never by blocking, so a thread that wakes and blocks
 * in a loop (or a pair handing work back and forth) gets at most one slice ahead of the queue
 * before it waits its turn like a spinner: nobody starves.
 *
 * Invariants (all state here is touched only with events masked):
 * - `current` runs; it is never on a run queue. The idle thread is never on one either: it runs
 *   only when both are empty and leaves as soon as one is not.
 * - Every switch happens inside sched_switch with events masked, so a thread always resumes
 *   with events masked and restores its own saved state afterwards.
 * - A time slice is a timer (slice_timer) armed for the end of current's budget when it starts
 *   running while others wait (or when one becomes runnable later); when it fires it sets
 *   need_resched, and the platform calls sd_preempt on the interrupted stack at the end of
 *   event handling.
 * - Dead threads cannot free their own stack: a detached one is put on `reap` and freed by the
 *   next thread to run, after the switch. */
#include "core.h"
#include "platform.h"
#include "sd/errors.h"
#include "sd/mm.h"

static struct {
    struct sd_thread *current;
    struct sd_thread *idle;
    struct sd_waitq woken;               /* woken after blocking, with budget left: run first */
    struct sd_waitq ready;               /* everyone else, round robin */
    struct sd_thread *reap;          /* dead detached threads, linked by next */
    bool need_resched;
    uint64_t slice_end;              /* monotonic end of current's budget */
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

static bool runq_empty(const struct sd_waitq *q)
{
    return q->head == NULL;
}

static struct sd_thread *runq_pop(struct sd_waitq *q)
{
    struct sd_thread *t = q->head;

    if (t) {
        q->head = t->next;
        if (!q->head)
            q->tail = NULL;
        t->next = NULL;
    }
    return t;
}

/* Someone besides current could run. */
static bool anyone_waiting(void)
{
    return !runq_empty(&sched.woken) || !runq_empty(&sched.ready);
}

static void slice_expired(struct sd_timer *timer)
{
    if (anyone_waiting())
        sched.need_resched = true;
}

/* Arm the slice timer for the running thread if someone is waiting and it is not armed. */
static void slice_arm_if_contended(void)
{
    if (anyone_waiting() && sched.current != sched.idle && !sched.slice_timer.armed)
        sd_timer_arm(&sched.slice_timer, sched.slice_end);
}

/* Charge the running thread for its time so far: its budget is what is left until slice_end.
 * Idempotent (it only reads slice_end), so callers may charge before deciding a queue. */
static void charge_current(uint64_t now)
{
    struct sd_thread *t = sched.current;

    if (t != sched.idle)
        t->slice_left = sched.slice_end > now ? sched.slice_end - now : 0;
}

/* Tail of the ordinary queue with a full budget: the thread waits its turn. */
static void queue_at_tail(struct sd_thread *t)
{
    t->state = THREAD_RUNNABLE;
    t->slice_left = SD_TIMESLICE_NS;
    fifo_push_tail(&sched.ready, t);
    slice_arm_if_contended();
}

void sched_make_runnable(struct sd_thread *t)
{
    queue_at_tail(t);
}

void sched_wake(struct sd_thread *t)
{
    if (t->slice_left == 0) {
        queue_at_tail(t);
        return;
    }
    t->state = THREAD_RUNNABLE;
    fifo_push_tail(&sched.woken, t);
    if (sched.current != sched.idle)
        sched.need_resched = true;
    slice_arm_if_contended();
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
    uint64_t now = timer_now();
    struct sd_thread *next = runq_pop(&sched.woken);

    if (!next)
        next = runq_pop(&sched.ready);
    if (!next)
        next = sched.idle;
    if (prev->state != THREAD_RUNNABLE)
        charge_current(now);     /* blocking keeps the rest; the queued were charged already */
    if (prev->state == THREAD_DEAD && prev->detached) {
        prev->next = sched.reap;
        sched.reap = prev;
    }
    sched.need_resched = false;
    if (next != sched.idle && next->slice_left == 0)
        next->slice_left = SD_TIMESLICE_NS;      /* defensive: queued threads have budget */
    sched.slice_end = now + next->slice_left;
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
    return sched.need_resched && sched.current != sched.idle && anyone_waiting();
}

/* Context: event, on the interrupted thread's stack, events masked. A thread preempted for a
 * woken one keeps its place at the head of the ordinary queue and the rest of its budget; one
 * whose budget is used up goes to the tail. */
void sd_preempt(void)
{
    struct sd_thread *self = sched.current;

    if (!sd_need_resched()) {
        sched.need_resched = false;
        return;
    }
    charge_current(timer_now());
    if (self->slice_left == 0) {
        queue_at_tail(self);
    } else {
        self->state = THREAD_RUNNABLE;
        fifo_push_head(&sched.ready, self);
    }
    sched_switch();
}

/* Context: thread. Returns at once when nobody else is runnable. */
void sd_thread_yield(void)
{
    unsigned long flags = plat_irq_save();

    if (anyone_waiting() && sched.current != sched.idle) {
        queue_at_tail(sched.current);
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
        while (!anyone_waiting())
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
    t->slice_left = SD_TIMESLICE_NS;
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
