/* check_build.c: build_image end to end on the fixtures' manifests (make-fixtures.sh, in
 * SD_BI_FIXTURES) with the components of `make components` (SD_COMPONENTS): reproducible
 * output, SOURCE_DATE_EPOCH, every error reported, nothing left behind on failure,
 * --allow-missing, and what the root filesystem holds. */
#define _GNU_SOURCE
#include <check.h>
#include <dirent.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "build.h"
#include "image_sd.h"
#include "manifest.h"
#include "sdfs/fs.h"

static const char *fixtures, *components;
static char outdir[256];
static char err[4096];

static void setup(void)
{
    snprintf(outdir, sizeof outdir, "/tmp/check-build.XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(outdir));
    unsetenv("SOURCE_DATE_EPOCH");
    /* the build's own temporary directory goes here too, to see that it is removed */
    char work[300];
    snprintf(work, sizeof work, "%s/work", outdir);
    ck_assert_int_eq(mkdir(work, 0700), 0);
    setenv("TMPDIR", work, 1);
}

static void teardown(void)
{
    char *cmd;
    ck_assert_int_ge(asprintf(&cmd, "rm -rf '%s'", outdir), 0);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
}

static char *out(const char *name)
{
    static char buf[4][512];
    static int n;
    char *p = buf[n++ % 4];
    snprintf(p, 512, "%s/%s", outdir, name);
    return p;
}

/* Builds fixtures/<manifest> to out_path; returns build_image's result, report in r. */
static int build(const char *manifest, const char *out_path, int allow_missing, struct build_report *r)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", fixtures, manifest);
    struct manifest m;
    ck_assert_msg(manifest_load(path, &m, err, sizeof err) == 0, "%s", err);
    struct build_options o = { .out_path = out_path, .allow_missing = allow_missing,
                               .components_dir = components };
    int rc = build_image(&m, &o, r);
    manifest_free(&m);
    return rc;
}

static uint8_t *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "%s", path);
    struct stat st;
    fstat(fileno(f), &st);
    uint8_t *b = malloc((size_t)st.st_size + 1);
    ck_assert_uint_eq(fread(b, 1, (size_t)st.st_size, f), (size_t)st.st_size);
    fclose(f);
    *len = (size_t)st.st_size;
    return b;
}

static int has(char **v, size_t n, const char *needle)
{
    for (size_t i = 0; i < n; i++)
        if (strstr(v[i], needle))
            return 1;
    return 0;
}

static char *joined(char **v, size_t n)
{
    static char buf[8192];
    buf[0] = 0;
    for (size_t i = 0; i < n; i++) {
        strncat(buf, v[i], sizeof buf - strlen(buf) - 2);
        strcat(buf, "\n");
    }
    return buf;
}

static int entries_in(const char *dir)
{
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d)))
        if (de->d_name[0] != '.')
            n++;
    closedir(d);
    return n;
}

/* Files left beside the output, or in the build's temporary directory. */
static int entries_in_outdir(void)
{
    return entries_in(outdir) - 1 + entries_in(out("work"));
}

START_TEST(same_inputs_same_bytes)
{
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    struct build_report r1, r2;
    ck_assert_msg(build("hello/service.yaml", out("a.sd"), 0, &r1) == 0, "%s", joined(r1.errors, r1.nerrors));
    ck_assert_msg(build("hello/service.yaml", out("b.sd"), 0, &r2) == 0, "%s", joined(r2.errors, r2.nerrors));
    size_t la, lb;
    uint8_t *a = slurp(out("a.sd"), &la), *b = slurp(out("b.sd"), &lb);
    ck_assert_uint_eq(la, lb);
    ck_assert_msg(memcmp(a, b, la) == 0, "two builds of the same inputs differ");
    ck_assert_str_eq(r1.digest, r2.digest);
    ck_assert_uint_eq(r1.image_size, la);
    ck_assert_uint_gt(r1.kernel_size, 10000);
    ck_assert_uint_gt(r1.rootfs_size, 10000);
    ck_assert_uint_eq(r1.app_classes, 1);
    ck_assert_uint_gt(r1.classlib_classes, 20);
    ck_assert_uint_eq(r1.resources, 1);
    free(a);
    free(b);
    build_report_free(&r1);
    build_report_free(&r2);
}
END_TEST

/* Where the service and the components live does not show in the image. */
START_TEST(location_independent)
{
    setenv("SOURCE_DATE_EPOCH", "1", 1);
    char *cmd;
    ck_assert_int_ge(asprintf(&cmd, "cp -r '%s/hello' '%s/moved' && cp -r '%s' '%s/comp'", fixtures,
                              outdir, components, outdir), 0);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
    struct build_report r1, r2;
    ck_assert(build("hello/service.yaml", out("a.sd"), 0, &r1) == 0);
    char path[600], comp[600];
    snprintf(path, sizeof path, "%s/moved/service.yaml", outdir);
    snprintf(comp, sizeof comp, "%s/comp", outdir);
    struct manifest m;
    ck_assert_msg(manifest_load(path, &m, err, sizeof err) == 0, "%s", err);
    struct build_options o = { .out_path = out("b.sd"), .components_dir = comp };
    ck_assert_msg(build_image(&m, &o, &r2) == 0, "%s", joined(r2.errors, r2.nerrors));
    manifest_free(&m);
    ck_assert_str_eq(r1.digest, r2.digest);
    build_report_free(&r1);
    build_report_free(&r2);
}
END_TEST

START_TEST(epoch_changes_only_times)
{
    struct build_report r1, r2;
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    ck_assert(build("hello/service.yaml", out("a.sd"), 0, &r1) == 0);
    setenv("SOURCE_DATE_EPOCH", "1800000000", 1);
    ck_assert(build("hello/service.yaml", out("b.sd"), 0, &r2) == 0);
    ck_assert_str_ne(r1.digest, r2.digest);
    struct image_sd a, b;
    ck_assert_msg(image_sd_read(out("a.sd"), &a, err, sizeof err) == 0, "%s", err);
    ck_assert_msg(image_sd_read(out("b.sd"), &b, err, sizeof err) == 0, "%s", err);
    ck_assert_str_eq(a.kernel.sha256, b.kernel.sha256);
    ck_assert_str_eq(a.rootfs.sha256, b.rootfs.sha256);
    ck_assert_uint_eq(a.file_size, b.file_size);
    /* the bytes differ only in tar headers' mtime and checksum fields */
    size_t la, lb;
    uint8_t *fa = slurp(out("a.sd"), &la), *fb = slurp(out("b.sd"), &lb);
    int diffs = 0;
    for (size_t i = 0; i < la; i++)
        if (fa[i] != fb[i]) {
            diffs++;
            ck_assert_msg(i % 512 >= 136 && i % 512 < 156, "byte %zu differs outside mtime/chksum", i);
        }
    ck_assert_int_gt(diffs, 0);
    free(fa);
    free(fb);
    image_sd_free(&a);
    image_sd_free(&b);
    build_report_free(&r1);
    build_report_free(&r2);
}
END_TEST

START_TEST(root_filesystem_contents)
{
    struct build_report r;
    ck_assert(build("hello/service.yaml", out("a.sd"), 0, &r) == 0);
    struct image_sd img;
    ck_assert(image_sd_read(out("a.sd"), &img, err, sizeof err) == 0);
    struct sdfs fs;
    ck_assert_msg(sdfs_open(&fs, img.rootfs.data, img.rootfs.size, err, sizeof err) == 0, "%s", err);
    ck_assert_ptr_nonnull(sdfs_lookup(&fs, "/app/Hello.class"));
    ck_assert_ptr_nonnull(sdfs_lookup(&fs, "/app/greeting.txt"));
    ck_assert_ptr_nonnull(sdfs_lookup(&fs, "/classlib/java/lang/Object.class"));
    ck_assert_ptr_nonnull(sdfs_lookup(&fs, "/classlib/java/io/PrintStream.class"));
    const struct sdfs_entry *conf = sdfs_lookup(&fs, "/etc/stardust/java.conf");
    ck_assert_ptr_nonnull(conf);
    char text[1024];
    snprintf(text, sizeof text, "%.*s", (int)conf->size, (const char *)sdfs_data(&fs, conf));
    ck_assert_msg(strstr(text, "\nmain Hello\narg one\narg two\\swords\nclasspath /app\n"
                               "prop app.mode=test\nenv TZ=UTC\nstack 256k\n"), "%s", text);
    /* image.json carries the normalised manifest */
    struct json_object *v;
    ck_assert(json_object_object_get_ex(img.manifest, "name", &v));
    ck_assert_str_eq(json_object_get_string(v), "hello");
    image_sd_free(&img);
    build_report_free(&r);
}
END_TEST

START_TEST(link_errors_leave_nothing)
{
    struct build_report r;
    ck_assert_int_eq(build("link.yaml", out("image.sd"), 0, &r), -1);
    ck_assert_msg(has(r.errors, r.nerrors, "missing class Gone (referenced by User.main)"), "%s",
                  joined(r.errors, r.nerrors));
    ck_assert(has(r.errors, r.nerrors, "missing method Lib.help(I)V (referenced by User.main)"));
    ck_assert_uint_eq(r.nwarnings, 0);
    ck_assert_int_eq(entries_in_outdir(), 0);
    build_report_free(&r);
}
END_TEST

START_TEST(allow_missing_warns)
{
    struct build_report r;
    ck_assert_msg(build("link.yaml", out("image.sd"), 1, &r) == 0, "%s", joined(r.errors, r.nerrors));
    ck_assert_uint_eq(r.nerrors, 0);
    ck_assert_msg(has(r.warnings, r.nwarnings, "missing class Gone (referenced by User.main)"), "%s",
                  joined(r.warnings, r.nwarnings));
    ck_assert(has(r.warnings, r.nwarnings, "missing field Lib.count:I (referenced by User.main)"));
    ck_assert_int_eq(access(out("image.sd"), R_OK), 0);
    build_report_free(&r);
}
END_TEST

START_TEST(every_error_reported)
{
    struct build_report r;
    ck_assert_int_eq(build("many.yaml", out("image.sd"), 1, &r), -1);
    const char *want[] = { "truncated.jar: corrupt jar: ",
                           "class org.x.Util is in both dup-a/org/x/Util.class and dup-b/org/x/Util.class",
                           "many.yaml:2:7: main class 'NoMain' has no public static void main(String[])" };
    for (int i = 0; i < 3; i++)
        ck_assert_msg(has(r.errors, r.nerrors, want[i]), "want '%s' in:\n%s", want[i],
                      joined(r.errors, r.nerrors));
    ck_assert_int_eq(entries_in_outdir(), 0);
    build_report_free(&r);
}
END_TEST

START_TEST(jar_on_classpath)
{
    struct build_report r;
    ck_assert_msg(build("jarred.yaml", out("image.sd"), 0, &r) == 0, "%s", joined(r.errors, r.nerrors));
    ck_assert_uint_eq(r.app_classes, 2);
    struct image_sd img;
    ck_assert(image_sd_read(out("image.sd"), &img, err, sizeof err) == 0);
    struct sdfs fs;
    ck_assert(sdfs_open(&fs, img.rootfs.data, img.rootfs.size, err, sizeof err) == 0);
    ck_assert_ptr_nonnull(sdfs_lookup(&fs, "/app/org/x/lib/Greeter.class"));
    ck_assert_ptr_nonnull(sdfs_lookup(&fs, "/app/org/x/lib/greeting.txt"));
    ck_assert_ptr_null(sdfs_lookup(&fs, "/app/META-INF/MANIFEST.MF"));
    image_sd_free(&img);
    build_report_free(&r);
}
END_TEST

START_TEST(network_warns_and_links)
{
    struct build_report r;
    ck_assert_msg(build("net.yaml", out("image.sd"), 0, &r) == 0, "%s", joined(r.errors, r.nerrors));
    ck_assert_msg(has(r.warnings, r.nwarnings, "net.yaml:5:5: network interfaces need lwip and netfront"),
                  "%s", joined(r.warnings, r.nwarnings));
    build_report_free(&r);
}
END_TEST

START_TEST(hidden_class_warns)
{
    struct build_report r;
    ck_assert_msg(build("shadow.yaml", out("image.sd"), 0, &r) == 0, "%s", joined(r.errors, r.nerrors));
    ck_assert_msg(has(r.warnings, r.nwarnings, "shadow/java/util/Objects.class: class java.util.Objects "
                      "is hidden by the class library's"), "%s", joined(r.warnings, r.nwarnings));
    build_report_free(&r);
}
END_TEST

START_TEST(missing_components)
{
    struct build_report r;
    const char *saved = components;
    components = "/nonexistent/stardust";
    int rc = build("hello/service.yaml", out("image.sd"), 0, &r);
    components = saved;
    ck_assert_int_eq(rc, -1);
    ck_assert_msg(has(r.errors, r.nerrors, "components not found at /nonexistent/stardust (run `make components`"),
                  "%s", joined(r.errors, r.nerrors));
    ck_assert_msg(r.nerrors == 1, "one error, not a flood:\n%s", joined(r.errors, r.nerrors));
    ck_assert_int_eq(entries_in_outdir(), 0);
    build_report_free(&r);
}
END_TEST

int main(void)
{
    fixtures = getenv("SD_BI_FIXTURES");
    components = getenv("SD_COMPONENTS");
    if (!fixtures || !components) {
        fprintf(stderr, "check-build: set SD_BI_FIXTURES and SD_COMPONENTS\n");
        return 2;
    }
    Suite *s = suite_create("build");
    TCase *t = tcase_create("build");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_set_timeout(t, 60);
    tcase_add_test(t, same_inputs_same_bytes);
    tcase_add_test(t, epoch_changes_only_times);
    tcase_add_test(t, location_independent);
    tcase_add_test(t, root_filesystem_contents);
    tcase_add_test(t, link_errors_leave_nothing);
    tcase_add_test(t, allow_missing_warns);
    tcase_add_test(t, every_error_reported);
    tcase_add_test(t, jar_on_classpath);
    tcase_add_test(t, network_warns_and_links);
    tcase_add_test(t, hidden_class_warns);
    tcase_add_test(t, missing_components);
    suite_add_tcase(s, t);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
