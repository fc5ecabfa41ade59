/* Hosted events: one signal (SIGRTMIN) stands for the Xen event upcall.
 *
 * - Masking is a flag in memory, not a system call (a sigprocmask pair costs microseconds, and
 *   every lock takes one): while `masked` is set the handler only notes `pending` and returns;
 *   plat_irq_restore(0) then runs what was deferred. The signal is installed with SA_NODEFER
 *   so it is never left blocked in the kernel by a handler that switched threads.
 * - The one-shot platform timer is a POSIX timer on CLOCK_MONOTONIC (absolute deadlines)
 *   delivering the signal.
 * - Event handling (input, timers, then sd_preempt if the scheduler asks) runs on the
 *   interrupted thread's stack. Preempted in the handler, a thread resumes when someone
 *   switches back and the handler returns: sigreturn restores its registers and full FPU/SSE
 *   state from the frame Linux saved on its stack. Deferred handling runs inside
 *   plat_irq_restore, a function call, where the ABI already lets FPU registers go.
 * - plat_idle really blocks the signal, then sigsuspend unblocks it atomically: no event can
 *   slip between "nothing to do" and the wait. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "hosted.h"
#include "platform.h"

static volatile sig_atomic_t masked;
static volatile sig_atomic_t pending;
static bool input_enabled;
static sigset_t event_set;
static timer_t event_timer;

#define barrier() __atomic_signal_fence(__ATOMIC_SEQ_CST)

/* What an event means to the kernel. Called with masked set; keeps errno, which the code it
 * interrupts may be about to read. */
static void handle_events(void)
{
    int saved_errno = errno;

    pending = 0;
    barrier();
    if (input_enabled)
        hosted_input_poll();
    sd_timer_event();
    if (sd_need_resched())
        sd_preempt();
    errno = saved_errno;
}

static void event_handler(int sig)
{
    if (masked) {
        pending = 1;
        return;
    }
    masked = 1;
    barrier();
    handle_events();
    plat_irq_restore(0);      /* also runs what arrived meanwhile (SA_NODEFER nesting) */
}

unsigned long plat_irq_save(void)
{
    unsigned long old = masked;

    masked = 1;
    barrier();
    return old;
}

void plat_irq_restore(unsigned long flags)
{
    barrier();
    if (flags != 0)
        return;
    /* An event that came while masked runs now, as if it had just arrived. */
    while (pending)
        handle_events();
    barrier();
    masked = 0;
    barrier();
    /* One may have arrived between the check and the unmask: look again. */
    if (pending) {
        masked = 1;
        plat_irq_restore(0);
    }
}

/* Context: idle thread, events masked. */
void plat_idle(void)
{
    sigset_t old;

    sigprocmask(SIG_BLOCK, &event_set, &old);
    if (pending) {            /* arrived before the block: handle it, no need to wait */
        sigprocmask(SIG_SETMASK, &old, NULL);
        handle_events();
        return;
    }
    masked = 0;             /* the signal is really blocked now: no handler can run yet */
    barrier();
    sigsuspend(&old);       /* unblock and wait, atomically; the handler runs in here */
    barrier();
    masked = 1;
    sigprocmask(SIG_SETMASK, &old, NULL);
}

void plat_timer_set(uint64_t deadline_ns)
{
    struct itimerspec its;

    memset(&its, 0, sizeof(its));
    if (deadline_ns == 0)
        deadline_ns = 1;      /* 0 would disarm: "now" is what was asked */
    its.it_value.tv_sec = (time_t)(deadline_ns / 1000000000ULL);
    its.it_value.tv_nsec = (long)(deadline_ns % 1000000000ULL);
    if (timer_settime(event_timer, TIMER_ABSTIME, &its, NULL) != 0)
        hosted_fatal("timer_settime failed");
}

/* Deliver one event soon (input left to read). Context: any. */
void hosted_event_raise(void)
{
    raise(SIGRTMIN);
}

/* Context: boot. Events are masked on return (sd_irq_enable unmasks them). */
void hosted_events_init(bool console_input)
{
    struct sigaction sa;
    struct sigevent sev;

    sigemptyset(&event_set);
    sigaddset(&event_set, SIGRTMIN);
    masked = 1;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = event_handler;
    sa.sa_flags = SA_RESTART | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGRTMIN, &sa, NULL) != 0)
        hosted_fatal("sigaction failed");

    memset(&sev, 0, sizeof(sev));
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGRTMIN;
    if (timer_create(CLOCK_MONOTONIC, &sev, &event_timer) != 0)
        hosted_fatal("timer_create failed");
    input_enabled = console_input;
}
