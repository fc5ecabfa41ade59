/* Threads: preemptive, on one vCPU. A thread runs until it blocks, yields, or its time slice
 * (SD_TIMESLICE_NS) ends at a timer event; so a thread spinning forever cannot starve others.
 * A thread woken after blocking (sleep, wait queue, mutex, cond, sem) runs before the busy
 * threads and preempts the running one (at the end of the waking event, or at the next event
 * when another thread woke it), unless it used up a slice since it last waited its turn.
 * FPU/SSE state is kept per thread across preemption. */
#ifndef SD_THREAD_H
#define SD_THREAD_H
#include <stddef.h>
#include <stdint.h>

#define SD_TIMESLICE_NS     (10 * 1000 * 1000ULL)
#define SD_STACK_DEFAULT    (64 * 1024)

struct sd_thread;
typedef void (*sd_thread_fn)(void *arg);

/* Start fn(arg) on a new thread with a stack of stack_size bytes (0: SD_STACK_DEFAULT), with an
 * unmapped guard page below it. The name is copied (at most 15 chars kept). Returns NULL when
 * out of memory. Returning from fn is sd_thread_exit(). Context: thread. */
struct sd_thread *sd_thread_create(const char *name, sd_thread_fn fn, void *arg,
                                   size_t stack_size);
_Noreturn void sd_thread_exit(void);
/* Wait for t to end, then free it. Each thread is joined at most once, or detached. */
void sd_thread_join(struct sd_thread *t);
/* Free t by itself when it ends; no join afterwards. */
void sd_thread_detach(struct sd_thread *t);

struct sd_thread *sd_thread_self(void);
const char *sd_thread_name(const struct sd_thread *t);
void sd_thread_yield(void);
/* Sleep at least ns nanoseconds (never wakes early). Context: thread. */
void sd_thread_sleep_ns(uint64_t ns);
/* Sleep until the monotonic clock reaches deadline_ns. */
void sd_thread_sleep_until(uint64_t deadline_ns);

/* One pointer per thread for the runtime above (newlib's struct _reent, the VM's thread). */
void *sd_thread_local(void);
void sd_thread_set_local(void *p);

#endif
