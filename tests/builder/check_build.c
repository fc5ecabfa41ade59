/* check_build.c: stardust-build when things go right: an image is written where asked, the
 * report (text, JSON) describes it, inspect reads it back, the examples build, and a damaged
 * image is refused by inspect. Runs in SD_FIXTURES; images go to a temporary directory. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_builder.h"

static char tmp[64];
static char out[PATH_MAX];

static void make_tmp(void)
{
    snprintf(tmp, sizeof tmp, "/tmp/check-builder-build-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(tmp));
    snprintf(out, sizeof out, "%s/out.sd", tmp);
}

static void remove_tmp(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmp);
    struct run_result r = run_shell(NULL, cmd);
    run_free(&r);
}

static int is_hex64(const char *s)
{
    for (int i = 0; i < 64; i++)
        if (!strchr("0123456789abcdef", s[i]))
            return 0;
    return 1;
}

START_TEST(build_json_report)
{
    make_tmp();
    const char *argv[] = { "", "--json", "-o", out, "valid-minimal.yaml", NULL };
    struct run_result r = run_tool(need_env("SD_FIXTURES"), argv);
    ck_assert_str_eq(r.err, "");                     /* no progress in a pipe */
    ck_assert_int_eq(r.status, 0);
    ck_assert_ptr_nonnull(strstr(r.out, "\"ok\": true"));
    const char *d = strstr(r.out, "\"digest\": \"");
    ck_assert_ptr_nonnull(d);
    ck_assert(is_hex64(d + 11));
    ck_assert_ptr_nonnull(strstr(r.out, "\"kernel\": "));
    ck_assert_ptr_nonnull(strstr(r.out, "\"app\": 1,"));
    ck_assert_ptr_nonnull(strstr(r.out, "\"warnings\": ["));
    struct stat st;
    ck_assert_int_eq(stat(out, &st), 0);
    ck_assert_ptr_nonnull(strstr(r.out, "\"image\": "));
    run_free(&r);
    remove_tmp();
}
END_TEST

START_TEST(build_text_quiet_verbose)
{
    make_tmp();
    const char *text[] = { "", "-o", out, "valid-minimal.yaml", NULL };
    struct run_result r = run_tool(need_env("SD_FIXTURES"), text);
    ck_assert_int_eq(r.status, 0);
    ck_assert_int_eq(strncmp(r.out, out, strlen(out)), 0);
    ck_assert_ptr_nonnull(strstr(r.out, " bytes, sha256 "));
    ck_assert_ptr_nonnull(strstr(r.out, "1 application class,"));
    run_free(&r);

    const char *quiet[] = { "", "-q", "-o", out, "valid-minimal.yaml", NULL };
    r = run_tool(need_env("SD_FIXTURES"), quiet);
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "");
    ck_assert_str_eq(r.err, "");
    run_free(&r);

    const char *verbose[] = { "", "-v", "-o", out, "valid-minimal.yaml", NULL };
    r = run_tool(need_env("SD_FIXTURES"), verbose);
    ck_assert_int_eq(r.status, 0);
    ck_assert_int_eq(strncmp(r.err, "stardust-build: ", 16), 0);   /* one line per step */
    ck_assert_ptr_null(strchr(r.err, '\r'));                      /* no terminal tricks */
    run_free(&r);
    remove_tmp();
}
END_TEST

START_TEST(inspect_reads_back)
{
    make_tmp();
    const char *build[] = { "", "-q", "-o", out, "valid-minimal.yaml", NULL };
    struct run_result r = run_tool(need_env("SD_FIXTURES"), build);
    ck_assert_int_eq(r.status, 0);
    run_free(&r);

    const char *text[] = { "", "inspect", out, NULL };
    r = run_tool(NULL, text);
    ck_assert_int_eq(r.status, 0);
    ck_assert_ptr_nonnull(strstr(r.out, "part      kernel  kernel.elf"));
    ck_assert_ptr_nonnull(strstr(r.out, "part      rootfs  rootfs.img"));
    ck_assert_ptr_nonnull(strstr(r.out, "rootfs    app "));
    ck_assert_ptr_nonnull(strstr(r.out, "\"name\": \"hello\""));
    run_free(&r);

    const char *json[] = { "", "inspect", "--json", out, NULL };
    r = run_tool(NULL, json);
    ck_assert_int_eq(r.status, 0);
    ck_assert_ptr_nonnull(strstr(r.out, "\"format\": 1"));
    ck_assert_ptr_nonnull(strstr(r.out, "\"stack\": \"256k\""));
    ck_assert_ptr_nonnull(strstr(r.out, "\"sha256\": \""));
    run_free(&r);
    remove_tmp();
}
END_TEST

/* On a terminal (script(1) gives it one) the slow steps show a progress line on stderr, which
 * is erased before the summary is printed. */
START_TEST(progress_on_a_terminal)
{
    char bin[PATH_MAX], cmd[2 * PATH_MAX + 128];
    make_tmp();
    ck_assert_ptr_nonnull(realpath(need_env("SD_BUILDER_BIN"), bin));
    snprintf(cmd, sizeof cmd, "script -qec '%s -o %s valid-minimal.yaml' /dev/null", bin, out);
    struct run_result r = run_shell(need_env("SD_FIXTURES"), cmd);
    ck_assert_int_eq(r.status, 0);
    ck_assert_ptr_nonnull(strstr(r.out, "\r\033[Kstardust-build: "));
    ck_assert_ptr_nonnull(strstr(r.out, "100%\r\033[K"));
    ck_assert_ptr_nonnull(strstr(r.out, "\r\033[K/tmp/check-builder-build-"));
    run_free(&r);
    remove_tmp();
}
END_TEST

/* One flipped byte in the middle: the digests no longer match, inspect says so. */
START_TEST(inspect_refuses_damaged_image)
{
    make_tmp();
    const char *build[] = { "", "-q", "-o", out, "valid-minimal.yaml", NULL };
    struct run_result r = run_tool(need_env("SD_FIXTURES"), build);
    ck_assert_int_eq(r.status, 0);
    run_free(&r);
    FILE *f = fopen(out, "r+b");
    struct stat st;
    ck_assert_int_eq(stat(out, &st), 0);
    fseek(f, st.st_size / 2, SEEK_SET);
    int c = fgetc(f);
    fseek(f, st.st_size / 2, SEEK_SET);
    fputc(c ^ 0xff, f);
    fclose(f);
    const char *argv[] = { "", "inspect", out, NULL };
    r = run_tool(NULL, argv);
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.out, "");
    ck_assert_int_eq(strncmp(r.err, "stardust-build: ", 16), 0);
    ck_assert_ptr_nonnull(strstr(r.err, out));
    run_free(&r);
    remove_tmp();
}
END_TEST

/* The examples under manifests/, compiled by make into SD_EXAMPLES, build. */
START_TEST(examples_build)
{
    static const char *const names[] = { "hello", "multi", "resource" };
    static const char *const app[] = { "\"app\": 1,", "\"app\": 4,", "\"app\": 1," };
    char manifest[PATH_MAX];
    make_tmp();
    snprintf(manifest, sizeof manifest, "%s/%s/service.yaml", need_env("SD_EXAMPLES"), names[_i]);
    const char *argv[] = { "", "--json", "-o", out, manifest, NULL };
    struct run_result r = run_tool(NULL, argv);
    ck_assert_msg(r.status == 0, "%s: %s", names[_i], r.err);
    ck_assert_ptr_nonnull(strstr(r.out, app[_i]));
    run_free(&r);
    remove_tmp();
}
END_TEST

Suite *build_suite(void)
{
    Suite *s = suite_create("build");
    TCase *tc = tcase_create("build");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, build_json_report);
    tcase_add_test(tc, build_text_quiet_verbose);
    tcase_add_test(tc, progress_on_a_terminal);
    tcase_add_test(tc, inspect_reads_back);
    tcase_add_test(tc, inspect_refuses_damaged_image);
    suite_add_tcase(s, tc);
    static const char *const examples[] = { "example-hello", "example-multi", "example-resource" };
    for (int i = 0; i < 3; i++) {
        TCase *ex = tcase_create(examples[i]);
        tcase_set_timeout(ex, 120);
        tcase_add_loop_test(ex, examples_build, i, i + 1);
        suite_add_tcase(s, ex);
    }
    return s;
}
