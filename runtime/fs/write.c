/* Writing an sdfs image on the build host (write.h): collect, then lay out and write once.
 *
 * The writer keeps what was added (files with their bytes, and directories given explicitly,
 * e.g. an empty host directory) under canonical paths. sdfs_writer_write then
 *   1. adds every parent directory, sorts bytewise and merges duplicates (equal files and
 *      repeated directories merge; anything else is an error naming the path);
 *   2. lays the image out as format.h says: header, entries, buckets (the next power of two
 *      >= the entry count), names, then the files' data, each at a multiple of 8;
 *   3. computes the digest and writes the bytes to a temporary file renamed over out_path.
 * Only paths and contents go in (no times, owners, host modes or add order), so the same
 * contents always give the same bytes. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sdfs/format.h"
#include "sdfs/write.h"

#define FILE_PERM 0444u
#define DIR_PERM  0555u

struct item {
    char *path;         /* canonical: no leading or trailing '/', owned */
    uint8_t *data;      /* owned; NULL for directories and empty files */
    size_t len;
    bool dir;
};

struct sdfs_writer {
    struct item *items;
    size_t count, cap;
};

static int fail(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
    if (err && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return -1;
}

struct sdfs_writer *sdfs_writer_new(void)
{
    return calloc(1, sizeof(struct sdfs_writer));
}

void sdfs_writer_free(struct sdfs_writer *w)
{
    if (!w)
        return;
    for (size_t i = 0; i < w->count; i++) {
        free(w->items[i].path);
        free(w->items[i].data);
    }
    free(w->items);
    free(w);
}

/* The stored form of an image path: leading '/'s and one trailing '/' dropped; "" is the
 * root. NULL (with err) if a component is empty, "." or "..". */
static char *canonical(const char *image_path, char *err, size_t errlen)
{
    const char *p = image_path;
    while (*p == '/')
        p++;
    size_t len = strlen(p);
    if (len > 0 && p[len - 1] == '/')
        len--;
    for (size_t start = 0, i = 0; len > 0 && i <= len; i++) {
        if (i < len && p[i] != '/')
            continue;
        size_t n = i - start;
        if (n == 0 || (n == 1 && p[start] == '.') || (n == 2 && !memcmp(p + start, "..", 2))) {
            fail(err, errlen, "bad image path '%s' (empty, '.' or '..' component)", image_path);
            return NULL;
        }
        start = i + 1;
    }
    char *c = strndup(p, len);
    if (!c)
        fail(err, errlen, "%s: out of memory", image_path);
    return c;
}

/* Takes ownership of path and data (freed on failure too). */
static int push(struct sdfs_writer *w, char *path, uint8_t *data, size_t len, bool dir,
                char *err, size_t errlen)
{
    if (w->count == w->cap) {
        size_t cap = w->cap ? 2 * w->cap : 64;
        struct item *v = realloc(w->items, cap * sizeof *v);
        if (!v) {
            fail(err, errlen, "/%s: out of memory", path);
            free(path);
            free(data);
            return -1;
        }
        w->items = v;
        w->cap = cap;
    }
    w->items[w->count++] = (struct item){ path, data, len, dir };
    return 0;
}

int sdfs_writer_add(struct sdfs_writer *w, const char *image_path, const void *data, size_t len,
                    char *err, size_t errlen)
{
    char *path = canonical(image_path, err, errlen);
    if (!path)
        return -1;
    if (path[0] == '\0') {
        free(path);
        return fail(err, errlen, "'%s': a file cannot be the root directory", image_path);
    }
    uint8_t *copy = NULL;
    if (len > 0) {
        copy = malloc(len);
        if (!copy) {
            free(path);
            return fail(err, errlen, "%s: out of memory", image_path);
        }
        memcpy(copy, data, len);
    }
    return push(w, path, copy, len, false, err, errlen);
}

static int read_host_file(const char *host_path, uint8_t **data, size_t *len,
                          char *err, size_t errlen)
{
    int fd = open(host_path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        int e = errno;
        if (fd >= 0)
            close(fd);
        return fail(err, errlen, "%s: %s", host_path, strerror(e));
    }
    size_t size = (size_t)st.st_size, got = 0;
    uint8_t *buf = size ? malloc(size) : NULL;
    if (size && !buf) {
        close(fd);
        return fail(err, errlen, "%s: out of memory", host_path);
    }
    while (got < size) {
        ssize_t n = read(fd, buf + got, size - got);
        if (n <= 0) {
            int e = n < 0 ? errno : 0;
            free(buf);
            close(fd);
            return fail(err, errlen, "%s: %s", host_path, e ? strerror(e) : "file shrank while read");
        }
        got += (size_t)n;
    }
    close(fd);
    *data = buf;
    *len = size;
    return 0;
}

static char *join(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    char *s = malloc(la + lb + 2);
    if (!s)
        return NULL;
    memcpy(s, a, la);
    s[la] = '/';
    memcpy(s + la + 1, b, lb + 1);
    return s;
}

static int add_host_tree(struct sdfs_writer *w, const char *path, const char *host_path,
                         char *err, size_t errlen);

/* path is canonical and owned by the caller. */
static int add_host_dir(struct sdfs_writer *w, const char *path, const char *host_path,
                        char *err, size_t errlen)
{
    if (path[0] != '\0') {
        char *p = strdup(path);
        if (!p || push(w, p, NULL, 0, true, err, errlen) != 0)
            return fail(err, errlen, "/%s: out of memory", path);
    }
    DIR *d = opendir(host_path);
    if (!d)
        return fail(err, errlen, "%s: %s", host_path, strerror(errno));
    int rc = 0;
    struct dirent *de;
    while (rc == 0 && (de = readdir(d)) != NULL) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
            continue;
        char *child_host = join(host_path, de->d_name);
        char *child = path[0] ? join(path, de->d_name) : strdup(de->d_name);
        if (!child_host || !child)
            rc = fail(err, errlen, "%s: out of memory", host_path);
        else
            rc = add_host_tree(w, child, child_host, err, errlen);
        free(child_host);
        free(child);
    }
    closedir(d);
    return rc;
}

static int add_host_tree(struct sdfs_writer *w, const char *path, const char *host_path,
                         char *err, size_t errlen)
{
    struct stat st;
    if (stat(host_path, &st) != 0)
        return fail(err, errlen, "%s: %s", host_path, strerror(errno));
    if (S_ISDIR(st.st_mode))
        return add_host_dir(w, path, host_path, err, errlen);
    if (!S_ISREG(st.st_mode))
        return fail(err, errlen, "%s: not a regular file or directory", host_path);
    if (path[0] == '\0')
        return fail(err, errlen, "%s: a file cannot be the root directory", host_path);
    uint8_t *data = NULL;
    size_t len = 0;
    if (read_host_file(host_path, &data, &len, err, errlen) != 0)
        return -1;
    char *p = strdup(path);
    if (!p) {
        free(data);
        return fail(err, errlen, "%s: out of memory", host_path);
    }
    return push(w, p, data, len, false, err, errlen);
}

int sdfs_writer_add_host(struct sdfs_writer *w, const char *image_path, const char *host_path,
                         char *err, size_t errlen)
{
    char *path = canonical(image_path, err, errlen);
    if (!path)
        return -1;
    int rc = add_host_tree(w, path, host_path, err, errlen);
    free(path);
    return rc;
}

/* ---- laying out and writing ------------------------------------------------------------- */

/* One entry of the image being laid out; paths and data borrowed from the writer's items (or
 * from `parents` for directories implied by a path). */
struct node {
    const char *path;
    const uint8_t *data;
    size_t len;
    bool dir;
};

struct plan {
    struct node *nodes;
    size_t count;
    char **parents;     /* implied directory paths, owned */
    size_t nparents;
};

static void plan_free(struct plan *p)
{
    for (size_t i = 0; i < p->nparents; i++)
        free(p->parents[i]);
    free(p->parents);
    free(p->nodes);
}

static int node_cmp(const void *a, const void *b)
{
    return strcmp(((const struct node *)a)->path, ((const struct node *)b)->path);
}

/* Nodes for the items and every parent of each, sorted, duplicates merged. */
static int make_plan(const struct sdfs_writer *w, struct plan *p, char *err, size_t errlen)
{
    size_t slashes = 0;
    for (size_t i = 0; i < w->count; i++)
        for (const char *s = w->items[i].path; *s; s++)
            slashes += *s == '/';
    memset(p, 0, sizeof *p);
    p->nodes = calloc(w->count + slashes + 1, sizeof *p->nodes);
    p->parents = calloc(slashes + 1, sizeof *p->parents);
    if (!p->nodes || !p->parents)
        return fail(err, errlen, "out of memory");
    for (size_t i = 0; i < w->count; i++) {
        const struct item *it = &w->items[i];
        p->nodes[p->count++] = (struct node){ it->path, it->data, it->len, it->dir };
        for (const char *s = it->path; *s; s++) {
            if (*s != '/')
                continue;
            char *dir = strndup(it->path, (size_t)(s - it->path));
            if (!dir)
                return fail(err, errlen, "out of memory");
            p->parents[p->nparents++] = dir;
            p->nodes[p->count++] = (struct node){ dir, NULL, 0, true };
        }
    }
    qsort(p->nodes, p->count, sizeof *p->nodes, node_cmp);

    size_t out = 0;
    for (size_t i = 0; i < p->count; i++) {
        struct node *n = &p->nodes[i];
        if (out > 0 && !strcmp(p->nodes[out - 1].path, n->path)) {
            const struct node *prev = &p->nodes[out - 1];
            if (prev->dir != n->dir)
                return fail(err, errlen, "/%s: both a file and a directory", n->path);
            if (!n->dir && (prev->len != n->len || (n->len && memcmp(prev->data, n->data, n->len))))
                return fail(err, errlen, "/%s: added twice with different contents", n->path);
            continue;
        }
        p->nodes[out++] = *n;
    }
    p->count = out;
    if (p->count >= SDFS_NONE)
        return fail(err, errlen, "too many entries (%zu)", p->count);
    return 0;
}

static uint64_t align8(uint64_t x)
{
    return (x + SDFS_DATA_ALIGN - 1) & ~(uint64_t)(SDFS_DATA_ALIGN - 1);
}

/* The whole image in memory (calloc'd: every gap is zero). */
static uint8_t *layout(const struct plan *p, uint64_t *size, char *err, size_t errlen)
{
    uint32_t count = (uint32_t)p->count;
    uint32_t buckets = 1;
    while (buckets < count)
        buckets <<= 1;
    uint64_t names_size = 0, data_size = 0;
    for (uint32_t i = 0; i < count; i++) {
        names_size += strlen(p->nodes[i].path) + 1;
        if (!p->nodes[i].dir)
            data_size = align8(data_size) + p->nodes[i].len;
    }
    if (names_size > UINT32_MAX) {
        fail(err, errlen, "names too long in total (%llu bytes)", (unsigned long long)names_size);
        return NULL;
    }
    struct sdfs_header h = {
        .version = SDFS_VERSION,
        .header_size = SDFS_HEADER_SIZE,
        .entry_count = count,
        .bucket_count = buckets,
        .entries_off = SDFS_HEADER_SIZE,
    };
    memcpy(h.magic, SDFS_MAGIC, sizeof h.magic);
    h.buckets_off = h.entries_off + (uint64_t)count * sizeof(struct sdfs_entry);
    h.names_off = h.buckets_off + (uint64_t)buckets * sizeof(uint32_t);
    h.names_size = names_size;
    h.data_off = align8(h.names_off + names_size);
    h.data_size = align8(data_size);
    h.image_size = h.data_off + h.data_size;

    uint8_t *img = calloc(1, h.image_size);
    if (!img) {
        fail(err, errlen, "out of memory for a %llu-byte image", (unsigned long long)h.image_size);
        return NULL;
    }
    struct sdfs_entry *entries = (struct sdfs_entry *)(img + h.entries_off);
    uint32_t *heads = (uint32_t *)(img + h.buckets_off);
    uint32_t name_off = 0;
    uint64_t data_off = 0;
    for (uint32_t b = 0; b < buckets; b++)
        heads[b] = SDFS_NONE;
    for (uint32_t i = 0; i < count; i++) {
        const struct node *n = &p->nodes[i];
        struct sdfs_entry *e = &entries[i];
        uint32_t len = (uint32_t)strlen(n->path);
        memcpy(img + h.names_off + name_off, n->path, len + 1);
        e->name_off = name_off;
        e->name_len = len;
        e->hash = sdfs_hash(n->path, len);
        e->next = SDFS_NONE;
        e->mode = n->dir ? SDFS_TYPE_DIR | DIR_PERM : SDFS_TYPE_FILE | FILE_PERM;
        name_off += len + 1;
        if (!n->dir) {
            data_off = align8(data_off);
            e->data_off = data_off;
            e->size = n->len;
            if (n->len)
                memcpy(img + h.data_off + data_off, n->data, n->len);
            data_off += n->len;
        }
    }
    /* Chains in increasing index order: link each entry after the last one of its bucket. */
    uint32_t *tails = malloc((size_t)buckets * sizeof *tails);
    if (!tails) {
        free(img);
        fail(err, errlen, "out of memory");
        return NULL;
    }
    for (uint32_t i = 0; i < count; i++) {
        uint32_t b = entries[i].hash & (buckets - 1);
        if (heads[b] == SDFS_NONE)
            heads[b] = i;
        else
            entries[tails[b]].next = i;
        tails[b] = i;
    }
    free(tails);
    sdfs_sha256(img + h.header_size, h.image_size - h.header_size, h.digest);
    memcpy(img, &h, sizeof h);
    *size = h.image_size;
    return img;
}

static int write_file(const char *out_path, const uint8_t *img, uint64_t size,
                      char *err, size_t errlen)
{
    size_t n = strlen(out_path) + sizeof ".tmp-XXXXXX";
    char *tmp = malloc(n);
    if (!tmp)
        return fail(err, errlen, "%s: out of memory", out_path);
    snprintf(tmp, n, "%s.tmp-XXXXXX", out_path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        int e = errno;
        free(tmp);
        return fail(err, errlen, "%s: cannot create a temporary file: %s", out_path, strerror(e));
    }
    uint64_t done = 0;
    int e = 0;
    while (done < size && !e) {
        ssize_t k = write(fd, img + done, size - done);
        if (k < 0)
            e = errno;
        else
            done += (uint64_t)k;
    }
    if (!e && fchmod(fd, 0644) != 0)
        e = errno;
    if (close(fd) != 0 && !e)
        e = errno;
    if (!e && rename(tmp, out_path) != 0)
        e = errno;
    if (e) {
        unlink(tmp);
        free(tmp);
        return fail(err, errlen, "%s: %s", out_path, strerror(e));
    }
    free(tmp);
    return 0;
}

int sdfs_writer_write(struct sdfs_writer *w, const char *out_path, uint64_t *size,
                      uint8_t digest[32], char *err, size_t errlen)
{
    struct plan p;
    int rc = make_plan(w, &p, err, errlen);
    uint64_t n = 0;
    uint8_t *img = rc == 0 ? layout(&p, &n, err, errlen) : NULL;
    plan_free(&p);
    if (!img)
        return -1;
    rc = write_file(out_path, img, n, err, errlen);
    if (rc == 0) {
        if (size)
            *size = n;
        if (digest)
            memcpy(digest, ((const struct sdfs_header *)img)->digest, 32);
    }
    free(img);
    return rc;
}
