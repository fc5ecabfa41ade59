/* Shared by the runtime/libc unit tests: suites, and booting the hosted kernel. */
#ifndef LIBC_UNIT_H
#define LIBC_UNIT_H
#include <check.h>

#define LIBC_UNIT_MEM (16UL << 20)

/* A test case whose tests run in a fresh process with the hosted kernel booted. */
TCase *libc_unit_tcase(const char *name);

Suite *suite_sbrk(void);
Suite *suite_locks(void);
Suite *suite_complex_mul(void);
Suite *suite_boot_module(void);

#endif
