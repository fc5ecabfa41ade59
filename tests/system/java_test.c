/*
 * java_test.c: Java in the unikernel (check-system-java). Asserts on what one run of
 * tests/system/harness/run-guests.sh left in OUTDIR for the plan tests/system/java/make-plan.sh
 * wrote: build/guest/java.elf booted with a root filesystem image as its ramdisk.
 *
 *   hello       hello.img (class library + Hello): the greeting, exit code 0
 *   hello-args  the same image, command line "Hello one two": main's arguments replaced
 *   threads     ProducersConsumers: wait/notifyAll with a thread that never yields (preemption)
 *   uncaught    Uncaught: stack trace on the console, exit code 1
 *   exit7       ExitSeven: System.exit(7) -> exit code 7
 *   resources   ReadResources: getResourceAsStream, FileInputStream, File, java.conf itself
 *   errors      HeapAndStack: OutOfMemoryError and StackOverflowError caught (-Xmx8m)
 *   oom, soe    HeapAndStack oom / soe: the same errors uncaught -> trace, exit 1, no panic
 *   corrupt     hello.img with one byte changed: refused at boot, exit code 78
 *   hook        ShutdownHook: `xl shutdown` (plan option shutdown-on READY) runs the hook
 *   c-NAME      each tests/java conformance program, in its own domain, against OpenJDK 17's
 *               output (build/tests/java/NAME/ref.{out,err,rc}); see `skipped` below
 *
 * The console merges stdout and stderr (and may write \r\n): a program's console, after the
 * kernel's boot lines, must be its OpenJDK stdout and stderr lines interleaved in some order.
 *
 * usage: java_test OUTDIR REFDIR CONFORMANCE_LIST     run the tests
 *        java_test --skipped                          print the skipped programs' names
 */
#define _GNU_SOURCE
#include <check.h>
#include <json-c/json.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* tests/java programs that do not run in a domain, and why. */
static const struct { const char *name, *why; } skipped[] = {
    { "StdinBytes", "reads standard input: a domain's console gives a program none" },
    { "StdinRead", "reads standard input: a domain's console gives a program none" },
};

static const char *outdir, *refdir;
static char **programs;      /* the conformance programs the plan ran, "c-NAME" guests */
static int nprograms;

/* ---- files ---- */

/* The whole of a file as a string, NULL when it cannot be read; free() it. */
static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        fwrite(chunk, 1, n, m);
    fclose(m);
    fclose(f);
    return buf;
}

/* OUTDIR/NAME.EXT, "" when missing; free() it. */
static char *slurp(const char *name, const char *ext)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.%s", outdir, name, ext);
    char *s = read_file(path);
    return s ? s : strdup("");
}

/* The console as the program wrote it: the console's \r\n become \n. */
static char *console(const char *name)
{
    char *s = slurp(name, "console"), *w = s;
    for (char *r = s; *r; r++)
        if (*r != '\r')
            *w++ = *r;
    *w = '\0';
    return s;
}

static void assert_console_has(const char *name, const char *text)
{
    char *c = console(name);
    ck_assert_msg(strstr(c, text) != NULL, "%s.console lacks \"%s\":\n%s", name, text, c);
    free(c);
}

static void assert_console_lacks(const char *name, const char *text)
{
    char *c = console(name);
    ck_assert_msg(strstr(c, text) == NULL, "%s.console has \"%s\":\n%s", name, text, c);
    free(c);
}

/* ---- the launcher's report ---- */

static json_object *report(const char *name)
{
    char *text = slurp(name, "json");
    json_object *o = json_tokener_parse(text);
    ck_assert_msg(o && json_object_is_type(o, json_type_object), "%s.json missing or not JSON: '%s'",
                  name, text);
    free(text);
    return o;
}

/* The domain powered off (no crash, no timeout) with this exit code. */
static void assert_ended(const char *name, int code)
{
    json_object *o = report(name), *v;
    const char *reason = json_object_object_get_ex(o, "reason", &v) ? json_object_get_string(v) : "(none)";
    bool has_code = json_object_object_get_ex(o, "exit_code", &v) && v;
    int got = has_code ? json_object_get_int(v) : -1000;
    ck_assert_msg(!strcmp(reason, "poweroff") && got == code,
                  "%s: reason %s, exit code %d; expected poweroff, %d (%s)", name, reason, got, code,
                  json_object_to_json_string(o));
    json_object_put(o);
}

/* ---- lines: comparing a console with OpenJDK's two streams ---- */

typedef struct { char **v; int n; } Lines;

/* Splits s (modified) at '\n'; a last line without '\n' counts, an empty tail does not. */
static Lines split(char *s)
{
    Lines l = { NULL, 0 };
    size_t cap = 0;
    while (*s) {
        if ((size_t)l.n == cap) {
            cap = cap ? cap * 2 : 64;
            l.v = realloc(l.v, cap * sizeof *l.v);
        }
        l.v[l.n++] = s;
        char *nl = strchr(s, '\n');
        if (!nl)
            break;
        *nl = '\0';
        s = nl + 1;
    }
    return l;
}

/* Whether got[0..a.n+b.n) is an interleaving of a's lines and b's lines (each in order).
 * Dynamic programming over (i lines of a, j lines of b) used: ok[j] for the current i. */
static bool interleaves(char **got, Lines a, Lines b)
{
    bool *ok = calloc((size_t)b.n + 1, sizeof *ok);
    for (int i = 0; i <= a.n; i++) {
        for (int j = 0; j <= b.n; j++) {
            if (i == 0 && j == 0) {
                ok[0] = true;
                continue;
            }
            const char *g = got[i + j - 1];
            bool from_a = i > 0 && ok[j] && !strcmp(g, a.v[i - 1]);      /* ok[j] is row i-1 */
            bool from_b = j > 0 && ok[j - 1] && !strcmp(g, b.v[j - 1]);  /* ok[j-1] is row i */
            ok[j] = from_a || from_b;
        }
    }
    bool r = ok[b.n];
    free(ok);
    return r;
}

/* The kernel's boot lines before a program's first output: what hello.console has before the
 * two lines Hello prints. -1 when hello did not run. */
static int boot_lines(void)
{
    char *c = console("hello");
    Lines l = split(c);
    int n = -1;
    for (int i = 0; i < l.n; i++)
        if (!strncmp(l.v[i], "Hello from Java on Stardust", 27))
            n = i;
    free(l.v);
    free(c);
    return n;
}

static char *ref_file(const char *prog, const char *ext)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s/ref.%s", refdir, prog, ext);
    return read_file(path);
}

/* One tests/java program in its own domain: same output as OpenJDK 17, same exit code. */
static void conformance_fn(int i)
{
    const char *prog = programs[i];
    char guest[300];
    snprintf(guest, sizeof guest, "c-%s", prog);
    char *out = ref_file(prog, "out"), *err = ref_file(prog, "err"), *rc = ref_file(prog, "rc");
    ck_assert_msg(out && err && rc, "%s: no OpenJDK reference in %s/%s (did it compile?)", prog,
                  refdir, prog);
    assert_ended(guest, atoi(rc));

    int boot = boot_lines();
    ck_assert_msg(boot >= 0, "hello did not run: the boot lines are unknown");
    char *con = console(guest);
    Lines got = split(con), a = split(out), b = split(err);
    int want = boot + a.n + b.n;
    char first[600] = "";
    if (!b.n)    /* stdout only: name the first line that differs */
        for (int k = 0; k < a.n; k++)
            if (boot + k >= got.n || strcmp(got.v[boot + k], a.v[k])) {
                snprintf(first, sizeof first, "; line %d: expected \"%.200s\", got \"%.200s\"", k + 1,
                         a.v[k], boot + k < got.n ? got.v[boot + k] : "(end)");
                break;
            }
    ck_assert_msg(got.n == want && interleaves(got.v + boot, a, b),
                  "%s: the console is not OpenJDK's output (%d lines of stdout, %d of stderr, after "
                  "%d boot lines; the console has %d lines%s). Console: %s/%s.console, reference: "
                  "%s/%s/ref.out and ref.err",
                  prog, a.n, b.n, boot, got.n, first, outdir, guest, refdir, prog);
    free(got.v);
    free(a.v);
    free(b.v);
    free(con);
    free(out);
    free(err);
    free(rc);
}

/* ---- the guests of the system suite ---- */

START_TEST(hello_world_runs)
{
    assert_ended("hello", 0);
    assert_console_has("hello", "\nHello from Java on Stardust\nhello-wallclock-ms ");
}
END_TEST

START_TEST(command_line_replaces_main_and_args)
{
    assert_ended("hello-args", 0);
    assert_console_has("hello-args", "Hello from Java on Stardust, args: [one] [two]\n");
}
END_TEST

START_TEST(threads_wait_and_notify_under_preemption)
{
    assert_ended("threads", 0);
    assert_console_has("threads", "consumed 4500 items, sum 10127250 (expected 4500, 10127250), spinner ran yes\n");
    assert_console_has("threads", "VERDICT PASS\n");
}
END_TEST

START_TEST(uncaught_exception_prints_trace_and_exits_1)
{
    assert_ended("uncaught", 1);
    assert_console_has("uncaught", "about to throw\n"
                       "Exception in thread \"main\" java.lang.IllegalStateException: nobody catches this\n"
                       "\tat Uncaught.level2(Uncaught.java:13)\n"
                       "\tat Uncaught.level1(Uncaught.java:9)\n"
                       "\tat Uncaught.main(Uncaught.java:5)\n");
}
END_TEST

START_TEST(system_exit_code_reaches_the_host)
{
    assert_ended("exit7", 7);
    assert_console_has("exit7", "exiting with 7\n");
    assert_console_lacks("exit7", "not reached");
}
END_TEST

START_TEST(files_and_resources_from_the_image)
{
    assert_ended("resources", 0);
    static const char *const lines[] = {
        "resource greeting.txt: greeting from a class-path resource|\n",
        "resource /conf/settings.txt: mode=guest|level=3|\n",
        "system resource conf/settings.txt: mode=guest|level=3|\n",
        "missing resource: null\n",
        "file /data/notes.txt: notes in /data, read with FileInputStream|second line|\n",
        "File /data/notes.txt: exists true, file true, length 54\n",
        "directories: /data true, /classlib/java/lang true, /nothing false\n",
        "java.conf first line: main Hello\n",
        "FileNotFoundException: /data/missing.txt (No such file or directory)\n",
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
        assert_console_has("resources", lines[i]);
}
END_TEST

START_TEST(heap_and_stack_errors_are_java_errors)
{
    assert_ended("errors", 0);
    assert_console_has("errors", "caught java.lang.OutOfMemoryError: Java heap space\n");
    assert_console_has("errors", "caught java.lang.StackOverflowError at depth > 1000: true\n");
    assert_console_has("errors", "allocating again works: 100\nVERDICT PASS\n");
}
END_TEST

START_TEST(uncaught_out_of_memory_exits_1)
{
    assert_ended("oom", 1);
    assert_console_has("oom", "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n");
    assert_console_lacks("oom", "panic");
}
END_TEST

START_TEST(uncaught_stack_overflow_exits_1)
{
    assert_ended("soe", 1);
    assert_console_has("soe", "Exception in thread \"main\" java.lang.StackOverflowError\n");
    assert_console_has("soe", "\tat HeapAndStack.recurse(HeapAndStack.java:");
    assert_console_lacks("soe", "panic");
}
END_TEST

START_TEST(corrupt_image_is_refused)
{
    assert_ended("corrupt", 78);
    assert_console_has("corrupt", "stardust: root filesystem refused: ");
    assert_console_lacks("corrupt", "Hello from Java");
}
END_TEST

START_TEST(shutdown_request_runs_shutdown_hooks)
{
    assert_ended("hook", 0);
    assert_console_has("hook", "READY\n");
    assert_console_has("hook", "shutdown hook ran\n");
}
END_TEST

/* The programs the plan ran, one name a line. */
static void read_programs(const char *list)
{
    char *text = read_file(list);
    if (!text) {
        fprintf(stderr, "java_test: cannot read %s\n", list);
        exit(2);
    }
    Lines l = split(text);
    programs = l.v;
    nprograms = l.n;
}

int main(int argc, char **argv)
{
    if (argc == 2 && !strcmp(argv[1], "--skipped")) {
        for (size_t i = 0; i < sizeof skipped / sizeof skipped[0]; i++)
            printf("%s\n", skipped[i].name);
        return 0;
    }
    if (argc != 4) {
        fprintf(stderr, "usage: java_test OUTDIR REFDIR CONFORMANCE_LIST | java_test --skipped\n");
        return 2;
    }
    outdir = argv[1];
    refdir = argv[2];
    read_programs(argv[3]);

    Suite *s = suite_create("system-java");
    TCase *tc = tcase_create("guest");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, hello_world_runs);
    tcase_add_test(tc, command_line_replaces_main_and_args);
    tcase_add_test(tc, threads_wait_and_notify_under_preemption);
    tcase_add_test(tc, uncaught_exception_prints_trace_and_exits_1);
    tcase_add_test(tc, system_exit_code_reaches_the_host);
    tcase_add_test(tc, files_and_resources_from_the_image);
    tcase_add_test(tc, heap_and_stack_errors_are_java_errors);
    tcase_add_test(tc, uncaught_out_of_memory_exits_1);
    tcase_add_test(tc, uncaught_stack_overflow_exits_1);
    tcase_add_test(tc, corrupt_image_is_refused);
    tcase_add_test(tc, shutdown_request_runs_shutdown_hooks);
    suite_add_tcase(s, tc);

    /* One test per program, named after it: the loop index picks the program. */
    TCase *conf = tcase_create("conformance");
    tcase_set_timeout(conf, 30);
    TTest *tests = calloc((size_t)nprograms, sizeof *tests);
    for (int i = 0; i < nprograms; i++) {
        tests[i] = (TTest){ programs[i], conformance_fn, __FILE__, __LINE__ };
        _tcase_add_test(conf, &tests[i], 0, 0, i, i + 1);
    }
    suite_add_tcase(s, conf);

    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
