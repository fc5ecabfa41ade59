/* The kernel's system tests: assertions on what the test guests (tests/system/guests/) left
 * after one sandbox run of tests/system/harness/run-guests.sh.
 *
 * usage: kernel_test OUTDIR
 * Guests: hello threads malloc crash shutdown exitcode xenstore console, and the libc's
 * hello-c and libc-test.
 * For each guest NAME the harness wrote OUTDIR/NAME.console (its console output) and
 * OUTDIR/NAME.json ({"name", "domid", "reason", "exit_code", ...}). A guest that did not run
 * fails every test about it.
 */
#include <check.h>
#include <json-c/json.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *outdir;

/* The whole of OUTDIR/NAME.EXT as a string ("" when missing); caller frees. */
static char *slurp(const char *name, const char *ext)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/%s.%s", outdir, name, ext);
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t len = 0;
    if (f) {
        char chunk[4096];
        size_t n;
        while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
            char *grown = realloc(buf, len + n + 1);
            ck_assert_ptr_nonnull(grown);
            buf = grown;
            memcpy(buf + len, chunk, n);
            len += n;
        }
        fclose(f);
    }
    if (!buf)
        buf = calloc(1, 1);
    ck_assert_ptr_nonnull(buf);
    buf[len] = '\0';
    return buf;
}

static bool console_has(const char *name, const char *text)
{
    char *c = slurp(name, "console");
    bool found = strstr(c, text) != NULL;
    free(c);
    return found;
}

static void assert_console_has(const char *name, const char *text)
{
    ck_assert_msg(console_has(name, text), "%s.console lacks \"%s\"", name, text);
}

/* The guest's status object; fails the test when it is missing or not JSON. */
static json_object *status(const char *name)
{
    char *text = slurp(name, "json");
    json_object *j = json_tokener_parse(text);
    free(text);
    ck_assert_msg(j && json_object_is_type(j, json_type_object),
                  "%s/%s.json missing or not a JSON object", outdir, name);
    return j;
}

static const char *reason(json_object *j)
{
    json_object *r;
    if (!json_object_object_get_ex(j, "reason", &r) || !json_object_is_type(r, json_type_string))
        return "(none)";
    return json_object_get_string(r);
}

/* exit_code, or -1000 when absent or null (the guest never published one). */
static int exit_code(json_object *j)
{
    json_object *r;
    if (!json_object_object_get_ex(j, "exit_code", &r) || !json_object_is_type(r, json_type_int))
        return -1000;
    return json_object_get_int(r);
}

static void assert_ended(const char *name, const char *want_reason, int want_code)
{
    json_object *j = status(name);
    ck_assert_str_eq(reason(j), want_reason);
    if (want_code != -1000)
        ck_assert_int_eq(exit_code(j), want_code);
    json_object_put(j);
}

/* ---- a) hello ---- */
START_TEST(hello_printf_with_float)
{
    assert_console_has("hello", "Hello from a Stardust test guest");
    assert_console_has("hello", "pi=3.142");
    assert_console_has("hello", "VERDICT PASS");
}
END_TEST

START_TEST(hello_exits_0_poweroff)
{
    assert_ended("hello", "poweroff", 0);
}
END_TEST

/* The start-up keys (data/t-console-ns, data/t-main-ns) reach the host, in order. */
START_TEST(hello_startup_times_published)
{
    json_object *j = status("hello");
    json_object *c, *m;
    ck_assert(json_object_object_get_ex(j, "t_console_ns", &c) &&
              json_object_is_type(c, json_type_int));
    ck_assert(json_object_object_get_ex(j, "t_main_ns", &m) &&
              json_object_is_type(m, json_type_int));
    ck_assert_int_gt(json_object_get_int64(c), 0);
    ck_assert_int_le(json_object_get_int64(c), json_object_get_int64(m));
    json_object_put(j);
}
END_TEST

/* ---- b) threads ---- */
START_TEST(threads_progress_and_sleep)
{
    assert_console_has("threads", "sleep 100 ms x 5: min ");
    assert_console_has("threads", "VERDICT PASS");
    ck_assert(!console_has("threads", "VERDICT FAIL"));
}
END_TEST

START_TEST(threads_exit_with_spinner_running)
{
    assert_ended("threads", "poweroff", 0);
}
END_TEST

/* ---- c) malloc ---- */
START_TEST(malloc_patterns_and_memory_back)
{
    assert_console_has("malloc", "heap peak: ");
    assert_console_has("malloc", "corrupt blocks: 0");
    assert_console_has("malloc", "VERDICT PASS");
}
END_TEST

START_TEST(malloc_exits_0)
{
    assert_ended("malloc", "poweroff", 0);
}
END_TEST

/* ---- d) crash ---- */
START_TEST(crash_reason_is_crash)
{
    assert_ended("crash", "crash", -1000);
}
END_TEST

START_TEST(crash_fault_report_on_console)
{
    assert_console_has("crash", "about to dereference NULL");
    ck_assert(!console_has("crash", "VERDICT FAIL"));
    /* The report: what faulted, where, the registers and a backtrace. */
    char *c = slurp("crash", "console");
    const char *report = strstr(c, "about to dereference NULL");
    ck_assert_ptr_nonnull(report);
    ck_assert_msg(strstr(report, "page fault"), "no page fault report");
    ck_assert_msg(strstr(report, "address 0000000000000000"), "fault address is not NULL");
    ck_assert_msg(strstr(report, "RIP: ") && strstr(report, "RSP: "), "no registers");
    const char *bt = strstr(report, "Backtrace:\n");
    ck_assert_msg(bt, "no backtrace");
    ck_assert_msg(strstr(bt, "\n  0000"), "backtrace without frames");
    free(c);
}
END_TEST

/* ---- e) shutdown ---- */
START_TEST(shutdown_request_handled)
{
    assert_console_has("shutdown", "READY");
    assert_console_has("shutdown", "xen: shutdown requested (poweroff)");
    assert_console_has("shutdown", "VERDICT PASS: shutdown handler ran");
}
END_TEST

START_TEST(shutdown_ends_poweroff_0)
{
    assert_ended("shutdown", "poweroff", 0);
}
END_TEST

/* ---- f) exit code ---- */
START_TEST(exitcode_3_published)
{
    assert_console_has("exitcode", "returning 3 from main");
    assert_ended("exitcode", "poweroff", 3);
}
END_TEST

/* ---- the xenstore client, driven by its own guest ---- */
START_TEST(xenstore_client_checks)
{
    assert_console_has("xenstore", "ok: 4 threads x 25 write/read pairs");
    ck_assert_msg(!console_has("xenstore", "FAILED: "), "a xenstore check failed");
    assert_console_has("xenstore", "VERDICT PASS");
    assert_ended("xenstore", "poweroff", 0);
}
END_TEST

/* ---- console output with the ring full: every line once, whole ---- */
START_TEST(console_lines_complete_and_intact)
{
    char *c = slurp("console", "console");
    int missing = 0, dup = 0;
    for (int t = 0; t < 4; t++) {
        for (int n = 0; n < 200; n++) {
            char line[96];
            int len = snprintf(line, sizeof(line), "C%d L%03d ", t, n);
            for (int i = 0; i < 60; i++)
                line[len++] = (char)('a' + (t * 7 + n + i) % 26);
            snprintf(line + len, sizeof(line) - (size_t)len, " END\n");
            const char *hit = strstr(c, line);
            missing += !hit;
            dup += hit && strstr(hit + 1, line);
        }
    }
    free(c);
    ck_assert_msg(missing == 0 && dup == 0, "%d lines missing or damaged, %d doubled", missing, dup);
    assert_console_has("console", "VERDICT PASS");
    assert_ended("console", "poweroff", 0);
}
END_TEST

/* ---- the libc's guests: the example C application and the newlib checks ---- */
START_TEST(hello_c_greets_with_float)
{
    /* e summed in the guest and formatted by newlib's printf. */
    assert_console_has("hello-c", "Hello from Stardust! e = 2.718282");
}
END_TEST

START_TEST(hello_c_exits_0_poweroff)
{
    assert_ended("hello-c", "poweroff", 0);
}
END_TEST

/* The verdict, then the atexit handler's line: returning from main ran the handlers. */
START_TEST(libc_test_pass_then_atexit)
{
    char *c = slurp("libc-test", "console");
    const char *verdict = strstr(c, "VERDICT PASS");
    bool atexit_after = verdict && strstr(verdict, "ATEXIT OK");
    bool failed = strstr(c, "VERDICT FAIL") != NULL;
    free(c);
    ck_assert_msg(verdict && !failed, "libc-test.console lacks \"VERDICT PASS\"");
    ck_assert_msg(atexit_after, "libc-test.console lacks \"ATEXIT OK\" after the verdict");
}
END_TEST

START_TEST(libc_test_exits_0_poweroff)
{
    assert_ended("libc-test", "poweroff", 0);
}
END_TEST

static Suite *kernel_suite(void)
{
    Suite *s = suite_create("system-kernel");
    TCase *t = tcase_create("guests");
    tcase_add_test(t, hello_printf_with_float);
    tcase_add_test(t, hello_exits_0_poweroff);
    tcase_add_test(t, hello_startup_times_published);
    tcase_add_test(t, threads_progress_and_sleep);
    tcase_add_test(t, threads_exit_with_spinner_running);
    tcase_add_test(t, malloc_patterns_and_memory_back);
    tcase_add_test(t, malloc_exits_0);
    tcase_add_test(t, crash_reason_is_crash);
    tcase_add_test(t, crash_fault_report_on_console);
    tcase_add_test(t, shutdown_request_handled);
    tcase_add_test(t, shutdown_ends_poweroff_0);
    tcase_add_test(t, exitcode_3_published);
    tcase_add_test(t, xenstore_client_checks);
    tcase_add_test(t, console_lines_complete_and_intact);
    tcase_add_test(t, hello_c_greets_with_float);
    tcase_add_test(t, hello_c_exits_0_poweroff);
    tcase_add_test(t, libc_test_pass_then_atexit);
    tcase_add_test(t, libc_test_exits_0_poweroff);
    suite_add_tcase(s, t);
    return s;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s OUTDIR\n", argv[0]);
        return 2;
    }
    outdir = argv[1];
    SRunner *r = srunner_create(kernel_suite());
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? 1 : 0;
}
