/* A thread that overflows its stack faults on the guard page below it. Run in a forked child
 * that catches SIGSEGV on an alternate stack, checks the fault address is the guard page and
 * reports through its exit status. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core.h"       /* white-box: where the guard page of a thread is */
#include "sd/thread.h"
#include "unit.h"

#define EXIT_GUARD_HIT 42
#define EXIT_OTHER_FAULT 43
#define EXIT_NO_FAULT 44

static char *guard_page;
static char *volatile lowest_frame;

/* Either the recursion touched the guard page itself, or an event signal arrived with the
 * stack so close to the guard that Linux could not push its frame (SI_KERNEL, no address), or
 * the timer's handler (preempting on the thread's stack, frames of several KiB with the signal
 * frame) stepped over the guard into the unmapped space below it: the overflow was stopped at
 * the guard just the same. Seen once in four runs under load. */
static void on_segv(int sig, siginfo_t *info, void *ctx)
{
    char *a = info->si_addr;
    bool in_guard = a >= guard_page && a < guard_page + 4096;
    bool near_guard = lowest_frame < guard_page + 4096 + 8192;
    bool frame_push = info->si_code == SI_KERNEL && near_guard;
    bool stepped_over = near_guard && a < guard_page && a >= guard_page - 64 * 1024;

    _exit(in_guard || frame_push || stepped_over ? EXIT_GUARD_HIT : EXIT_OTHER_FAULT);
}

static int deep(int n)
{
    volatile char frame[512];

    frame[0] = (char)n;
    lowest_frame = (char *)frame;
    frame[511] = 1;
    if (n == 0)
        return frame[0];
    return deep(n - 1) + frame[511];
}

static void recurse(void *arg)
{
    *(int *)arg = deep(*(int *)arg);
}

/* In a child: boot, run deep(depth) on a 16 KiB stack, exit with what happened. */
static int run_child(int depth)
{
    pid_t pid = fork();

    if (pid == 0) {
        static char alt[64 * 1024];
        stack_t ss = { .ss_sp = alt, .ss_size = sizeof(alt) };
        struct sigaction sa = { .sa_sigaction = on_segv, .sa_flags = SA_SIGINFO | SA_ONSTACK };
        struct rlimit no_core = { 0, 0 };

        setrlimit(RLIMIT_CORE, &no_core);
        sigaltstack(&ss, NULL);
        sigaction(SIGSEGV, &sa, NULL);
        sd_hosted_init(16UL << 20, false);
        int arg = depth;
        struct sd_thread *t = sd_thread_create("deep", recurse, &arg, 16 * 1024);
        guard_page = t->stack;
        sd_thread_join(t);
        _exit(EXIT_NO_FAULT);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

START_TEST(overflow_hits_guard)
{
    ck_assert_int_eq(run_child(1000), EXIT_GUARD_HIT);    /* ~512 KiB of frames */
}
END_TEST

START_TEST(stack_within_bounds_runs)
{
    ck_assert_int_eq(run_child(12), EXIT_NO_FAULT);       /* ~7 KiB of 16 */
}
END_TEST

Suite *suite_guard(void)
{
    Suite *s = suite_create("guard");
    TCase *tc = unit_tcase_bare("guard");

    tcase_add_test(tc, overflow_hits_guard);
    tcase_add_test(tc, stack_within_bounds_runs);
    suite_add_tcase(s, tc);
    return s;
}
