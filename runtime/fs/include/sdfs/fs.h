/* sdfs: reading the root filesystem image in place (no copies), in the guest and on a host.
 *
 * sdfs_open checks everything before anything is used: magic, version, the bounds of every
 * region and entry, names, hashes and chains, and the SHA-256 digest. After a successful open
 * every lookup is O(1) on average and never reads outside the image. Nothing here allocates
 * memory or needs more than memcmp/memcpy/strlen from libc. Thread-safe once opened (read-only).
 */
#ifndef SDFS_FS_H
#define SDFS_FS_H
#include <stddef.h>
#include <stdint.h>

#include "format.h"

struct sdfs {
    const uint8_t *base;       /* the image, read in place */
    size_t size;
    const struct sdfs_header *hdr;
    const struct sdfs_entry *entries;
    const uint32_t *buckets;
};

/* Checks and opens the image at [image, image+len). Returns 0, or -1 with a one-line reason in
 * err ("bad magic", "entry 12: data out of bounds", "digest mismatch", ...). */
int sdfs_open(struct sdfs *fs, const void *image, size_t len, char *err, size_t errlen);

/* The entry for path ("/app/x.txt" or "app/x.txt"; a trailing '/' is ignored), NULL if none. */
const struct sdfs_entry *sdfs_lookup(const struct sdfs *fs, const char *path);
const char *sdfs_name(const struct sdfs *fs, const struct sdfs_entry *e);
/* A file's contents (size bytes, read-only, 8-aligned); NULL for a directory. */
const void *sdfs_data(const struct sdfs *fs, const struct sdfs_entry *e);
static inline int sdfs_is_dir(const struct sdfs_entry *e)
{
    return (e->mode & SDFS_TYPE_MASK) == SDFS_TYPE_DIR;
}

/* The root filesystem of this guest: the image handed to the domain as its ramdisk, checked and
 * opened by the C runtime's start-up (runtime/libc) before main. NULL when the domain has none
 * (or on a host). */
const struct sdfs *sdfs_root(void);
/* Mounts image as the root (called once by the start-up code). Returns 0 or -1 with err. */
int sdfs_mount_root(const void *image, size_t len, char *err, size_t errlen);

#endif
