/*
 * cli_unit_test: stardust-deploy's parsers without any host: the hosts file (deploy/cli/hosts.c)
 * and the command line (deploy/cli/options.c). Check; part of check-deploy.
 */
#define _GNU_SOURCE
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "exitcodes.h"
#include "hosts.h"
#include "options.h"

static char dir[] = "/tmp/sd-cli-unit-XXXXXX";

/* Writes text to DIR/name and returns the path (static storage, one at a time). */
static const char *write_file(const char *name, const char *text)
{
    static char path[256];
    FILE *f;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
    return path;
}

static int load(const char *text, struct hosts *h)
{
    return hosts_load(write_file("hosts.conf", text), h);
}

START_TEST(hosts_file_with_two_hosts_and_a_default)
{
    struct hosts h;
    write_file("edge2.token", "  secret-from-file  \nignored\n");
    ck_assert_int_eq(load("# hosts\ndefault = edge1\n\n[edge1]\nurl = https://e1.example:7443/\n"
                          "token = abc123 # a comment\nca = /etc/ca.pem\n[edge2]\n"
                          "url=https://e2.example:7443\ntoken-file = edge2.token\n", &h), SDX_OK);
    ck_assert_uint_eq(h.n, 2);
    ck_assert_str_eq(h.default_host, "edge1");
    ck_assert_str_eq(hosts_find(&h, "edge1")->url, "https://e1.example:7443");
    ck_assert_str_eq(hosts_find(&h, "edge1")->token, "abc123");
    ck_assert_str_eq(hosts_find(&h, "edge1")->ca, "/etc/ca.pem");
    ck_assert_str_eq(hosts_find(&h, "edge2")->token, "secret-from-file");
    ck_assert_ptr_null(hosts_find(&h, "edge2")->ca);
    ck_assert_ptr_null(hosts_find(&h, "edge3"));
    hosts_free(&h);
}
END_TEST

START_TEST(hosts_file_errors_are_usage_errors)
{
    static const char *bad[] = {
        "[edge1]\nurl = https://x\n",                        /* no token */
        "[edge1]\ntoken = t\n",                              /* no url */
        "[edge1]\nurl = ftp://x\ntoken = t\n",                /* not https */
        "[local]\nurl = https://x\ntoken = t\n",              /* built-in name */
        "[sandbox]\nurl = https://x\ntoken = t\n",
        "url = https://x\n",                                 /* key before a host */
        "[a]\nurl = https://x\ntoken = t\n[a]\nurl = https://y\ntoken = t\n",   /* twice */
        "[a b]\nurl = https://x\ntoken = t\n",               /* bad name */
        "[a]\nurl = https://x\ntoken = t\ncolour = red\n",   /* unknown key */
        "[a]\nurl = https://x\ntoken-file = no-such-file\n",
        "[a\n",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct hosts h;
        ck_assert_msg(load(bad[i], &h) == SDX_USAGE, "accepted: %s", bad[i]);
        ck_assert_uint_eq(h.n, 0);
        hosts_free(&h);
    }
}
END_TEST

START_TEST(no_hosts_file_is_an_empty_list)
{
    struct hosts h;
    char xdg[300];
    snprintf(xdg, sizeof xdg, "%s/empty-config", dir);
    setenv("XDG_CONFIG_HOME", xdg, 1);
    if (access("/etc/stardust/hosts.conf", F_OK) == 0)
        return;   /* this machine has a system-wide file: nothing to assert */
    ck_assert_int_eq(hosts_load(NULL, &h), SDX_OK);
    ck_assert_ptr_null(h.path);
    ck_assert_uint_eq(h.n, 0);
    hosts_free(&h);
}
END_TEST

START_TEST(xdg_config_home_is_searched)
{
    struct hosts h;
    char d[300], f[320];
    snprintf(d, sizeof d, "%s/xdg/stardust", dir);
    snprintf(f, sizeof f, "mkdir -p %s", d);
    ck_assert_int_eq(system(f), 0);
    snprintf(f, sizeof f, "%s/hosts.conf", d);
    FILE *fp = fopen(f, "w");
    fputs("[x]\nurl = https://x:1\ntoken = t\n", fp);
    fclose(fp);
    snprintf(d, sizeof d, "%s/xdg", dir);
    setenv("XDG_CONFIG_HOME", d, 1);
    ck_assert_int_eq(hosts_load(NULL, &h), SDX_OK);
    ck_assert_str_eq(h.path, f);
    ck_assert_ptr_nonnull(hosts_find(&h, "x"));
    hosts_free(&h);
}
END_TEST

static int parse(struct cli_opts *o, const char *const *args)
{
    char *argv[16] = { "stardust-deploy" };
    int argc = 1;
    for (; args[argc - 1]; argc++)
        argv[argc] = (char *)args[argc - 1];
    return options_parse(argc, argv, o);
}

START_TEST(options_anywhere_and_in_every_form)
{
    struct cli_opts o;
    const char *a[] = { "stop", "web", "--force", "-jv", "--host=edge1", "-t", "30", "--name", "n", NULL };
    ck_assert_int_eq(parse(&o, a), SDX_OK);
    ck_assert_int_eq(o.nwords, 2);
    ck_assert_str_eq(o.words[0], "stop");
    ck_assert_str_eq(o.words[1], "web");
    ck_assert(o.force && o.json);
    ck_assert_int_eq(o.verbose, 1);
    ck_assert_str_eq(o.host, "edge1");
    ck_assert_str_eq(o.name, "n");
    ck_assert_int_eq(o.timeout_s, 30);
    const char *b[] = { "-Hsandbox", "--", "--odd-file-name.sd", NULL };
    ck_assert_int_eq(parse(&o, b), SDX_OK);
    ck_assert_str_eq(o.host, "sandbox");
    ck_assert_str_eq(o.words[0], "--odd-file-name.sd");
}
END_TEST

START_TEST(bad_command_lines_are_usage_errors)
{
    static const char *const bad[][6] = {
        { "--nope", NULL }, { "-Z", NULL }, { "--host", NULL }, { "--json=1", NULL },
        { "--timeout", "0", NULL }, { "--timeout", "soon", NULL }, { "a", "b", "c", "d", "e", NULL },
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct cli_opts o;
        ck_assert_msg(parse(&o, bad[i]) == SDX_USAGE, "accepted case %zu", i);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("deploy-cli");
    TCase *tc = tcase_create("parsers");
    SRunner *sr;
    char cmd[300];
    int failed;
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    tcase_add_test(tc, hosts_file_with_two_hosts_and_a_default);
    tcase_add_test(tc, hosts_file_errors_are_usage_errors);
    tcase_add_test(tc, no_hosts_file_is_an_empty_list);
    tcase_add_test(tc, xdg_config_home_is_searched);
    tcase_add_test(tc, options_anywhere_and_in_every_form);
    tcase_add_test(tc, bad_command_lines_are_usage_errors);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return failed ? 1 : 0;
}
