/* check_cli.c: build/bin/stardust-build as a user runs it: one fixture manifest per error
 * class with its exact message and exit status (and no image left behind), the options,
 * --init, inspect, and the man pages. Runs in SD_FIXTURES (make-fixtures.sh). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_builder.h"

struct expect {
    const char *manifest;
    const char *stderr_text;           /* exactly */
};

/* Every message here is also listed in man/stardust-manifest.5 (DIAGNOSTICS). */
static const struct expect manifest_errors[] = {
    { "syntax.yaml", "syntax.yaml:3:7: syntax error: did not find expected ',' or ']' (while "
      "parsing a flow sequence that starts at 2:7)\n" },
    { "not-utf8.yaml", "not-utf8.yaml:2:9: not UTF-8 text: invalid trailing UTF-8 octet\n" },
    { "unknown-key.yaml", "unknown-key.yaml:2:1: unknown key 'mian' (did you mean 'main'?)\n" },
    { "unknown-key-nested.yaml",
      "unknown-key-nested.yaml:4:3: unknown key 'heep' (did you mean 'heap'?)\n" },
    { "unknown-key-far.yaml", "unknown-key-far.yaml:3:1: unknown key 'colour' (expected one of: "
      "name, version, main, args, classpath, resources, java, env, memory, vcpus, network, "
      "on_crash)\n" },
    { "wrong-type.yaml", "wrong-type.yaml:3:9: 'memory' must be an integer (MiB)\n" },
    { "wrong-type-list.yaml", "wrong-type-list.yaml:3:7: 'args' must be a list of strings\n" },
    { "wrong-type-mapping.yaml",
      "wrong-type-mapping.yaml:3:7: 'java' must be a mapping (heap, stack, properties)\n" },
    { "missing-name.yaml", "missing-name.yaml:2:1: missing required key 'name'\n" },
    { "missing-main.yaml", "missing-main.yaml:1:1: missing required key 'main'\n" },
    { "empty-value.yaml", "empty-value.yaml:1:6: 'name' must not be empty\n" },
    { "missing-classpath.yaml",
      "missing-classpath.yaml:5:5: classpath entry 'lib/missing.jar' does not exist\n" },
    { "classpath-not-jar.yaml", "classpath-not-jar.yaml:3:22: classpath entry 'notes.txt' is "
      "neither a directory nor a .jar file\n" },
    { "missing-resource.yaml",
      "missing-resource.yaml:6:10: resource 'data/missing.txt' does not exist\n" },
    { "bad-name.yaml", "bad-name.yaml:1:7: 'name' must be a domain name: lowercase letters, "
      "digits and '-', at most 63 characters, not starting or ending with '-'\n" },
    { "bad-main-name.yaml",
      "bad-main-name.yaml:2:7: 'main' must be a Java class name like org.example.Main\n" },
    { "memory-range.yaml", "memory-range.yaml:3:9: 'memory' must be between 8 and 65536 (MiB)\n" },
    { "vcpus-range.yaml", "vcpus-range.yaml:3:8: 'vcpus' must be between 1 and 64\n" },
    { "bad-mac.yaml", "bad-mac.yaml:4:10: 'mac' must be a MAC address like 00:16:3e:12:34:56\n" },
    { "multicast-mac.yaml",
      "multicast-mac.yaml:4:10: 'mac' must be a unicast address (its first byte even)\n" },
    { "bad-ipv4.yaml", "bad-ipv4.yaml:6:16: 'address' must be an IPv4 address with a prefix "
      "length, like 10.0.0.2/24\n" },
    { "bad-gateway.yaml",
      "bad-gateway.yaml:4:11: 'gateway' 10.0.1.1 is not in the network of 10.0.0.2/24\n" },
    { "bad-on-crash.yaml", "bad-on-crash.yaml:3:11: 'on_crash' must be destroy, restart or "
      "preserve (did you mean 'restart'?)\n" },
    { "bad-size.yaml", "bad-size.yaml:4:9: 'heap' must be a size like 16m (a number of bytes, "
      "optionally followed by k, m or g)\n" },
    { "heap-too-big.yaml", "heap-too-big.yaml:4:15: 'heap' 64m does not fit in 'memory' (32 MiB)\n" },
    { "bad-env.yaml", "bad-env.yaml:4:3: '1PORT' is not a valid environment variable name "
      "(letters, digits and '_', not starting with a digit)\n" },
    { "bad-dest.yaml", "bad-dest.yaml:5:11: 'dest' /classlib/greeting.txt is reserved for "
      "Stardust (/classlib, /etc/stardust)\n" },
    { "duplicate-key.yaml", "duplicate-key.yaml:3:1: duplicate key 'name' (first at line 1)\n" },
    { "empty.yaml",
      "empty.yaml:1:1: the manifest is empty (it needs at least 'name' and 'main')\n" },
    { "not-mapping.yaml", "not-mapping.yaml:1:1: the manifest must be a mapping of keys to values\n" },
    { "two-documents.yaml",
      "two-documents.yaml:4:1: a manifest is one YAML document; remove the second one\n" },
    { "many-errors.yaml",
      "many-errors.yaml:1:7: 'name' must be a domain name: lowercase letters, digits and '-', "
      "at most 63 characters, not starting or ending with '-'\n"
      "many-errors.yaml:2:1: unknown key 'mian' (did you mean 'main'?)\n"
      "many-errors.yaml:3:9: 'memory' must be an integer (MiB)\n"
      "many-errors.yaml:4:8: 'vcpus' must be between 1 and 64\n"
      "many-errors.yaml:5:11: 'on_crash' must be destroy, restart or preserve\n" },
    { "no-such-manifest.yaml", "no-such-manifest.yaml: No such file or directory\n" },
};
#define NMANIFEST_ERRORS (sizeof manifest_errors / sizeof manifest_errors[0])

/* Errors found by the back end (class path, main class, link check): same contract. */
static const struct expect build_errors[] = {
    { "main-missing.yaml", "main-missing.yaml:2:7: main class 'org.example.NotThere' not found "
      "on the classpath\n" },
    { "main-without-main.yaml", "main-without-main.yaml:2:7: main class 'NoMain' has no public "
      "static void main(String[])\n" },
    { "duplicate-class.yaml", "class org.example.Dup is in both dup-a/org/example/Dup.class and "
      "dup-b/org/example/Dup.class, with different contents\n" },
    { "corrupt-jar.yaml", "jars/corrupt.jar: corrupt jar: Truncated ZIP end-of-file record\n" },
    { "link-missing.yaml", "missing class Missing (referenced by UsesMissing.main)\n" },
};
#define NBUILD_ERRORS (sizeof build_errors / sizeof build_errors[0])

static int exists(const char *dir, const char *name)
{
    char path[2 * PATH_MAX];
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return stat(path, &st) == 0;
}

static void expect_failure(const struct expect *e)
{
    const char *fx = need_env("SD_FIXTURES");
    const char *argv[] = { "", e->manifest, NULL };
    ck_assert(!exists(fx, "image.sd"));
    struct run_result r = run_tool(fx, argv);
    ck_assert_msg(r.status < 126, "could not run the tool (status %d)", r.status);
    ck_assert_str_eq(r.err, e->stderr_text);
    ck_assert_str_eq(r.out, "");
    ck_assert_int_eq(r.status, 1);
    ck_assert_msg(!exists(fx, "image.sd"), "%s left image.sd behind", e->manifest);
    run_free(&r);
}

START_TEST(manifest_error)
{
    expect_failure(&manifest_errors[_i]);
}
END_TEST

START_TEST(build_error)
{
    expect_failure(&build_errors[_i]);
}
END_TEST

/* A damaged entry in a readable jar: named as JAR!ENTRY; the reason after it is libarchive's
 * (its numbers depend on the compressed bytes, so only the part that is ours is compared). */
START_TEST(corrupt_jar_entry)
{
    const char *fx = need_env("SD_FIXTURES"), *want = "jars/bad-entry.jar!org/example/lib/"
                                                      "Text.class: corrupt jar entry: ";
    const char *argv[] = { "", "corrupt-jar-entry.yaml", NULL };
    struct run_result r = run_tool(fx, argv);
    ck_assert_msg(!strncmp(r.err, want, strlen(want)), "got: %s", r.err);
    ck_assert_msg(strchr(r.err, '\n') == r.err + strlen(r.err) - 1, "one line, got: %s", r.err);
    ck_assert_int_eq(r.status, 1);
    ck_assert(!exists(fx, "image.sd"));
    run_free(&r);
}
END_TEST

/* --json on failure: the same errors in one object on stdout, still exit 1. */
START_TEST(json_errors)
{
    const char *argv[] = { "", "--json", "many-errors.yaml", NULL };
    struct run_result r = run_tool(need_env("SD_FIXTURES"), argv);
    ck_assert_int_eq(r.status, 1);
    ck_assert_ptr_nonnull(strstr(r.out, "\"ok\": false"));
    ck_assert_ptr_nonnull(strstr(r.out, "\"many-errors.yaml:2:1: unknown key 'mian' (did you "
                                        "mean 'main'?)\""));
    run_free(&r);
}
END_TEST

START_TEST(check_prints_normalised_manifest)
{
    const char *argv[] = { "", "--check", "--json", "valid-minimal.yaml", NULL };
    struct run_result r = run_tool(need_env("SD_FIXTURES"), argv);
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.err, "");
    ck_assert_ptr_nonnull(strstr(r.out, "\"ok\": true"));
    ck_assert_ptr_nonnull(strstr(r.out, "\"manifest_file\": \"valid-minimal.yaml\""));
    ck_assert_ptr_nonnull(strstr(r.out, "\"manifest\": {"));
    ck_assert_ptr_nonnull(strstr(r.out, "\"stack\": \"256k\""));
    ck_assert_ptr_nonnull(strstr(r.out, "\"on_crash\": \"destroy\""));
    run_free(&r);
}
END_TEST

struct usage_case {
    const char *argv[5];
    const char *stderr_text;
};

static const struct usage_case usage_cases[] = {
    { { "", NULL }, "stardust-build: no manifest given (see --help)\n" },
    { { "", "--jsno", "x.yaml", NULL },
      "stardust-build: unknown option '--jsno' (did you mean '--json'?)\n" },
    { { "", "-x", "x.yaml", NULL }, "stardust-build: unknown option '-x' (see --help)\n" },
    { { "", "-o", NULL }, "stardust-build: option '-o' needs an argument\n" },
    { { "", "a.yaml", "b.yaml", NULL }, "stardust-build: one manifest at a time (got 2)\n" },
    { { "", "-q", "-v", "a.yaml", NULL }, "stardust-build: -q and -v contradict each other\n" },
    { { "", "inspect", NULL }, "stardust-build: inspect needs an image: inspect IMAGE.sd\n" },
    { { "", "--init", "a", "b", NULL }, "stardust-build: --init takes at most one directory\n" },
};

START_TEST(usage_error)
{
    struct run_result r = run_tool(need_env("SD_FIXTURES"), usage_cases[_i].argv);
    ck_assert_str_eq(r.err, usage_cases[_i].stderr_text);
    ck_assert_int_eq(r.status, 2);
    run_free(&r);
}
END_TEST

START_TEST(help_and_version)
{
    const char *help[] = { "", "--help", NULL }, *version[] = { "", "--version", NULL };
    struct run_result r = run_tool(NULL, help);
    ck_assert_int_eq(r.status, 0);
    ck_assert_ptr_nonnull(strstr(r.out, "usage: stardust-build [-o OUT]"));
    ck_assert_ptr_nonnull(strstr(r.out, "--init"));
    ck_assert_ptr_nonnull(strstr(r.out, "inspect"));
    run_free(&r);
    r = run_tool(NULL, version);
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "stardust-build 0.1.0\n");
    run_free(&r);
}
END_TEST

START_TEST(init_writes_and_refuses_to_overwrite)
{
    char dir[] = "/tmp/check-builder-init-XXXXXX", svc[256], cmd[1024];
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(svc, sizeof svc, "%s/My_Service", dir);
    const char *argv[] = { "", "--init", svc, NULL };
    struct run_result r = run_tool(NULL, argv);
    ck_assert_int_eq(r.status, 0);
    ck_assert(exists(svc, "service.yaml") && exists(svc, "src/Hello.java"));
    run_free(&r);

    /* The starter manifest is valid (the name comes from the directory) once compiled. */
    const char *check[] = { "", "--check", "service.yaml", NULL };
    mkdir(strcat(strcpy(cmd, svc), "/classes"), 0777);
    r = run_tool(svc, check);
    ck_assert_str_eq(r.err, "");
    ck_assert_str_eq(r.out, "service.yaml: ok: my-service 0.1.0, main class Hello, 1 class path "
                            "entry, 0 resources\n");
    run_free(&r);

    /* A second --init changes nothing. */
    FILE *f = fopen(strcat(strcpy(cmd, svc), "/src/Hello.java"), "w");
    fputs("mine\n", f);
    fclose(f);
    unlink(strcat(strcpy(cmd, svc), "/service.yaml"));
    r = run_tool(NULL, argv);
    ck_assert_int_eq(r.status, 1);
    snprintf(cmd, sizeof cmd, "stardust-build: %s/src/Hello.java already exists; --init writes "
             "nothing over existing files\n", svc);
    ck_assert_str_eq(r.err, cmd);
    ck_assert(!exists(svc, "service.yaml"));         /* all or nothing */
    run_free(&r);
    snprintf(cmd, sizeof cmd, "grep -qx mine %s/src/Hello.java && rm -rf %s", svc, dir);
    r = run_shell(NULL, cmd);
    ck_assert_int_eq(r.status, 0);
    run_free(&r);
}
END_TEST

/* groff's own warnings (-ww) on the man pages: none allowed (all of man/, the deploy tools'
 * pages too: this is the one test that renders them). */
static const char *man_pages[] = { "man/stardust-build.1", "man/stardust-manifest.5",
                                   "man/stardust-deploy.1", "man/stardust-agent.8" };

START_TEST(man_pages_are_clean)
{
    const char **pages = man_pages;
    char cmd[PATH_MAX + 256], top[PATH_MAX];
    ck_assert_ptr_nonnull(getcwd(top, sizeof top));
    snprintf(cmd, sizeof cmd, "groff -man -Tutf8 -ww -z %s/%s", top, pages[_i]);
    struct run_result r = run_shell(NULL, cmd);
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.err, "");
    run_free(&r);
}
END_TEST

/* Every manifest diagnostic in the table above is documented in stardust-manifest(5). */
START_TEST(messages_are_documented)
{
    char top[PATH_MAX], cmd[PATH_MAX + 128];
    ck_assert_ptr_nonnull(getcwd(top, sizeof top));
    const char *probes[] = { "did you mean", "must be an integer (MiB)", "missing required key",
                             "does not exist", "is neither a directory nor a .jar file",
                             "must be a domain name", "must be between", "must be a MAC address",
                             "is not in the network of", "does not fit in", "syntax error",
                             "duplicate key", "the manifest is empty", "one YAML document",
                             "not found on the classpath", "has no public static void main",
                             "with different contents", "corrupt jar" };
    /* one very long line per paragraph, no hyphenation, no overstriking */
    snprintf(cmd, sizeof cmd, "groff -man -Tascii -rLL=4000n -rHY=0 -P-cbou "
             "%s/man/stardust-manifest.5 | tr -s ' \\t\\n' '   '", top);
    struct run_result r = run_shell(NULL, cmd);
    ck_assert_int_eq(r.status, 0);
    for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++)
        ck_assert_msg(strstr(r.out, probes[i]), "'%s' is not in stardust-manifest(5)", probes[i]);
    run_free(&r);
}
END_TEST

Suite *cli_suite(void)
{
    Suite *s = suite_create("cli");
    TCase *errors = tcase_create("errors"), *cli = tcase_create("cli");
    /* One test case per fixture, named after it, so the results name the error class. */
    for (int i = 0; i < (int)NMANIFEST_ERRORS; i++) {
        TCase *tc = tcase_create(manifest_errors[i].manifest);
        tcase_add_loop_test(tc, manifest_error, i, i + 1);
        suite_add_tcase(s, tc);
    }
    for (int i = 0; i < (int)NBUILD_ERRORS; i++) {
        TCase *tc = tcase_create(build_errors[i].manifest);
        tcase_add_loop_test(tc, build_error, i, i + 1);
        tcase_set_timeout(tc, 60);
        suite_add_tcase(s, tc);
    }
    tcase_add_test(errors, corrupt_jar_entry);
    tcase_add_test(errors, json_errors);
    tcase_add_test(cli, check_prints_normalised_manifest);
    tcase_add_loop_test(cli, usage_error, 0, sizeof usage_cases / sizeof usage_cases[0]);
    tcase_add_test(cli, help_and_version);
    tcase_add_test(cli, init_writes_and_refuses_to_overwrite);
    tcase_add_loop_test(cli, man_pages_are_clean, 0, sizeof man_pages / sizeof man_pages[0]);
    tcase_add_test(cli, messages_are_documented);
    suite_add_tcase(s, errors);
    suite_add_tcase(s, cli);
    return s;
}
