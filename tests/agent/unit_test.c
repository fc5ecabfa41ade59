/*
 * stardust-agent's hosted unit tests (no Xen): configuration, tokens, atomic files, the state
 * store, the image store and record JSON. Each test works in its own fresh directory.
 */
#define _GNU_SOURCE
#include <check.h>
#include <dirent.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.h"
#include "auth.h"
#include "config.h"
#include "image_store.h"
#include "record.h"
#include "routes.h"
#include "state_store.h"
#include "test_images.h"

static char dir[256];

static void make_dir(void)
{
    snprintf(dir, sizeof dir, "/tmp/sd-agent-unit.XXXXXX");
    ck_assert(mkdtemp(dir) != NULL);
}

static void remove_dir(void)
{
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd)) { /* best effort */ }
}

/* Entries in path other than . and .. */
static int count_entries(const char *path)
{
    DIR *d = opendir(path);
    int n = 0;
    struct dirent *e;
    if (!d)
        return -1;
    while ((e = readdir(d)))
        n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
    closedir(d);
    return n;
}

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    ck_assert(f != NULL);
    fputs(text, f);
    fclose(f);
}

/* ---- configuration ----------------------------------------------------------------------- */

START_TEST(config_defaults)
{
    struct agent_config c;
    agent_config_init(&c);
    ck_assert_uint_eq(c.port, 7443);
    ck_assert_str_eq(c.state_dir, "/var/lib/stardust/domains");
    ck_assert_str_eq(c.console_dir, "/var/log/xen/console");
    ck_assert_uint_eq(c.max_upload, 256u << 20);
    ck_assert(c.host[0] != '\0');
    agent_config_free(&c);
}
END_TEST

START_TEST(config_lines)
{
    struct agent_config c;
    char err[256];
    agent_config_init(&c);
    ck_assert_int_eq(agent_config_line(&c, "  port = 8443  ", err, sizeof err), 0);
    ck_assert_uint_eq(c.port, 8443);
    ck_assert_int_eq(agent_config_line(&c, "max_upload=16M", err, sizeof err), 0);
    ck_assert_uint_eq(c.max_upload, 16u << 20);
    ck_assert_int_eq(agent_config_line(&c, "# a comment = no", err, sizeof err), 0);
    ck_assert_int_eq(agent_config_line(&c, "   ", err, sizeof err), 0);
    ck_assert_int_eq(agent_config_line(&c, "state_dir = /srv/sd state", err, sizeof err), 0);
    ck_assert_str_eq(c.state_dir, "/srv/sd state");
    ck_assert_int_eq(agent_config_line(&c, "colour = blue", err, sizeof err), -1);
    ck_assert_msg(strstr(err, "unknown key 'colour'"), "%s", err);
    ck_assert_int_eq(agent_config_line(&c, "port = 80x", err, sizeof err), -1);
    ck_assert_int_eq(agent_config_line(&c, "port = -1", err, sizeof err), -1);
    ck_assert_int_eq(agent_config_line(&c, "just words", err, sizeof err), -1);
    ck_assert_int_eq(agent_config_line(&c, "token = short", err, sizeof err), -1);
    ck_assert_uint_eq(c.ntokens, 0);
    ck_assert_int_eq(agent_config_line(&c, "token = 0123456789abcdef", err, sizeof err), 0);
    ck_assert_uint_eq(c.ntokens, 1);
    agent_config_free(&c);
}
END_TEST

START_TEST(config_file_and_check)
{
    struct agent_config c;
    char err[512], conf[300], tokens[300];
    make_dir();
    snprintf(tokens, sizeof tokens, "%s/tokens", dir);
    write_text(tokens, "# deploy tokens\nAAAAAAAAAAAAAAAAAAAAAAAA\n\nBBBBBBBBBBBBBBBBBBBBBBBB\n");
    snprintf(conf, sizeof conf, "%s/agent.conf", dir);
    FILE *f = fopen(conf, "w");
    fprintf(f, "listen = 127.0.0.1\nport = 9443\ntoken_file = %s\n", tokens);
    fclose(f);
    agent_config_init(&c);
    ck_assert_int_eq(agent_config_file(&c, conf, err, sizeof err), 0);
    ck_assert_uint_eq(c.ntokens, 2);
    ck_assert_str_eq(c.tokens[1], "BBBBBBBBBBBBBBBBBBBBBBBB");
    ck_assert_str_eq(c.listen, "127.0.0.1");
    /* No TLS yet: refused. */
    ck_assert_int_eq(agent_config_check(&c, err, sizeof err), -1);
    ck_assert_msg(strstr(err, "tls_cert"), "%s", err);
    ck_assert_int_eq(agent_config_line(&c, "tls_cert = /c.pem", err, sizeof err), 0);
    ck_assert_int_eq(agent_config_line(&c, "tls_key = /k.pem", err, sizeof err), 0);
    ck_assert_int_eq(agent_config_check(&c, err, sizeof err), 0);
    agent_config_free(&c);
    /* An error names the file and the line. */
    write_text(conf, "port = 1\n\nbogus\n");
    agent_config_init(&c);
    ck_assert_int_eq(agent_config_file(&c, conf, err, sizeof err), -1);
    ck_assert_msg(strstr(err, "agent.conf:3:"), "%s", err);
    agent_config_free(&c);
    remove_dir();
}
END_TEST

START_TEST(config_sizes)
{
    uint64_t v;
    ck_assert_int_eq(agent_parse_size("4096", &v), 0);
    ck_assert_uint_eq(v, 4096);
    ck_assert_int_eq(agent_parse_size("64k", &v), 0);
    ck_assert_uint_eq(v, 65536);
    ck_assert_int_eq(agent_parse_size("1G", &v), 0);
    ck_assert_uint_eq(v, 1u << 30);
    ck_assert_int_eq(agent_parse_size("12x", &v), -1);
    ck_assert_int_eq(agent_parse_size("-1", &v), -1);
    ck_assert_int_eq(agent_parse_size("", &v), -1);
}
END_TEST

/* ---- tokens ------------------------------------------------------------------------------- */

START_TEST(token_compare)
{
    ck_assert(agent_token_equal("secret-token-123", 16, "secret-token-123", 16));
    ck_assert(!agent_token_equal("secret-token-124", 16, "secret-token-123", 16));
    ck_assert(!agent_token_equal("secret-token-12", 15, "secret-token-123", 16));
    ck_assert(!agent_token_equal("secret-token-1234", 17, "secret-token-123", 16));
    ck_assert(!agent_token_equal("", 0, "secret-token-123", 16));
    /* A presented token padded with NULs is not the token. */
    ck_assert(!agent_token_equal("secret-token-123\0", 17, "secret-token-123", 16));
}
END_TEST

START_TEST(authorization_header)
{
    char *tokens[] = { "first-token-aaaaaaaa", "second-token-bbbbbbb" };
    ck_assert(agent_authorized("Bearer first-token-aaaaaaaa", tokens, 2));
    ck_assert(agent_authorized("Bearer second-token-bbbbbbb", tokens, 2));
    ck_assert(agent_authorized("bearer second-token-bbbbbbb", tokens, 2));
    ck_assert(!agent_authorized("Bearer second-token-bbbbbb", tokens, 2));
    ck_assert(!agent_authorized("Bearer  first-token-aaaaaaaa", tokens, 2));
    ck_assert(!agent_authorized("Basic first-token-aaaaaaaa", tokens, 2));
    ck_assert(!agent_authorized("first-token-aaaaaaaa", tokens, 2));
    ck_assert(!agent_authorized(NULL, tokens, 2));
    ck_assert(!agent_authorized("Bearer first-token-aaaaaaaa", tokens, 0));
}
END_TEST

/* ---- the API's paths ---------------------------------------------------------------------- */

START_TEST(routes_match_api_paths)
{
    struct request r;
    const char *d = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    char url[128];
    memset(&r, 0, sizeof r);
    ck_assert_int_eq(route_match("/v1/health", &r), 0);
    ck_assert_int_eq(r.route, R_HEALTH);
    snprintf(url, sizeof url, "/v1/images/%s", d);
    ck_assert_int_eq(route_match(url, &r), 0);
    ck_assert_int_eq(r.route, R_IMAGE);
    ck_assert_str_eq(r.arg, d);
    ck_assert_int_eq(route_match("/v1/images/ABC", &r), 400);           /* not a sha256 */
    ck_assert_int_eq(route_match("/v1/domains/web-1", &r), 0);
    ck_assert_int_eq(r.route, R_DOMAIN);
    ck_assert_str_eq(r.arg, "web-1");
    ck_assert_int_eq(route_match("/v1/domains/web-1/stop", &r), 0);
    ck_assert_int_eq(r.route, R_DOMAIN_STOP);
    ck_assert_int_eq(route_match("/v1/domains/web-1/console", &r), 0);
    ck_assert_int_eq(r.route, R_DOMAIN_CONSOLE);
    ck_assert_int_eq(route_match("/v1/domains/web-1/reboot", &r), 404);
    ck_assert_int_eq(route_match("/v1/domains/..", &r), 400);
    ck_assert_int_eq(route_match("/v1/domains/", &r), 400);
    ck_assert_int_eq(route_match("/v2/health", &r), 404);
    ck_assert(route_allows(R_IMAGE, "HEAD") && route_allows(R_IMAGE, "PUT"));
    ck_assert(!route_allows(R_HEALTH, "POST"));
    ck_assert(!route_allows(R_DOMAIN_STOP, "GET"));
}
END_TEST

/* ---- atomic files and the state store ----------------------------------------------------- */

START_TEST(atomic_write_replaces_whole)
{
    char path[300], *data;
    size_t len;
    make_dir();
    snprintf(path, sizeof path, "%s/f.json", dir);
    ck_assert_int_eq(sd_atomic_write(path, "first version", 13), 0);
    ck_assert_int_eq(sd_atomic_write(path, "second", 6), 0);
    ck_assert_int_eq(sd_read_file(path, 1024, &data, &len), 0);
    ck_assert_uint_eq(len, 6);
    ck_assert_str_eq(data, "second");
    free(data);
    ck_assert_int_eq(count_entries(dir), 1);      /* no temporary left */
    ck_assert_int_eq(sd_read_file(path, 3, &data, &len), -1);   /* over max */
    snprintf(path, sizeof path, "%s/no/such/dir/f", dir);
    ck_assert_int_eq(sd_atomic_write(path, "x", 1), -1);
    ck_assert_int_eq(count_entries(dir), 1);
    remove_dir();
}
END_TEST

static struct sd_record sample_record(const char *name)
{
    struct sd_record r;
    memset(&r, 0, sizeof r);
    snprintf(r.name, sizeof r.name, "%s", name);
    memset(r.image_digest, 'a', 64);
    r.image_size = 12345;
    strcpy(r.image_name, "svc");
    strcpy(r.image_version, "1.2");
    r.memory_mb = 48;
    r.vcpus = 2;
    r.on_crash = SD_ON_CRASH_RESTART;
    r.nvifs = 1;
    strcpy(r.vifs[0].bridge, "xenbr0");
    strcpy(r.vifs[0].mac, "00:16:3e:01:02:03");
    strcpy(r.vifs[0].ipv4, "10.0.0.2/24");
    r.domid = 7;
    strcpy(r.uuid, "01234567-89ab-cdef-0123-456789abcdef");
    r.state = SD_ST_RUNNING;
    r.created_ns = 1700000000123456789LL;
    r.started_ns = 1700000001000000000LL;
    r.restarts = 3;
    r.ms_create = 12.5;
    return r;
}

START_TEST(record_json_round_trip)
{
    struct sd_record r = sample_record("svc-1"), back;
    struct json_object *o = sd_record_to_json(&r, "edge1", "blocked");
    ck_assert_str_eq(json_object_get_string(json_object_object_get(o, "host")), "edge1");
    ck_assert_str_eq(json_object_get_string(json_object_object_get(o, "state")), "running");
    ck_assert_str_eq(json_object_get_string(json_object_object_get(o, "xen_state")), "blocked");
    struct json_object *addr = json_object_object_get(o, "addresses");
    ck_assert_uint_eq(json_object_array_length(addr), 1);
    ck_assert_str_eq(json_object_get_string(json_object_array_get_idx(addr, 0)), "10.0.0.2");
    ck_assert(json_object_object_get(o, "exit_code") == NULL);
    /* clients get no bookkeeping; the state file form (no host) keeps the exact times */
    ck_assert(!json_object_object_get_ex(o, "crash_window_count", NULL));
    ck_assert(!json_object_object_get_ex(o, "stopping", NULL));
    json_object_put(o);
    o = sd_record_to_json(&r, NULL, NULL);
    ck_assert(json_object_object_get_ex(o, "created_ns", NULL));
    ck_assert(sd_record_from_json(o, &back));
    ck_assert_str_eq(back.name, "svc-1");
    ck_assert_int_eq(back.domid, 7);
    ck_assert_int_eq(back.on_crash, SD_ON_CRASH_RESTART);
    ck_assert_uint_eq(back.restarts, 3);
    ck_assert_int_eq(back.created_ns, r.created_ns);
    ck_assert_str_eq(back.vifs[0].mac, "00:16:3e:01:02:03");
    ck_assert_str_eq(back.uuid, r.uuid);
    json_object_put(o);
    ck_assert(sd_name_valid("web-1.prod_A"));
    ck_assert(!sd_name_valid("-x"));
    ck_assert(!sd_name_valid("a/b"));
    ck_assert(!sd_name_valid(""));
    ck_assert(!sd_name_valid("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
}
END_TEST

START_TEST(state_store_save_load_remove)
{
    struct sd_record a = sample_record("alpha"), b = sample_record("beta"), *all;
    size_t n;
    char junk[300];
    make_dir();
    snprintf(junk, sizeof junk, "%s/gamma.json.tmp.AbCdEf", dir);
    write_text(junk, "{\"half\":");            /* a crash during a save */
    snprintf(junk, sizeof junk, "%s/broken.json", dir);
    write_text(junk, "not json");
    ck_assert_int_eq(sd_state_open(dir), 0);
    ck_assert_int_eq(count_entries(dir), 1);  /* the temporary is gone */
    b.state = SD_ST_EXITED;
    b.domid = -1;
    b.has_exit_code = true;
    b.exit_code = 3;
    strcpy(b.reason, "poweroff");
    ck_assert_int_eq(sd_state_save(dir, &a), 0);
    ck_assert_int_eq(sd_state_save(dir, &b), 0);
    ck_assert_int_eq(sd_state_load_all(dir, &all, &n), 0);
    ck_assert_uint_eq(n, 2);                  /* broken.json skipped */
    struct sd_record *gb = !strcmp(all[0].name, "beta") ? &all[0] : &all[1];
    ck_assert_str_eq(gb->name, "beta");
    ck_assert_int_eq(gb->state, SD_ST_EXITED);
    ck_assert(gb->has_exit_code);
    ck_assert_int_eq(gb->exit_code, 3);
    ck_assert_int_eq(gb->domid, -1);
    free(all);
    ck_assert_int_eq(sd_state_remove(dir, "alpha"), 0);
    ck_assert_int_eq(sd_state_load_all(dir, &all, &n), 0);
    ck_assert_uint_eq(n, 1);
    free(all);
    remove_dir();
}
END_TEST

/* ---- the image store ---------------------------------------------------------------------- */

static int upload_file(sd_image_store *s, const char *path, const char *expected, char digest[65],
                       bool *stored, char *err)
{
    size_t len;
    char *data = test_slurp(path, &len);
    sd_upload *u;
    ck_assert(data != NULL);
    ck_assert_int_eq(sd_upload_begin(s, 0, &u, err, 256), 0);
    /* In pieces, as HTTP delivers it. */
    for (size_t off = 0; off < len; off += 1000)
        ck_assert_int_eq(sd_upload_write(u, data + off, len - off < 1000 ? len - off : 1000), 0);
    free(data);
    return sd_upload_commit(u, expected, digest, stored, err, 256);
}

START_TEST(image_store_upload_and_verify)
{
    char src[300], store[300], digest[65], got[65], err[256], kernel[512], rootfs[512], p[600];
    bool stored;
    sd_image_store *s;
    struct json_object *meta;
    make_dir();
    ck_assert_int_eq(test_image_write(dir, "svc", 1, digest), 0);
    snprintf(src, sizeof src, "%s/svc.sd", dir);
    snprintf(store, sizeof store, "%s/store", dir);
    ck_assert_int_eq(sd_images_open(store, &s, err, sizeof err), 0);
    ck_assert(!sd_images_has(s, digest));
    ck_assert_int_eq(upload_file(s, src, digest, got, &stored, err), 0);
    ck_assert(stored);
    ck_assert_str_eq(got, digest);
    ck_assert(sd_images_has(s, digest));
    struct sd_image_meta m;
    ck_assert_int_eq(sd_images_meta(s, digest, &m), 0);
    ck_assert_str_eq(m.name, "svc");
    ck_assert_str_eq(m.version, "2.5");
    ck_assert_int_eq(sd_images_open_parts(s, digest, &meta, kernel, rootfs, sizeof kernel, err, sizeof err), 0);
    json_object_put(meta);
    struct stat st;
    ck_assert_int_eq(stat(kernel, &st), 0);
    ck_assert_int_eq(st.st_size, 3000);
    /* Again: already held, not stored twice. */
    ck_assert_int_eq(upload_file(s, src, NULL, got, &stored, err), 0);
    ck_assert(!stored);
    snprintf(p, sizeof p, "%s/tmp", store);
    ck_assert_int_eq(count_entries(p), 0);
    /* A part changed on disk is refused before use. */
    FILE *f = fopen(kernel, "r+");
    fputc('X', f);
    fclose(f);
    ck_assert_int_eq(sd_images_open_parts(s, digest, &meta, kernel, rootfs, sizeof kernel, err, sizeof err),
                     SD_IMG_INVALID);
    ck_assert_int_eq(sd_images_remove(s, digest), 0);
    ck_assert(!sd_images_has(s, digest));
    ck_assert_int_eq(sd_images_remove(s, digest), SD_IMG_NOTFOUND);
    ck_assert_int_eq(count_entries(store), 1);   /* only tmp/ */
    sd_images_close(s);
    remove_dir();
}
END_TEST

START_TEST(image_store_refuses_bad_uploads)
{
    char src[300], store[300], digest[65], other[65], got[65], err[256], p[600];
    bool stored;
    sd_image_store *s;
    sd_upload *u;
    make_dir();
    ck_assert_int_eq(test_image_write(dir, "one", 1, digest), 0);
    ck_assert_int_eq(test_image_write(dir, "two", 2, other), 0);
    snprintf(src, sizeof src, "%s/one.sd", dir);
    snprintf(store, sizeof store, "%s/store", dir);
    ck_assert_int_eq(sd_images_open(store, &s, err, sizeof err), 0);
    /* Right bytes, wrong name. */
    ck_assert_int_eq(upload_file(s, src, other, got, &stored, err), SD_IMG_MISMATCH);
    ck_assert(!sd_images_has(s, other) && !sd_images_has(s, digest));
    /* Not an image at all, under its own true digest. */
    snprintf(p, sizeof p, "%s/junk.sd", dir);
    write_text(p, "this is not a tar archive, just some text of some length....");
    ck_assert_int_eq(upload_file(s, p, NULL, got, &stored, err), SD_IMG_INVALID);
    ck_assert(!sd_images_has(s, got));
    /* Over the limit. */
    ck_assert_int_eq(sd_upload_begin(s, 100, &u, err, sizeof err), 0);
    ck_assert_int_eq(sd_upload_write(u, err, 60), 0);
    ck_assert_int_eq(sd_upload_write(u, err, 60), SD_IMG_TOOLARGE);
    sd_upload_abort(u);
    snprintf(p, sizeof p, "%s/tmp", store);
    ck_assert_int_eq(count_entries(p), 0);
    ck_assert_int_eq(count_entries(store), 1);
    sd_images_close(s);
    remove_dir();
}
END_TEST

START_TEST(image_store_crash_mid_upload_leaves_nothing)
{
    char store[300], digest[65], err[256], p[600];
    sd_image_store *s;
    sd_upload *u;
    make_dir();
    snprintf(store, sizeof store, "%s/store", dir);
    ck_assert_int_eq(sd_images_open(store, &s, err, sizeof err), 0);
    ck_assert_int_eq(sd_upload_begin(s, 0, &u, err, sizeof err), 0);
    ck_assert_int_eq(sd_upload_write(u, "partial image bytes", 19), 0);
    /* The process dies here: no commit, no abort. A leftover parts directory of a crash
     * between the two renames, too. */
    memset(digest, 'c', 64);
    digest[64] = '\0';
    snprintf(p, sizeof p, "%s/%s.parts", store, digest);
    mkdir(p, 0700);
    snprintf(p, sizeof p, "%s/tmp", store);
    ck_assert_int_eq(count_entries(p), 1);
    sd_images_close(s);     /* u is leaked on purpose, as a killed process would */
    ck_assert_int_eq(sd_images_open(store, &s, err, sizeof err), 0);
    ck_assert_int_eq(count_entries(p), 0);
    ck_assert_int_eq(count_entries(store), 1);
    struct sd_image_meta *list;
    size_t n;
    ck_assert_int_eq(sd_images_list(s, &list, &n), 0);
    ck_assert_uint_eq(n, 0);
    free(list);
    sd_images_close(s);
    remove_dir();
}
END_TEST

START_TEST(image_store_import_and_list)
{
    char src[300], store[300], a[65], b[65], got[65], err[256];
    sd_image_store *s;
    make_dir();
    ck_assert_int_eq(test_image_write(dir, "aaa", 3, a), 0);
    ck_assert_int_eq(test_image_write(dir, "bbb", 4, b), 0);
    snprintf(store, sizeof store, "%s/store", dir);
    ck_assert_int_eq(sd_images_open(store, &s, err, sizeof err), 0);
    snprintf(src, sizeof src, "%s/aaa.sd", dir);
    ck_assert_int_eq(sd_images_import(s, src, got, err, sizeof err), 0);
    ck_assert_str_eq(got, a);
    snprintf(src, sizeof src, "%s/bbb.sd", dir);
    ck_assert_int_eq(sd_images_import(s, src, got, err, sizeof err), 0);
    snprintf(src, sizeof src, "%s/none.sd", dir);
    ck_assert_int_eq(sd_images_import(s, src, got, err, sizeof err), SD_IMG_NOTFOUND);
    struct sd_image_meta *list;
    size_t n;
    ck_assert_int_eq(sd_images_list(s, &list, &n), 0);
    ck_assert_uint_eq(n, 2);
    ck_assert(strcmp(list[0].digest, list[1].digest) < 0);
    free(list);
    sd_images_close(s);
    remove_dir();
}
END_TEST

int main(void)
{
    Suite *s = suite_create("agent-unit");
    TCase *tc = tcase_create("unit");
    tcase_add_test(tc, config_defaults);
    tcase_add_test(tc, config_lines);
    tcase_add_test(tc, config_file_and_check);
    tcase_add_test(tc, config_sizes);
    tcase_add_test(tc, token_compare);
    tcase_add_test(tc, authorization_header);
    tcase_add_test(tc, routes_match_api_paths);
    tcase_add_test(tc, atomic_write_replaces_whole);
    tcase_add_test(tc, record_json_round_trip);
    tcase_add_test(tc, state_store_save_load_remove);
    tcase_add_test(tc, image_store_upload_and_verify);
    tcase_add_test(tc, image_store_refuses_bad_uploads);
    tcase_add_test(tc, image_store_crash_mid_upload_leaves_nothing);
    tcase_add_test(tc, image_store_import_and_list);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
