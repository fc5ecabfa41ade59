/* Writing and reading back: a host tree through sdfs_writer_add_host, lookups (hits, misses,
 * leading and trailing '/'), contents and alignment, parent directories, reproducibility, and
 * the writer's refusals (conflicting duplicates, bad paths, a failed write leaves nothing). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sdfs/fs.h"
#include "sdfs/write.h"
#include "sdfs_test.h"

static char *dir;           /* per test, from test_tmpdir */
static char path_buf[4096];

static const char *at(const char *rel)
{
    snprintf(path_buf, sizeof path_buf, "%s/%s", dir, rel);
    return path_buf;
}

static void setup(void)
{
    dir = test_tmpdir();
}

static void teardown(void)
{
    rm_tree(dir);
    free(dir);
}

/* A small host tree: src/Hello.class, src/res/{a.txt,empty}, src/deep/er/x.bin, empty/ */
static void make_tree(void)
{
    static uint8_t blob[5000];
    for (size_t i = 0; i < sizeof blob; i++)
        blob[i] = (uint8_t)(i * 31);
    write_host_file(at("src/Hello.class"), "\xca\xfe\xba\xbe", 4);
    write_host_file(at("src/res/a.txt"), "hello, image\n", 13);
    write_host_file(at("src/res/empty"), "", 0);
    write_host_file(at("src/deep/er/x.bin"), blob, sizeof blob);
    write_host_file(at("empty/.keep-dir-made"), "", 0);
    unlink(at("empty/.keep-dir-made"));
}

/* Writes w to out (relative to dir), frees w, and opens the result; img must be freed. */
static uint8_t *write_and_open(struct sdfs_writer *w, const char *out, struct sdfs *fs)
{
    char err[256] = "";
    uint64_t size = 0;
    uint8_t digest[32];
    char out_path[4096];
    snprintf(out_path, sizeof out_path, "%s/%s", dir, out);
    ck_assert_msg(sdfs_writer_write(w, out_path, &size, digest, err, sizeof err) == 0, "%s", err);
    sdfs_writer_free(w);
    size_t len;
    uint8_t *img = read_host_file(out_path, &len);
    ck_assert_uint_eq(len, size);
    ck_assert_msg(sdfs_open(fs, img, len, err, sizeof err) == 0, "%s", err);
    ck_assert(memcmp(fs->hdr->digest, digest, 32) == 0);
    return img;
}

static struct sdfs_writer *tree_writer(void)
{
    char err[256] = "";
    struct sdfs_writer *w = sdfs_writer_new();
    ck_assert_ptr_nonnull(w);
    ck_assert_msg(sdfs_writer_add_host(w, "/app", at("src"), err, sizeof err) == 0, "%s", err);
    ck_assert_msg(sdfs_writer_add_host(w, "/data/", at("empty"), err, sizeof err) == 0, "%s", err);
    ck_assert_msg(sdfs_writer_add(w, "/etc/stardust/java.conf", "main Hello\n", 11, err,
                                  sizeof err) == 0, "%s", err);
    return w;
}

START_TEST(tree_round_trip)
{
    make_tree();
    struct sdfs fs;
    uint8_t *img = write_and_open(tree_writer(), "tree.img", &fs);

    static const char *const want[] = {
        "app", "app/Hello.class", "app/deep", "app/deep/er", "app/deep/er/x.bin", "app/res",
        "app/res/a.txt", "app/res/empty", "data", "etc", "etc/stardust", "etc/stardust/java.conf",
    };
    ck_assert_uint_eq(fs.hdr->entry_count, sizeof want / sizeof want[0]);
    for (uint32_t i = 0; i < fs.hdr->entry_count; i++)
        ck_assert_str_eq(sdfs_name(&fs, &fs.entries[i]), want[i]);

    const struct sdfs_entry *e = sdfs_lookup(&fs, "/app/deep/er/x.bin");
    ck_assert_ptr_nonnull(e);
    ck_assert(!sdfs_is_dir(e));
    ck_assert_uint_eq(e->size, 5000);
    const uint8_t *data = sdfs_data(&fs, e);
    ck_assert_uint_eq((uintptr_t)data % 8, 0);
    for (size_t i = 0; i < 5000; i++)
        ck_assert_uint_eq(data[i], (uint8_t)(i * 31));

    e = sdfs_lookup(&fs, "app/res/a.txt");
    ck_assert_ptr_nonnull(e);
    ck_assert_uint_eq(e->size, 13);
    ck_assert(memcmp(sdfs_data(&fs, e), "hello, image\n", 13) == 0);
    ck_assert_uint_eq((uintptr_t)sdfs_data(&fs, e) % 8, 0);
    ck_assert_uint_eq(e->mode, SDFS_TYPE_FILE | 0444);

    e = sdfs_lookup(&fs, "/app/res/empty");
    ck_assert_ptr_nonnull(e);
    ck_assert_uint_eq(e->size, 0);
    free(img);
}
END_TEST

START_TEST(lookup_hits_and_misses)
{
    make_tree();
    struct sdfs fs;
    uint8_t *img = write_and_open(tree_writer(), "tree.img", &fs);

    const struct sdfs_entry *d = sdfs_lookup(&fs, "/app/deep");
    ck_assert_ptr_nonnull(d);
    ck_assert(sdfs_is_dir(d));
    ck_assert_ptr_null(sdfs_data(&fs, d));
    ck_assert_uint_eq(d->mode, SDFS_TYPE_DIR | 0555);
    ck_assert_ptr_eq(sdfs_lookup(&fs, "/app/deep/"), d);      /* trailing '/' ignored */
    ck_assert_ptr_eq(sdfs_lookup(&fs, "app/deep"), d);
    ck_assert_ptr_eq(sdfs_lookup(&fs, "//app/deep"), d);
    ck_assert_ptr_nonnull(sdfs_lookup(&fs, "/data"));          /* an empty host directory */
    ck_assert(sdfs_is_dir(sdfs_lookup(&fs, "/data")));

    ck_assert_ptr_null(sdfs_lookup(&fs, "/app/Hello"));        /* a prefix of a name */
    ck_assert_ptr_null(sdfs_lookup(&fs, "/app/Hello.class2"));
    ck_assert_ptr_null(sdfs_lookup(&fs, "/App/Hello.class"));   /* case matters */
    ck_assert_ptr_null(sdfs_lookup(&fs, "/nope"));
    ck_assert_ptr_null(sdfs_lookup(&fs, "/"));                  /* the root has no entry */
    ck_assert_ptr_null(sdfs_lookup(&fs, ""));
    ck_assert_ptr_null(sdfs_lookup(&fs, "/app//Hello.class"));
    free(img);
}
END_TEST

/* The same contents added in another order (and twice) give the same bytes. */
START_TEST(reproducible)
{
    char err[256] = "";
    struct sdfs_writer *a = sdfs_writer_new(), *b = sdfs_writer_new();
    static const char *const paths[] = { "/z/1", "/a/b/c", "/a/b/d", "/m", "/a/x" };
    for (int i = 0; i < 5; i++)
        ck_assert(sdfs_writer_add(a, paths[i], paths[i], strlen(paths[i]), err, sizeof err) == 0);
    for (int i = 4; i >= 0; i--)
        ck_assert(sdfs_writer_add(b, paths[i], paths[i], strlen(paths[i]), err, sizeof err) == 0);
    ck_assert(sdfs_writer_add(b, "m", "/m", 2, err, sizeof err) == 0);   /* equal duplicate */
    struct sdfs fa, fb;
    uint8_t *ia = write_and_open(a, "a.img", &fa);
    uint8_t *ib = write_and_open(b, "b.img", &fb);
    ck_assert_uint_eq(fa.size, fb.size);
    ck_assert(memcmp(ia, ib, fa.size) == 0);
    ck_assert_uint_eq(fa.hdr->entry_count, 8);   /* 5 files + a, a/b, z */
    free(ia);
    free(ib);
}
END_TEST

START_TEST(duplicate_with_other_contents)
{
    char err[256] = "";
    struct sdfs_writer *w = sdfs_writer_new();
    ck_assert(sdfs_writer_add(w, "/app/x", "one", 3, err, sizeof err) == 0);
    ck_assert(sdfs_writer_add(w, "/app/x", "two", 3, err, sizeof err) == 0);
    ck_assert(sdfs_writer_write(w, at("dup.img"), NULL, NULL, err, sizeof err) == -1);
    ck_assert_str_eq(err, "/app/x: added twice with different contents");
    ck_assert(access(at("dup.img"), F_OK) != 0);
    sdfs_writer_free(w);
}
END_TEST

START_TEST(file_used_as_directory)
{
    char err[256] = "";
    struct sdfs_writer *w = sdfs_writer_new();
    ck_assert(sdfs_writer_add(w, "/app", "x", 1, err, sizeof err) == 0);
    ck_assert(sdfs_writer_add(w, "/app/y", "y", 1, err, sizeof err) == 0);
    ck_assert(sdfs_writer_write(w, at("conflict.img"), NULL, NULL, err, sizeof err) == -1);
    ck_assert_str_eq(err, "/app: both a file and a directory");
    sdfs_writer_free(w);
}
END_TEST

START_TEST(bad_image_paths)
{
    char err[256] = "";
    struct sdfs_writer *w = sdfs_writer_new();
    static const char *const bad[] = { "/a//b", "/a/./b", "/a/../b", "..", "/" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        err[0] = '\0';
        ck_assert_msg(sdfs_writer_add(w, bad[i], "x", 1, err, sizeof err) == -1, "%s", bad[i]);
        ck_assert_msg(strstr(err, bad[i]) != NULL, "message '%s' names the path", err);
    }
    ck_assert(sdfs_writer_add_host(w, "/x", at("no-such-file"), err, sizeof err) == -1);
    ck_assert_msg(strstr(err, "no-such-file") != NULL, "%s", err);
    sdfs_writer_free(w);
}
END_TEST

/* A failed write (its directory is missing) reports the path and leaves no temporary file. */
START_TEST(failed_write_leaves_nothing)
{
    char err[256] = "";
    struct sdfs_writer *w = sdfs_writer_new();
    ck_assert(sdfs_writer_add(w, "/x", "x", 1, err, sizeof err) == 0);
    ck_assert(sdfs_writer_write(w, at("missing/out.img"), NULL, NULL, err, sizeof err) == -1);
    ck_assert_msg(strstr(err, "missing/out.img") != NULL, "%s", err);
    sdfs_writer_free(w);
    /* and a good write leaves exactly the image */
    w = sdfs_writer_new();
    ck_assert(sdfs_writer_add(w, "/x", "x", 1, err, sizeof err) == 0);
    ck_assert(sdfs_writer_write(w, at("out.img"), NULL, NULL, err, sizeof err) == 0);
    sdfs_writer_free(w);
    DIR *d = opendir(dir);
    int n = 0;
    for (struct dirent *de; (de = readdir(d)) != NULL;)
        if (de->d_name[0] != '.') {
            ck_assert_str_eq(de->d_name, "out.img");
            n++;
        }
    closedir(d);
    ck_assert_int_eq(n, 1);
}
END_TEST

START_TEST(empty_image)
{
    struct sdfs fs;
    uint8_t *img = write_and_open(sdfs_writer_new(), "empty.img", &fs);
    ck_assert_uint_eq(fs.hdr->entry_count, 0);
    ck_assert_uint_eq(fs.hdr->bucket_count, 1);
    ck_assert_ptr_null(sdfs_lookup(&fs, "/anything"));
    free(img);
}
END_TEST

/* The guest's root: mounted once, refused the second time. */
START_TEST(mount_root_once)
{
    char err[256] = "";
    struct sdfs fs;
    struct sdfs_writer *w = sdfs_writer_new();
    ck_assert(sdfs_writer_add(w, "/etc/stardust/java.conf", "main A\n", 7, err, sizeof err) == 0);
    uint8_t *img = write_and_open(w, "root.img", &fs);
    ck_assert_ptr_null(sdfs_root());
    uint8_t bad[SDFS_HEADER_SIZE] = { 0 };
    ck_assert_int_eq(sdfs_mount_root(bad, sizeof bad, err, sizeof err), -1);
    ck_assert_str_eq(err, "bad magic (not an sdfs image)");
    ck_assert_ptr_null(sdfs_root());
    ck_assert_int_eq(sdfs_mount_root(img, fs.size, err, sizeof err), 0);
    ck_assert_ptr_nonnull(sdfs_root());
    ck_assert_ptr_nonnull(sdfs_lookup(sdfs_root(), "/" SDFS_CONFIG_PATH));
    ck_assert_int_eq(sdfs_mount_root(img, fs.size, err, sizeof err), -1);
    ck_assert_str_eq(err, "a root filesystem is already mounted");
    free(img);
}
END_TEST

Suite *suite_roundtrip(void)
{
    Suite *s = suite_create("roundtrip");
    TCase *tc = tcase_create("roundtrip");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, tree_round_trip);
    tcase_add_test(tc, lookup_hits_and_misses);
    tcase_add_test(tc, reproducible);
    tcase_add_test(tc, duplicate_with_other_contents);
    tcase_add_test(tc, file_used_as_directory);
    tcase_add_test(tc, bad_image_paths);
    tcase_add_test(tc, failed_write_leaves_nothing);
    tcase_add_test(tc, empty_image);
    tcase_add_test(tc, mount_root_once);
    suite_add_tcase(s, tc);
    return s;
}
