/* image_store.c: see image_store.h. */
#define _GNU_SOURCE
#include "image_store.h"
#include "fail.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <json-c/json.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.h"
#include "digest.h"
#include "image_sd.h"

struct sd_image_store {
    char *dir;
    pthread_mutex_t lock;     /* commit and remove: the rename steps of one digest */
};

struct sd_upload {
    sd_image_store *s;
    int fd;
    char path[PATH_MAX];
    sd_sha256 *hash;
    uint64_t size, max;
};


static void path_of(const sd_image_store *s, char *buf, size_t len, const char *digest,
                    const char *suffix)
{
    snprintf(buf, len, "%s/%s%s", s->dir, digest, suffix);
}

/* Removes dir and the plain files in it (the only shape the store creates). */
static void remove_tree(const char *dir)
{
    DIR *d = opendir(dir);
    if (d) {
        struct dirent *e;
        char p[PATH_MAX];
        while ((e = readdir(d))) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
                continue;
            snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
            if (unlink(p) && errno == EISDIR)
                remove_tree(p);
        }
        closedir(d);
    }
    rmdir(dir);
}

/* Leftovers of a crash: everything in tmp/, parts directories without their .sd. */
static void clean_up(sd_image_store *s)
{
    char p[PATH_MAX];
    snprintf(p, sizeof p, "%s/tmp", s->dir);
    remove_tree(p);
    mkdir(p, 0700);
    DIR *d = opendir(s->dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n != 64 + 6 || strcmp(e->d_name + 64, ".parts"))
            continue;
        char digest[65];
        memcpy(digest, e->d_name, 64);
        digest[64] = '\0';
        if (!sd_images_has(s, digest)) {
            snprintf(p, sizeof p, "%s/%s", s->dir, e->d_name);
            remove_tree(p);
        }
    }
    closedir(d);
}

int sd_images_open(const char *dir, sd_image_store **out, char *err, size_t errlen)
{
    char tmp[PATH_MAX];
    snprintf(tmp, sizeof tmp, "%s/tmp", dir);
    if (sd_mkdirs(tmp))
        return sd_fail(err, errlen, SD_IMG_IO, "image store %s: %s", dir, strerror(errno));
    sd_image_store *s = calloc(1, sizeof *s);
    if (!s || !(s->dir = strdup(dir))) {
        free(s);
        return sd_fail(err, errlen, SD_IMG_IO, "out of memory");
    }
    pthread_mutex_init(&s->lock, NULL);
    clean_up(s);
    *out = s;
    return SD_IMG_OK;
}

void sd_images_close(sd_image_store *s)
{
    if (!s)
        return;
    pthread_mutex_destroy(&s->lock);
    free(s->dir);
    free(s);
}

bool sd_images_has(sd_image_store *s, const char *digest)
{
    char p[PATH_MAX];
    if (!sd_is_sha256_hex(digest))
        return false;
    path_of(s, p, sizeof p, digest, ".sd");
    return access(p, F_OK) == 0;
}

static struct json_object *load_meta(sd_image_store *s, const char *digest)
{
    char p[PATH_MAX];
    path_of(s, p, sizeof p, digest, ".parts/image.json");
    return json_object_from_file(p);
}

static void copy_str(char *dst, size_t len, struct json_object *o, const char *key)
{
    struct json_object *v;
    const char *text = json_object_object_get_ex(o, key, &v) ? json_object_get_string(v) : NULL;
    snprintf(dst, len, "%s", text ? text : "");
}

int sd_images_meta(sd_image_store *s, const char *digest, struct sd_image_meta *m)
{
    char p[PATH_MAX];
    struct stat st;
    if (!sd_is_sha256_hex(digest))
        return SD_IMG_NOTFOUND;
    path_of(s, p, sizeof p, digest, ".sd");
    if (stat(p, &st))
        return SD_IMG_NOTFOUND;
    memset(m, 0, sizeof *m);
    snprintf(m->digest, sizeof m->digest, "%s", digest);
    m->size = (uint64_t)st.st_size;
    struct json_object *meta = load_meta(s, digest), *man;
    if (meta && json_object_object_get_ex(meta, "manifest", &man)) {
        copy_str(m->name, sizeof m->name, man, "name");
        copy_str(m->version, sizeof m->version, man, "version");
    }
    json_object_put(meta);
    return SD_IMG_OK;
}

/* parts.NAME.{file,sha256} of image.json, checked against the file on disk. */
static int verify_part(struct json_object *meta, const char *name, const char *path,
                       char *err, size_t errlen)
{
    struct json_object *parts, *part, *sha;
    char hex[65];
    if (!json_object_object_get_ex(meta, "parts", &parts) ||
        !json_object_object_get_ex(parts, name, &part) ||
        !json_object_object_get_ex(part, "sha256", &sha))
        return sd_fail(err, errlen, SD_IMG_INVALID, "image.json has no sha256 for %s", name);
    const char *want = json_object_get_string(sha);
    /* A mismatch is hashed once more before refusing: under QEMU's TCG (the sandbox) one hash
     * in a few hundred came out wrong while the file was unchanged. Tampering on disk fails
     * both times. */
    for (int attempt = 0; attempt < 2; attempt++) {
        if (sd_sha256_file(path, hex))
            return sd_fail(err, errlen, SD_IMG_INVALID, "%s: %s", path, strerror(errno));
        if (!strcmp(hex, want))
            return SD_IMG_OK;
        fprintf(stderr, "image store: sha256 of %s is %s, expected %s%s\n", path, hex, want,
                attempt ? "" : " (hashing again)");
    }
    return sd_fail(err, errlen, SD_IMG_INVALID, "stored %s no longer matches its sha256", name);
}

int sd_images_open_parts(sd_image_store *s, const char *digest, struct json_object **meta,
                         char *kernel, char *rootfs, size_t pathlen, char *err, size_t errlen)
{
    if (!sd_images_has(s, digest))
        return sd_fail(err, errlen, SD_IMG_NOTFOUND, "image %.12s is not held here", digest);
    struct json_object *m = load_meta(s, digest);
    if (!m)
        return sd_fail(err, errlen, SD_IMG_INVALID, "image %.12s: image.json unreadable", digest);
    path_of(s, kernel, pathlen, digest, ".parts/kernel.elf");
    path_of(s, rootfs, pathlen, digest, ".parts/rootfs.img");
    int rc = verify_part(m, "kernel", kernel, err, errlen);
    if (!rc)
        rc = verify_part(m, "rootfs", rootfs, err, errlen);
    if (rc) {
        json_object_put(m);
        return rc;
    }
    *meta = m;
    return SD_IMG_OK;
}

static int meta_cmp(const void *a, const void *b)
{
    return strcmp(((const struct sd_image_meta *)a)->digest, ((const struct sd_image_meta *)b)->digest);
}

int sd_images_list(sd_image_store *s, struct sd_image_meta **list, size_t *n)
{
    DIR *d = opendir(s->dir);
    if (!d)
        return SD_IMG_IO;
    size_t count = 0, cap = 8;
    struct sd_image_meta *out = malloc(cap * sizeof *out);
    struct dirent *e;
    while (out && (e = readdir(d))) {
        char digest[65];
        if (strlen(e->d_name) != 67 || strcmp(e->d_name + 64, ".sd"))
            continue;
        memcpy(digest, e->d_name, 64);
        digest[64] = '\0';
        if (count == cap) {
            struct sd_image_meta *more = realloc(out, (cap *= 2) * sizeof *out);
            if (!more) {
                free(out);
                out = NULL;
                break;
            }
            out = more;
        }
        if (sd_images_meta(s, digest, &out[count]) == SD_IMG_OK)
            count++;
    }
    closedir(d);
    if (!out)
        return SD_IMG_IO;
    qsort(out, count, sizeof *out, meta_cmp);
    *list = out;
    *n = count;
    return SD_IMG_OK;
}

int sd_images_remove(sd_image_store *s, const char *digest)
{
    char p[PATH_MAX];
    if (!sd_is_sha256_hex(digest))
        return SD_IMG_NOTFOUND;
    pthread_mutex_lock(&s->lock);
    path_of(s, p, sizeof p, digest, ".sd");
    int rc = unlink(p) ? (errno == ENOENT ? SD_IMG_NOTFOUND : SD_IMG_IO) : SD_IMG_OK;
    if (rc == SD_IMG_OK) {
        path_of(s, p, sizeof p, digest, ".parts");
        remove_tree(p);
    }
    pthread_mutex_unlock(&s->lock);
    return rc;
}

int sd_upload_begin(sd_image_store *s, uint64_t max, sd_upload **out, char *err, size_t errlen)
{
    sd_upload *u = calloc(1, sizeof *u);
    if (!u)
        return sd_fail(err, errlen, SD_IMG_IO, "out of memory");
    u->s = s;
    u->max = max;
    snprintf(u->path, sizeof u->path, "%s/tmp/upload.XXXXXX", s->dir);
    u->fd = mkostemp(u->path, O_CLOEXEC);
    u->hash = sd_sha256_new();
    if (u->fd < 0 || !u->hash) {
        int e = errno;
        if (u->fd >= 0) {
            close(u->fd);
            unlink(u->path);
        }
        sd_sha256_abort(u->hash);
        free(u);
        return sd_fail(err, errlen, SD_IMG_IO, "upload file: %s", strerror(e));
    }
    *out = u;
    return SD_IMG_OK;
}

int sd_upload_write(sd_upload *u, const void *data, size_t len)
{
    if (u->max && u->size + len > u->max)
        return SD_IMG_TOOLARGE;
    const char *p = data;
    size_t left = len;
    while (left) {
        ssize_t n = write(u->fd, p, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return SD_IMG_IO;
        p += n;
        left -= (size_t)n;
    }
    sd_sha256_update(u->hash, data, len);
    u->size += len;
    return SD_IMG_OK;
}

uint64_t sd_upload_size(const sd_upload *u)
{
    return u->size;
}

void sd_upload_abort(sd_upload *u)
{
    if (!u)
        return;
    if (u->fd >= 0)
        close(u->fd);
    unlink(u->path);
    sd_sha256_abort(u->hash);
    free(u);
}

/* Extracts the verified image's parts and image.json into a fresh directory under tmp/ and
 * renames it to DIR/DIGEST.parts. Called with the store lock held. */
static int store_parts(sd_image_store *s, const struct image_sd *img, const char *digest,
                       char *err, size_t errlen)
{
    char tmpdir[PATH_MAX - 64], p[PATH_MAX], final[PATH_MAX];
    snprintf(tmpdir, sizeof tmpdir, "%s/tmp/parts.XXXXXX", s->dir);
    if (!mkdtemp(tmpdir))
        return sd_fail(err, errlen, SD_IMG_IO, "parts directory: %s", strerror(errno));
    const char *json = json_object_to_json_string_ext(img->meta, JSON_C_TO_STRING_PLAIN);
    snprintf(p, sizeof p, "%s/image.json", tmpdir);
    int rc = sd_atomic_write(p, json, strlen(json)) ? SD_IMG_IO : SD_IMG_OK;
    snprintf(p, sizeof p, "%s/kernel.elf", tmpdir);
    if (!rc && image_sd_extract(&img->kernel, p, err, errlen))
        rc = SD_IMG_IO;
    snprintf(p, sizeof p, "%s/rootfs.img", tmpdir);
    if (!rc && image_sd_extract(&img->rootfs, p, err, errlen))
        rc = SD_IMG_IO;
    path_of(s, final, sizeof final, digest, ".parts");
    remove_tree(final);   /* an orphan from an earlier crash */
    if (!rc && rename(tmpdir, final))
        rc = sd_fail(err, errlen, SD_IMG_IO, "rename parts: %s", strerror(errno));
    if (rc)
        remove_tree(tmpdir);
    return rc;
}

int sd_upload_commit(sd_upload *u, const char *expected, char digest[65], bool *stored,
                     char *err, size_t errlen)
{
    sd_image_store *s = u->s;
    struct image_sd img;
    char final[PATH_MAX];
    int rc = SD_IMG_OK;

    *stored = false;
    if (fsync(u->fd)) {
        sd_upload_abort(u);
        return sd_fail(err, errlen, SD_IMG_IO, "upload: fsync: %s", strerror(errno));
    }
    sd_sha256_final(u->hash, digest);
    u->hash = NULL;
    if (expected && strcmp(expected, digest)) {
        sd_upload_abort(u);
        return sd_fail(err, errlen, SD_IMG_MISMATCH, "the upload's sha256 is %s, not %s", digest,
                    expected);
    }
    memset(&img, 0, sizeof img);
    if (image_sd_read(u->path, &img, err, errlen)) {
        sd_upload_abort(u);
        return SD_IMG_INVALID;
    }
    pthread_mutex_lock(&s->lock);
    if (!sd_images_has(s, digest)) {
        rc = store_parts(s, &img, digest, err, errlen);
        path_of(s, final, sizeof final, digest, ".sd");
        if (!rc && rename(u->path, final))
            rc = sd_fail(err, errlen, SD_IMG_IO, "rename image: %s", strerror(errno));
        if (!rc)
            sd_fsync_dir(s->dir);
        *stored = rc == SD_IMG_OK;
    }
    pthread_mutex_unlock(&s->lock);
    image_sd_free(&img);
    sd_upload_abort(u);   /* closes; the temporary is gone (renamed or unlinked) */
    return rc;
}

int sd_images_import(sd_image_store *s, const char *path, char digest[65], char *err,
                     size_t errlen)
{
    sd_upload *u;
    int rc = sd_upload_begin(s, 0, &u, err, errlen);
    if (rc)
        return rc;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        sd_upload_abort(u);
        return sd_fail(err, errlen, SD_IMG_NOTFOUND, "%s: %s", path, strerror(errno));
    }
    char buf[65536];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
        if (n > 0 && (rc = sd_upload_write(u, buf, (size_t)n)))
            break;
    close(fd);
    if (rc || n < 0) {
        sd_upload_abort(u);
        return sd_fail(err, errlen, SD_IMG_IO, "%s: read failed", path);
    }
    bool stored;
    return sd_upload_commit(u, NULL, digest, &stored, err, errlen);
}
