/* Hosted events: one signal (SIGRTMIN) stands for the Xen event upcall.
 *
 * - Masked events = that signal blocked. `masked` mirrors the blocked state so nested saves
 *   cost no system call; the handler sets it while it runs, since the kernel blocks the
 *   signal during the handler.
 * - The one-shot platform timer is a POSIX timer on CLOCK_MONOTONIC (absolute deadlines)
 *   delivering the signal.
 * - The handler runs on the interrupted thread's stack (no sigaltstack): it handles input and
 *   timers and, if the scheduler asks, calls sd_preempt there. The thread resumes when someone
 *   switches back and the handler returns: sigreturn restores its registers, its full FPU/SSE
 *   state and its signal mask from the frame the kernel saved on its stack.
 * - plat_idle is sigsuspend with the signal unblocked. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "hosted.h"
#include "platform.h"

static volatile sig_atomic_t masked;
static bool input_enabled;
static sigset_t event_set;
static timer_t event_timer;

static void event_handler(int sig)
{
    int saved_errno = errno;
    sig_atomic_t saved_masked = masked;

    masked = 1;
    if (input_enabled)
        hosted_input_poll();
    sd_timer_event();
    if (sd_need_resched())
        sd_preempt();
    masked = saved_masked;
    errno = saved_errno;
}

unsigned long plat_irq_save(void)
{
    unsigned long old = masked;

    if (!old) {
        sigprocmask(SIG_BLOCK, &event_set, NULL);
        masked = 1;
    }
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    return old;
}

void plat_irq_restore(unsigned long flags)
{
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    if (flags == 0 && masked) {
        masked = 0;
        sigprocmask(SIG_UNBLOCK, &event_set, NULL);
    }
}

void plat_idle(void)
{
    sigset_t wait_set;

    sigprocmask(SIG_BLOCK, NULL, &wait_set);
    sigdelset(&wait_set, SIGRTMIN);
    sigsuspend(&wait_set);
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

/* Context: boot, before any event can arrive: events are masked on return. */
void hosted_events_init(bool console_input)
{
    struct sigaction sa;
    struct sigevent sev;

    sigemptyset(&event_set);
    sigaddset(&event_set, SIGRTMIN);
    sigprocmask(SIG_BLOCK, &event_set, NULL);
    masked = 1;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = event_handler;
    sa.sa_flags = SA_RESTART;
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
