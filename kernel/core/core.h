/* kernel/core internals shared between core files, grouped by the file that defines them.
 * Not part of the kernel API (kernel/include/sd) and not seen by platforms (platform.h). */
#ifndef SD_CORE_CORE_H
#define SD_CORE_CORE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../arch/x86_64/context.h"
#include "sd/printk.h"
#include "sd/sync.h"
#include "sd/thread.h"
#include "sd/time.h"

/* Defensive checks kept in release builds: panic with the file and line when cond is false. */
#define SD_ALWAYS(cond) \
    ((cond) ? (void)0 : panic("%s:%d: check failed: %s", __FILE__, __LINE__, #cond))

/* platform.h's flags word is opaque, except that 0 means "events unmasked" (see there):
 * plat_irq_restore(IRQ_UNMASKED) enables events, and a saved value tells whether the caller
 * already had them masked (event context, or a critical section). */
#define IRQ_UNMASKED 0UL
static inline bool irq_was_masked(unsigned long flags)
{
    return flags != IRQ_UNMASKED;
}

/* ---- string.c: the kernel's own memory/string helpers (no libc in core) ---- */
void *sd_memcpy(void *dst, const void *src, size_t n);
void *sd_memmove(void *dst, const void *src, size_t n);
void *sd_memset(void *dst, int c, size_t n);
int sd_memcmp(const void *a, const void *b, size_t n);
size_t sd_strlen(const char *s);
/* Copy at most size-1 chars of src and terminate (size > 0). Returns strlen(src). */
size_t sd_strlcpy(char *dst, const char *src, size_t size);

/* ---- sched.c: threads and the run queue ---- */
enum thread_state {
    THREAD_RUNNABLE,    /* on the run queue, or running */
    THREAD_BLOCKED,     /* on a wait queue or sleeping */
    THREAD_DEAD,        /* ended; waiting for join or the reaper */
};

struct sd_thread {
    struct arch_context ctx;
    struct sd_thread *next;         /* link on the run queue or a wait queue */
    enum thread_state state;
    char name[16];
    void *stack;                    /* lowest page of the run (the guard page); NULL: boot */
    size_t stack_pages;             /* pages in the run, guard included */
    sd_thread_fn fn;
    void *arg;
    void *local;                    /* sd_thread_local */
    struct sd_waitq *waiting_on;    /* the queue this thread is blocked on, if any */
    int wait_result;                /* 0 woken, -SD_ETIMEDOUT */
    struct sd_timer wait_timer;     /* deadline of a timed wait */
    struct sd_waitq joiners;        /* whoever joins this thread */
    bool detached;
    uint64_t slice_left;            /* time-slice budget left (sched.c: only running uses it) */
};

/* FIFOs of threads, linked by sd_thread.next: the run queues and every wait queue. The FIFO
 * type is struct sd_waitq (head, tail). Context: events masked. */
static inline void fifo_push_tail(struct sd_waitq *q, struct sd_thread *t)
{
    t->next = NULL;
    if (q->tail)
        q->tail->next = t;
    else
        q->head = t;
    q->tail = t;
}

static inline void fifo_push_head(struct sd_waitq *q, struct sd_thread *t)
{
    t->next = q->head;
    q->head = t;
    if (!q->tail)
        q->tail = t;
}

/* Make a new thread runnable: tail of the run queue, full budget. Context: events masked. */
void sched_make_runnable(struct sd_thread *t);
/* Make a thread runnable that blocked (woken, timed out, handed a mutex or unit): ahead of the
 * busy threads while it has budget left, and the running thread is preempted at the end of the
 * event (see sched.c). Context: events masked. */
void sched_wake(struct sd_thread *t);
/* Give up the CPU: the caller has already set its state (and queued itself somewhere if
 * blocked). Returns when the thread runs again. Context: thread, events masked. */
void sched_switch(void);
/* True once sd_sched_init ran: blocking is possible. */
bool sched_running(void);
/* The running thread (NULL before sd_sched_init). */
struct sd_thread *sched_current(void);
/* First function of every new thread (arch_context_init's entry): finishes the switch,
 * enables events and runs t->fn(t->arg), then sd_thread_exit. */
void sched_thread_entry(void *thread);
/* Free a dead thread's stack and struct. Context: events masked, t not running. */
void sched_free_thread(struct sd_thread *t);

/* ---- thread.c ---- */
/* A new thread struct with its stack (guard page below), ready to run but on no queue.
 * Context: any. NULL when out of memory, nothing left allocated. */
struct sd_thread *thread_alloc(const char *name, sd_thread_fn fn, void *arg, size_t stack_size);

/* ---- waitq.c ---- */
/* Set up t's wait_timer (every thread struct, before it first waits). */
void waitq_thread_init(struct sd_thread *t);
/* Remove and wake the first waiter, returning it (NULL if none). Context: events masked. */
struct sd_thread *waitq_wake_first(struct sd_waitq *q);

/* ---- mutex.c ---- */
/* Lock/unlock with events already masked (condition variables re-acquire this way). */
void mutex_lock_masked(struct sd_mutex *m);
void mutex_unlock_masked(struct sd_mutex *m);

/* ---- timer.c ---- */
/* The monotonic clock (platform's, for core files). */
uint64_t timer_now(void);

#endif
