/* image_sd.c: image.sd, the one deployable file (format: builder/IMAGE.md).
 *
 * Writing builds the whole tar in memory (a hello image is well under a megabyte), hashes it,
 * and puts it in place through a temporary file and a rename. Reading takes a buffer, walks the
 * tar entries in the one order the format allows and checks each part against image.json
 * before handing anything out: a reader never sees an unverified byte. */
#define _GNU_SOURCE
#include "image_sd.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <json-c/json.h>
#include <openssl/evp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define IMAGE_SD_FORMAT 1
#define MAX_META_SIZE ((size_t)1 << 20)   /* image.json: a manifest and sums, never megabytes */

static const char *const entry_names[3] = { "image.json", "kernel.elf", "rootfs.img" };

static int fail(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (err && errlen)
        vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return -1;
}

static void sha256_hex(const void *data, size_t len, char out[65])
{
    unsigned char md[32];
    unsigned int mdlen = 0;
    EVP_Digest(data, len, md, &mdlen, EVP_sha256(), NULL);
    for (int i = 0; i < 32; i++)
        snprintf(out + 2 * i, 3, "%02x", md[i]);
}

/* ---- time: SOURCE_DATE_EPOCH ------------------------------------------------------------- */

/* The entries' mtime: SOURCE_DATE_EPOCH (decimal seconds) when set, else 0. A malformed value
 * is an error rather than silently 0, so a reproducible build never quietly changes meaning. */
static int source_date_epoch(int64_t *t, char *err, size_t errlen)
{
    const char *s = getenv("SOURCE_DATE_EPOCH");
    *t = 0;
    if (!s || !*s)
        return 0;
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    /* ustar keeps 11 octal digits of mtime */
    if (errno || *end || v < 0 || v > 077777777777LL)
        return fail(err, errlen, "SOURCE_DATE_EPOCH: '%s' is not a time in seconds since 1970", s);
    *t = v;
    return 0;
}

/* ---- image.json ------------------------------------------------------------------------- */

static int key_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A deep copy of v with every object's keys in byte order (json-c keeps insertion order), so
 * image.json is the same text however its parts were assembled. */
static struct json_object *sorted_copy(struct json_object *v)
{
    if (json_object_is_type(v, json_type_object)) {
        size_t n = (size_t)json_object_object_length(v), i = 0;
        const char **keys = calloc(n ? n : 1, sizeof *keys);
        struct json_object *o = json_object_new_object();
        if (!keys || !o) {
            free(keys);
            json_object_put(o);
            return NULL;
        }
        json_object_object_foreach(v, k, val) {
            (void)val;
            keys[i++] = k;
        }
        qsort(keys, n, sizeof *keys, key_cmp);
        for (i = 0; i < n; i++)
            json_object_object_add(o, keys[i], sorted_copy(json_object_object_get(v, keys[i])));
        free(keys);
        return o;
    }
    if (json_object_is_type(v, json_type_array)) {
        size_t n = json_object_array_length(v);
        struct json_object *a = json_object_new_array_ext((int)n);
        for (size_t i = 0; i < n; i++)
            json_object_array_add(a, sorted_copy(json_object_array_get_idx(v, i)));
        return a;
    }
    return json_object_get(v);   /* scalars and null: shared, reference counted */
}

static struct json_object *part_json(const char *file, size_t size, const char *sha)
{
    struct json_object *p = json_object_new_object();
    json_object_object_add(p, "file", json_object_new_string(file));
    json_object_object_add(p, "sha256", json_object_new_string(sha));
    json_object_object_add(p, "size", json_object_new_int64((int64_t)size));
    return p;
}

/* The text of image.json: keys sorted, two-space indent, one trailing newline. Caller frees. */
static char *image_json_text(struct json_object *manifest, struct json_object *versions,
                             size_t klen, const char *ksha, size_t rlen, const char *rsha)
{
    struct json_object *meta = json_object_new_object(), *parts = json_object_new_object();
    json_object_object_add(meta, "format", json_object_new_int(IMAGE_SD_FORMAT));
    json_object_object_add(meta, "manifest",
                           manifest ? json_object_get(manifest) : json_object_new_object());
    json_object_object_add(parts, "kernel", part_json(entry_names[1], klen, ksha));
    json_object_object_add(parts, "rootfs", part_json(entry_names[2], rlen, rsha));
    json_object_object_add(meta, "parts", parts);
    json_object_object_add(meta, "versions",
                           versions ? json_object_get(versions) : json_object_new_object());
    struct json_object *sorted = sorted_copy(meta);
    char *text = NULL;
    if (sorted) {
        const char *s = json_object_to_json_string_ext(
            sorted, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED | JSON_C_TO_STRING_NOSLASHESCAPE);
        if (s && asprintf(&text, "%s\n", s) < 0)
            text = NULL;
    }
    json_object_put(sorted);
    json_object_put(meta);
    return text;
}

/* ---- writing ---------------------------------------------------------------------------- */

struct membuf { uint8_t *p; size_t len, cap; };

static la_ssize_t membuf_write(struct archive *a, void *ctx, const void *buf, size_t n)
{
    struct membuf *m = ctx;
    if (m->len + n > m->cap) {
        size_t cap = m->cap ? m->cap : 65536;
        while (cap < m->len + n)
            cap *= 2;
        uint8_t *p = realloc(m->p, cap);
        if (!p) {
            archive_set_error(a, ENOMEM, "out of memory");
            return -1;
        }
        m->p = p;
        m->cap = cap;
    }
    memcpy(m->p + m->len, buf, n);
    m->len += n;
    return (la_ssize_t)n;
}

static int tar_add(struct archive *a, struct archive_entry *e, const char *name, const void *data,
                   size_t len, int64_t mtime)
{
    archive_entry_clear(e);
    archive_entry_set_pathname(e, name);
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_uid(e, 0);
    archive_entry_set_gid(e, 0);
    archive_entry_set_uname(e, "root");
    archive_entry_set_gname(e, "root");
    archive_entry_set_mtime(e, (time_t)mtime, 0);
    archive_entry_set_size(e, (la_int64_t)len);
    if (archive_write_header(a, e) != ARCHIVE_OK)
        return -1;
    if (len && archive_write_data(a, data, len) != (la_ssize_t)len)
        return -1;
    return 0;
}

/* The three entries as a ustar archive in m. */
static int tar_build(struct membuf *m, const void *const data[3], const size_t len[3], int64_t mtime,
                     char *err, size_t errlen)
{
    struct archive *a = archive_write_new();
    struct archive_entry *e = archive_entry_new();
    int rc = -1;
    if (!a || !e) {
        fail(err, errlen, "out of memory");
        goto out;
    }
    archive_write_set_format_ustar(a);
    archive_write_add_filter_none(a);
    archive_write_set_bytes_per_block(a, 512);   /* no padding to 10 KiB: a smaller upload */
    if (archive_write_open(a, m, NULL, membuf_write, NULL) != ARCHIVE_OK) {
        fail(err, errlen, "tar: %s", archive_error_string(a));
        goto out;
    }
    for (int i = 0; i < 3; i++) {
        if (tar_add(a, e, entry_names[i], data[i], len[i], mtime) < 0) {
            fail(err, errlen, "tar: %s: %s", entry_names[i], archive_error_string(a));
            goto out;
        }
    }
    if (archive_write_close(a) != ARCHIVE_OK) {
        fail(err, errlen, "tar: %s", archive_error_string(a));
        goto out;
    }
    rc = 0;
out:
    archive_entry_free(e);
    if (a)
        archive_write_free(a);
    return rc;
}

/* Writes data to path through path.tmp.XXXXXX in the same directory and a rename, so readers
 * of path see the old file or the new one, never a partial one. */
static int write_atomically(const char *path, const void *data, size_t len, char *err, size_t errlen)
{
    char *tmp = NULL;
    if (asprintf(&tmp, "%s.tmp.XXXXXX", path) < 0)
        return fail(err, errlen, "out of memory");
    int fd = mkstemp(tmp);
    if (fd < 0) {
        fail(err, errlen, "%s: %s", path, strerror(errno));
        free(tmp);
        return -1;
    }
    const uint8_t *p = data;
    size_t left = len;
    int e = 0;
    while (left && !e) {
        ssize_t n = write(fd, p, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            e = n < 0 ? errno : EIO;
        else {
            p += n;
            left -= (size_t)n;
        }
    }
    if (!e && fchmod(fd, 0644) < 0)
        e = errno;
    if (close(fd) < 0 && !e)
        e = errno;
    if (!e && rename(tmp, path) < 0)
        e = errno;
    if (e) {
        unlink(tmp);
        free(tmp);
        return fail(err, errlen, "%s: %s", path, strerror(e));
    }
    free(tmp);
    return 0;
}

int image_sd_write(const char *out_path, struct json_object *manifest, struct json_object *versions,
                   const void *kernel, size_t kernel_len, const void *rootfs, size_t rootfs_len,
                   char digest_hex[65], char *err, size_t errlen)
{
    int64_t mtime;
    if (source_date_epoch(&mtime, err, errlen) < 0)
        return -1;
    char ksha[65], rsha[65];
    sha256_hex(kernel, kernel_len, ksha);
    sha256_hex(rootfs, rootfs_len, rsha);
    char *json = image_json_text(manifest, versions, kernel_len, ksha, rootfs_len, rsha);
    if (!json)
        return fail(err, errlen, "image.json: out of memory");

    const void *data[3] = { json, kernel, rootfs };
    const size_t len[3] = { strlen(json), kernel_len, rootfs_len };
    struct membuf m = { 0 };
    int rc = tar_build(&m, data, len, mtime, err, errlen);
    free(json);
    if (rc == 0) {
        char digest[65];
        sha256_hex(m.p, m.len, digest);
        rc = write_atomically(out_path, m.p, m.len, err, errlen);
        if (rc == 0 && digest_hex)
            memcpy(digest_hex, digest, 65);
    }
    free(m.p);
    return rc;
}

/* ---- reading ---------------------------------------------------------------------------- */

static int is_sha256_hex(const char *s)
{
    if (!s || strlen(s) != 64)
        return 0;
    for (; *s; s++)
        if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
            return 0;
    return 1;
}

/* The entry's bytes, read completely (the tar header said how many). */
static int read_entry_data(struct archive *a, struct archive_entry *e, size_t limit, uint8_t **out,
                           size_t *len, char *err, size_t errlen)
{
    const char *name = archive_entry_pathname(e);
    if (archive_entry_filetype(e) != AE_IFREG)
        return fail(err, errlen, "image.sd: entry '%s' is not a regular file", name);
    if (!archive_entry_size_is_set(e) || archive_entry_size(e) < 0)
        return fail(err, errlen, "image.sd: entry '%s' has no size", name);
    /* a header may claim any size: never allocate more than the upload could hold */
    if ((uint64_t)archive_entry_size(e) > (uint64_t)limit)
        return fail(err, errlen, "image.sd: entry '%s' claims %lld bytes, more than the file has",
                    name, (long long)archive_entry_size(e));
    size_t size = (size_t)archive_entry_size(e);
    uint8_t *buf = malloc(size ? size : 1);
    if (!buf)
        return fail(err, errlen, "image.sd: entry '%s': out of memory", name);
    size_t got = 0;
    while (got < size) {
        la_ssize_t n = archive_read_data(a, buf + got, size - got);
        if (n <= 0) {
            free(buf);
            return fail(err, errlen, "image.sd: entry '%s' is truncated%s%s", name,
                        n < 0 ? ": " : "", n < 0 ? archive_error_string(a) : "");
        }
        got += (size_t)n;
    }
    *out = buf;
    *len = size;
    return 0;
}

/* One part's record in image.json checked against the bytes found in the tar. */
static int check_part(struct json_object *parts, const char *name, const char *file,
                      struct image_part *p, char *err, size_t errlen)
{
    struct json_object *rec, *v;
    if (!json_object_object_get_ex(parts, name, &rec) || !json_object_is_type(rec, json_type_object))
        return fail(err, errlen, "image.json: parts.%s is missing", name);
    if (!json_object_object_get_ex(rec, "file", &v) || !json_object_is_type(v, json_type_string) ||
        strcmp(json_object_get_string(v), file) != 0)
        return fail(err, errlen, "image.json: parts.%s.file must be \"%s\"", name, file);
    if (!json_object_object_get_ex(rec, "size", &v) || !json_object_is_type(v, json_type_int))
        return fail(err, errlen, "image.json: parts.%s.size is missing", name);
    int64_t size = json_object_get_int64(v);
    if (size < 0 || (uint64_t)size != (uint64_t)p->size)
        return fail(err, errlen, "%s: size %zu does not match image.json (%lld)", file, p->size,
                    (long long)size);
    if (!json_object_object_get_ex(rec, "sha256", &v) || !json_object_is_type(v, json_type_string) ||
        !is_sha256_hex(json_object_get_string(v)))
        return fail(err, errlen, "image.json: parts.%s.sha256 is not a SHA-256 in hex", name);
    sha256_hex(p->data, p->size, p->sha256);
    if (strcmp(p->sha256, json_object_get_string(v)) != 0)
        return fail(err, errlen, "%s: sha256 %s does not match image.json (%s)", file, p->sha256,
                    json_object_get_string(v));
    p->name = name;
    p->file = file;
    return 0;
}

/* image.json's own shape: the format number first, so an image from a newer tool is refused
 * by name rather than by whatever field it happens to have changed. */
static int check_meta(struct image_sd *img, char *err, size_t errlen)
{
    struct json_object *v;
    if (!json_object_is_type(img->meta, json_type_object))
        return fail(err, errlen, "image.json: not a JSON object");
    if (!json_object_object_get_ex(img->meta, "format", &v) || !json_object_is_type(v, json_type_int))
        return fail(err, errlen, "image.json: no format number");
    if (json_object_get_int64(v) != IMAGE_SD_FORMAT)
        return fail(err, errlen, "image.sd format %lld is not supported (this tool reads format %d)",
                    (long long)json_object_get_int64(v), IMAGE_SD_FORMAT);
    if (!json_object_object_get_ex(img->meta, "manifest", &img->manifest) ||
        !json_object_is_type(img->manifest, json_type_object))
        return fail(err, errlen, "image.json: manifest is missing");
    if (!json_object_object_get_ex(img->meta, "versions", &v) || !json_object_is_type(v, json_type_object))
        return fail(err, errlen, "image.json: versions is missing");
    if (!json_object_object_get_ex(img->meta, "parts", &v) || !json_object_is_type(v, json_type_object))
        return fail(err, errlen, "image.json: parts is missing");
    if (check_part(v, "kernel", entry_names[1], &img->kernel, err, errlen) < 0 ||
        check_part(v, "rootfs", entry_names[2], &img->rootfs, err, errlen) < 0)
        return -1;
    return 0;
}

static int parse_meta(struct image_sd *img, const uint8_t *text, size_t len, char *err, size_t errlen)
{
    struct json_tokener *tok = json_tokener_new();
    if (!tok)
        return fail(err, errlen, "out of memory");
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
    img->meta = json_tokener_parse_ex(tok, (const char *)text, (int)len);
    enum json_tokener_error je = json_tokener_get_error(tok);
    /* a complete value followed by only the trailing newline */
    size_t used = tok->char_offset;
    json_tokener_free(tok);
    if (!img->meta || je != json_tokener_success)
        return fail(err, errlen, "image.json: not valid JSON: %s", json_tokener_error_desc(je));
    for (; used < len; used++)
        if (text[used] != '\n' && text[used] != ' ')
            return fail(err, errlen, "image.json: text after the JSON value");
    return 0;
}

static uint8_t **entry_slot(struct image_sd *img, int i, size_t **len)
{
    if (i == 1) {
        *len = &img->kernel.size;
        return &img->kernel.data;
    }
    *len = &img->rootfs.size;
    return &img->rootfs.data;
}

/* Walks the tar: exactly image.json, kernel.elf, rootfs.img, in that order, nothing after. */
static int read_entries(struct archive *a, size_t total, struct image_sd *img, char *err,
                        size_t errlen)
{
    struct archive_entry *e;
    for (int i = 0; i < 3; i++) {
        int r = archive_read_next_header(a, &e);
        if (r == ARCHIVE_EOF)
            return fail(err, errlen, "image.sd: entry '%s' is missing", entry_names[i]);
        if (r != ARCHIVE_OK)
            return fail(err, errlen, "image.sd: not a valid image: %s", archive_error_string(a));
        const char *name = archive_entry_pathname(e);
        if (!name || strcmp(name, entry_names[i]) != 0)
            return fail(err, errlen, "image.sd: unexpected entry '%s' (expected '%s' as entry %d)",
                        name ? name : "", entry_names[i], i + 1);
        if (i == 0) {
            uint8_t *text;
            size_t len;
            if (read_entry_data(a, e, MAX_META_SIZE < total ? MAX_META_SIZE : total, &text, &len,
                                err, errlen) < 0)
                return -1;
            int rc = parse_meta(img, text, len, err, errlen);
            free(text);
            if (rc < 0)
                return -1;
        } else {
            size_t *len;
            uint8_t **slot = entry_slot(img, i, &len);
            if (read_entry_data(a, e, total, slot, len, err, errlen) < 0)
                return -1;
        }
    }
    int r = archive_read_next_header(a, &e);
    if (r == ARCHIVE_OK)
        return fail(err, errlen, "image.sd: unexpected entry '%s' after rootfs.img",
                    archive_entry_pathname(e));
    if (r != ARCHIVE_EOF)
        return fail(err, errlen, "image.sd: not a valid image: %s", archive_error_string(a));
    return 0;
}

int image_sd_read_mem(const void *buf, size_t len, struct image_sd *img, char *err, size_t errlen)
{
    memset(img, 0, sizeof *img);
    if (len == 0)
        return fail(err, errlen, "image.sd: empty file");
    struct archive *a = archive_read_new();
    if (!a)
        return fail(err, errlen, "out of memory");
    /* only uncompressed tar: anything else is not format 1 */
    archive_read_support_format_tar(a);
    int rc = -1;
    if (archive_read_open_memory(a, buf, len) != ARCHIVE_OK)
        fail(err, errlen, "image.sd: not a tar archive: %s", archive_error_string(a));
    else if (read_entries(a, len, img, err, errlen) == 0 && check_meta(img, err, errlen) == 0)
        rc = 0;
    archive_read_free(a);
    if (rc < 0) {
        image_sd_free(img);
        return -1;
    }
    sha256_hex(buf, len, img->digest);
    img->file_size = len;
    return 0;
}

int image_sd_read(const char *path, struct image_sd *img, char *err, size_t errlen)
{
    memset(img, 0, sizeof *img);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(err, errlen, "%s: %s", path, strerror(errno));
    struct stat st;
    uint8_t *buf = NULL;
    size_t got = 0;
    int e = 0;
    if (fstat(fd, &st) < 0)
        e = errno;
    else if (!S_ISREG(st.st_mode))
        e = EINVAL;
    else if (!(buf = malloc(st.st_size ? (size_t)st.st_size : 1)))
        e = ENOMEM;
    while (!e && got < (size_t)st.st_size) {
        ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            e = n < 0 ? errno : EIO;
        else
            got += (size_t)n;
    }
    close(fd);
    if (e) {
        free(buf);
        return fail(err, errlen, "%s: %s", path, e == EINVAL ? "not a regular file" : strerror(e));
    }
    char msg[512];
    int rc = image_sd_read_mem(buf, got, img, msg, sizeof msg);
    free(buf);
    if (rc < 0)
        return fail(err, errlen, "%s: %s", path, msg);
    return 0;
}

void image_sd_free(struct image_sd *img)
{
    if (!img)
        return;
    json_object_put(img->meta);
    free(img->kernel.data);
    free(img->rootfs.data);
    memset(img, 0, sizeof *img);
}

int image_sd_extract(const struct image_part *p, const char *out_path, char *err, size_t errlen)
{
    return write_atomically(out_path, p->data, p->size, err, errlen);
}
