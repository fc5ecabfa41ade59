/* runtime/libc unit tests: one Check runner for every suite. */
#include <stdlib.h>

#include <sd/irq.h>

#include "hosted.h"
#include "libc_unit.h"

static void boot(void)
{
    sd_hosted_init(LIBC_UNIT_MEM, false);
}

/* Check's own exit code runs after the test: no preemption into kernel threads then. */
static void quiesce(void)
{
    sd_irq_save();
}

TCase *libc_unit_tcase(const char *name)
{
    TCase *tc = tcase_create(name);
    tcase_add_checked_fixture(tc, boot, quiesce);
    tcase_set_timeout(tc, 60);   /* only for a hang */
    return tc;
}

int main(void)
{
    SRunner *sr = srunner_create(suite_sbrk());
    srunner_add_suite(sr, suite_locks());
    srunner_add_suite(sr, suite_complex_mul());
    srunner_add_suite(sr, suite_boot_module());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
