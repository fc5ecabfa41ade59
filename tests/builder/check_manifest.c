/* check_manifest.c: the manifest library itself (builder/manifest*.c, suggest.c): defaults,
 * paths, the normalised JSON, how errors are collected. The exact message of every error
 * class is asserted through the tool in check_cli.c. */
#include <json-c/json.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_builder.h"
#include "manifest.h"
#include "suggest.h"

static char fixture[PATH_MAX];

static const char *fixture_path(const char *name)
{
    snprintf(fixture, sizeof fixture, "%s/%s", need_env("SD_FIXTURES"), name);
    return fixture;
}

/* Writes text to a fresh manifest in a temporary directory; returns its path (static). */
static const char *temp_manifest(const char *text)
{
    static char path[64];
    char dir[] = "/tmp/check-builder-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/service.yaml", dir);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
    return path;
}

START_TEST(edit_distance)
{
    ck_assert_int_eq(suggest_distance("mian", "main"), 1);     /* a swap is one edit */
    ck_assert_int_eq(suggest_distance("kitten", "sitting"), 3);
    ck_assert_int_eq(suggest_distance("", "abc"), 3);
    ck_assert_int_eq(suggest_distance("vcpus", "vcpus"), 0);
}
END_TEST

START_TEST(closest_word)
{
    const char *keys[] = { "name", "main", "memory", "vcpus", "on_crash" };
    ck_assert_str_eq(suggest_closest("mian", keys, 5), "main");
    ck_assert_str_eq(suggest_closest("vpcus", keys, 5), "vcpus");
    ck_assert_str_eq(suggest_closest("oncrash", keys, 5), "on_crash");
    ck_assert_ptr_null(suggest_closest("colour", keys, 5));
    ck_assert_ptr_null(suggest_closest("x", keys, 5));           /* too short to guess */
}
END_TEST

START_TEST(defaults_of_minimal_manifest)
{
    struct manifest m;
    char err[1024];
    ck_assert_int_eq(manifest_load(fixture_path("valid-minimal.yaml"), &m, err, sizeof err), 0);
    ck_assert_str_eq(m.name, "hello");
    ck_assert_str_eq(m.version, "0.0.0");
    ck_assert_str_eq(m.main, "Hello");
    ck_assert_int_eq(m.main_pos.line, 2);
    ck_assert_int_eq(m.main_pos.col, 7);
    ck_assert_uint_eq(m.nargs, 0);
    ck_assert_uint_eq(m.memory_mb, 32);
    ck_assert_uint_eq(m.vcpus, 1);
    ck_assert_ptr_null(m.heap);
    ck_assert_str_eq(m.stack, "256k");
    ck_assert_str_eq(m.on_crash, "destroy");
    ck_assert_uint_eq(m.nclasspath, 1);
    ck_assert_int_eq(m.classpath[0].path[0], '/');
    ck_assert_int_eq(m.classpath[0].is_jar, 0);
    ck_assert_ptr_nonnull(strstr(m.classpath[0].path, "/classes"));
    ck_assert_uint_eq(m.nnetwork, 0);
    manifest_free(&m);
}
END_TEST

START_TEST(classpath_defaults_to_manifest_dir)
{
    struct manifest m;
    char err[1024], dir[PATH_MAX];
    const char *path = temp_manifest("name: x\nmain: a.b.C\n");
    ck_assert_int_eq(manifest_load(path, &m, err, sizeof err), 0);
    snprintf(dir, sizeof dir, "%s", path);
    *strrchr(dir, '/') = 0;
    ck_assert_uint_eq(m.nclasspath, 1);
    ck_assert_str_eq(m.classpath[0].path, dir);
    ck_assert_str_eq(m.dir, dir);
    manifest_free(&m);
    unlink(path);
    rmdir(dir);
}
END_TEST

START_TEST(full_manifest_fields)
{
    struct manifest m;
    char err[1024];
    ck_assert_int_eq(manifest_load(fixture_path("valid-full.yaml"), &m, err, sizeof err), 0);
    ck_assert_uint_eq(m.nclasspath, 2);
    ck_assert_int_eq(m.classpath[1].is_jar, 1);
    ck_assert_int_eq(m.classpath[1].pos.line, 5);
    ck_assert_uint_eq(m.nresources, 2);
    ck_assert_str_eq(m.resources[0].dest, "/app/greeting.txt");
    ck_assert_int_eq(m.resources[0].src[0], '/');
    ck_assert_str_eq(m.resources[1].dest, "/srv/data");
    ck_assert_str_eq(m.heap, "16m");                 /* sizes are normalised to lower case */
    ck_assert_uint_eq(m.memory_mb, 64);              /* "64m" */
    ck_assert_uint_eq(m.nnetwork, 3);
    ck_assert_str_eq(m.network[1].mac, "00:16:3e:aa:bb:cc");
    ck_assert_int_eq(m.network[2].dhcp, 0);
    ck_assert_str_eq(m.network[2].address, "192.168.1.5/16");
    ck_assert_ptr_null(m.network[2].gateway);
    manifest_free(&m);
}
END_TEST

START_TEST(normalised_json)
{
    struct manifest m;
    char err[1024];
    ck_assert_int_eq(manifest_load(fixture_path("valid-full.yaml"), &m, err, sizeof err), 0);
    struct json_object *o = manifest_to_json(&m);
    ck_assert_str_eq(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN
                                                       | JSON_C_TO_STRING_NOSLASHESCAPE),
        "{\"name\":\"web-1\",\"version\":\"2.1\",\"main\":\"Hello\",\"args\":[\"--port\",\"8080\"],"
        "\"memory\":64,\"vcpus\":2,\"on_crash\":\"restart\","
        "\"java\":{\"heap\":\"16m\",\"stack\":\"512k\",\"properties\":{\"app.mode\":\"test\","
        "\"empty\":\"\"}},\"env\":{\"TZ\":\"UTC\"},"
        "\"network\":[{\"bridge\":\"xenbr0\",\"mac\":null,\"ipv4\":\"dhcp\"},"
        "{\"bridge\":\"br1\",\"mac\":\"00:16:3e:aa:bb:cc\",\"ipv4\":{\"address\":\"10.0.0.2/24\","
        "\"gateway\":\"10.0.0.1\"}},"
        "{\"bridge\":\"xenbr0\",\"mac\":null,\"ipv4\":{\"address\":\"192.168.1.5/16\","
        "\"gateway\":null}}]}");
    json_object_put(o);
    manifest_free(&m);
}
END_TEST

/* A resource's default place is /app/ and its name as written; "." has no usable name. */
START_TEST(resource_default_dest)
{
    struct manifest m;
    char err[1024], dir[64], cmd[192];
    const char *path = temp_manifest("name: x\nmain: A\nresources: [sub/, link.txt]\n");
    snprintf(dir, sizeof dir, "%s", path);
    *strrchr(dir, '/') = 0;
    snprintf(cmd, sizeof cmd, "mkdir %s/sub && ln -s service.yaml %s/link.txt", dir, dir);
    ck_assert_int_eq(system(cmd), 0);
    ck_assert_int_eq(manifest_load(path, &m, err, sizeof err), 0);
    ck_assert_uint_eq(m.nresources, 2);
    ck_assert_str_eq(m.resources[0].dest, "/app/sub");
    ck_assert_str_eq(m.resources[1].dest, "/app/link.txt");
    ck_assert_ptr_nonnull(strstr(m.resources[1].src, "/service.yaml"));
    manifest_free(&m);
    FILE *f = fopen(path, "w");
    fputs("name: x\nmain: A\nresources: [.]\n", f);
    fclose(f);
    ck_assert_int_eq(manifest_load(path, &m, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, ":3:13: resource '.' needs a 'dest': its name cannot be "
                                      "used in the image"));
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    ck_assert_int_eq(system(cmd), 0);
}
END_TEST

START_TEST(missing_file)
{
    struct manifest m;
    char err[1024];
    ck_assert_int_eq(manifest_load("/nonexistent/service.yaml", &m, err, sizeof err), -1);
    ck_assert_str_eq(err, "/nonexistent/service.yaml: No such file or directory");
    ck_assert_ptr_null(m.name);
}
END_TEST

START_TEST(errors_are_lines_and_all_reported)
{
    struct manifest m;
    char err[4096];
    const char *path = temp_manifest("name: x\nmain: A\nmemory: 1\nvcpus: 0\nfoo: 1\n");
    ck_assert_int_eq(manifest_load(path, &m, err, sizeof err), -1);
    char want[2048];
    snprintf(want, sizeof want,
             "%s:3:9: 'memory' must be between 8 and 65536 (MiB)\n"
             "%s:4:8: 'vcpus' must be between 1 and 64\n"
             "%s:5:1: unknown key 'foo' (expected one of: name, version, main, args, classpath, "
             "resources, java, env, memory, vcpus, network, on_crash)", path, path, path);
    ck_assert_str_eq(err, want);
    ck_assert_ptr_null(m.name);                      /* nothing half-filled is left */
}
END_TEST

START_TEST(small_error_buffer_keeps_whole_lines)
{
    struct manifest m;
    char err[120];
    const char *path = temp_manifest("name: x\nmain: A\nmemory: 1\nvcpus: 0\n");
    ck_assert_int_eq(manifest_load(path, &m, err, sizeof err), -1);
    ck_assert_ptr_null(strchr(err, '\n'));           /* the second line did not fit */
    ck_assert_ptr_nonnull(strstr(err, ":3:9: 'memory' must be between"));
}
END_TEST

Suite *manifest_suite(void)
{
    Suite *s = suite_create("manifest");
    TCase *tc = tcase_create("manifest");
    tcase_add_test(tc, edit_distance);
    tcase_add_test(tc, closest_word);
    tcase_add_test(tc, defaults_of_minimal_manifest);
    tcase_add_test(tc, classpath_defaults_to_manifest_dir);
    tcase_add_test(tc, full_manifest_fields);
    tcase_add_test(tc, normalised_json);
    tcase_add_test(tc, resource_default_dest);
    tcase_add_test(tc, missing_file);
    tcase_add_test(tc, errors_are_lines_and_all_reported);
    tcase_add_test(tc, small_error_buffer_keeps_whole_lines);
    suite_add_tcase(s, tc);
    return s;
}
