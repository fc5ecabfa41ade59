/* check_boot.c: the example services' images, built by stardust-build, booted in the Xen
 * sandbox by tests/system/harness/run-guests.sh (the make rule runs it first); this checks what
 * each guest did. usage: check-boot HARNESS_OUTDIR */
#define _GNU_SOURCE
#include <check.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *outdir;

static char *slurp(const char *name, const char *ext)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s.%s", outdir, name, ext);
    FILE *f = fopen(path, "r");
    ck_assert_msg(f != NULL, "%s: missing (did the sandbox boot? see %s/qemu.log)", path, outdir);
    char *buf = calloc(1, 1 << 20);
    size_t n = fread(buf, 1, (1 << 20) - 1, f);
    buf[n] = 0;
    fclose(f);
    return buf;
}

/* The guest powered off by itself with exit code 0, and its console holds every line of want. */
static void check_guest(const char *name, const char *const *want)
{
    char *json = slurp(name, "json"), *console = slurp(name, "console");
    struct json_object *o = json_tokener_parse(json), *v;
    ck_assert_msg(o != NULL, "%s.json: %s", name, json);
    ck_assert(json_object_object_get_ex(o, "reason", &v));
    ck_assert_msg(strcmp(json_object_get_string(v), "poweroff") == 0, "%s: %s\nconsole:\n%s", name,
                  json, console);
    ck_assert(json_object_object_get_ex(o, "exit_code", &v));
    ck_assert_int_eq(json_object_get_int(v), 0);
    for (; *want; want++)
        ck_assert_msg(strstr(console, *want), "%s: '%s' not on the console:\n%s", name, *want, console);
    json_object_put(o);
    free(json);
    free(console);
}

START_TEST(hello_boots)
{
    const char *want[] = { "\nHello from Stardust!\n", NULL };
    check_guest("hello", want);
}
END_TEST

START_TEST(multi_boots)
{
    /* args, a system property from the manifest, and classes from a jar */
    const char *want[] = { "Hello, Stardust!", "Hello, Unikernel!", "\n2 greetings\n", NULL };
    check_guest("multi", want);
}
END_TEST

START_TEST(resource_boots)
{
    const char *want[] = { "\nHello from a resource file in the image!\n", NULL };
    check_guest("resource", want);
}
END_TEST

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: check-boot HARNESS_OUTDIR\n");
        return 2;
    }
    outdir = argv[1];
    Suite *s = suite_create("builder_boot");
    TCase *t = tcase_create("builder_boot");
    tcase_add_test(t, hello_boots);
    tcase_add_test(t, multi_boots);
    tcase_add_test(t, resource_boots);
    suite_add_tcase(s, t);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
