/* check_back_end.c: the class path, the main class check, the link check, the class library
 * closure and its VM roots, java.conf and the component selection. Fixtures come from
 * make-fixtures.sh (SD_BI_FIXTURES); the class library from SD_CLASSLIB; runtime/jvm sources
 * from SD_JVM_DIR (for the roots scan). */
#define _GNU_SOURCE
#include <check.h>
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "classlib_closure.h"
#include "classpath.h"
#include "classworld.h"
#include "kernel_link.h"
#include "linkcheck.h"
#include "maincheck.h"
#include "manifest.h"
#include "msglist.h"
#include "rootfs.h"
#include "vm_roots.h"

static const char *fixtures, *classlib_dir, *jvm_dir;
static struct msglist errors;
static struct classpath app, lib;

static void setup(void)
{
    memset(&errors, 0, sizeof errors);
    classpath_init(&app);
    classpath_init(&lib);
}

static void teardown(void)
{
    msglist_free(&errors);
    classpath_free(&app);
    classpath_free(&lib);
}

static char *fx(const char *name)
{
    static char buf[8][1024];
    static int n;
    char *p = buf[n++ % 8];
    snprintf(p, 1024, "%s/%s", fixtures, name);
    return p;
}

static int has_line(const struct msglist *l, const char *want)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i], want) == 0)
            return 1;
    return 0;
}

static char *all_lines(const struct msglist *l)
{
    static char buf[8192];
    buf[0] = 0;
    for (size_t i = 0; i < l->n; i++) {
        strncat(buf, l->v[i], sizeof buf - strlen(buf) - 2);
        strcat(buf, "\n");
    }
    return buf;
}

static void load_lib(void)
{
    ck_assert_int_eq(classpath_add_dir(&lib, classlib_dir, "classlib", &errors), 0);
    ck_assert_int_eq(classpath_finish(&lib, &errors), 0);
}

/* ---- class path ------------------------------------------------------------------------- */

START_TEST(dir_classes)
{
    ck_assert_int_eq(classpath_add_dir(&app, fx("link"), "link", &errors), 0);
    ck_assert_int_eq(classpath_finish(&app, &errors), 0);
    ck_assert_uint_eq(app.nclasses, 11);
    const struct cp_item *c = classpath_find(&app, "Derived");
    ck_assert_ptr_nonnull(c);
    ck_assert_str_eq(c->source, "link/Derived.class");
    ck_assert_uint_gt(c->len, 10);
    ck_assert_ptr_null(classpath_find(&app, "Gone"));
    ck_assert_uint_eq(app.nresources, 0);
}
END_TEST

START_TEST(jar_classes_and_resources)
{
    ck_assert_int_eq(classpath_add_jar(&app, fx("good.jar"), "lib/good.jar", &errors), 0);
    ck_assert_int_eq(classpath_finish(&app, &errors), 0);
    ck_assert_msg(app.nclasses == 1, "classes: %zu (META-INF/versions must be ignored)", app.nclasses);
    ck_assert_ptr_nonnull(classpath_find(&app, "org/x/lib/Greeter"));
    ck_assert_str_eq(app.classes[0].source, "lib/good.jar!org/x/lib/Greeter.class");
    ck_assert_uint_eq(app.nresources, 1);   /* META-INF/MANIFEST.MF is not a resource */
    ck_assert_str_eq(app.resources[0].name, "/app/org/x/lib/greeting.txt");
    ck_assert_uint_eq(app.resources[0].len, 17);
    ck_assert_mem_eq(app.resources[0].data, "hello from a jar\n", 17);
}
END_TEST

START_TEST(jar_truncated)
{
    ck_assert_int_eq(classpath_add_jar(&app, fx("truncated.jar"), "lib/x.jar", &errors), 1);
    ck_assert_msg(strncmp(errors.v[0], "lib/x.jar: corrupt jar: ", 24) == 0, "%s", errors.v[0]);
}
END_TEST

START_TEST(jar_not_zip)
{
    ck_assert_int_eq(classpath_add_jar(&app, fx("notzip.jar"), "lib/x.jar", &errors), 1);
    ck_assert_msg(strncmp(errors.v[0], "lib/x.jar: corrupt jar: ", 24) == 0, "%s", errors.v[0]);
}
END_TEST

START_TEST(jar_bad_entry)
{
    ck_assert_int_ge(classpath_add_jar(&app, fx("badentry.jar"), "lib/x.jar", &errors), 1);
    ck_assert_msg(strstr(all_lines(&errors), "lib/x.jar!org/x/lib/Greeter.class: corrupt jar entry: "),
                  "%s", all_lines(&errors));
}
END_TEST

START_TEST(jar_missing)
{
    ck_assert_int_eq(classpath_add_jar(&app, fx("nothing.jar"), "lib/nothing.jar", &errors), 1);
    ck_assert_str_eq(errors.v[0], "lib/nothing.jar: No such file or directory");
}
END_TEST

START_TEST(duplicate_different)
{
    classpath_add_dir(&app, fx("dup-a"), "dup-a", &errors);
    classpath_add_dir(&app, fx("dup-b"), "dup-b", &errors);
    ck_assert_int_eq(classpath_finish(&app, &errors), 1);
    ck_assert_str_eq(errors.v[0], "class org.x.Util is in both dup-a/org/x/Util.class and "
                                  "dup-b/org/x/Util.class, with different contents");
}
END_TEST

START_TEST(duplicate_equal)
{
    classpath_add_dir(&app, fx("dup-a"), "dup-a", &errors);
    classpath_add_dir(&app, fx("dup-c"), "dup-c", &errors);
    ck_assert_int_eq(classpath_finish(&app, &errors), 0);
    ck_assert_uint_eq(app.nclasses, 1);
    ck_assert_str_eq(app.classes[0].source, "dup-a/org/x/Util.class");   /* the first wins */
}
END_TEST

/* ---- main class ------------------------------------------------------------------------- */

static int run_maincheck(const char *dir, const char *main)
{
    classpath_add_dir(&app, fx(dir), dir, &errors);
    classpath_finish(&app, &errors);
    load_lib();
    struct classworld w;
    ck_assert_int_eq(cw_init(&w, &app, &lib), 0);
    struct manifest m = { 0 };
    m.file = "service.yaml";
    m.main = (char *)main;
    m.main_pos = (struct mf_pos){ 3, 7 };
    int rc = maincheck(&m, &w, &errors);
    cw_free(&w);
    return rc;
}

START_TEST(main_ok)
{
    ck_assert_int_eq(run_maincheck("app", "Hello"), 0);
    ck_assert_uint_eq(errors.n, 0);
}
END_TEST

START_TEST(main_not_found)
{
    ck_assert_int_eq(run_maincheck("app", "org.x.Main"), -1);
    ck_assert_str_eq(errors.v[0], "service.yaml:3:7: main class 'org.x.Main' not found on the classpath");
}
END_TEST

START_TEST(main_without_main)
{
    ck_assert_int_eq(run_maincheck("nomain", "NoMain"), -1);
    ck_assert_str_eq(errors.v[0],
                     "service.yaml:3:7: main class 'NoMain' has no public static void main(String[])");
}
END_TEST

START_TEST(main_in_class_library_is_not_the_apps)
{
    ck_assert_int_eq(run_maincheck("app", "java.lang.Object"), -1);
    ck_assert_ptr_nonnull(strstr(errors.v[0], "not found on the classpath"));
}
END_TEST

/* ---- link check ------------------------------------------------------------------------- */

static size_t run_linkcheck(const char *dir, struct msglist *problems)
{
    classpath_add_dir(&app, fx(dir), dir, &errors);
    classpath_finish(&app, &errors);
    load_lib();
    struct classworld w;
    ck_assert_int_eq(cw_init(&w, &app, &lib), 0);
    size_t n = linkcheck_run(&w, problems, &errors);
    cw_free(&w);
    return n;
}

START_TEST(link_problems_reported)
{
    struct msglist p = { 0 };
    size_t n = run_linkcheck("link", &p);
    const char *want[] = {
        "missing class Gone (referenced by User.main)",
        "missing method Lib.help(I)V (referenced by User.main)",
        "missing field Lib.count:I (referenced by User.main)",
        "Shape is an interface, not a class (referenced by User.main)",
        "field Lib.inst:I is static, but is used as an instance field (referenced by User.main)",
        "method Lib.flip()V is not static, but is used as a static method (referenced by User.main)",
        "method Lib.secret()V is private (referenced by User.main)",
        "method q.Other.pub()V is package-private (referenced by User.main)",
        "method q.Other.prot()V is protected (referenced by User.main)",
        "abstract class Thing cannot be instantiated (referenced by User.main)",
        "class Dog does not implement abstract method Walker.run()V",
        "interface Shape cannot be instantiated (referenced by User.main)",
    };
    for (size_t i = 0; i < 12; i++)
        ck_assert_msg(has_line(&p, want[i]), "want '%s' in:\n%s", want[i], all_lines(&p));
    /* inherited method, default method, field through an interface, Lib.kept: all resolve */
    ck_assert_msg(n == 12 && p.n == 12, "%zu problems:\n%s", p.n, all_lines(&p));
    ck_assert_uint_eq(errors.n, 0);
    msglist_free(&p);
}
END_TEST

START_TEST(link_clean_app)
{
    /* a lambda (LambdaMetafactory is the VM's), an array clone, java.util, System.out */
    struct msglist p = { 0 };
    ck_assert_uint_eq(run_linkcheck("app", &p), 0);
    ck_assert_msg(p.n == 0 && errors.n == 0, "%s%s", all_lines(&p), all_lines(&errors));
    msglist_free(&p);
}
END_TEST

START_TEST(link_bad_class_file)
{
    struct msglist p = { 0 };
    run_linkcheck("badclass", &p);
    ck_assert_uint_eq(errors.n, 1);
    ck_assert_msg(strncmp(errors.v[0], "badclass/Bad.class: bad class file: ", 36) == 0, "%s", errors.v[0]);
    msglist_free(&p);
}
END_TEST

START_TEST(link_wrong_name)
{
    struct msglist p = { 0 };
    run_linkcheck("wrongname", &p);
    ck_assert_uint_eq(errors.n, 1);
    ck_assert_str_eq(errors.v[0], "wrongname/Other.class: holds class Hello, but its path says Other");
    msglist_free(&p);
}
END_TEST

/* ---- class library closure -------------------------------------------------------------- */

START_TEST(closure_is_closed_and_smaller)
{
    classpath_add_dir(&app, fx("app"), "app", &errors);
    classpath_finish(&app, &errors);
    load_lib();
    struct classworld w;
    ck_assert_int_eq(cw_init(&w, &app, &lib), 0);
    unsigned char *keep = calloc(lib.nclasses, 1);
    size_t n = classlib_closure(&w, keep);
    ck_assert_uint_gt(n, 20);
    ck_assert_msg(n < lib.nclasses, "closure %zu of %zu", n, lib.nclasses);
    const char *must[] = { "java/lang/Object", "java/lang/String", "java/lang/System",
                           "java/io/PrintStream", "java/util/ArrayList", "java/lang/Runnable",
                           "java/lang/NullPointerException", "java/lang/Thread" };
    for (size_t i = 0; i < sizeof must / sizeof *must; i++) {
        long k = classpath_index(&lib, must[i]);
        ck_assert_msg(k >= 0 && keep[k], "%s not kept", must[i]);
    }
    for (size_t i = 0; i < vm_root_count; i++) {
        long k = classpath_index(&lib, vm_root_classes[i]);
        ck_assert_msg(k < 0 || keep[k], "root %s not kept", vm_root_classes[i]);
    }
    /* closed: every class a kept class names is kept */
    for (size_t i = 0; i < lib.nclasses; i++) {
        if (!keep[i])
            continue;
        const cf_class *cf = cw_parse(&w.lib_classes[i]);
        ck_assert_ptr_nonnull(cf);
        for (unsigned c = 1; c < cf->cp_count; c++) {
            char buf[512];
            const char *name = cf->cp[c].tag == CONST_Class ? cw_class_name(cf, c) : NULL;
            const char *elem = name ? cw_element_class(name, buf, sizeof buf) : NULL;
            long k = elem ? classpath_index(&lib, elem) : -1;
            ck_assert_msg(k < 0 || keep[k], "%s names %s, which is not kept", lib.classes[i].name, elem);
        }
    }
    free(keep);
    cw_free(&w);
}
END_TEST

/* Class names in the string literals of one C file (comments skipped). */
static void scan_source(const char *path, struct msglist *names)
{
    FILE *f = fopen(path, "r");
    ck_assert_ptr_nonnull(f);
    int c, prev = 0, in_str = 0, in_block = 0, in_line = 0;
    char lit[4096];
    size_t n = 0;
    while ((c = fgetc(f)) != EOF) {
        if (in_block) {
            if (prev == '*' && c == '/')
                in_block = 0, c = 0;
        } else if (in_line) {
            if (c == '\n')
                in_line = 0;
        } else if (in_str) {
            if (c == '\\') {
                int d = fgetc(f);
                if (n < sizeof lit - 2)
                    lit[n++] = (char)d;
                c = 0;
            } else if (c == '"') {
                lit[n] = 0;
                in_str = 0;
                /* every java/... or stardust/... name in the literal */
                for (char *p = lit; *p; p++) {
                    if ((strncmp(p, "java/", 5) && strncmp(p, "stardust/", 9)) ||
                        (p > lit && (p[-1] == '/' || p[-1] == '_' ||
                                     (isalnum((unsigned char)p[-1]) && p[-1] != 'L'))))
                        continue;
                    size_t k = strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_/$");
                    while (k && p[k - 1] == '/')
                        k--;
                    char name[512];
                    snprintf(name, sizeof name, "%.*s", (int)k, p);
                    if (!msglist_has(names, name))
                        msglist_add(names, "%s", name);
                    p += k - 1;
                }
            } else if (n < sizeof lit - 2) {
                lit[n++] = (char)c;
            }
        } else if (prev == '/' && c == '*') {
            in_block = 1, c = 0;
        } else if (prev == '/' && c == '/') {
            in_line = 1;
        } else if (c == '"' && prev != '\'') {
            in_str = 1, n = 0;
        }
        prev = c;
    }
    fclose(f);
}

static void scan_dir(const char *dir, struct msglist *names)
{
    DIR *d = opendir(dir);
    ck_assert_msg(d != NULL, "%s", dir);
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t l = strlen(de->d_name);
        if (l > 2 && (!strcmp(de->d_name + l - 2, ".c") || !strcmp(de->d_name + l - 2, ".h"))) {
            char path[2048];
            snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
            scan_source(path, names);
        }
    }
    closedir(d);
}

START_TEST(vm_roots_cover_the_vm)
{
    struct msglist names = { 0 };
    char guest[1024];
    scan_dir(jvm_dir, &names);
    snprintf(guest, sizeof guest, "%s/guest", jvm_dir);
    scan_dir(guest, &names);
    ck_assert_msg(msglist_has(&names, "java/lang/OutOfMemoryError"), "the scan finds nothing");
    for (size_t i = 0; i < names.n; i++) {
        int found = 0;
        for (size_t k = 0; k < vm_root_count && !found; k++)
            found = strcmp(vm_root_classes[k], names.v[i]) == 0;
        ck_assert_msg(found, "runtime/jvm names %s: add it to builder/vm_roots.c", names.v[i]);
    }
    msglist_free(&names);
}
END_TEST

/* ---- java.conf and the component selection ---------------------------------------------- */

START_TEST(java_conf_text)
{
    char *args[] = { "one", "two words" };
    struct mf_kv props[] = { { "app.mode", "te\\st", { 0, 0 } } };
    struct mf_kv env[] = { { "TZ", "UTC", { 0, 0 } } };
    struct manifest m = { 0 };
    m.main = "org.x.Main";
    m.args = args;
    m.nargs = 2;
    m.properties = props;
    m.nproperties = 1;
    m.env = env;
    m.nenv = 1;
    m.stack = "256k";
    char *t = rootfs_java_conf(&m);
    const char *body = strchr(t, '\n') + 1;   /* after the comment line */
    ck_assert_str_eq(body, "main org.x.Main\narg one\narg two\\swords\nclasspath /app\n"
                           "prop app.mode=te\\\\st\nenv TZ=UTC\nstack 256k\n");
    free(t);
    m.heap = "16m";
    t = rootfs_java_conf(&m);
    ck_assert_ptr_nonnull(strstr(t, "\nheap 16m\n"));
    free(t);
}
END_TEST

START_TEST(components_selected)
{
    struct manifest m = { 0 };
    const struct kernel_component *c[8];
    size_t n = kernel_components(&m, c, 8);
    char names[256] = "";
    for (size_t i = 0; i < n; i++) {
        strcat(names, c[i]->name);
        strcat(names, " ");
        ck_assert(c[i]->available);
    }
    ck_assert_str_eq(names, "jvm sdfs libc xen ");
    struct mf_netif nif = { 0 };
    m.network = &nif;
    m.nnetwork = 1;
    n = kernel_components(&m, c, 8);
    names[0] = 0;
    for (size_t i = 0; i < n; i++) {
        strcat(names, c[i]->name);
        strcat(names, " ");
    }
    ck_assert_str_eq(names, "jvm lwip sdfs libc netfront xen ");
}
END_TEST

int main(void)
{
    fixtures = getenv("SD_BI_FIXTURES");
    classlib_dir = getenv("SD_CLASSLIB");
    jvm_dir = getenv("SD_JVM_DIR");
    if (!fixtures || !classlib_dir || !jvm_dir) {
        fprintf(stderr, "check-back-end: set SD_BI_FIXTURES, SD_CLASSLIB and SD_JVM_DIR\n");
        return 2;
    }
    Suite *s = suite_create("back_end");
    TCase *t = tcase_create("back_end");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_set_timeout(t, 30);
    tcase_add_test(t, dir_classes);
    tcase_add_test(t, jar_classes_and_resources);
    tcase_add_test(t, jar_truncated);
    tcase_add_test(t, jar_not_zip);
    tcase_add_test(t, jar_bad_entry);
    tcase_add_test(t, jar_missing);
    tcase_add_test(t, duplicate_different);
    tcase_add_test(t, duplicate_equal);
    tcase_add_test(t, main_ok);
    tcase_add_test(t, main_not_found);
    tcase_add_test(t, main_without_main);
    tcase_add_test(t, main_in_class_library_is_not_the_apps);
    tcase_add_test(t, link_problems_reported);
    tcase_add_test(t, link_clean_app);
    tcase_add_test(t, link_bad_class_file);
    tcase_add_test(t, link_wrong_name);
    tcase_add_test(t, closure_is_closed_and_smaller);
    tcase_add_test(t, vm_roots_cover_the_vm);
    tcase_add_test(t, java_conf_text);
    tcase_add_test(t, components_selected);
    suite_add_tcase(s, t);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
