/*
 * deploy_test: stardust-deploy end to end (Check + json-c). Drives build/bin/stardust-deploy from
 * this machine against a running sandbox (tests/deploy/run.sh boots it once for the whole suite,
 * with tests/deploy/dom0-local.sh run inside dom0 for the local path) and asserts on its --json
 * output, parsed by json-c, and its exit statuses.
 *
 * usage: deploy_test OUT          (OUT as run.sh made it: images/, local/; the environment
 *                                   names the sandbox's state and the hosts file)
 */
#define _GNU_SOURCE
#include <check.h>
#include <json-c/json.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *out_dir;
static const char *deploy_bin;

/* One command's result: exit status, stdout, stdout as JSON (NULL when it is not JSON). */
struct result {
    int status;
    char *text;
    json_object *json;
};

static void result_free(struct result *r)
{
    free(r->text);
    json_object_put(r->json);
}

static char *read_all(FILE *f)
{
    size_t len = 0, cap = 4096;
    char *buf = malloc(cap);
    size_t n;
    while (buf && (n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (cap - len < 2048)
            buf = realloc(buf, cap *= 2);
    }
    if (buf)
        buf[len] = '\0';
    return buf;
}

/* Starts `stardust-deploy ARGS` (stderr to OUT/stderr.log); read it with finish(). */
static FILE *start(const char *fmt, va_list ap)
{
    char *args = NULL, *cmd = NULL;
    FILE *f;
    ck_assert(vasprintf(&args, fmt, ap) >= 0);
    ck_assert(asprintf(&cmd, "%s %s 2>>%s/stderr.log", deploy_bin, args, out_dir) >= 0);
    f = popen(cmd, "r");
    ck_assert_msg(f != NULL, "cannot run %s", cmd);
    free(args);
    free(cmd);
    return f;
}

static struct result finish(FILE *f)
{
    struct result r = { 0 };
    int st;
    r.text = read_all(f);
    st = pclose(f);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128;
    r.json = r.text ? json_tokener_parse(r.text) : NULL;
    return r;
}

static struct result run(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static struct result run(const char *fmt, ...)
{
    va_list ap;
    FILE *f;
    va_start(ap, fmt);
    f = start(fmt, ap);
    va_end(ap);
    return finish(f);
}

static FILE *spawn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static FILE *spawn(const char *fmt, ...)
{
    va_list ap;
    FILE *f;
    va_start(ap, fmt);
    f = start(fmt, ap);
    va_end(ap);
    return f;
}

static json_object *get(json_object *o, const char *key)
{
    json_object *v = NULL;
    if (o)
        json_object_object_get_ex(o, key, &v);
    return v;
}

static const char *str(json_object *o, const char *key)
{
    json_object *v = get(o, key);
    return v && json_object_is_type(v, json_type_string) ? json_object_get_string(v) : "";
}

static int64_t num(json_object *o, const char *key)
{
    json_object *v = get(o, key);
    return v && json_object_is_type(v, json_type_int) ? json_object_get_int64(v) : -1;
}

static char *image(const char *name)
{
    static char path[8][512];
    static int next;
    char *p = path[next++ % 8];
    snprintf(p, 512, "%s/images/%s", out_dir, name);
    return p;
}

static char *file_text(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *file_text(const char *fmt, ...)
{
    char *path = NULL, *text;
    va_list ap;
    FILE *f;
    va_start(ap, fmt);
    ck_assert(vasprintf(&path, fmt, ap) >= 0);
    va_end(ap);
    f = fopen(path, "r");
    ck_assert_msg(f != NULL, "missing %s", path);
    text = read_all(f);
    fclose(f);
    free(path);
    return text;
}

static off_t file_size(const char *path)
{
    struct stat st;
    ck_assert_msg(stat(path, &st) == 0, "missing %s", path);
    return st.st_size;
}

/* The service called name in `list --json`'s services, or NULL. Borrowed from list. */
static json_object *find_service(json_object *list, const char *name)
{
    json_object *a = get(list, "services");
    for (size_t i = 0; a && i < json_object_array_length(a); i++)
        if (strcmp(str(json_object_array_get_idx(a, i), "name"), name) == 0)
            return json_object_array_get_idx(a, i);
    return NULL;
}

/* The fields every service report carries (the list). */
static void assert_service_fields(json_object *d)
{
    static const char *keys[] = { "name", "host", "domid", "uuid", "state", "image", "memory",
                                  "vcpus", "addresses", "created", "started", "ended" };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        ck_assert_msg(json_object_object_get_ex(d, keys[i], NULL), "no '%s' in %s", keys[i],
                      json_object_to_json_string(d));
    ck_assert_int_eq(strlen(str(get(d, "image"), "digest")), 64);
    ck_assert_int_eq(strlen(str(d, "uuid")), 36);
    ck_assert_int_gt(num(get(d, "image"), "size"), 0);
    ck_assert(json_object_is_type(get(d, "addresses"), json_type_array));
}

START_TEST(check_sandbox_ready)
{
    struct result r = run("check --host sandbox --json");
    ck_assert_msg(r.json, "not JSON: %s", r.text);
    ck_assert_int_eq(r.status, 0);
    ck_assert(json_object_get_boolean(get(r.json, "ok")));
    ck_assert_int_gt(num(get(r.json, "health"), "free_memory_mb"), 0);
    result_free(&r);
    r = run("sandbox status --json");
    ck_assert_int_eq(r.status, 0);
    ck_assert(json_object_get_boolean(get(r.json, "running")));
    ck_assert_str_eq(str(get(r.json, "agent"), "status"), "ok");
    ck_assert_int_eq(strncmp(str(r.json, "url"), "https://127.0.0.1:", 18), 0);
    result_free(&r);
}
END_TEST

START_TEST(first_deploy_sends_the_image_and_reports_the_service)
{
    char *digest = file_text("%s/images/hello.sd.digest", out_dir);
    struct result r = run("--json --wait --timeout 300 --name hello-first %s", image("hello.sd"));
    ck_assert_msg(r.json, "not JSON: %s", r.text);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.text);
    assert_service_fields(r.json);
    ck_assert_str_eq(str(r.json, "name"), "hello-first");
    ck_assert_str_eq(str(r.json, "host"), "sandbox");
    ck_assert_str_eq(str(r.json, "state"), "exited");
    ck_assert_int_eq(num(r.json, "exit_code"), 0);
    ck_assert_int_eq(num(r.json, "memory"), 32);
    ck_assert_int_eq(num(r.json, "vcpus"), 1);
    ck_assert_int_eq(strncmp(str(get(r.json, "image"), "digest"), digest, 64), 0);
    ck_assert(json_object_get_boolean(get(r.json, "image_sent")));
    ck_assert_int_eq(num(r.json, "bytes_sent"), file_size(image("hello.sd")));
    ck_assert_msg(strstr(str(r.json, "console_tail"), "Hello from Stardust!"), "console: %s",
                  str(r.json, "console_tail"));
    free(digest);
    result_free(&r);
}
END_TEST

START_TEST(redeploy_of_a_held_image_sends_no_bytes)
{
    struct result a = run("--json --name cached-a %s", image("shutdown.sd"));
    struct result b = run("--json --name cached-b %s", image("shutdown.sd"));
    ck_assert_msg(a.status == 0 && b.status == 0, "exit %d / %d: %s", a.status, b.status, b.text);
    ck_assert_int_eq(num(b.json, "bytes_sent"), 0);
    ck_assert(!json_object_get_boolean(get(b.json, "image_sent")));
    ck_assert_str_eq(str(b.json, "state"), "running");
    ck_assert_str_eq(str(get(a.json, "image"), "digest"), str(get(b.json, "image"), "digest"));
    result_free(&a);
    result_free(&b);
    a = run("stop --force --json cached-a");
    b = run("stop --force --json cached-b");
    ck_assert_int_eq(a.status + b.status, 0);
    result_free(&a);
    result_free(&b);
}
END_TEST

START_TEST(wrong_token_is_refused_and_creates_nothing)
{
    struct result r = run("--host badtoken --json --name bad-token %s", image("hello.sd"));
    struct result c = run("check --host badtoken --json");
    struct result l = run("list --json");
    ck_assert_int_eq(r.status, 4);
    ck_assert_str_eq(str(r.json, "error_kind"), "auth");
    ck_assert_int_eq(c.status, 4);
    ck_assert(!json_object_get_boolean(get(c.json, "ok")));
    ck_assert_int_eq(l.status, 0);
    ck_assert_ptr_null(find_service(l.json, "bad-token"));
    result_free(&r);
    result_free(&c);
    result_free(&l);
}
END_TEST

START_TEST(tls_and_connection_failures_are_unreachable)
{
    struct result a = run("--host badca --json --name bad-ca %s", image("hello.sd"));
    struct result b = run("check --host down --json");
    struct result c = run("status --host nosuchhost --json x");
    ck_assert_int_eq(a.status, 3);
    ck_assert_str_eq(str(a.json, "error_kind"), "unreachable");
    ck_assert_msg(strstr(str(a.json, "error"), "TLS"), "%s", a.text);
    ck_assert_int_eq(b.status, 3);
    ck_assert(!json_object_get_boolean(get(b.json, "ok")));
    ck_assert_int_eq(c.status, 2);
    result_free(&a);
    result_free(&b);
    result_free(&c);
}
END_TEST

START_TEST(corrupted_image_is_refused_and_creates_nothing)
{
    struct result r = run("--json --name corrupt %s", image("corrupt.sd"));
    struct result l = run("list --json");
    ck_assert_int_eq(r.status, 5);
    ck_assert_str_eq(str(r.json, "error_kind"), "invalid_image");
    ck_assert_ptr_null(find_service(l.json, "corrupt"));
    result_free(&r);
    result_free(&l);
}
END_TEST

START_TEST(ten_concurrent_deploys_get_distinct_names_and_domains)
{
    FILE *f[10];
    struct result r[10], l;
    int64_t ids[10];
    for (int i = 0; i < 10; i++)
        f[i] = spawn("--json --name par-%d %s", i, image("shutdown.sd"));
    for (int i = 0; i < 10; i++)
        r[i] = finish(f[i]);
    l = run("list --json");
    for (int i = 0; i < 10; i++) {
        char name[16];
        json_object *s;
        snprintf(name, sizeof name, "par-%d", i);
        ck_assert_msg(r[i].status == 0, "%s: exit %d: %s", name, r[i].status, r[i].text);
        ck_assert_str_eq(str(r[i].json, "name"), name);
        ck_assert_str_eq(str(r[i].json, "state"), "running");
        ids[i] = num(r[i].json, "domid");
        ck_assert_int_gt(ids[i], 0);
        for (int k = 0; k < i; k++)
            ck_assert_int_ne(ids[i], ids[k]);
        s = find_service(l.json, name);
        ck_assert_msg(s != NULL, "%s not listed", name);
        ck_assert_int_eq(num(s, "domid"), ids[i]);
        result_free(&r[i]);
    }
    result_free(&l);
    for (int i = 0; i < 10; i++)
        f[i] = spawn("stop --force --json par-%d", i);
    for (int i = 0; i < 10; i++) {
        r[i] = finish(f[i]);
        ck_assert_int_eq(r[i].status, 0);
        result_free(&r[i]);
    }
}
END_TEST

START_TEST(a_name_in_use_is_refused)
{
    struct result a = run("--json --name dup %s", image("shutdown.sd"));
    struct result b = run("--json --name dup %s", image("hello.sd"));
    struct result s = run("status --json dup");
    ck_assert_int_eq(a.status, 0);
    ck_assert_int_eq(b.status, 8);
    ck_assert_str_eq(str(b.json, "error_kind"), "name_in_use");
    /* The first service is untouched. */
    ck_assert_str_eq(str(s.json, "state"), "running");
    ck_assert_int_eq(num(s.json, "domid"), num(a.json, "domid"));
    result_free(&a);
    result_free(&b);
    result_free(&s);
    a = run("stop --force --json dup");
    ck_assert_int_eq(a.status, 0);
    result_free(&a);
}
END_TEST

/* Polls `logs NAME` until text shows up (the guest prints after it boots under TCG). */
static int logs_show(const char *name, const char *text, int seconds)
{
    for (int i = 0; i < seconds * 2; i++) {
        struct result r = run("logs %s", name);
        int found = r.status == 0 && r.text && strstr(r.text, text);
        result_free(&r);
        if (found)
            return 1;
        usleep(500 * 1000);
    }
    return 0;
}

START_TEST(the_name_of_an_ended_service_is_taken_over)
{
    struct result a = run("--json --wait --timeout 300 --name reuse %s", image("hello.sd"));
    struct result b = run("--json --wait --timeout 300 --name reuse %s", image("hello.sd"));
    struct result l = run("list --json");
    size_t n = 0;
    ck_assert_int_eq(a.status, 0);
    ck_assert_int_eq(b.status, 0);
    ck_assert_str_eq(str(b.json, "state"), "exited");
    for (size_t i = 0; i < json_object_array_length(get(l.json, "services")); i++)
        n += strcmp(str(json_object_array_get_idx(get(l.json, "services"), i), "name"), "reuse") == 0;
    ck_assert_uint_eq(n, 1);
    result_free(&a);
    result_free(&b);
    result_free(&l);
}
END_TEST

/* Xen's UUID of the domain: a real one, not the all-zero value of a uuid nobody set. */
static void assert_real_uuid(json_object *d)
{
    ck_assert_int_eq(strlen(str(d, "uuid")), 36);
    ck_assert_str_ne(str(d, "uuid"), "00000000-0000-0000-0000-000000000000");
}

START_TEST(a_service_has_a_real_xen_uuid)
{
    struct result d = run("--json --name uuid %s", image("shutdown.sd"));
    ck_assert_int_eq(d.status, 0);
    assert_real_uuid(d.json);
    result_free(&d);
    d = run("stop --force --json uuid");
    result_free(&d);
}
END_TEST

START_TEST(list_status_stop_logs_tell_the_truth)
{
    struct result d = run("--json --name life %s", image("shutdown.sd"));
    struct result s, st, l, g, m;
    ck_assert_int_eq(d.status, 0);
    s = run("status --json life");
    ck_assert_int_eq(s.status, 0);
    assert_service_fields(s.json);
    ck_assert_str_eq(str(s.json, "state"), "running");
    ck_assert_int_eq(num(s.json, "domid"), num(d.json, "domid"));
    ck_assert_str_eq(str(s.json, "uuid"), str(d.json, "uuid"));
    ck_assert(logs_show("life", "READY", 120));
    g = run("logs --json life");
    ck_assert_msg(strstr(str(g.json, "data"), "READY"), "logs --json: %s", g.text);
    /* A polite stop: the guest hears the shutdown request and ends by itself. */
    st = run("stop --json --timeout 60 life");
    ck_assert_int_eq(st.status, 0);
    ck_assert_str_eq(str(st.json, "state"), "stopped");
    ck_assert_ptr_null(get(st.json, "domid"));
    l = run("list --json");
    ck_assert_str_eq(str(find_service(l.json, "life"), "state"), "stopped");
    m = run("status --json no-such-service");
    ck_assert_int_eq(m.status, 7);
    ck_assert_str_eq(str(m.json, "error_kind"), "not_found");
    result_free(&d);
    result_free(&s);
    result_free(&st);
    result_free(&l);
    result_free(&g);
    result_free(&m);
}
END_TEST

START_TEST(logs_follow_ends_with_the_service)
{
    struct result d = run("--json --name follow %s", image("hello.sd"));
    struct result l = run("logs --follow follow");
    struct result s = run("status --json follow");
    ck_assert_int_eq(d.status, 0);
    ck_assert_int_eq(l.status, 0);
    ck_assert_msg(strstr(l.text, "Hello from Stardust!"), "logs: %s", l.text);
    ck_assert_str_eq(str(s.json, "state"), "exited");
    result_free(&d);
    result_free(&l);
    result_free(&s);
}
END_TEST

START_TEST(stop_force_destroys)
{
    struct result d = run("--json --name forced %s", image("shutdown.sd"));
    struct result st = run("stop --force --json forced");
    ck_assert_int_eq(d.status, 0);
    ck_assert_int_eq(st.status, 0);
    ck_assert_str_eq(str(st.json, "state"), "stopped");
    ck_assert_str_eq(str(st.json, "reason"), "destroyed");
    result_free(&d);
    result_free(&st);
}
END_TEST

START_TEST(a_crashing_service_is_reported_crashed)
{
    struct result r = run("--json --wait --timeout 300 --name crash1 %s", image("crash.sd"));
    ck_assert_msg(r.json, "not JSON: %s", r.text);
    ck_assert_int_eq(r.status, 9);
    ck_assert_str_eq(str(r.json, "state"), "crashed");
    ck_assert_str_eq(str(r.json, "reason"), "crash");
    result_free(&r);
}
END_TEST

START_TEST(on_crash_restart_brings_it_back)
{
    struct result d = run("--json --name crash2 %s", image("crash-restart.sd"));
    int64_t restarts = 0, first = num(d.json, "domid");
    ck_assert_int_eq(d.status, 0);
    ck_assert_str_eq(str(d.json, "on_crash"), "restart");
    for (int i = 0; i < 240 && restarts < 1; i++) {
        struct result s = run("status --json crash2");
        restarts = num(s.json, "restarts");
        if (restarts >= 1)
            ck_assert_int_ne(num(s.json, "domid"), first);
        result_free(&s);
        usleep(500 * 1000);
    }
    ck_assert_int_ge(restarts, 1);
    result_free(&d);
    d = run("stop --force --json crash2");
    result_free(&d);
}
END_TEST

/* ---- the local path, run inside dom0 by dom0-local.sh ---- */

static json_object *local_json(const char *name)
{
    char *text = file_text("%s/local/%s", out_dir, name);
    json_object *o = json_tokener_parse(text);
    ck_assert_msg(o != NULL, "%s is not JSON: %s", name, text);
    free(text);
    return o;
}

static int local_rc(const char *name)
{
    char *text = file_text("%s/local/%s", out_dir, name);
    int rc = atoi(text);
    free(text);
    return rc;
}

START_TEST(local_deploy_in_dom0_waits_and_reports)
{
    json_object *w = local_json("wait.json");
    ck_assert_int_eq(local_rc("wait.rc"), 0);
    assert_service_fields(w);
    ck_assert_str_eq(str(w, "state"), "exited");
    ck_assert_int_eq(num(w, "exit_code"), 0);
    ck_assert_msg(strstr(str(w, "console_tail"), "Hello from Stardust!"), "%s", str(w, "console_tail"));
    json_object_put(w);
}
END_TEST

START_TEST(local_check_in_dom0)
{
    json_object *c = local_json("check.json");
    ck_assert_int_eq(local_rc("check.rc"), 0);
    ck_assert(json_object_get_boolean(get(c, "ok")));
    ck_assert_int_gt(num(get(c, "health"), "free_memory_mb"), 32);
    json_object_put(c);
}
END_TEST

START_TEST(local_service_has_a_real_xen_uuid)
{
    json_object *spin = local_json("spin.json");
    assert_real_uuid(spin);
    json_object_put(spin);
}
END_TEST

START_TEST(local_lifecycle_in_dom0)
{
    json_object *spin = local_json("spin.json"), *list = local_json("list.json");
    json_object *stop = local_json("stop.json"), *after = local_json("status-after.json");
    char *xl_running = file_text("%s/local/xl-running.txt", out_dir);
    char *xl_after = file_text("%s/local/xl-after.txt", out_dir);
    ck_assert_int_eq(local_rc("spin.rc"), 0);
    ck_assert_str_eq(str(spin, "state"), "running");
    ck_assert_int_eq(local_rc("dup.rc"), 8);
    ck_assert_str_eq(str(find_service(list, "local-spin"), "state"), "running");
    ck_assert_ptr_nonnull(strstr(xl_running, "local-spin"));
    ck_assert_int_eq(local_rc("stop.rc"), 0);
    ck_assert_str_eq(str(stop, "state"), "stopped");
    ck_assert_str_eq(str(after, "state"), "stopped");
    ck_assert_ptr_null(strstr(xl_after, "local-spin"));
    ck_assert_int_eq(local_rc("missing.rc"), 7);
    json_object_put(spin);
    json_object_put(list);
    json_object_put(stop);
    json_object_put(after);
    free(xl_running);
    free(xl_after);
}
END_TEST

int main(int argc, char **argv)
{
    Suite *s = suite_create("deploy");
    TCase *remote = tcase_create("remote"), *local = tcase_create("local");
    SRunner *sr;
    int failed;
    if (argc != 3) {
        fprintf(stderr, "usage: deploy_test OUT STARDUST_DEPLOY\n");
        return 2;
    }
    out_dir = argv[1];
    deploy_bin = argv[2];
    tcase_set_timeout(remote, 600);
    tcase_add_test(remote, check_sandbox_ready);
    tcase_add_test(remote, first_deploy_sends_the_image_and_reports_the_service);
    tcase_add_test(remote, redeploy_of_a_held_image_sends_no_bytes);
    tcase_add_test(remote, wrong_token_is_refused_and_creates_nothing);
    tcase_add_test(remote, tls_and_connection_failures_are_unreachable);
    tcase_add_test(remote, corrupted_image_is_refused_and_creates_nothing);
    tcase_add_test(remote, ten_concurrent_deploys_get_distinct_names_and_domains);
    tcase_add_test(remote, a_name_in_use_is_refused);
    tcase_add_test(remote, the_name_of_an_ended_service_is_taken_over);
    tcase_add_test(remote, a_service_has_a_real_xen_uuid);
    tcase_add_test(remote, list_status_stop_logs_tell_the_truth);
    tcase_add_test(remote, logs_follow_ends_with_the_service);
    tcase_add_test(remote, stop_force_destroys);
    tcase_add_test(remote, a_crashing_service_is_reported_crashed);
    tcase_add_test(remote, on_crash_restart_brings_it_back);
    tcase_add_test(local, local_deploy_in_dom0_waits_and_reports);
    tcase_add_test(local, local_check_in_dom0);
    tcase_add_test(local, local_lifecycle_in_dom0);
    tcase_add_test(local, local_service_has_a_real_xen_uuid);
    suite_add_tcase(s, remote);
    suite_add_tcase(s, local);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
