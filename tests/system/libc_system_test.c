/* runtime/libc's system tests: assertions on what the guests of the libc plan left after one
 * sandbox run of tests/system/harness/run-guests.sh (runtime/libc/libc.mk, check-system-libc).
 *
 * usage: libc_system_test OUTDIR
 * Guests (tests/system/guests/): libc-fs (files from a good ramdisk), libc-fs-corrupt (the same
 * guest, its ramdisk with one byte flipped: refused at boot), libc-fs-rowrite (writes into the
 * ramdisk, which is mapped read-only: crashes), libc-pthread (pthreads). For each guest NAME the
 * harness wrote OUTDIR/NAME.console and OUTDIR/NAME.json ({"reason", "exit_code", ...}).
 */
#include <check.h>
#include <json-c/json.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *outdir;

/* OUTDIR/NAME.EXT as a string ("" when missing); caller frees. */
static char *slurp(const char *name, const char *ext)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.%s", outdir, name, ext);
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    long n = 0;
    if (f && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
        buf = malloc((size_t)n + 1);
        ck_assert_ptr_nonnull(buf);
        n = (long)fread(buf, 1, (size_t)n, f);
    }
    if (f)
        fclose(f);
    if (!buf) {
        buf = malloc(1);
        n = 0;
    }
    buf[n] = '\0';
    return buf;
}

static void assert_console(const char *name, const char *text, bool want)
{
    char *c = slurp(name, "console");
    bool found = strstr(c, text) != NULL;
    free(c);
    ck_assert_msg(found == want, "%s.console %s \"%s\"", name, want ? "lacks" : "has", text);
}

/* reason and exit_code of the guest's report (exit_code -1000 when absent or null). */
static void assert_ended(const char *name, const char *want_reason, int want_code)
{
    char *text = slurp(name, "json");
    json_object *j = json_tokener_parse(text), *r, *c;
    free(text);
    ck_assert_msg(j && json_object_is_type(j, json_type_object), "%s/%s.json missing", outdir,
                  name);
    const char *reason = json_object_object_get_ex(j, "reason", &r) ? json_object_get_string(r)
                                                                    : "(none)";
    int code = json_object_object_get_ex(j, "exit_code", &c) &&
                       json_object_is_type(c, json_type_int) ? json_object_get_int(c) : -1000;
    ck_assert_str_eq(reason, want_reason);
    if (want_code != -1000)
        ck_assert_int_eq(code, want_code);
    json_object_put(j);
}

START_TEST(fs_files_from_ramdisk)
{
    assert_console("libc-fs", "ok root-mounted", true);
    assert_console("libc-fs", "ok fread-big", true);
    assert_console("libc-fs", "ok erofs-create", true);
    assert_console("libc-fs", "ok enoent", true);
    assert_console("libc-fs", "FAIL ", false);
    assert_console("libc-fs", "VERDICT PASS", true);
}
END_TEST

START_TEST(fs_exits_0)
{
    assert_ended("libc-fs", "poweroff", 0);
}
END_TEST

START_TEST(corrupt_ramdisk_refused_with_reason)
{
    assert_console("libc-fs-corrupt", "stardust: root filesystem refused: digest mismatch", true);
    assert_console("libc-fs-corrupt", "ok ", false);     /* main never ran */
}
END_TEST

START_TEST(corrupt_ramdisk_exit_78)
{
    assert_ended("libc-fs-corrupt", "poweroff", 78);
}
END_TEST

START_TEST(ramdisk_mapped_read_only)
{
    assert_console("libc-fs-rowrite", "writing into the ramdisk", true);
    assert_console("libc-fs-rowrite", "WROTE", false);
    assert_ended("libc-fs-rowrite", "crash", -1000);
}
END_TEST

START_TEST(pthread_checks_pass)
{
    assert_console("libc-pthread", "ok mutex-contention", true);
    assert_console("libc-pthread", "ok cond-timedwait-realtime", true);
    assert_console("libc-pthread", "ok keys-destructors", true);
    assert_console("libc-pthread", "FAIL ", false);
    assert_console("libc-pthread", "VERDICT PASS", true);
}
END_TEST

START_TEST(pthread_exits_0)
{
    assert_ended("libc-pthread", "poweroff", 0);
}
END_TEST

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: libc_system_test OUTDIR\n");
        return 2;
    }
    outdir = argv[1];
    Suite *s = suite_create("system-libc");
    TCase *tc = tcase_create("libc");
    tcase_add_test(tc, fs_files_from_ramdisk);
    tcase_add_test(tc, fs_exits_0);
    tcase_add_test(tc, corrupt_ramdisk_refused_with_reason);
    tcase_add_test(tc, corrupt_ramdisk_exit_78);
    tcase_add_test(tc, ramdisk_mapped_read_only);
    tcase_add_test(tc, pthread_checks_pass);
    tcase_add_test(tc, pthread_exits_0);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
