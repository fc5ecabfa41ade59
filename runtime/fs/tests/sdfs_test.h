/* Shared by the runtime/fs unit tests (Check, on the host): suites and image helpers. */
#ifndef SDFS_TEST_H
#define SDFS_TEST_H
#include <check.h>
#include <stddef.h>
#include <stdint.h>

Suite *suite_sha256(void);
Suite *suite_roundtrip(void);
Suite *suite_corrupt(void);

/* A fresh empty directory under $TMPDIR (removed by rm_tree). */
char *test_tmpdir(void);
void rm_tree(const char *dir);
/* Writes len bytes to path, creating parent directories. */
void write_host_file(const char *path, const void *data, size_t len);
/* The whole file in a malloc'd buffer. */
uint8_t *read_host_file(const char *path, size_t *len);

#endif
