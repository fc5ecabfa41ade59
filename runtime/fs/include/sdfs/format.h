/* The on-image format of the read-only root filesystem (sdfs), version 1.
 *
 * Written on the build host (runtime/fs/write.c, used by stardust-build and the tests), read in
 * place by the guest from its PV ramdisk (runtime/fs/read.c). This header is the only part of
 * runtime/ that builder/ includes. All integers are little-endian; every offset counts from the
 * start of the image.
 *
 *   [header, 128 bytes][entries][buckets][names][data]
 *
 * entries   entry_count struct sdfs_entry, sorted by path (bytewise). Paths are stored without a
 *           leading '/', components separated by '/', no "." or ".." or empty components
 *           ("classlib/java/lang/Object.class"). Directories have entries too (size 0).
 * buckets   bucket_count (a power of two) uint32 entry indexes: the first entry whose
 *           hash & (bucket_count - 1) is this bucket, SDFS_NONE if none. Entries of a bucket are
 *           chained by `next` in increasing index order (so a chain cannot loop).
 * names     each path NUL-terminated; an entry points at its own.
 * data      file contents, each starting at a multiple of 8 bytes.
 * digest    SHA-256 of bytes [header_size, image_size): the reader checks it before use.
 *
 * Fixed paths inside the image (see runtime/fs/README.md):
 *   classlib/...                 the class library (the VM's boot class path, /classlib)
 *   app/...                      the application's classes and resources (class path /app)
 *   etc/stardust/java.conf       the launch configuration (main class, args, properties...)
 */
#ifndef SDFS_FORMAT_H
#define SDFS_FORMAT_H
#include <stdint.h>

#define SDFS_MAGIC        "SDFSIMG1"      /* 8 bytes, no NUL */
#define SDFS_VERSION      1u
#define SDFS_HEADER_SIZE  128u
#define SDFS_NONE         0xffffffffu
#define SDFS_DATA_ALIGN   8u
#define SDFS_CONFIG_PATH  "etc/stardust/java.conf"

/* entry mode: type in the high bits, permissions (0444 / 0555) in the low 12 */
#define SDFS_TYPE_MASK    0xf000u
#define SDFS_TYPE_FILE    0x8000u
#define SDFS_TYPE_DIR     0x4000u

struct sdfs_header {
    uint8_t  magic[8];
    uint32_t version;
    uint32_t header_size;      /* SDFS_HEADER_SIZE */
    uint64_t image_size;       /* the whole image in bytes */
    uint32_t entry_count;
    uint32_t bucket_count;     /* power of two, >= 1 */
    uint64_t entries_off;
    uint64_t buckets_off;
    uint64_t names_off;
    uint64_t names_size;
    uint64_t data_off;
    uint64_t data_size;
    uint8_t  digest[32];       /* SHA-256 of [header_size, image_size) */
    uint8_t  reserved[16];     /* zero */
};

struct sdfs_entry {
    uint32_t name_off;         /* from names_off; the name is NUL-terminated there */
    uint32_t name_len;         /* bytes, without the NUL */
    uint32_t hash;             /* sdfs_hash of the name */
    uint32_t next;             /* next entry index in the bucket's chain, or SDFS_NONE */
    uint32_t mode;             /* SDFS_TYPE_* | permissions */
    uint32_t reserved;         /* zero */
    uint64_t data_off;         /* from data_off (files; 0 for directories) */
    uint64_t size;             /* bytes (files; 0 for directories) */
};

_Static_assert(sizeof(struct sdfs_header) == SDFS_HEADER_SIZE, "sdfs header is 128 bytes");
_Static_assert(sizeof(struct sdfs_entry) == 40, "sdfs entry is 40 bytes");

/* FNV-1a, 32 bits, over the stored path (no leading '/'). */
static inline uint32_t sdfs_hash(const char *s, uint32_t len)
{
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < len; i++)
        h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

#endif
