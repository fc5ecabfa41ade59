/* Shared helpers of the kernel unit tests (hosted): every test runs in its own process
 * (Check's fork mode) with a freshly booted kernel.
 *
 * Rule for tests: only the boot thread (the test function itself) calls Check or other libc
 * functions; kernel threads record what they saw in variables and the boot thread asserts
 * after joining. Preemption can stop a thread anywhere, also inside glibc, which is not
 * written for that. */
#ifndef UNIT_H
#define UNIT_H
#include <check.h>
#include <stdint.h>

#include "hosted.h"
#include "sd/sync.h"

#define UNIT_MEM (64UL << 20)

/* A test case whose tests boot the kernel first (and mask events when they end). */
TCase *unit_tcase(const char *name);
/* A test case without the boot: the test boots, or forks, itself. */
TCase *unit_tcase_bare(const char *name);

uint64_t unit_now(void);
/* Threads waiting on q now. */
int unit_queued(const struct sd_waitq *q);
/* Sleep (in short steps) until n threads wait on q: no guessing how long threads take. */
void unit_wait_queued(const struct sd_waitq *q, int n);

Suite *suite_pages(void);
Suite *suite_heap(void);
Suite *suite_printk(void);
Suite *suite_timers(void);
Suite *suite_threads(void);
Suite *suite_sleep(void);
Suite *suite_sync(void);
Suite *suite_waitq(void);
Suite *suite_fpu(void);
Suite *suite_guard(void);
Suite *suite_boot(void);
Suite *suite_console(void);
Suite *suite_wakeup(void);

#endif
