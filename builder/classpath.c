/* classpath.c: directories and jars into memory (see classpath.h). */
#define _GNU_SOURCE
#include "classpath.h"

#include <archive.h>
#include <archive_entry.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "msglist.h"

void classpath_init(struct classpath *cp)
{
    memset(cp, 0, sizeof *cp);
}

static void free_items(struct cp_item *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(v[i].name);
        free(v[i].data);
        free(v[i].source);
    }
    free(v);
}

void classpath_free(struct classpath *cp)
{
    free_items(cp->classes, cp->nclasses);
    free_items(cp->resources, cp->nresources);
    memset(cp, 0, sizeof *cp);
}

/* Appends an item; takes ownership of name, data and source (frees them on failure). */
static int push(struct classpath *cp, int resource, char *name, uint8_t *data, size_t len,
                char *source)
{
    struct cp_item **v = resource ? &cp->resources : &cp->classes;
    size_t *n = resource ? &cp->nresources : &cp->nclasses;
    size_t *cap = resource ? &cp->capresources : &cp->capclasses;
    if (name && source && *n == *cap) {
        size_t c = *cap ? *cap * 2 : 64;
        struct cp_item *nv = realloc(*v, c * sizeof *nv);
        if (nv) {
            *v = nv;
            *cap = c;
        }
    }
    if (!name || !source || *n == *cap) {
        free(name);
        free(data);
        free(source);
        return -1;
    }
    (*v)[(*n)++] = (struct cp_item){ name, data, len, source, cp->added++ };
    cp->finished = 0;
    return 0;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* ---- directories ------------------------------------------------------------------------ */

static int read_file(const char *path, uint8_t **out, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat st;
    uint8_t *buf = NULL;
    size_t got = 0;
    int ok = fstat(fd, &st) == 0 && (buf = malloc(st.st_size ? (size_t)st.st_size : 1));
    while (ok && got < (size_t)st.st_size) {
        ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ok = 0;
            if (n == 0)
                errno = EIO;
        } else
            got += (size_t)n;
    }
    int e = errno;
    close(fd);
    if (!ok) {
        free(buf);
        errno = e;
        return -1;
    }
    *out = buf;
    *len = got;
    return 0;
}

/* The directories on the way down (device, inode), so a symlink back up is not followed. */
struct dir_path {
    dev_t dev[64];
    ino_t ino[64];
    int depth;
};

static int on_path(const struct dir_path *p, const struct stat *st)
{
    for (int i = 0; i < p->depth; i++)
        if (p->dev[i] == st->st_dev && p->ino[i] == st->st_ino)
            return 1;
    return 0;
}

/* Walks host directory path; rel is the path below the class path root ("" at the top). */
static int walk_dir(struct classpath *cp, const char *path, const char *rel, const char *display,
                    struct dir_path *up, struct msglist *errors)
{
    DIR *d = opendir(path);
    if (!d) {
        msglist_add(errors, "%s%s%s: %s", display, *rel ? "/" : "", rel, strerror(errno));
        return 1;
    }
    int nerr = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        char *full = NULL, *sub = NULL;
        if (asprintf(&full, "%s/%s", path, de->d_name) < 0 ||
            asprintf(&sub, "%s%s%s", rel, *rel ? "/" : "", de->d_name) < 0) {
            free(full);
            msglist_add(errors, "%s: out of memory", display);
            nerr++;
            break;
        }
        struct stat st;
        if (stat(full, &st) < 0) {
            /* a dangling symlink is not a class: only report what could be one */
            if (ends_with(de->d_name, ".class")) {
                msglist_add(errors, "%s/%s: %s", display, sub, strerror(errno));
                nerr++;
            }
        } else if (S_ISDIR(st.st_mode)) {
            if (up->depth < 64 && !on_path(up, &st)) {
                up->dev[up->depth] = st.st_dev;
                up->ino[up->depth++] = st.st_ino;
                nerr += walk_dir(cp, full, sub, display, up, errors);
                up->depth--;
            }
        } else if (S_ISREG(st.st_mode) && ends_with(de->d_name, ".class") &&
                   strcmp(sub, "module-info.class") != 0) {
            uint8_t *data;
            size_t len;
            char *source = NULL;
            if (asprintf(&source, "%s/%s", display, sub) < 0)
                source = NULL;
            if (read_file(full, &data, &len) < 0) {
                msglist_add(errors, "%s/%s: %s", display, sub, strerror(errno));
                free(source);
                nerr++;
            } else if (push(cp, 0, strndup(sub, strlen(sub) - 6), data, len, source) < 0) {
                msglist_add(errors, "%s: out of memory", display);
                nerr++;
            }
        }
        free(full);
        free(sub);
    }
    closedir(d);
    return nerr;
}

int classpath_add_dir(struct classpath *cp, const char *dir, const char *display,
                      struct msglist *errors)
{
    struct dir_path up = { .depth = 0 };
    struct stat st;
    if (stat(dir, &st) == 0) {
        up.dev[0] = st.st_dev;
        up.ino[0] = st.st_ino;
        up.depth = 1;
    }
    return walk_dir(cp, dir, "", display, &up, errors);
}

/* ---- jars ------------------------------------------------------------------------------- */

/* An entry name we are willing to place in the image: relative, no "." or ".." components,
 * no empty components (a jar is a zip anyone can write). */
static int safe_entry_name(const char *name)
{
    if (!*name || name[0] == '/')
        return 0;
    for (const char *p = name; *p;) {
        const char *e = strchrnul(p, '/');
        size_t n = (size_t)(e - p);
        if (n == 0 || (n == 1 && p[0] == '.') || (n == 2 && p[0] == '.' && p[1] == '.'))
            return 0;
        p = *e ? e + 1 : e;
    }
    return 1;
}

/* An entry larger than this is refused: a few kilobytes of zip can inflate to gigabytes. */
#define MAX_ENTRY_SIZE ((size_t)256 << 20)

static int read_entry(struct archive *a, uint8_t **out, size_t *len)
{
    size_t cap = 4096, n = 0;
    uint8_t *buf = malloc(cap);
    for (;;) {
        if (!buf)
            return -1;
        if (n == cap && cap >= MAX_ENTRY_SIZE) {
            free(buf);
            archive_set_error(a, EFBIG, "entry larger than %zu MiB", MAX_ENTRY_SIZE >> 20);
            return -1;
        }
        if (n == cap) {
            uint8_t *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                return -1;
            }
            buf = nb;
            cap *= 2;
        }
        la_ssize_t r = archive_read_data(a, buf + n, cap - n);
        if (r < 0) {
            free(buf);
            return -1;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    *out = buf;
    *len = n;
    return 0;
}

/* One entry: skipped, or pushed as a class or a resource. Returns errors added. */
static int jar_entry(struct classpath *cp, struct archive *a, struct archive_entry *e,
                     const char *display, struct msglist *errors)
{
    const char *name = archive_entry_pathname(e);
    if (!name) {
        msglist_add(errors, "%s: corrupt jar: an entry without a name", display);
        return 1;
    }
    if (archive_entry_filetype(e) == AE_IFDIR || ends_with(name, "/"))
        return 0;
    if (strncmp(name, "META-INF/", 9) == 0 || strcmp(name, "module-info.class") == 0)
        return 0;
    if (!safe_entry_name(name)) {
        msglist_add(errors, "%s!%s: entry name leaves the jar's tree", display, name);
        return 1;
    }
    if (archive_entry_filetype(e) != AE_IFREG) {
        msglist_add(errors, "%s!%s: not a regular file", display, name);
        return 1;
    }
    uint8_t *data;
    size_t len;
    if (read_entry(a, &data, &len) < 0) {
        msglist_add(errors, "%s!%s: corrupt jar entry: %s", display, name,
                    archive_error_string(a) ? archive_error_string(a) : "out of memory");
        return 1;
    }
    char *source = NULL;
    if (asprintf(&source, "%s!%s", display, name) < 0)
        source = NULL;
    int is_class = ends_with(name, ".class");
    char *item = NULL;
    if (is_class)
        item = strndup(name, strlen(name) - 6);
    else if (asprintf(&item, "/app/%s", name) < 0)
        item = NULL;
    if (push(cp, !is_class, item, data, len, source) < 0) {
        msglist_add(errors, "%s: out of memory", display);
        return 1;
    }
    return 0;
}

int classpath_add_jar(struct classpath *cp, const char *jar, const char *display,
                      struct msglist *errors)
{
    struct archive *a = archive_read_new();
    if (!a) {
        msglist_add(errors, "%s: out of memory", display);
        return 1;
    }
    archive_read_support_format_zip(a);
    int nerr = 0;
    if (archive_read_open_filename(a, jar, 65536) != ARCHIVE_OK) {
        const char *why = archive_error_string(a);
        struct stat st;
        if (stat(jar, &st) < 0)
            msglist_add(errors, "%s: %s", display, strerror(errno));
        else
            msglist_add(errors, "%s: corrupt jar: %s", display, why ? why : "not a zip file");
        archive_read_free(a);
        return 1;
    }
    for (;;) {
        struct archive_entry *e;
        int r = archive_read_next_header(a, &e);
        if (r == ARCHIVE_EOF)
            break;
        if (r == ARCHIVE_WARN) {
            /* readable, but libarchive noticed something (e.g. an unknown extra field) */
        } else if (r != ARCHIVE_OK) {
            msglist_add(errors, "%s: corrupt jar: %s", display, archive_error_string(a));
            nerr++;
            break;
        }
        nerr += jar_entry(cp, a, e, display, errors);
    }
    archive_read_free(a);
    return nerr;
}

/* ---- sorting and duplicates ------------------------------------------------------------- */

static int item_cmp(const void *pa, const void *pb)
{
    const struct cp_item *a = pa, *b = pb;
    int c = strcmp(a->name, b->name);
    if (c)
        return c;
    return a->order < b->order ? -1 : a->order > b->order;
}

static void dotted(const char *internal, char *out, size_t outlen)
{
    snprintf(out, outlen, "%s", internal);
    for (char *p = out; *p; p++)
        if (*p == '/')
            *p = '.';
}

static int dedupe(struct cp_item *v, size_t *n, const char *what, struct msglist *errors)
{
    int nerr = 0;
    size_t out = 0;
    for (size_t i = 0; i < *n; i++) {
        if (out > 0 && strcmp(v[out - 1].name, v[i].name) == 0) {
            struct cp_item *first = &v[out - 1], *dup = &v[i];
            if (first->len != dup->len || memcmp(first->data, dup->data, dup->len) != 0) {
                char shown[512];
                if (what[0] == 'c')
                    dotted(dup->name, shown, sizeof shown);
                else
                    snprintf(shown, sizeof shown, "%s", dup->name);
                msglist_add(errors, "%s %s is in both %s and %s, with different contents", what,
                            shown, first->source, dup->source);
                nerr++;
            }
            free(dup->name);
            free(dup->data);
            free(dup->source);
            continue;
        }
        v[out++] = v[i];
    }
    *n = out;
    return nerr;
}

int classpath_finish(struct classpath *cp, struct msglist *errors)
{
    if (cp->nclasses)
        qsort(cp->classes, cp->nclasses, sizeof *cp->classes, item_cmp);
    if (cp->nresources)
        qsort(cp->resources, cp->nresources, sizeof *cp->resources, item_cmp);
    int nerr = dedupe(cp->classes, &cp->nclasses, "class", errors);
    nerr += dedupe(cp->resources, &cp->nresources, "resource", errors);
    cp->finished = 1;
    return nerr;
}

long classpath_index(const struct classpath *cp, const char *name)
{
    if (!cp->finished)
        return -1;
    size_t lo = 0, hi = cp->nclasses;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(name, cp->classes[mid].name);
        if (c == 0)
            return (long)mid;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

const struct cp_item *classpath_find(const struct classpath *cp, const char *name)
{
    long i = classpath_index(cp, name);
    return i < 0 ? NULL : &cp->classes[i];
}
