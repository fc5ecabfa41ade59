/* What kernel/core needs from a platform (kernel/xen, kernel/hosted), and what a platform may
 * call in core. Internal to kernel/: runtime/ never includes this.
 *
 * Boot order (the platform's entry code calls these in this order):
 *   platform early set-up (console usable)
 *   sd_mm_init(base, end)      pages [base, end) are free for the allocator
 *   sd_sched_init()            the calling context becomes the boot thread
 *   platform late set-up       events, timers, xenstore... (may create threads)
 *   sd_kernel_start(argc, argv)   never returns: runs sd_main on thread "main"
 */
#ifndef SD_CORE_PLATFORM_H
#define SD_CORE_PLATFORM_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- provided by the platform ---- */

void plat_console_write(const char *s, size_t n);   /* raw, synchronous enough for panic */
uint64_t plat_monotonic_ns(void);
uint64_t plat_wall_ns(void);
/* Ask for one call of sd_timer_event() at or after deadline_ns (monotonic); a later call
 * replaces the request. Context: any, events masked. */
void plat_timer_set(uint64_t deadline_ns);
/* With events masked on entry: atomically unmask and wait until an event has been handled,
 * then return with events masked again. Used by the idle thread. */
void plat_idle(void);
/* The flags word is the platform's, with one fixed value: 0 means "events unmasked" (the Xen
 * upcall mask byte, the hosted signal-blocked flag). Core relies on it: plat_irq_restore(0)
 * enables events (new threads, sd_irq_enable), and a non-zero saved value tells it the caller
 * had events masked already. */
unsigned long plat_irq_save(void);
void plat_irq_restore(unsigned long flags);
/* Make the page at p inaccessible (guard) or accessible again. */
void plat_page_guard(void *p, bool guard);
/* Stop the domain/process. crash=true: the toolstack sees "crashed". */
_Noreturn void plat_halt(bool crash, int code);
/* Record the exit code where host tools can read it (xenstore data/exit-code). */
void plat_publish_exit_code(int code);
/* Print a backtrace of the current stack (frame pointers) to the console. */
void plat_backtrace(void);
/* Called on the main thread just before sd_main, with the wall-clock times of the first console
 * output and of now: the Xen platform writes them to xenstore (data/t-console-ns,
 * data/t-main-ns); hosted does nothing. */
void plat_app_starting(uint64_t console_ns, uint64_t main_ns);

/* ---- provided by core, called by the platform ---- */

void sd_mm_init(uintptr_t base, uintptr_t end);
void sd_sched_init(void);
_Noreturn void sd_kernel_start(int argc, char **argv);
/* The platform's timer fired: run due timers, and end the running thread's time slice
 * if it is over. Context: event (events masked). */
void sd_timer_event(void);
/* At the end of event handling, before returning to the interrupted thread: true if the
 * scheduler wants to switch (the platform then calls sd_preempt() on the interrupted stack). */
bool sd_need_resched(void);
/* Switch to the next runnable thread from event context; returns when this thread runs
 * again. Events masked on entry and return. */
void sd_preempt(void);
/* Console input arrived (the platform's input handler); n == 0 means end of input. Bytes
 * beyond the core's buffer (16 KiB unread) are dropped. Context: any. */
void sd_console_input(const char *s, size_t n);
/* The toolstack asked for shutdown: run the shutdown handler on a new thread. Context: any. */
void sd_shutdown_requested(void);

#endif
