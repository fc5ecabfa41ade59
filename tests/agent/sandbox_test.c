/*
 * The agent's API from the host, against a real Xen in QEMU (tests/agent/run-sandbox.sh boots
 * it and sets SD_AGENT_URL, SD_AGENT_TOKEN, SD_AGENT_CACERT, SD_CTRL_PORT, SD_IMAGES).
 * HTTPS through libcurl (verifying the run's own certificate), JSON through json-c.
 * The tests run in order and build on each other (one agent, one dom0); each asserts on
 * what the agent answers and on what it then reports.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <check.h>
#include <curl/curl.h>
#include <json-c/json.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static const char *base, *token, *cacert, *images;
static int ctrl_port;

struct resp {
    long status;
    char *body;
    size_t len;
    struct json_object *json;
    CURLcode curl;
};

struct upload_src {
    const char *data;
    size_t len, pos;
    size_t kill_at;             /* send "kill-agent" once pos passes this (0: never) */
    int killed;
};

static size_t on_body(char *p, size_t sz, size_t n, void *ud)
{
    struct resp *r = ud;
    char *more = realloc(r->body, r->len + sz * n + 1);
    if (!more)
        return 0;
    memcpy(more + r->len, p, sz * n);
    r->body = more;
    r->len += sz * n;
    r->body[r->len] = '\0';
    return sz * n;
}

static char *ctl(const char *cmd);

static size_t on_read(char *buf, size_t sz, size_t n, void *ud)
{
    struct upload_src *u = ud;
    size_t left = u->len - u->pos, take = sz * n < left ? sz * n : left;
    if (u->kill_at && !u->killed && u->pos >= u->kill_at) {
        free(ctl("kill-agent"));
        u->killed = 1;
        sleep(1);
    }
    if (u->kill_at && take > 65536)
        take = 65536;           /* small steps, so the kill lands mid-upload */
    memcpy(buf, u->data + u->pos, take);
    u->pos += take;
    return take;
}

static void resp_free(struct resp *r)
{
    free(r->body);
    json_object_put(r->json);
    memset(r, 0, sizeof *r);
}

/* One request. body: JSON text for POST, bytes for PUT (via src). tok NULL: the run's token. */
static void http(const char *method, const char *path, const char *tok, const char *json,
                 struct upload_src *src, struct resp *r)
{
    char url[512], auth[256];
    memset(r, 0, sizeof *r);
    CURL *c = curl_easy_init();
    struct curl_slist *h = NULL;
    snprintf(url, sizeof url, "%s%s", base, path);
    snprintf(auth, sizeof auth, "Authorization: Bearer %s", tok ? tok : token);
    h = curl_slist_append(h, auth);
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_CAINFO, cacert);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 180L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, r);
    if (!strcmp(method, "HEAD")) {
        curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
    } else if (!strcmp(method, "PUT")) {
        h = curl_slist_append(h, "Content-Type: application/octet-stream");
        curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(c, CURLOPT_READFUNCTION, on_read);
        curl_easy_setopt(c, CURLOPT_READDATA, src);
        curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, (curl_off_t)src->len);
    } else if (!strcmp(method, "POST")) {
        h = curl_slist_append(h, "Content-Type: application/json");
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, json ? json : "");
    } else {
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
    }
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
    r->curl = curl_easy_perform(c);
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r->status);
    if (r->len)
        r->json = json_tokener_parse(r->body);
    curl_slist_free_all(h);
    curl_easy_cleanup(c);
}

static const char *jstr(struct json_object *o, const char *key)
{
    struct json_object *v;
    return json_object_object_get_ex(o, key, &v) && json_object_is_type(v, json_type_string)
               ? json_object_get_string(v) : NULL;
}

static int64_t jint(struct json_object *o, const char *key)
{
    struct json_object *v;
    return json_object_object_get_ex(o, key, &v) && json_object_is_type(v, json_type_int)
               ? json_object_get_int64(v) : -1;
}

static int jnull(struct json_object *o, const char *key)
{
    struct json_object *v;
    return json_object_object_get_ex(o, key, &v) && v == NULL;
}

/* The test control port (tests/agent/control.sh): the answer, malloc'd ("" if none). */
static char *ctl(const char *cmd)
{
    for (int attempt = 0; attempt < 30; attempt++) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)ctrl_port) };
        inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
        size_t len = 0;
        char *out = calloc(1, 1);
        if (connect(fd, (struct sockaddr *)&a, sizeof a) == 0) {
            dprintf(fd, "%s\n", cmd);
            char buf[4096];
            ssize_t n;
            while ((n = read(fd, buf, sizeof buf)) > 0) {
                out = realloc(out, len + (size_t)n + 1);
                memcpy(out + len, buf, (size_t)n);
                len += (size_t)n;
                out[len] = '\0';
            }
        }
        close(fd);
        if (len)
            return out;
        free(out);
        usleep(300000);         /* nc between two connections: try again */
    }
    return calloc(1, 1);
}

static char *slurp(const char *name, size_t *len)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", images, name);
    FILE *f = fopen(path, "rb");
    if (!f) {           /* no ck_assert: the bench calls this outside any test */
        fprintf(stderr, "agent_sandbox_test: cannot open %s\n", path);
        *len = 0;
        return calloc(1, 1);
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *buf = malloc((size_t)n + 1);
    *len = fread(buf, 1, (size_t)n, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

/* images/NAME.sha256 */
static void digest_of(const char *name, char out[65])
{
    char file[64];
    size_t len;
    snprintf(file, sizeof file, "%s.sha256", name);
    char *d = slurp(file, &len);
    snprintf(out, 65, "%.64s", d);
    free(d);
}

/* PUT images/NAME.sd under digest (NULL: its own); returns the status. */
static long upload(const char *name, const char *digest, struct resp *r)
{
    char file[64], own[65], path[128];
    size_t len;
    snprintf(file, sizeof file, "%s.sd", name);
    char *data = slurp(file, &len);
    if (!digest) {
        digest_of(name, own);
        digest = own;
    }
    struct upload_src src = { .data = data, .len = len };
    snprintf(path, sizeof path, "/v1/images/%s", digest);
    http("PUT", path, NULL, NULL, &src, r);
    free(data);
    return r->status;
}

static void ensure_uploaded(const char *name)
{
    struct resp r;
    long st = upload(name, NULL, &r);
    ck_assert_msg(st == 200 || st == 201, "upload %s: %ld %s", name, st, r.body ? r.body : "");
    resp_free(&r);
}

/* POST /v1/domains; returns the status, r holds the answer. */
static long create(const char *image, const char *name, const char *extra, struct resp *r)
{
    char digest[65], body[512];
    digest_of(image, digest);
    snprintf(body, sizeof body, "{\"image\": \"%s\", \"name\": \"%s\"%s%s}", digest, name,
             extra ? ", " : "", extra ? extra : "");
    http("POST", "/v1/domains", NULL, body, NULL, r);
    return r->status;
}

/* GET the domain until its state is one of states (space separated) or timeout_s passes. */
static struct json_object *wait_state(const char *name, const char *states, int timeout_s)
{
    char path[128];
    snprintf(path, sizeof path, "/v1/domains/%s", name);
    for (int i = 0; i < timeout_s * 2; i++) {
        struct resp r;
        http("GET", path, NULL, NULL, NULL, &r);
        const char *st = r.json ? jstr(r.json, "state") : NULL;
        if (st && strstr(states, st)) {
            struct json_object *o = json_object_get(r.json);
            resp_free(&r);
            return o;
        }
        resp_free(&r);
        usleep(500000);
    }
    return NULL;
}

/* The whole console log of name. */
static char *console(const char *name)
{
    char path[128];
    struct resp r;
    snprintf(path, sizeof path, "/v1/domains/%s/console", name);
    http("GET", path, NULL, NULL, NULL, &r);
    const char *d = r.json ? jstr(r.json, "data") : NULL;
    char *out = strdup(d ? d : "");
    resp_free(&r);
    return out;
}

static int wait_console(const char *name, const char *text, int timeout_s)
{
    for (int i = 0; i < timeout_s * 2; i++) {
        char *c = console(name);
        int found = strstr(c, text) != NULL;
        free(c);
        if (found)
            return 1;
        usleep(500000);
    }
    return 0;
}

static int list_has(const char *name)
{
    struct resp r;
    http("GET", "/v1/domains", NULL, NULL, NULL, &r);
    struct json_object *arr;
    int found = 0;
    if (r.json && json_object_object_get_ex(r.json, "domains", &arr))
        for (size_t i = 0; i < json_object_array_length(arr); i++)
            found |= !strcmp(jstr(json_object_array_get_idx(arr, i), "name"), name);
    resp_free(&r);
    return found;
}

static size_t image_count(void)
{
    struct resp r;
    struct json_object *arr;
    http("GET", "/v1/images", NULL, NULL, NULL, &r);
    size_t n = r.json && json_object_object_get_ex(r.json, "images", &arr) ? json_object_array_length(arr) : 999;
    resp_free(&r);
    return n;
}

static int wait_healthy(int timeout_s)
{
    for (int i = 0; i < timeout_s; i++) {
        struct resp r;
        http("GET", "/v1/health", NULL, NULL, NULL, &r);
        int ok = r.status == 200 && r.json && jstr(r.json, "status") && !strcmp(jstr(r.json, "status"), "ok");
        resp_free(&r);
        if (ok)
            return 1;
        sleep(1);
    }
    return 0;
}

/* ---- the tests, in order ------------------------------------------------------------------- */

START_TEST(health_reports_xen)
{
    ck_assert_msg(wait_healthy(400), "the agent never answered /v1/health");
    struct resp r;
    http("GET", "/v1/health", NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 200);
    ck_assert_str_eq(jstr(r.json, "host"), "sandbox");
    ck_assert_msg(jstr(r.json, "xen_version") && !strncmp(jstr(r.json, "xen_version"), "4.17", 4),
                  "xen_version: %s", r.body);
    ck_assert_int_gt(jint(r.json, "total_memory_mb"), 1000);
    resp_free(&r);
}
END_TEST

START_TEST(wrong_token_401_creates_nothing)
{
    struct resp r;
    char digest[65], body[256], path[128];
    http("GET", "/v1/health", "not-the-token-at-all", NULL, NULL, &r);
    ck_assert_int_eq(r.status, 401);
    ck_assert_str_eq(jstr(r.json, "code"), "unauthorized");
    resp_free(&r);
    /* An upload and a create with a wrong token: neither may leave anything. */
    size_t len;
    char *data = slurp("spin.sd", &len);
    struct upload_src src = { .data = data, .len = len };
    digest_of("spin", digest);
    snprintf(path, sizeof path, "/v1/images/%s", digest);
    http("PUT", path, "0123456789abcdef0123456789abcdef", NULL, &src, &r);
    ck_assert_int_eq(r.status, 401);
    resp_free(&r);
    free(data);
    snprintf(body, sizeof body, "{\"image\": \"%s\", \"name\": \"intruder\"}", digest);
    http("POST", "/v1/domains", "0123456789abcdef0123456789abcdef", body, NULL, &r);
    ck_assert_int_eq(r.status, 401);
    resp_free(&r);
    http("HEAD", path, NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 404);
    resp_free(&r);
    ck_assert(!list_has("intruder"));
    char *xl = ctl("xl-list");
    ck_assert_msg(!strstr(xl, "intruder"), "xl list: %s", xl);
    free(xl);
}
END_TEST

START_TEST(upload_then_head_skips)
{
    struct resp r;
    char digest[65], path[128];
    digest_of("hello", digest);
    snprintf(path, sizeof path, "/v1/images/%s", digest);
    http("HEAD", path, NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 404);
    resp_free(&r);
    ck_assert_int_eq(upload("hello", NULL, &r), 201);
    ck_assert(json_object_get_boolean(json_object_object_get(r.json, "stored")));
    ck_assert_str_eq(jstr(r.json, "digest"), digest);
    ck_assert_str_eq(jstr(r.json, "name"), "hello");
    resp_free(&r);
    /* A client asks first: held now, so it sends nothing. */
    http("HEAD", path, NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 200);
    resp_free(&r);
    http("GET", "/v1/health", NULL, NULL, NULL, &r);
    int64_t received = jint(r.json, "upload_bytes");
    ck_assert_int_gt(received, 600000);     /* hello.sd came in */
    resp_free(&r);
    size_t before = image_count();
    ck_assert_int_eq(upload("hello", NULL, &r), 200);
    ck_assert(!json_object_get_boolean(json_object_object_get(r.json, "stored")));
    resp_free(&r);
    ck_assert_uint_eq(image_count(), before);
    /* The agent answered from the headers: the repeated body was not taken in. */
    http("GET", "/v1/health", NULL, NULL, NULL, &r);
    ck_assert_int_eq(jint(r.json, "upload_bytes"), received);
    resp_free(&r);
}
END_TEST

START_TEST(corrupt_image_422_creates_nothing)
{
    struct resp r;
    char digest[65], other[65], body[256], path[128];
    size_t before = image_count();
    ck_assert_int_eq(upload("corrupt", NULL, &r), 422);
    ck_assert_str_eq(jstr(r.json, "code"), "invalid_image");
    resp_free(&r);
    digest_of("corrupt", digest);
    snprintf(path, sizeof path, "/v1/images/%s", digest);
    http("HEAD", path, NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 404);
    resp_free(&r);
    /* Right bytes, wrong digest. */
    digest_of("crash", other);
    ck_assert_int_eq(upload("hello", other, &r), 422);
    ck_assert_str_eq(jstr(r.json, "code"), "digest_mismatch");
    resp_free(&r);
    ck_assert_uint_eq(image_count(), before);
    snprintf(body, sizeof body, "{\"image\": \"%s\", \"name\": \"corrupt1\"}", digest);
    http("POST", "/v1/domains", NULL, body, NULL, &r);
    ck_assert_int_eq(r.status, 404);
    ck_assert_str_eq(jstr(r.json, "code"), "image_not_found");
    resp_free(&r);
    ck_assert(!list_has("corrupt1"));
    char *store = ctl("store");
    ck_assert_msg(!strstr(store, digest) && !strstr(store, "/tmp/"), "store: %s", store);
    free(store);
}
END_TEST

START_TEST(deploy_hello_runs_and_exits)
{
    struct resp r;
    char digest[65];
    digest_of("hello", digest);
    ck_assert_int_eq(create("hello", "hello1", NULL, &r), 201);
    ck_assert_str_eq(jstr(r.json, "name"), "hello1");
    ck_assert_str_eq(jstr(r.json, "host"), "sandbox");
    ck_assert_int_gt(jint(r.json, "domid"), 0);
    ck_assert_uint_eq(strlen(jstr(r.json, "uuid")), 36);
    ck_assert_int_eq(jint(r.json, "memory"), 32);
    ck_assert_int_eq(jint(r.json, "vcpus"), 1);
    ck_assert_str_eq(jstr(json_object_object_get(r.json, "image"), "digest"), digest);
    ck_assert_msg(!strcmp(jstr(r.json, "state"), "running") || !strcmp(jstr(r.json, "state"), "exited"),
                  "state %s", jstr(r.json, "state"));
    resp_free(&r);
    struct json_object *o = wait_state("hello1", "exited", 120);
    ck_assert_msg(o != NULL, "hello1 never exited");
    ck_assert_str_eq(jstr(o, "reason"), "poweroff");
    ck_assert_int_eq(jint(o, "exit_code"), 0);
    ck_assert(jnull(o, "domid"));
    ck_assert(jstr(o, "ended") != NULL);
    json_object_put(o);
    ck_assert(wait_console("hello1", "Hello from Stardust!", 10));
    /* Windows of the log: offset/limit, and next_offset to follow. */
    http("GET", "/v1/domains/hello1/console?offset=0&limit=5", NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 200);
    ck_assert_uint_eq(strlen(jstr(r.json, "data")), 5);
    ck_assert_int_eq(jint(r.json, "next_offset"), 5);
    int64_t size = jint(r.json, "size");
    ck_assert_int_gt(size, 5);
    ck_assert_str_eq(jstr(r.json, "state"), "exited");
    resp_free(&r);
    char path[128];
    snprintf(path, sizeof path, "/v1/domains/hello1/console?offset=%lld", (long long)size);
    http("GET", path, NULL, NULL, NULL, &r);
    ck_assert_str_eq(jstr(r.json, "data"), "");
    ck_assert_int_eq(jint(r.json, "next_offset"), size);
    resp_free(&r);
    http("GET", "/v1/domains/nosuch/console", NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 404);
    resp_free(&r);
}
END_TEST

START_TEST(name_in_use_409)
{
    struct resp r;
    ck_assert_int_eq(create("hello", "hello1", NULL, &r), 409);
    ck_assert_str_eq(jstr(r.json, "code"), "name_in_use");
    resp_free(&r);
}
END_TEST

START_TEST(failed_create_leaves_nothing)
{
    struct resp r;
    /* More memory than the host has: libxl fails half-way through building the domain. */
    ck_assert_int_eq(create("hello", "toobig", "\"memory\": 100000", &r), 500);
    ck_assert_str_eq(jstr(r.json, "code"), "xen_error");
    resp_free(&r);
    ck_assert(!list_has("toobig"));
    char *xl = ctl("xl-list");
    ck_assert_msg(!strstr(xl, "toobig"), "xl list: %s", xl);
    free(xl);
    /* Requests the agent must refuse before libxl. */
    http("POST", "/v1/domains", NULL, "{not json", NULL, &r);
    ck_assert_int_eq(r.status, 400);
    ck_assert_str_eq(jstr(r.json, "code"), "bad_request");
    resp_free(&r);
    ck_assert_int_eq(create("hello", "bad/name", NULL, &r), 400);
    resp_free(&r);
    ck_assert_int_eq(create("hello", "badcrash", "\"on_crash\": \"explode\"", &r), 400);
    resp_free(&r);
    ck_assert(!list_has("badcrash"));
    http("DELETE", "/v1/health", NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 405);
    resp_free(&r);
}
END_TEST

START_TEST(stop_asks_guest_then_reports_stopped)
{
    struct resp r;
    ensure_uploaded("waiter");
    ck_assert_int_eq(create("waiter", "waiter1", NULL, &r), 201);
    resp_free(&r);
    ck_assert_msg(wait_console("waiter1", "READY", 120), "waiter1 never printed READY");
    http("POST", "/v1/domains/waiter1/stop?timeout=60", NULL, "", NULL, &r);
    ck_assert_int_eq(r.status, 200);
    ck_assert_str_eq(jstr(r.json, "state"), "stopped");
    ck_assert_str_eq(jstr(r.json, "reason"), "stopped");
    ck_assert(jnull(r.json, "domid"));
    resp_free(&r);
    ck_assert(wait_console("waiter1", "shutdown handler ran", 5));
}
END_TEST

START_TEST(list_status_force_stop)
{
    struct resp r;
    ensure_uploaded("spin");
    ck_assert_int_eq(create("spin", "spin1", "\"memory\": 16", &r), 201);
    int64_t domid = jint(r.json, "domid");
    ck_assert_int_eq(jint(r.json, "memory"), 16);
    resp_free(&r);
    http("GET", "/v1/domains", NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 200);
    struct json_object *arr = json_object_object_get(r.json, "domains");
    int seen = 0;
    for (size_t i = 0; i < json_object_array_length(arr); i++) {
        struct json_object *d = json_object_array_get_idx(arr, i);
        if (!strcmp(jstr(d, "name"), "spin1")) {
            ck_assert_str_eq(jstr(d, "state"), "running");
            ck_assert_int_eq(jint(d, "domid"), domid);
            seen |= 1;
        } else if (!strcmp(jstr(d, "name"), "hello1")) {
            ck_assert_str_eq(jstr(d, "state"), "exited");
            seen |= 2;
        } else if (!strcmp(jstr(d, "name"), "waiter1")) {
            ck_assert_str_eq(jstr(d, "state"), "stopped");
            seen |= 4;
        }
    }
    ck_assert_int_eq(seen, 7);
    resp_free(&r);
    http("GET", "/v1/domains/nosuch", NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 404);
    ck_assert_str_eq(jstr(r.json, "code"), "not_found");
    resp_free(&r);
    http("POST", "/v1/domains/spin1/stop?force=1", NULL, "", NULL, &r);
    ck_assert_int_eq(r.status, 200);
    ck_assert_str_eq(jstr(r.json, "state"), "stopped");
    ck_assert_str_eq(jstr(r.json, "reason"), "destroyed");
    resp_free(&r);
    char *xl = ctl("xl-list");
    ck_assert_msg(!strstr(xl, "spin1"), "xl list: %s", xl);
    free(xl);
    http("DELETE", "/v1/domains/spin1", NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 204);
    resp_free(&r);
    ck_assert(!list_has("spin1"));
}
END_TEST

START_TEST(destroyed_behind_back_is_lost)
{
    struct resp r;
    ck_assert_int_eq(create("spin", "ghost", "\"memory\": 16", &r), 201);
    resp_free(&r);
    char *out = ctl("xl-destroy ghost");
    ck_assert_msg(strstr(out, "destroyed"), "xl destroy: %s", out);
    free(out);
    struct json_object *o = wait_state("ghost", "lost", 30);
    ck_assert_msg(o != NULL, "ghost not reported lost");
    ck_assert_str_eq(jstr(o, "reason"), "lost");
    ck_assert(jnull(o, "domid"));
    ck_assert_str_eq(jstr(o, "xen_state"), "none");
    json_object_put(o);
    http("DELETE", "/v1/domains/ghost", NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 204);
    resp_free(&r);
}
END_TEST

START_TEST(crash_reported_as_crashed)
{
    struct resp r;
    ensure_uploaded("crash");
    ck_assert_int_eq(create("crash", "crash1", NULL, &r), 201);
    resp_free(&r);
    struct json_object *o = wait_state("crash1", "crashed", 120);
    ck_assert_msg(o != NULL, "crash1 never reported crashed");
    ck_assert_str_eq(jstr(o, "reason"), "crash");
    ck_assert(jnull(o, "domid"));
    ck_assert_int_eq(jint(o, "restarts"), 0);
    json_object_put(o);
    ck_assert(wait_console("crash1", "about to dereference NULL", 5));
}
END_TEST

START_TEST(on_crash_preserve_keeps_domain)
{
    struct resp r;
    ck_assert_int_eq(create("crash", "crash3", "\"on_crash\": \"preserve\"", &r), 201);
    int64_t domid = jint(r.json, "domid");
    resp_free(&r);
    struct json_object *o = wait_state("crash3", "crashed", 120);
    ck_assert_msg(o != NULL, "crash3 never reported crashed");
    ck_assert_int_eq(jint(o, "domid"), domid);          /* kept for inspection */
    ck_assert_str_eq(jstr(o, "xen_state"), "crashed");
    json_object_put(o);
    char *xl = ctl("xl-list");
    ck_assert_msg(strstr(xl, "crash3"), "xl list: %s", xl);
    free(xl);
    http("POST", "/v1/domains/crash3/stop", NULL, "", NULL, &r);
    ck_assert_int_eq(r.status, 200);
    ck_assert_str_eq(jstr(r.json, "state"), "crashed");
    ck_assert(jnull(r.json, "domid"));
    resp_free(&r);
    xl = ctl("xl-list");
    ck_assert_msg(!strstr(xl, "crash3"), "xl list: %s", xl);
    free(xl);
}
END_TEST

START_TEST(on_crash_restart_comes_back)
{
    struct resp r;
    ck_assert_int_eq(create("crash", "crash2", "\"on_crash\": \"restart\"", &r), 201);
    ck_assert_str_eq(jstr(r.json, "on_crash"), "restart");
    int64_t first = jint(r.json, "domid");
    resp_free(&r);
    int64_t restarts = 0, domid = first;
    for (int i = 0; i < 240 && restarts < 2; i++) {
        http("GET", "/v1/domains/crash2", NULL, NULL, NULL, &r);
        restarts = jint(r.json, "restarts");
        if (jint(r.json, "domid") > 0)
            domid = jint(r.json, "domid");
        resp_free(&r);
        usleep(500000);
    }
    ck_assert_msg(restarts >= 2, "restarts %lld", (long long)restarts);
    ck_assert_int_gt(domid, first);   /* a new domain each time */
    http("DELETE", "/v1/domains/crash2", NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 204);
    resp_free(&r);
    sleep(2);
    char *xl = ctl("xl-list");
    ck_assert_msg(!strstr(xl, "crash2"), "xl list: %s", xl);
    free(xl);
}
END_TEST

START_TEST(killed_mid_upload_leaves_nothing)
{
    struct resp r;
    ck_assert_int_eq(create("spin", "persist1", "\"memory\": 16", &r), 201);
    int64_t domid = jint(r.json, "domid");
    char uuid[40];
    snprintf(uuid, sizeof uuid, "%s", jstr(r.json, "uuid"));
    resp_free(&r);
    size_t before = image_count();
    size_t len = 8u << 20;
    char *data = malloc(len);
    for (size_t i = 0; i < len; i++)
        data[i] = (char)(i * 7 + (i >> 12));
    struct upload_src src = { .data = data, .len = len, .kill_at = 1u << 20 };
    const char *fake = "abababababababababababababababababababababababababababababababab";
    char path[128];
    snprintf(path, sizeof path, "/v1/images/%s", fake);
    http("PUT", path, NULL, NULL, &src, &r);
    free(data);
    ck_assert(src.killed);
    ck_assert_msg(r.curl != CURLE_OK || r.status >= 400, "upload survived the kill: %ld", r.status);
    resp_free(&r);
    ck_assert_msg(wait_healthy(60), "the agent did not come back");
    http("HEAD", path, NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 404);
    resp_free(&r);
    ck_assert_uint_eq(image_count(), before);
    char *store = ctl("store");
    ck_assert_msg(!strstr(store, "/tmp/") && !strstr(store, fake), "store: %s", store);
    free(store);
    /* It knows its domains again, and works. */
    http("GET", "/v1/domains/persist1", NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 200);
    ck_assert_str_eq(jstr(r.json, "state"), "running");
    ck_assert_int_eq(jint(r.json, "domid"), domid);
    ck_assert_str_eq(jstr(r.json, "uuid"), uuid);
    resp_free(&r);
    ck_assert(list_has("hello1"));
    ck_assert_int_eq(create("hello", "after-restart", NULL, &r), 201);
    resp_free(&r);
    http("DELETE", "/v1/domains/persist1", NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 204);
    resp_free(&r);
}
END_TEST

START_TEST(vif_on_bridge)
{
    struct resp r;
    ensure_uploaded("netspin");
    ck_assert_msg(create("netspin", "net1", NULL, &r) == 201, "create: %ld %s", r.status, r.body);
    struct json_object *net = json_object_array_get_idx(json_object_object_get(r.json, "network"), 0);
    ck_assert_str_eq(jstr(net, "bridge"), "xenbr0");
    ck_assert_str_eq(jstr(net, "mac"), "00:16:3e:5d:00:01");
    struct json_object *addr = json_object_object_get(r.json, "addresses");
    ck_assert_str_eq(json_object_get_string(json_object_array_get_idx(addr, 0)), "10.0.3.2");
    resp_free(&r);
    char *nl = ctl("network-list net1");
    /* The vif exists with the manifest's MAC, and the hotplug script put it on the bridge. */
    ck_assert_msg(strstr(nl, "00:16:3e:5d:00:01") && strstr(nl, "master xenbr0") &&
                  strstr(nl, ": vif"), "network-list: %s", nl);
    free(nl);
    http("DELETE", "/v1/domains/net1", NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 204);
    resp_free(&r);
    /* No MAC in the manifest: libxl picks one (Xen's 00:16:3e prefix) and status shows it. */
    ensure_uploaded("netauto");
    ck_assert_msg(create("netauto", "net2", NULL, &r) == 201, "create: %ld %s", r.status, r.body);
    net = json_object_array_get_idx(json_object_object_get(r.json, "network"), 0);
    char mac[18];
    snprintf(mac, sizeof mac, "%s", jstr(net, "mac") ? jstr(net, "mac") : "");
    resp_free(&r);
    ck_assert_msg(!strncmp(mac, "00:16:3e:", 9) && strlen(mac) == 17, "mac '%s'", mac);
    nl = ctl("network-list net2");
    ck_assert_msg(strstr(nl, mac), "network-list: %s", nl);
    free(nl);
    http("DELETE", "/v1/domains/net2", NULL, NULL, NULL, &r);
    ck_assert_int_eq(r.status, 204);
    resp_free(&r);
}
END_TEST

struct create_job {
    char name[16];
    long status;
    int64_t domid;
};

static void *create_thread(void *arg)
{
    struct create_job *j = arg;
    struct resp r;
    j->status = create("spin", j->name, "\"memory\": 16", &r);
    j->domid = r.json ? jint(r.json, "domid") : -1;
    resp_free(&r);
    return NULL;
}

START_TEST(ten_concurrent_creates)
{
    struct create_job jobs[10];
    pthread_t t[10];
    for (int i = 0; i < 10; i++) {
        snprintf(jobs[i].name, sizeof jobs[i].name, "many%d", i);
        pthread_create(&t[i], NULL, create_thread, &jobs[i]);
    }
    for (int i = 0; i < 10; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < 10; i++) {
        ck_assert_msg(jobs[i].status == 201, "%s: %ld", jobs[i].name, jobs[i].status);
        for (int k = 0; k < i; k++)
            ck_assert_int_ne(jobs[i].domid, jobs[k].domid);
    }
    for (int i = 0; i < 10; i++) {
        struct json_object *o = wait_state(jobs[i].name, "running", 10);
        ck_assert_msg(o != NULL, "%s not running", jobs[i].name);
        json_object_put(o);
    }
    for (int i = 0; i < 10; i++) {
        struct resp r;
        char path[128];
        snprintf(path, sizeof path, "/v1/domains/%.16s", jobs[i].name);
        http("DELETE", path, NULL, NULL, NULL, &r);
        ck_assert_int_eq(r.status, 204);
        resp_free(&r);
    }
}
END_TEST

/* ---- figures (SD_AGENT_BENCH=FILE: no tests, one run of these) ---------------------------- */

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median3(double v[3])
{
    qsort(v, 3, sizeof v[0], cmp_double);
    return v[1];
}

/* HEAD, PUT if needed, POST: the client's whole deploy. *ms_create: the agent's libxl time. */
static double timed_deploy(const char *image, const char *name, double *ms_create)
{
    char digest[65], path[128];
    struct resp r;
    double t0 = now_ms();
    digest_of(image, digest);
    snprintf(path, sizeof path, "/v1/images/%s", digest);
    http("HEAD", path, NULL, NULL, NULL, &r);
    long held = r.status;
    resp_free(&r);
    if (held != 200) {
        upload(image, NULL, &r);
        resp_free(&r);
    }
    create(image, name, "\"memory\": 16", &r);
    double t1 = now_ms();
    struct json_object *v;
    *ms_create = r.json && json_object_object_get_ex(r.json, "ms_create", &v) ? json_object_get_double(v) : -1;
    if (r.status != 201)
        fprintf(stderr, "bench: deploy %s: %ld %s\n", name, r.status, r.body ? r.body : "");
    resp_free(&r);
    return t1 - t0;
}

static int bench(const char *out)
{
    double first, first_lx, cached[3], cached_lx[3], xl[3];
    char name[32], digest[65], cmd[256];
    if (!wait_healthy(400))
        return 1;
    first = timed_deploy("waiter", "bench-first", &first_lx);
    for (int i = 0; i < 3; i++) {
        snprintf(name, sizeof name, "bench-again%d", i);
        cached[i] = timed_deploy("waiter", name, &cached_lx[i]);
    }
    digest_of("waiter", digest);
    snprintf(cmd, sizeof cmd, "bench-xl /var/lib/stardust/images/%s.parts/kernel.elf", digest);
    for (int i = 0; i < 3; i++) {
        char *a = ctl(cmd);
        xl[i] = atof(a);
        free(a);
    }
    FILE *f = fopen(out, "w");
    if (!f)
        return 1;
    size_t size;
    free(slurp("waiter.sd", &size));
    fprintf(f, "agent deploy (sandbox: Xen in QEMU TCG; waiter guest, 16 MiB, image %zu KB)\n",
            size / 1024);
    fprintf(f, "  raw xl create in dom0 (no agent)         median %.0f ms (n=3, /proc/uptime 10 ms)\n", median3(xl));
    fprintf(f, "  agent first deploy  HEAD+PUT+POST (https) %.0f ms (libxl create %.0f ms)\n", first, first_lx);
    fprintf(f, "  agent cached deploy HEAD+POST (https)     median %.0f ms (libxl create median %.0f ms, n=3)\n",
            median3(cached), median3(cached_lx));
    fclose(f);
    return 0;
}

int main(void)
{
    base = getenv("SD_AGENT_URL");
    token = getenv("SD_AGENT_TOKEN");
    cacert = getenv("SD_AGENT_CACERT");
    images = getenv("SD_IMAGES");
    const char *cp = getenv("SD_CTRL_PORT");
    if (!base || !token || !cacert || !images || !cp) {
        fprintf(stderr, "agent_sandbox_test: run it through tests/agent/run-sandbox.sh\n");
        return 2;
    }
    ctrl_port = atoi(cp);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    if (getenv("SD_AGENT_BENCH"))
        return bench(getenv("SD_AGENT_BENCH"));
    Suite *s = suite_create("agent-sandbox");
    TCase *tc = tcase_create("api");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, health_reports_xen);
    tcase_add_test(tc, wrong_token_401_creates_nothing);
    tcase_add_test(tc, upload_then_head_skips);
    tcase_add_test(tc, corrupt_image_422_creates_nothing);
    tcase_add_test(tc, deploy_hello_runs_and_exits);
    tcase_add_test(tc, name_in_use_409);
    tcase_add_test(tc, failed_create_leaves_nothing);
    tcase_add_test(tc, stop_asks_guest_then_reports_stopped);
    tcase_add_test(tc, list_status_force_stop);
    tcase_add_test(tc, destroyed_behind_back_is_lost);
    tcase_add_test(tc, crash_reported_as_crashed);
    tcase_add_test(tc, on_crash_preserve_keeps_domain);
    tcase_add_test(tc, on_crash_restart_comes_back);
    tcase_add_test(tc, killed_mid_upload_leaves_nothing);
    tcase_add_test(tc, ten_concurrent_creates);
    suite_add_tcase(s, tc);
    TCase *net = tcase_create("net");
    tcase_set_timeout(net, 600);
    tcase_add_test(net, vif_on_bridge);
    suite_add_tcase(s, net);
    /* The boot takes minutes under TCG: wait here, not inside one test's timeout. */
    wait_healthy(400);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    curl_global_cleanup();
    return failed ? 1 : 0;
}
