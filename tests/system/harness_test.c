/*
 * harness_test.c: the system-test harness and sd-launch behave (check-system-harness).
 *
 * Reads what one run of tests/system/harness/run-guests.sh left in OUTDIR for the plan made by
 * tests/system/system.mk:
 *   waiter   the kernel's shutdown test guest: prints READY, then waits;
 *            shutdown-on "READY" makes dom0 shut it down                 -> poweroff
 *   crash    reports a crash to Xen at once (harness/crash-guest.S)       -> crash
 *   spin     blocks for ever (harness/spin-guest.S), 5 s timeout          -> timeout, destroyed
 *   cancel   the same, sd-launch gets SIGTERM after 2 s                   -> canceled, destroyed
 *   missing  no such kernel file                                         -> error, no domain
 *   notelf   a text file as the kernel                                    -> error, no domain
 *   rdargs   harness/ramdisk-guest.c with "ramdisk IMG args one  two three": echoes its
 *            arguments and the ramdisk's first line                       -> poweroff, code 0
 *   rdwait   the same guest, "ramdisk IMG shutdown-on WAITING args wait for shutdown": the
 *            same ramdisk (copied into the sandbox once), waits to be shut down -> poweroff
 *   rdmissing "ramdisk" naming no file                                   -> error, no domain
 * and checks sd-launch's command line on the host (no Xen needed for that).
 * usage: harness_test OUTDIR SD_LAUNCH RAMDISK (the image the rd* guests were given)
 */
#define _GNU_SOURCE
#include <check.h>
#include <json-c/json.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <dirent.h>
#include <string.h>
#include <sys/wait.h>

static const char *outdir;
static const char *sd_launch;
static const char *ramdisk;

/* The whole of a host file (NULL when unreadable), its size in *len; free() it. */
static char *read_whole(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    FILE *m = open_memstream(&buf, len);
    int c;
    while ((c = fgetc(f)) != EOF)
        fputc(c, m);
    fclose(m);
    fclose(f);
    return buf;
}

/* The whole of OUTDIR/NAME.EXT as a string ("" when missing); free() it. */
static char *slurp(const char *name, const char *ext)
{
    char path[4096];
    size_t len;
    snprintf(path, sizeof path, "%s/%s.%s", outdir, name, ext);
    char *buf = read_whole(path, &len);
    return buf ? buf : strdup("");
}

/* NAME.json parsed; fails the test when missing or malformed. json_object_put() it. */
static json_object *report(const char *name)
{
    char *text = slurp(name, "json");
    json_object *o = json_tokener_parse(text);
    ck_assert_msg(o != NULL, "%s.json missing or not JSON: '%s'", name, text);
    free(text);
    return o;
}

static const char *str_field(json_object *o, const char *key)
{
    json_object *v;
    ck_assert_msg(json_object_object_get_ex(o, key, &v), "no field %s", key);
    return v ? json_object_get_string(v) : NULL;
}

static bool is_null(json_object *o, const char *key)
{
    json_object *v;
    ck_assert_msg(json_object_object_get_ex(o, key, &v), "no field %s", key);
    return v == NULL;
}

/* After the guest, `xl list` in dom0 shows Domain-0 and nothing else. */
static void assert_only_dom0(const char *name)
{
    char *list = slurp(name, "domains");
    char *rest = strdup(list), *lines = rest;   /* strtok_r cuts the copy, list stays whole */
    int rows = 0;
    bool dom0 = false;
    for (char *line = strtok_r(rest, "\n", &rest); line; line = strtok_r(NULL, "\n", &rest)) {
        if (!strncmp(line, "Name ", 5))
            continue;
        rows++;
        dom0 |= !strncmp(line, "Domain-0 ", 9);
    }
    ck_assert_msg(dom0 && rows == 1, "%s left domains behind:\n%s", name, list);
    free(lines);
    free(list);
}

static void assert_reason(json_object *o, const char *want)
{
    const char *reason = str_field(o, "reason");
    ck_assert_msg(reason && !strcmp(reason, want), "reason %s, expected %s (%s)", reason, want,
                  json_object_to_json_string(o));
}

START_TEST(report_has_every_field)
{
    static const char *const keys[] = { "name", "domid", "reason", "exit_code", "t_create_ns",
        "t_console_ns", "t_main_ns", "ms_to_console", "ms_to_main", "ms_total" };
    json_object *o = report("waiter");
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        ck_assert_msg(json_object_object_get_ex(o, keys[i], NULL), "no field %s", keys[i]);
    ck_assert_str_eq(str_field(o, "name"), "waiter");
    json_object_put(o);
}
END_TEST

START_TEST(shutdown_on_text_powers_guest_off)
{
    json_object *o = report("waiter");
    assert_reason(o, "poweroff");
    ck_assert(!is_null(o, "domid"));
    ck_assert_int_gt(json_object_get_int(json_object_object_get(o, "domid")), 0);
    ck_assert(json_object_get_double(json_object_object_get(o, "ms_total")) > 0);
    /* a Stardust guest publishes its exit code and start-up times */
    ck_assert(!is_null(o, "exit_code") && !is_null(o, "ms_to_main"));
    json_object_put(o);
    assert_only_dom0("waiter");
}
END_TEST

START_TEST(console_holds_the_guest_output_only)
{
    char *con = slurp("waiter", "console");
    ck_assert_msg(strstr(con, "READY") != NULL, "no guest output in waiter.console");
    /* dom0's and Xen's messages go to qemu.log, not here */
    ck_assert(strstr(con, "sandbox: ") == NULL && strstr(con, "(XEN)") == NULL);
    free(con);
    char *qemu = slurp("qemu", "log");
    ck_assert_msg(strstr(qemu, "sandbox: dom0 ready") != NULL, "dom0 did not come up");
    free(qemu);
}
END_TEST

START_TEST(guest_crash_is_reported)
{
    json_object *o = report("crash");
    assert_reason(o, "crash");
    ck_assert(!is_null(o, "domid") && !is_null(o, "ms_total"));
    json_object_put(o);
    assert_only_dom0("crash");
}
END_TEST

START_TEST(timeout_destroys_the_guest)
{
    json_object *o = report("spin");
    assert_reason(o, "timeout");
    ck_assert(!is_null(o, "domid"));
    json_object_put(o);
    assert_only_dom0("spin");
}
END_TEST

START_TEST(interrupted_launch_destroys_the_guest)
{
    json_object *o = report("cancel");
    assert_reason(o, "canceled");
    ck_assert(!is_null(o, "domid"));
    json_object_put(o);
    assert_only_dom0("cancel");
}
END_TEST

START_TEST(missing_kernel_is_an_error_without_domain)
{
    json_object *o = report("missing");
    assert_reason(o, "error");
    ck_assert(is_null(o, "domid"));
    ck_assert_msg(strstr(str_field(o, "error"), "No such file") != NULL, "error: %s",
                  str_field(o, "error"));
    json_object_put(o);
    assert_only_dom0("missing");
}
END_TEST

START_TEST(bad_elf_is_an_error_without_domain)
{
    json_object *o = report("notelf");
    assert_reason(o, "error");
    ck_assert(is_null(o, "domid"));
    json_object_put(o);
    assert_only_dom0("notelf");
}
END_TEST

static void assert_console_has(const char *name, const char *text)
{
    char *con = slurp(name, "console");
    ck_assert_msg(strstr(con, text) != NULL, "%s.console lacks '%s':\n%s", name, text, con);
    free(con);
}

static void assert_clean_exit(const char *name)
{
    json_object *o = report(name);
    assert_reason(o, "poweroff");
    ck_assert_msg(!is_null(o, "exit_code") &&
                  json_object_get_int(json_object_object_get(o, "exit_code")) == 0,
                  "%s: %s", name, json_object_to_json_string(o));
    json_object_put(o);
    assert_only_dom0(name);
}

/* "args" hands the rest of the plan line to the domain verbatim (blanks included); the kernel
 * splits it into main's arguments. */
START_TEST(args_become_the_domain_command_line)
{
    assert_clean_exit("rdargs");
    assert_console_has("rdargs", "command line \"one  two three\"");
    assert_console_has("rdargs", "argc=4 args:|one|two|three|");
}
END_TEST

START_TEST(ramdisk_reaches_the_guest)
{
    size_t len;
    char *img = read_whole(ramdisk, &len);
    ck_assert_msg(img != NULL, "no %s", ramdisk);
    free(img);
    char want[128];
    snprintf(want, sizeof want, "ramdisk %zu bytes, starts SDFSIMG1", len);
    assert_console_has("rdargs", want);
    assert_console_has("rdwait", want);
}
END_TEST

/* "shutdown-on TEXT args CMDLINE": TEXT ends at the word args, the rest is the command line. */
START_TEST(shutdown_on_combines_with_args)
{
    assert_console_has("rdwait", "argc=4 args:|wait|for|shutdown|");
    assert_console_has("rdwait", "WAITING");
    assert_clean_exit("rdwait");
}
END_TEST

/* Two guests name one ramdisk: the job (OUTDIR/job, kept after the run) holds it once, whole.
 * The missing one of rdmissing is not there at all. */
START_TEST(shared_ramdisk_is_copied_once)
{
    char dirpath[4096];
    snprintf(dirpath, sizeof dirpath, "%s/job/job/ramdisks", outdir);
    DIR *d = opendir(dirpath);
    ck_assert_msg(d != NULL, "no %s", dirpath);
    int files = 0;
    char only[300] = "";
    for (struct dirent *e = readdir(d); e; e = readdir(d)) {
        if (e->d_name[0] == '.')
            continue;
        files++;
        snprintf(only, sizeof only, "%s", e->d_name);
    }
    closedir(d);
    ck_assert_int_eq(files, 1);
    char copy[4400];
    snprintf(copy, sizeof copy, "%s/%s", dirpath, only);
    size_t n1, n2;
    char *a = read_whole(copy, &n1), *b = read_whole(ramdisk, &n2);
    ck_assert(a && b);
    ck_assert_msg(n1 == n2 && !memcmp(a, b, n1), "%s differs from %s", copy, ramdisk);
    free(a);
    free(b);
}
END_TEST

/* Guests of one kernel file share its copy: the plan names 5 existing kernel files (the
 * shutdown guest, crash, spin for spin and cancel, README.md, the ramdisk guest for rd*). */
START_TEST(shared_kernel_is_copied_once)
{
    char dirpath[4096];
    snprintf(dirpath, sizeof dirpath, "%s/job/job/guests", outdir);
    DIR *d = opendir(dirpath);
    ck_assert_msg(d != NULL, "no %s", dirpath);
    int elfs = 0;
    for (struct dirent *e = readdir(d); e; e = readdir(d)) {
        size_t n = strlen(e->d_name);
        elfs += n > 4 && !strcmp(e->d_name + n - 4, ".elf");
    }
    closedir(d);
    ck_assert_int_eq(elfs, 5);
}
END_TEST

START_TEST(missing_ramdisk_is_an_error_without_domain)
{
    json_object *o = report("rdmissing");
    assert_reason(o, "error");
    ck_assert(is_null(o, "domid"));
    ck_assert_msg(strstr(str_field(o, "error"), "ramdisk") != NULL, "error: %s",
                  str_field(o, "error"));
    json_object_put(o);
    assert_only_dom0("rdmissing");
}
END_TEST

/* Runs sd-launch ARGS on the host; returns its exit status. */
static int run_launch(const char *args)
{
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "%s %s >/dev/null 2>&1", sd_launch, args);
    int st = system(cmd);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

START_TEST(launch_rejects_bad_usage)
{
    ck_assert_int_eq(run_launch("--help"), 0);
    ck_assert_int_eq(run_launch(""), 64);
    ck_assert_int_eq(run_launch("--memory 0 k.elf"), 64);
    ck_assert_int_eq(run_launch("--timeout soon k.elf"), 64);
    ck_assert_int_eq(run_launch("a.elf b.elf"), 64);
}
END_TEST

/* Without a usable kernel (and, on the host, without Xen) the report is still one JSON object
 * with reason "error", and the exit status is 3. */
START_TEST(launch_failure_is_reported_as_json)
{
    char cmd[4096], line[4096] = "";
    snprintf(cmd, sizeof cmd, "%s --json --name nothing /nonexistent/kernel.elf 2>/dev/null", sd_launch);
    FILE *p = popen(cmd, "r");
    ck_assert(p != NULL);
    ck_assert(fgets(line, sizeof line, p) != NULL);
    int st = pclose(p);
    ck_assert_int_eq(WEXITSTATUS(st), 3);
    json_object *o = json_tokener_parse(line);
    ck_assert_msg(o != NULL, "not JSON: %s", line);
    assert_reason(o, "error");
    ck_assert_str_eq(str_field(o, "name"), "nothing");
    ck_assert(is_null(o, "domid") && !is_null(o, "error"));
    json_object_put(o);
}
END_TEST

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: harness_test OUTDIR SD_LAUNCH RAMDISK\n");
        return 2;
    }
    outdir = argv[1];
    sd_launch = argv[2];
    ramdisk = argv[3];
    Suite *s = suite_create("system-harness");
    TCase *tc = tcase_create("harness");
    tcase_add_test(tc, report_has_every_field);
    tcase_add_test(tc, shutdown_on_text_powers_guest_off);
    tcase_add_test(tc, console_holds_the_guest_output_only);
    tcase_add_test(tc, guest_crash_is_reported);
    tcase_add_test(tc, timeout_destroys_the_guest);
    tcase_add_test(tc, interrupted_launch_destroys_the_guest);
    tcase_add_test(tc, missing_kernel_is_an_error_without_domain);
    tcase_add_test(tc, bad_elf_is_an_error_without_domain);
    tcase_add_test(tc, args_become_the_domain_command_line);
    tcase_add_test(tc, ramdisk_reaches_the_guest);
    tcase_add_test(tc, shutdown_on_combines_with_args);
    tcase_add_test(tc, shared_ramdisk_is_copied_once);
    tcase_add_test(tc, shared_kernel_is_copied_once);
    tcase_add_test(tc, missing_ramdisk_is_an_error_without_domain);
    tcase_add_test(tc, launch_rejects_bad_usage);
    tcase_add_test(tc, launch_failure_is_reported_as_json);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
