/* check_java_conf.c: the guest launcher's java.conf parser and its combination with the
 * domain's command line (runtime/jvm/guest/java_conf.c), on the host. `make check-jvm-guest`. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "../java_conf.h"

static java_conf conf;
static char err[200];

static int parse(const char *text)
{
    err[0] = 0;
    return java_conf_parse(text, strlen(text), &conf, err, sizeof err);
}

static void teardown(void) { java_conf_free(&conf); }

/* The VM argument vector as one string, words joined by '|'. */
static char *vm_args(int ncmd, char **cmd)
{
    static char buf[1024];
    int n;
    char **v = java_conf_vm_argv(&conf, ncmd, cmd, &n);
    ck_assert_ptr_nonnull(v);
    ck_assert_ptr_null(v[n]);
    buf[0] = 0;
    for (int i = 0; i < n; i++) {
        if (i)
            strcat(buf, "|");
        strcat(buf, v[i]);
    }
    free(v);
    return buf;
}

START_TEST(all_keys)
{
    ck_assert_int_eq(parse("# a comment\n"
                           "main org.example.Main\n"
                           "arg one\n"
                           "arg two\n"
                           "classpath /app\n"
                           "classpath /lib\n"
                           "prop a=b\n"
                           "env HOME=/home\n"
                           "heap 16m\n"
                           "stack 512k\n"), 0);
    ck_assert_str_eq(conf.main, "org.example.Main");
    ck_assert_int_eq(conf.args.n, 2);
    ck_assert_str_eq(conf.args.v[1], "two");
    ck_assert_int_eq(conf.classpath.n, 2);
    ck_assert_str_eq(conf.props.v[0], "a=b");
    ck_assert_str_eq(conf.env.v[0], "HOME=/home");
    ck_assert_str_eq(conf.heap, "16m");
    ck_assert_str_eq(conf.stack, "512k");
}
END_TEST

START_TEST(escapes_and_line_ends)
{
    ck_assert_int_eq(parse("arg a\\sb\\tc\\nd\\\\e\r\narg  lead\narg last"), 0);
    ck_assert_int_eq(conf.args.n, 3);
    ck_assert_str_eq(conf.args.v[0], "a b\tc\nd\\e");
    ck_assert_str_eq(conf.args.v[1], " lead");   /* one space separates: the rest is VALUE */
    ck_assert_str_eq(conf.args.v[2], "last");    /* no final newline */
}
END_TEST

START_TEST(errors_name_the_line)
{
    ck_assert_int_eq(parse("main A\nbogus x\n"), -1);
    ck_assert_str_eq(err, "line 2: unknown key 'bogus'");
    java_conf_free(&conf);
    ck_assert_int_eq(parse("main A\nmain B\n"), -1);
    ck_assert_str_eq(err, "line 2: 'main' given twice");
    java_conf_free(&conf);
    ck_assert_int_eq(parse("arg\n"), -1);
    ck_assert_str_eq(err, "line 1: missing value for 'arg'");
    java_conf_free(&conf);
    ck_assert_int_eq(parse("\narg bad\\q\n"), -1);
    ck_assert_str_eq(err, "line 2: bad escape in the value of 'arg'");
}
END_TEST

START_TEST(conf_only)
{
    ck_assert_int_eq(parse("main M\narg x\nheap 4m\nstack 300k\nclasspath /a\nprop k=v\n"), 0);
    ck_assert_str_eq(vm_args(0, NULL), "-Xmx4m|-Xss300k|-cp|/a|-Dk=v|M|x");
}
END_TEST

START_TEST(command_line_options_come_after)
{
    ck_assert_int_eq(parse("main M\narg x\nheap 4m\n"), 0);
    char *cmd[] = { "-Xmx8m", "-cp", "/extra", "-Dq=1" };
    ck_assert_str_eq(vm_args(4, cmd), "-Xmx4m|-Xmx8m|-cp|/extra|-Dq=1|M|x");
}
END_TEST

START_TEST(command_line_word_replaces_main_and_args)
{
    ck_assert_int_eq(parse("main M\narg x\narg y\n"), 0);
    char *cmd[] = { "-Xss1m", "Other", "a", "-b" };
    ck_assert_str_eq(vm_args(4, cmd), "-Xss1m|Other|a|-b");
}
END_TEST

START_TEST(no_main_anywhere)
{
    ck_assert_int_eq(parse("arg x\n"), 0);
    char *cmd[] = { "-Xmx4m" };
    ck_assert_str_eq(vm_args(0, cmd), "");
    ck_assert_str_eq(vm_args(1, cmd), "-Xmx4m");
}
END_TEST

START_TEST(option_values_are_not_the_main_class)
{
    ck_assert_int_eq(parse("main M\n"), 0);
    char *cmd[] = { "-Xmx", "4m", "-classpath", "/x" };
    ck_assert_str_eq(vm_args(4, cmd), "-Xmx|4m|-classpath|/x|M");
    ck_assert(java_option_takes_value("-cp"));
    ck_assert(!java_option_takes_value("-Xmx4m"));
}
END_TEST

START_TEST(empty_conf)
{
    ck_assert_int_eq(parse(""), 0);
    ck_assert_ptr_null(conf.main);
    ck_assert_int_eq(conf.args.n, 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("jvm-guest");
    TCase *tc = tcase_create("java_conf");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_add_test(tc, all_keys);
    tcase_add_test(tc, escapes_and_line_ends);
    tcase_add_test(tc, errors_name_the_line);
    tcase_add_test(tc, conf_only);
    tcase_add_test(tc, command_line_options_come_after);
    tcase_add_test(tc, command_line_word_replaces_main_and_args);
    tcase_add_test(tc, no_main_anywhere);
    tcase_add_test(tc, option_values_are_not_the_main_class);
    tcase_add_test(tc, empty_conf);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
