/* The boot module start.c mounts, on the hosted kernel (kernel/hosted/boot_module.c): none
 * without SD_HOSTED_MODULE; with it, the file mapped read-only, which sdfs opens in place.
 * Each test runs in its own process, so each sees the variable as it set it. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sd/boot.h>
#include <sdfs/fs.h>
#include <sdfs/write.h>

#include "libc_unit.h"

static char image_path[64];

/* A small image in a temporary file, named by SD_HOSTED_MODULE. */
static uint64_t make_module(void)
{
    char err[256];
    uint64_t size = 0;
    snprintf(image_path, sizeof image_path, "/tmp/sdc-module-%d.img", (int)getpid());
    struct sdfs_writer *w = sdfs_writer_new();
    ck_assert(sdfs_writer_add(w, "/etc/stardust/java.conf", "main A\n", 7, err, sizeof err) == 0);
    ck_assert_msg(sdfs_writer_write(w, image_path, &size, NULL, err, sizeof err) == 0, "%s", err);
    sdfs_writer_free(w);
    setenv("SD_HOSTED_MODULE", image_path, 1);
    return size;
}

START_TEST(no_module_without_variable)
{
    unsetenv("SD_HOSTED_MODULE");
    size_t len = 123;
    ck_assert_ptr_null(sd_boot_module(&len));
    ck_assert_uint_eq(len, 0);
}
END_TEST

START_TEST(module_mapped_and_mounted)
{
    uint64_t size = make_module();
    size_t len = 0;
    const void *m = sd_boot_module(&len);
    unlink(image_path);              /* the mapping stays */
    ck_assert_ptr_nonnull(m);
    ck_assert_uint_eq(len, size);
    ck_assert_ptr_eq(sd_boot_module(&len), m);     /* mapped once */
    char err[256] = "";
    ck_assert_msg(sdfs_mount_root(m, len, err, sizeof err) == 0, "%s", err);
    const struct sdfs_entry *e = sdfs_lookup(sdfs_root(), "/etc/stardust/java.conf");
    ck_assert_ptr_nonnull(e);
    ck_assert(memcmp(sdfs_data(sdfs_root(), e), "main A\n", 7) == 0);
}
END_TEST

/* Raises SIGSEGV: the mapping is read-only. */
START_TEST(module_is_read_only)
{
    make_module();
    size_t len = 0;
    volatile uint8_t *m = (volatile uint8_t *)sd_boot_module(&len);
    unlink(image_path);
    ck_assert_ptr_nonnull((void *)m);
    m[0] ^= 1;
}
END_TEST

Suite *suite_boot_module(void)
{
    Suite *s = suite_create("boot-module");
    TCase *tc = libc_unit_tcase("boot-module");
    tcase_add_test(tc, no_module_without_variable);
    tcase_add_test(tc, module_mapped_and_mounted);
    tcase_add_test_raise_signal(tc, module_is_read_only, SIGSEGV);
    suite_add_tcase(s, tc);
    return s;
}
