/* check_image_sd.c: image.sd write/read round trip and every refusal of the reader. */
#define _GNU_SOURCE
#include "../image_sd.h"

#include <archive.h>
#include <archive_entry.h>
#include <check.h>
#include <dirent.h>
#include <json-c/json.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char tmpdir[256];
static char err[512];
static const char kernel_bytes[] = "\177ELF pretend kernel";
static const char rootfs_bytes[] = "SDFS pretend root filesystem";

static void setup(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/check-image-sd.XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(tmpdir));
    unsetenv("SOURCE_DATE_EPOCH");
    err[0] = 0;
}

static void teardown(void)
{
    char *cmd;
    ck_assert_int_ge(asprintf(&cmd, "rm -rf '%s'", tmpdir), 0);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
}

static char *path_in(const char *name)
{
    static char buf[4][512];
    static int n;
    char *p = buf[n++ % 4];
    snprintf(p, 512, "%s/%s", tmpdir, name);
    return p;
}

static uint8_t *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *b = malloc((size_t)n + 1);
    ck_assert_int_eq(fread(b, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    *len = (size_t)n;
    return b;
}

static void sha_hex(const void *d, size_t n, char out[65])
{
    unsigned char md[32];
    unsigned int l;
    EVP_Digest(d, n, md, &l, EVP_sha256(), NULL);
    for (int i = 0; i < 32; i++)
        sprintf(out + 2 * i, "%02x", md[i]);
}

static struct json_object *test_manifest(void)
{
    struct json_object *m = json_object_new_object();
    /* deliberately unsorted: the writer sorts */
    json_object_object_add(m, "name", json_object_new_string("hello"));
    json_object_object_add(m, "main", json_object_new_string("Hello"));
    json_object_object_add(m, "memory", json_object_new_int(16));
    return m;
}

static struct json_object *test_versions(void)
{
    struct json_object *v = json_object_new_object();
    json_object_object_add(v, "stardust-build", json_object_new_string("0.1.0"));
    json_object_object_add(v, "kernel", json_object_new_string("0.1.0"));
    return v;
}

static int write_good(const char *path, char digest[65])
{
    struct json_object *m = test_manifest(), *v = test_versions();
    int rc = image_sd_write(path, m, v, kernel_bytes, sizeof kernel_bytes, rootfs_bytes,
                            sizeof rootfs_bytes, digest, err, sizeof err);
    json_object_put(m);
    json_object_put(v);
    return rc;
}

/* A tar with the given entries, for images the writer would never make. */
struct ent { const char *name; const void *data; size_t len; int link; };   /* link: a symlink, not a file */

static void write_tar(const char *path, const struct ent *e, int n)
{
    struct archive *a = archive_write_new();
    archive_write_set_format_ustar(a);
    ck_assert_int_eq(archive_write_open_filename(a, path), ARCHIVE_OK);
    struct archive_entry *ae = archive_entry_new();
    for (int i = 0; i < n; i++) {
        archive_entry_clear(ae);
        archive_entry_set_pathname(ae, e[i].name);
        archive_entry_set_filetype(ae, e[i].link ? AE_IFLNK : AE_IFREG);
        if (e[i].link)
            archive_entry_set_symlink(ae, "elsewhere");
        archive_entry_set_perm(ae, 0644);
        archive_entry_set_size(ae, e[i].link ? 0 : (la_int64_t)e[i].len);
        ck_assert_int_eq(archive_write_header(a, ae), ARCHIVE_OK);
        if (!e[i].link && e[i].len)
            ck_assert_int_eq(archive_write_data(a, e[i].data, e[i].len), (la_ssize_t)e[i].len);
    }
    archive_entry_free(ae);
    archive_write_close(a);
    archive_write_free(a);
}

/* image.json text describing kernel_bytes/rootfs_bytes, with overrides. */
static char *meta_text(int format, const char *ksha, long long ksize)
{
    char ks[65], rs[65], *t;
    sha_hex(kernel_bytes, sizeof kernel_bytes, ks);
    sha_hex(rootfs_bytes, sizeof rootfs_bytes, rs);
    ck_assert_int_ge(asprintf(&t,
        "{\"format\": %d, \"manifest\": {\"name\": \"x\"}, \"versions\": {},"
        " \"parts\": {\"kernel\": {\"file\": \"kernel.elf\", \"size\": %lld, \"sha256\": \"%s\"},"
        " \"rootfs\": {\"file\": \"rootfs.img\", \"size\": %zu, \"sha256\": \"%s\"}}}\n",
        format, ksize, ksha ? ksha : ks, sizeof rootfs_bytes, rs), 0);
    return t;
}

static int read_tar_with(const struct ent *e, int n)
{
    const char *p = path_in("crafted.sd");
    write_tar(p, e, n);
    struct image_sd img;
    int rc = image_sd_read(p, &img, err, sizeof err);
    if (rc == 0)
        image_sd_free(&img);
    return rc;
}

static int dir_entries(void)
{
    DIR *d = opendir(tmpdir);
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d)))
        if (de->d_name[0] != '.')
            n++;
    closedir(d);
    return n;
}

/* ---- round trip ------------------------------------------------------------------------- */

START_TEST(round_trip)
{
    char digest[65];
    const char *p = path_in("image.sd");
    ck_assert_msg(write_good(p, digest) == 0, "%s", err);
    size_t len;
    uint8_t *file = slurp(p, &len);
    char want[65];
    sha_hex(file, len, want);
    ck_assert_str_eq(digest, want);

    struct image_sd img;
    ck_assert_msg(image_sd_read(p, &img, err, sizeof err) == 0, "%s", err);
    ck_assert_str_eq(img.digest, want);
    ck_assert_uint_eq(img.file_size, len);
    ck_assert_uint_eq(img.kernel.size, sizeof kernel_bytes);
    ck_assert_mem_eq(img.kernel.data, kernel_bytes, sizeof kernel_bytes);
    ck_assert_uint_eq(img.rootfs.size, sizeof rootfs_bytes);
    ck_assert_mem_eq(img.rootfs.data, rootfs_bytes, sizeof rootfs_bytes);
    ck_assert_str_eq(img.kernel.name, "kernel");
    ck_assert_str_eq(img.kernel.file, "kernel.elf");
    ck_assert_str_eq(img.rootfs.file, "rootfs.img");
    sha_hex(kernel_bytes, sizeof kernel_bytes, want);
    ck_assert_str_eq(img.kernel.sha256, want);
    struct json_object *v;
    ck_assert(json_object_object_get_ex(img.manifest, "main", &v));
    ck_assert_str_eq(json_object_get_string(v), "Hello");

    /* the same from memory */
    struct image_sd img2;
    ck_assert_msg(image_sd_read_mem(file, len, &img2, err, sizeof err) == 0, "%s", err);
    ck_assert_str_eq(img2.digest, img.digest);
    image_sd_free(&img2);
    image_sd_free(&img);
    free(file);
}
END_TEST

START_TEST(layout_follows_format)
{
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    ck_assert_msg(write_good(path_in("image.sd"), NULL) == 0, "%s", err);
    struct archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    ck_assert_int_eq(archive_read_open_filename(a, path_in("image.sd"), 4096), ARCHIVE_OK);
    const char *names[] = { "image.json", "kernel.elf", "rootfs.img" };
    struct archive_entry *e;
    for (int i = 0; i < 3; i++) {
        ck_assert_int_eq(archive_read_next_header(a, &e), ARCHIVE_OK);
        ck_assert_str_eq(archive_entry_pathname(e), names[i]);
        ck_assert_int_eq(archive_entry_perm(e), 0644);
        ck_assert_int_eq(archive_entry_uid(e), 0);
        ck_assert_int_eq(archive_entry_gid(e), 0);
        ck_assert_str_eq(archive_entry_uname(e), "root");
        ck_assert_str_eq(archive_entry_gname(e), "root");
        ck_assert_int_eq(archive_entry_mtime(e), 1700000000);
        ck_assert_int_eq(archive_format(a), ARCHIVE_FORMAT_TAR_USTAR);
        if (i == 0) {
            char buf[4096];
            la_ssize_t n = archive_read_data(a, buf, sizeof buf - 1);
            ck_assert_int_gt(n, 0);
            buf[n] = 0;
            /* sorted keys, two-space indent */
            char *f = strstr(buf, "\"format\""), *m = strstr(buf, "\"manifest\"");
            char *p = strstr(buf, "\"parts\""), *v = strstr(buf, "\"versions\"");
            ck_assert(f && m && p && v && f < m && m < p && p < v);
            ck_assert_ptr_nonnull(strstr(buf, "\n  \"format\": 1,\n"));
            char *mm = strstr(buf, "\"main\""), *me = strstr(buf, "\"memory\""),
                 *na = strstr(buf, "\"name\"");
            ck_assert(mm && me && na && mm < me && me < na);
            ck_assert_int_eq(buf[n - 1], '\n');
        }
    }
    ck_assert_int_eq(archive_read_next_header(a, &e), ARCHIVE_EOF);
    archive_read_free(a);
}
END_TEST

START_TEST(same_inputs_same_bytes)
{
    setenv("SOURCE_DATE_EPOCH", "1234567890", 1);
    ck_assert(write_good(path_in("a.sd"), NULL) == 0);
    ck_assert(write_good(path_in("b.sd"), NULL) == 0);
    setenv("SOURCE_DATE_EPOCH", "1234567891", 1);
    ck_assert(write_good(path_in("c.sd"), NULL) == 0);
    size_t la, lb, lc;
    uint8_t *a = slurp(path_in("a.sd"), &la), *b = slurp(path_in("b.sd"), &lb),
            *c = slurp(path_in("c.sd"), &lc);
    ck_assert_uint_eq(la, lb);
    ck_assert_mem_eq(a, b, la);
    ck_assert_uint_eq(la, lc);
    ck_assert(memcmp(a, c, la) != 0);
    free(a);
    free(b);
    free(c);
}
END_TEST

START_TEST(unset_epoch_is_zero)
{
    ck_assert(write_good(path_in("image.sd"), NULL) == 0);
    struct archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    ck_assert_int_eq(archive_read_open_filename(a, path_in("image.sd"), 4096), ARCHIVE_OK);
    struct archive_entry *e;
    ck_assert_int_eq(archive_read_next_header(a, &e), ARCHIVE_OK);
    ck_assert_int_eq(archive_entry_mtime(e), 0);
    archive_read_free(a);
}
END_TEST

START_TEST(bad_epoch_refused)
{
    setenv("SOURCE_DATE_EPOCH", "yesterday", 1);
    ck_assert_int_eq(write_good(path_in("image.sd"), NULL), -1);
    ck_assert_ptr_nonnull(strstr(err, "SOURCE_DATE_EPOCH"));
    ck_assert_int_eq(dir_entries(), 0);
}
END_TEST

START_TEST(write_failure_leaves_nothing)
{
    ck_assert_int_eq(write_good(path_in("no/such/dir/image.sd"), NULL), -1);
    ck_assert_ptr_nonnull(strstr(err, "no/such/dir/image.sd"));
    ck_assert_int_eq(dir_entries(), 0);
}
END_TEST

START_TEST(overwrite_is_atomic_replace)
{
    FILE *f = fopen(path_in("image.sd"), "w");
    fputs("old", f);
    fclose(f);
    ck_assert(write_good(path_in("image.sd"), NULL) == 0);
    ck_assert_int_eq(dir_entries(), 1);
    struct stat st;
    ck_assert_int_eq(stat(path_in("image.sd"), &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0644);
    struct image_sd img;
    ck_assert_msg(image_sd_read(path_in("image.sd"), &img, err, sizeof err) == 0, "%s", err);
    image_sd_free(&img);
}
END_TEST

START_TEST(extract_part)
{
    ck_assert(write_good(path_in("image.sd"), NULL) == 0);
    struct image_sd img;
    ck_assert(image_sd_read(path_in("image.sd"), &img, err, sizeof err) == 0);
    ck_assert_msg(image_sd_extract(&img.kernel, path_in("kernel"), err, sizeof err) == 0, "%s", err);
    size_t n;
    uint8_t *k = slurp(path_in("kernel"), &n);
    ck_assert_uint_eq(n, sizeof kernel_bytes);
    ck_assert_mem_eq(k, kernel_bytes, n);
    free(k);
    ck_assert_int_eq(image_sd_extract(&img.rootfs, path_in("missing/rootfs"), err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "missing/rootfs"));
    image_sd_free(&img);
}
END_TEST

/* ---- refusals --------------------------------------------------------------------------- */

START_TEST(refuses_missing_file)
{
    struct image_sd img;
    ck_assert_int_eq(image_sd_read(path_in("nothing.sd"), &img, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "nothing.sd"));
    ck_assert_ptr_nonnull(strstr(err, "No such file"));
}
END_TEST

START_TEST(refuses_not_tar)
{
    static const char junk[2048] = "PK\003\004 this is a zip, not an image";
    struct image_sd img;
    ck_assert_int_eq(image_sd_read_mem(junk, sizeof junk, &img, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "image.sd"));
    ck_assert_int_eq(image_sd_read_mem(junk, 0, &img, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "empty"));
}
END_TEST

START_TEST(refuses_oversized_claim)
{
    /* a header claiming 8 GiB in a file of a few KiB: refused before any allocation */
    ck_assert(write_good(path_in("image.sd"), NULL) == 0);
    size_t len;
    uint8_t *b = slurp(path_in("image.sd"), &len);
    /* ustar size field: 12 octal bytes at offset 124 of the second header (kernel.elf) */
    uint8_t *h = NULL;
    for (size_t off = 0; off + 512 <= len && !h; off += 512)
        if (memcmp(b + off, "kernel.elf", 11) == 0)
            h = b + off;
    ck_assert_ptr_nonnull(h);
    memcpy(h + 124, "77777777777", 11);
    unsigned sum = 0;
    memset(h + 148, ' ', 8);
    for (int i = 0; i < 512; i++)
        sum += h[i];
    snprintf((char *)h + 148, 8, "%06o", sum);
    struct image_sd img;
    ck_assert_int_eq(image_sd_read_mem(b, len, &img, err, sizeof err), -1);
    ck_assert_msg(strstr(err, "'kernel.elf' claims 8589934591 bytes"), "%s", err);
    free(b);
}
END_TEST

START_TEST(refuses_compressed)
{
    /* a gzip'd image.sd is not format 1 (the agent must not inflate untrusted uploads) */
    ck_assert(write_good(path_in("image.sd"), NULL) == 0);
    struct archive *a = archive_write_new();
    archive_write_set_format_ustar(a);
    archive_write_add_filter_gzip(a);
    ck_assert_int_eq(archive_write_open_filename(a, path_in("image.sd.gz")), ARCHIVE_OK);
    struct archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, "image.json");
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_size(e, 2);
    ck_assert_int_eq(archive_write_header(a, e), ARCHIVE_OK);
    archive_write_data(a, "{}", 2);
    archive_entry_free(e);
    archive_write_close(a);
    archive_write_free(a);
    struct image_sd img;
    ck_assert_int_eq(image_sd_read(path_in("image.sd.gz"), &img, err, sizeof err), -1);
    ck_assert_msg(strstr(err, "image.sd: not a"), "%s", err);
}
END_TEST

START_TEST(refuses_truncated)
{
    ck_assert(write_good(path_in("image.sd"), NULL) == 0);
    size_t len;
    uint8_t *b = slurp(path_in("image.sd"), &len);
    struct image_sd img;
    /* cut inside rootfs.img's data */
    ck_assert_int_eq(image_sd_read_mem(b, len - 1024 - 512 + 10, &img, err, sizeof err), -1);
    ck_assert_msg(strstr(err, "rootfs.img") || strstr(err, "truncated") || strstr(err, "valid"), "%s", err);
    free(b);
}
END_TEST

START_TEST(refuses_unknown_format)
{
    char *m = meta_text(2, NULL, sizeof kernel_bytes);
    struct ent e[] = { { "image.json", m, strlen(m), 0 },
                       { "kernel.elf", kernel_bytes, sizeof kernel_bytes, 0 },
                       { "rootfs.img", rootfs_bytes, sizeof rootfs_bytes, 0 } };
    ck_assert_int_eq(read_tar_with(e, 3), -1);
    ck_assert_msg(strstr(err, "format 2 is not supported"), "%s", err);
    free(m);
}
END_TEST

START_TEST(accepts_crafted_good)
{
    /* the crafting helper itself makes a readable image: the refusals below are real */
    char *m = meta_text(1, NULL, sizeof kernel_bytes);
    struct ent e[] = { { "image.json", m, strlen(m), 0 },
                       { "kernel.elf", kernel_bytes, sizeof kernel_bytes, 0 },
                       { "rootfs.img", rootfs_bytes, sizeof rootfs_bytes, 0 } };
    ck_assert_msg(read_tar_with(e, 3) == 0, "%s", err);
    free(m);
}
END_TEST

START_TEST(refuses_wrong_order)
{
    char *m = meta_text(1, NULL, sizeof kernel_bytes);
    struct ent e[] = { { "image.json", m, strlen(m), 0 },
                       { "rootfs.img", rootfs_bytes, sizeof rootfs_bytes, 0 },
                       { "kernel.elf", kernel_bytes, sizeof kernel_bytes, 0 } };
    ck_assert_int_eq(read_tar_with(e, 3), -1);
    ck_assert_msg(strstr(err, "unexpected entry 'rootfs.img' (expected 'kernel.elf'"), "%s", err);
    struct ent f[] = { { "kernel.elf", kernel_bytes, sizeof kernel_bytes, 0 },
                       { "image.json", m, strlen(m), 0 },
                       { "rootfs.img", rootfs_bytes, sizeof rootfs_bytes, 0 } };
    ck_assert_int_eq(read_tar_with(f, 3), -1);
    ck_assert_msg(strstr(err, "expected 'image.json'"), "%s", err);
    free(m);
}
END_TEST

START_TEST(refuses_missing_and_extra_entries)
{
    char *m = meta_text(1, NULL, sizeof kernel_bytes);
    struct ent e[] = { { "image.json", m, strlen(m), 0 },
                       { "kernel.elf", kernel_bytes, sizeof kernel_bytes, 0 },
                       { "rootfs.img", rootfs_bytes, sizeof rootfs_bytes, 0 },
                       { "extra.txt", "x", 1, 0 } };
    ck_assert_int_eq(read_tar_with(e, 2), -1);
    ck_assert_msg(strstr(err, "'rootfs.img' is missing"), "%s", err);
    ck_assert_int_eq(read_tar_with(e, 4), -1);
    ck_assert_msg(strstr(err, "unexpected entry 'extra.txt' after rootfs.img"), "%s", err);
    free(m);
}
END_TEST

START_TEST(refuses_non_regular_entry)
{
    char *m = meta_text(1, NULL, sizeof kernel_bytes);
    struct ent e[] = { { "image.json", m, strlen(m), 0 },
                       { "kernel.elf", NULL, 0, 1 },
                       { "rootfs.img", rootfs_bytes, sizeof rootfs_bytes, 0 } };
    ck_assert_int_eq(read_tar_with(e, 3), -1);
    ck_assert_msg(strstr(err, "'kernel.elf' is not a regular file"), "%s", err);
    free(m);
}
END_TEST

START_TEST(refuses_bad_digest)
{
    char *m = meta_text(1, "0000000000000000000000000000000000000000000000000000000000000000",
                        sizeof kernel_bytes);
    struct ent e[] = { { "image.json", m, strlen(m), 0 },
                       { "kernel.elf", kernel_bytes, sizeof kernel_bytes, 0 },
                       { "rootfs.img", rootfs_bytes, sizeof rootfs_bytes, 0 } };
    ck_assert_int_eq(read_tar_with(e, 3), -1);
    ck_assert_msg(strstr(err, "kernel.elf: sha256") && strstr(err, "does not match"), "%s", err);
    free(m);
    m = meta_text(1, "not-hex", sizeof kernel_bytes);
    e[0].data = m;
    e[0].len = strlen(m);
    ck_assert_int_eq(read_tar_with(e, 3), -1);
    ck_assert_msg(strstr(err, "parts.kernel.sha256 is not a SHA-256"), "%s", err);
    free(m);
}
END_TEST

START_TEST(refuses_tampered_part)
{
    /* a real image with one byte of the kernel changed: the sum in image.json catches it */
    ck_assert(write_good(path_in("image.sd"), NULL) == 0);
    size_t len;
    uint8_t *b = slurp(path_in("image.sd"), &len);
    uint8_t *k = memmem(b, len, "pretend kernel", 14);
    ck_assert_ptr_nonnull(k);
    k[0] ^= 0x20;
    struct image_sd img;
    ck_assert_int_eq(image_sd_read_mem(b, len, &img, err, sizeof err), -1);
    ck_assert_msg(strstr(err, "kernel.elf: sha256"), "%s", err);
    free(b);
}
END_TEST

START_TEST(refuses_size_mismatch)
{
    char *m = meta_text(1, NULL, 5);
    struct ent e[] = { { "image.json", m, strlen(m), 0 },
                       { "kernel.elf", kernel_bytes, sizeof kernel_bytes, 0 },
                       { "rootfs.img", rootfs_bytes, sizeof rootfs_bytes, 0 } };
    ck_assert_int_eq(read_tar_with(e, 3), -1);
    ck_assert_msg(strstr(err, "kernel.elf: size") && strstr(err, "(5)"), "%s", err);
    free(m);
}
END_TEST

START_TEST(refuses_bad_json)
{
    static const char *bad[] = { "{\"format\": 1,", "[1, 2]", "{\"format\": \"1\"}",
                                 "{\"format\": 1} trailing", "{\"format\": 1}" };
    static const char *want[] = { "not valid JSON", "not a JSON object", "no format number",
                                  "image.json: ", "manifest is missing" };
    for (int i = 0; i < 5; i++) {
        struct ent e[] = { { "image.json", bad[i], strlen(bad[i]), 0 },
                           { "kernel.elf", kernel_bytes, sizeof kernel_bytes, 0 },
                           { "rootfs.img", rootfs_bytes, sizeof rootfs_bytes, 0 } };
        ck_assert_int_eq(read_tar_with(e, 3), -1);
        ck_assert_msg(strstr(err, want[i]), "case %d: %s", i, err);
    }
}
END_TEST

START_TEST(refuses_wrong_part_file)
{
    char *m = meta_text(1, NULL, sizeof kernel_bytes);
    char *p = strstr(m, "\"kernel.elf\"");
    memcpy(p + 1, "vmlinuz.x", 9);
    struct ent e[] = { { "image.json", m, strlen(m), 0 },
                       { "kernel.elf", kernel_bytes, sizeof kernel_bytes, 0 },
                       { "rootfs.img", rootfs_bytes, sizeof rootfs_bytes, 0 } };
    ck_assert_int_eq(read_tar_with(e, 3), -1);
    ck_assert_msg(strstr(err, "parts.kernel.file must be \"kernel.elf\""), "%s", err);
    free(m);
}
END_TEST

static Suite *image_sd_suite(void)
{
    Suite *s = suite_create("image_sd");
    TCase *t = tcase_create("image_sd");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, round_trip);
    tcase_add_test(t, layout_follows_format);
    tcase_add_test(t, same_inputs_same_bytes);
    tcase_add_test(t, unset_epoch_is_zero);
    tcase_add_test(t, bad_epoch_refused);
    tcase_add_test(t, write_failure_leaves_nothing);
    tcase_add_test(t, overwrite_is_atomic_replace);
    tcase_add_test(t, extract_part);
    tcase_add_test(t, refuses_missing_file);
    tcase_add_test(t, refuses_not_tar);
    tcase_add_test(t, refuses_compressed);
    tcase_add_test(t, refuses_oversized_claim);
    tcase_add_test(t, refuses_truncated);
    tcase_add_test(t, refuses_unknown_format);
    tcase_add_test(t, accepts_crafted_good);
    tcase_add_test(t, refuses_wrong_order);
    tcase_add_test(t, refuses_missing_and_extra_entries);
    tcase_add_test(t, refuses_non_regular_entry);
    tcase_add_test(t, refuses_bad_digest);
    tcase_add_test(t, refuses_tampered_part);
    tcase_add_test(t, refuses_size_mismatch);
    tcase_add_test(t, refuses_bad_json);
    tcase_add_test(t, refuses_wrong_part_file);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(image_sd_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
