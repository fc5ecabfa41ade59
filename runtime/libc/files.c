/* Files: the read-only root filesystem image (runtime/fs, mounted by start.c) behind open,
 * read (through console_io.c), close, fstat, lseek, stat, lstat, access; and isatty, unlink,
 * link for newlib.
 *
 * Descriptors 0-2 are the console (console_io.c); 3 and up are files and directories opened
 * from the image, from a small table. Reads copy out of the image in place. Everything is
 * read-only: opening for writing, creating, truncating, unlinking or linking an existing path
 * gives EROFS; a path that is not there gives ENOENT (ENOTDIR when a file is used as a
 * directory). Without a root image the filesystem is an empty root directory. The working
 * directory is "/"; "." and ".." are resolved by name. Context of every call: thread. */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sd/sync.h>
#include <sdfs/fs.h>

#include "console_io.h"
#include "files.h"

#define SDC_FIRST_FILE_FD 3
#define SDC_MAX_FILES     64
#define SDC_PATH_MAX      1024
#define SDC_FS_DEV        0x5344      /* st_dev of every file: "SD" */
#define SDC_BLKSIZE       4096        /* st_blksize: stdio's buffer size for a file */

/* A node of the tree: an image entry, or the root directory (no entry). */
struct node {
    const struct sdfs_entry *e;   /* NULL for the root */
};

struct open_file {
    bool used;
    struct node node;
    uint64_t pos;
};

static struct open_file table[SDC_MAX_FILES];
static struct sd_mutex table_lock = SD_MUTEX_INITIALIZER;

static int fail(int err)
{
    errno = err;
    return -1;
}

static bool node_is_dir(struct node n)
{
    return !n.e || sdfs_is_dir(n.e);
}

/* path made absolute and canonical, in the image's form (no leading '/'; "" is the root),
 * into out. -1 with errno (ENOENT for "", ENAMETOOLONG). *trailing_slash says whether the
 * path ended in '/' (then it must name a directory). */
static int resolve(const char *path, char out[SDC_PATH_MAX], bool *trailing_slash)
{
    size_t n = 0;
    if (!path || !*path)
        return fail(ENOENT);
    size_t plen = strlen(path);
    *trailing_slash = path[plen - 1] == '/';
    for (const char *p = path; *p;) {
        while (*p == '/')
            p++;
        const char *c = p;
        while (*p && *p != '/')
            p++;
        size_t clen = (size_t)(p - c);
        if (clen == 0 || (clen == 1 && c[0] == '.'))
            continue;
        if (clen == 2 && c[0] == '.' && c[1] == '.') {
            while (n > 0 && out[n - 1] != '/')
                n--;
            if (n > 0)
                n--;            /* the '/' before the last component */
            continue;
        }
        if (n + (n > 0) + clen >= SDC_PATH_MAX)
            return fail(ENAMETOOLONG);
        if (n > 0)
            out[n++] = '/';
        memcpy(out + n, c, clen);
        n += clen;
    }
    out[n] = '\0';
    return 0;
}

/* The node at canonical path, or -1 with ENOENT / ENOTDIR. */
static int find(const char *canon, bool trailing_slash, struct node *node)
{
    const struct sdfs *fs = sdfs_root();
    if (canon[0] == '\0') {
        node->e = NULL;
        return 0;
    }
    const struct sdfs_entry *e = fs ? sdfs_lookup(fs, canon) : NULL;
    if (e) {
        if (trailing_slash && !sdfs_is_dir(e))
            return fail(ENOTDIR);
        node->e = e;
        return 0;
    }
    /* Missing: ENOTDIR if some leading component is a file. */
    char prefix[SDC_PATH_MAX];
    for (size_t i = 0; fs && canon[i]; i++) {
        if (canon[i] != '/')
            continue;
        memcpy(prefix, canon, i);
        prefix[i] = '\0';
        const struct sdfs_entry *p = sdfs_lookup(fs, prefix);
        if (!p)
            break;
        if (!sdfs_is_dir(p))
            return fail(ENOTDIR);
    }
    return fail(ENOENT);
}

static int lookup_path(const char *path, struct node *node)
{
    char canon[SDC_PATH_MAX];
    bool slash;
    if (resolve(path, canon, &slash) != 0)
        return -1;
    return find(canon, slash, node);
}

static void fill_stat(struct node n, struct stat *st)
{
    const struct sdfs *fs = sdfs_root();
    memset(st, 0, sizeof *st);
    st->st_dev = SDC_FS_DEV;
    st->st_ino = n.e ? (ino_t)(n.e - fs->entries) + 2 : 1;
    st->st_mode = n.e ? (mode_t)(n.e->mode & 0777) : 0555;
    st->st_mode |= node_is_dir(n) ? S_IFDIR : S_IFREG;
    st->st_nlink = node_is_dir(n) ? 2 : 1;
    st->st_size = n.e ? (off_t)n.e->size : 0;
    st->st_blksize = SDC_BLKSIZE;
    st->st_blocks = (st->st_size + 511) / 512;
}

/* The open file behind fd, or NULL (table_lock held by the caller). */
static struct open_file *file_of(int fd)
{
    int i = fd - SDC_FIRST_FILE_FD;
    if (i < 0 || i >= SDC_MAX_FILES || !table[i].used)
        return NULL;
    return &table[i];
}

int open(const char *path, int flags, ...)
{
    char canon[SDC_PATH_MAX];
    bool slash;
    struct node node;
    if (resolve(path, canon, &slash) != 0)
        return -1;
    bool writing = (flags & O_ACCMODE) != O_RDONLY || (flags & (O_TRUNC | O_APPEND));
    if (find(canon, slash, &node) != 0) {
        /* Creating it would write the filesystem; anything else: it is not there. */
        if (errno == ENOENT && (flags & O_CREAT))
            errno = EROFS;
        return -1;
    }
    if ((flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL))
        return fail(EEXIST);
    if (node_is_dir(node) && writing)
        return fail(EISDIR);
    if (writing)
        return fail(EROFS);
    if ((flags & O_DIRECTORY) && !node_is_dir(node))
        return fail(ENOTDIR);

    sd_mutex_lock(&table_lock);
    int fd = -1;
    for (int i = 0; i < SDC_MAX_FILES && fd < 0; i++) {
        if (!table[i].used) {
            table[i] = (struct open_file){ .used = true, .node = node, .pos = 0 };
            fd = SDC_FIRST_FILE_FD + i;
        }
    }
    sd_mutex_unlock(&table_lock);
    return fd >= 0 ? fd : fail(EMFILE);
}

ssize_t sdc_file_read(int fd, void *buf, size_t len)
{
    sd_mutex_lock(&table_lock);
    struct open_file *f = file_of(fd);
    ssize_t n = -1;
    if (!f) {
        errno = EBADF;
    } else if (node_is_dir(f->node)) {
        errno = EISDIR;
    } else {
        uint64_t size = f->node.e->size;
        uint64_t left = f->pos < size ? size - f->pos : 0;
        if (len > left)
            len = (size_t)left;
        if (len > SIZE_MAX / 2)
            len = SIZE_MAX / 2;     /* what ssize_t can return */
        memcpy(buf, (const uint8_t *)sdfs_data(sdfs_root(), f->node.e) + f->pos, len);
        f->pos += len;
        n = (ssize_t)len;
    }
    sd_mutex_unlock(&table_lock);
    return n;
}

/* The console stays open whatever is closed: there is nothing to release. */
int close(int fd)
{
    if (sdc_is_console_fd(fd))
        return 0;
    sd_mutex_lock(&table_lock);
    struct open_file *f = file_of(fd);
    if (f)
        f->used = false;
    sd_mutex_unlock(&table_lock);
    return f ? 0 : fail(EBADF);
}

int fstat(int fd, struct stat *st)
{
    if (sdc_is_console_fd(fd)) {
        memset(st, 0, sizeof *st);
        st->st_mode = S_IFCHR | 0620;
        st->st_blksize = 1024;   /* stdio's buffer size for the stream */
        return 0;
    }
    sd_mutex_lock(&table_lock);
    struct open_file *f = file_of(fd);
    if (f)
        fill_stat(f->node, st);
    sd_mutex_unlock(&table_lock);
    return f ? 0 : fail(EBADF);
}

int isatty(int fd)
{
    if (sdc_is_console_fd(fd))
        return 1;
    sd_mutex_lock(&table_lock);
    struct open_file *f = file_of(fd);
    sd_mutex_unlock(&table_lock);
    errno = f ? ENOTTY : EBADF;
    return 0;
}

off_t lseek(int fd, off_t offset, int whence)
{
    if (sdc_is_console_fd(fd))
        return fail(ESPIPE);
    sd_mutex_lock(&table_lock);
    struct open_file *f = file_of(fd);
    off_t r = -1;
    if (!f) {
        errno = EBADF;
    } else {
        int64_t base = whence == SEEK_SET ? 0
                     : whence == SEEK_CUR ? (int64_t)f->pos
                     : whence == SEEK_END ? (int64_t)(f->node.e ? f->node.e->size : 0)
                     : -1;
        if (base < 0 || (offset < 0 && base + offset < 0) ||
            (offset > 0 && base > INT64_MAX - offset)) {
            errno = EINVAL;
        } else {
            f->pos = (uint64_t)(base + offset);
            r = (off_t)f->pos;
        }
    }
    sd_mutex_unlock(&table_lock);
    return r;
}

int stat(const char *restrict path, struct stat *restrict st)
{
    struct node node;
    if (lookup_path(path, &node) != 0)
        return -1;
    fill_stat(node, st);
    return 0;
}

/* No symbolic links in the image. */
int lstat(const char *restrict path, struct stat *restrict st)
{
    return stat(path, st);
}

int access(const char *path, int mode)
{
    struct node node;
    if (lookup_path(path, &node) != 0)
        return -1;
    if (mode & W_OK)
        return fail(EROFS);
    if ((mode & X_OK) && !node_is_dir(node))
        return fail(EACCES);     /* files are 0444 */
    return 0;
}

int unlink(const char *path)
{
    struct node node;
    if (lookup_path(path, &node) != 0)
        return -1;
    return fail(EROFS);
}

int link(const char *old, const char *new)
{
    struct node node;
    if (lookup_path(old, &node) != 0)
        return -1;
    return fail(EROFS);
}

int mkdir(const char *path, mode_t mode)
{
    struct node node;
    if (lookup_path(path, &node) == 0)
        return fail(EEXIST);
    return errno == ENOENT ? fail(EROFS) : -1;
}

int rmdir(const char *path)
{
    struct node node;
    if (lookup_path(path, &node) != 0)
        return -1;
    return fail(node_is_dir(node) ? EROFS : ENOTDIR);
}
