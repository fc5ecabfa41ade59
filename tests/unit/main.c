/* Kernel unit tests: kernel/core on the hosted platform, one Check runner for every suite. */
#include <stdlib.h>

#include "core.h"      /* white-box: struct sd_thread, to count waiters */
#include "sd/irq.h"
#include "sd/time.h"
#include "unit.h"

static void boot(void)
{
    sd_hosted_init(UNIT_MEM, false);
}

/* Check's own exit code runs after the test: no preemption into kernel threads then. */
static void quiesce(void)
{
    sd_irq_save();
}

TCase *unit_tcase(const char *name)
{
    TCase *tc = tcase_create(name);

    tcase_add_checked_fixture(tc, boot, quiesce);
    tcase_set_timeout(tc, 60);    /* only for a hang: no test measures time */
    return tc;
}

TCase *unit_tcase_bare(const char *name)
{
    TCase *tc = tcase_create(name);

    tcase_set_timeout(tc, 60);
    return tc;
}

uint64_t unit_now(void)
{
    return sd_clock_monotonic_ns();
}

int unit_queued(const struct sd_waitq *q)
{
    unsigned long flags = sd_irq_save();
    int n = 0;

    for (const struct sd_thread *t = q->head; t; t = t->next)
        n++;
    sd_irq_restore(flags);
    return n;
}

void unit_wait_queued(const struct sd_waitq *q, int n)
{
    while (unit_queued(q) < n)
        sd_thread_sleep_ns(100000);
}

int main(void)
{
    Suite *(*suites[])(void) = {
        suite_pages, suite_heap, suite_printk, suite_timers, suite_threads, suite_sleep,
        suite_sync, suite_waitq, suite_fpu, suite_guard, suite_boot, suite_console,
        suite_wakeup,
    };
    SRunner *sr = srunner_create(NULL);

    for (size_t i = 0; i < sizeof(suites) / sizeof(suites[0]); i++)
        srunner_add_suite(sr, suites[i]());
    srunner_set_fork_status(sr, CK_FORK);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
