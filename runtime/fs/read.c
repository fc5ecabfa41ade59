/* Reading an sdfs image in place: the checks of sdfs_open, then lookups.
 *
 * sdfs_open trusts nothing in the image. Its checks, in order (each failure names what and
 * where, in one line):
 *   1. the header: size, alignment, magic, version, header_size, image_size <= len, reserved;
 *   2. the regions: entries, buckets, names and data fill [header_size, image_size) in that
 *      order, each exactly where the previous one ends (data 8-aligned), without overflow;
 *   3. the SHA-256 digest of [header_size, image_size);
 *   4. every entry: reserved, mode, name (in bounds, NUL-terminated, the stated length, a
 *      canonical path), hash, data (in bounds, 8-aligned), sorted and unique names;
 *   5. the hash table: bucket heads and chain links are valid indexes, in the right bucket,
 *      strictly increasing; every entry is reachable exactly once;
 *   6. the tree: the parent of every entry is a directory entry.
 * After that, lookups and data pointers need no further checks. Nothing allocates. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "sdfs/fs.h"
#include "sdfs/write.h"

#define SDFS_PERM_MASK 0x0fffu

/* A tiny formatter for error messages: %s, %u (unsigned), %lu (uint64_t). The guest library
 * must not depend on stdio (it sits below it), so no snprintf. */
static void put(char *err, size_t errlen, size_t *n, char c)
{
    if (*n + 1 < errlen)
        err[(*n)++] = c;
}

static void put_u64(char *err, size_t errlen, size_t *n, uint64_t v)
{
    char digits[20];
    int k = 0;
    do {
        digits[k++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (k)
        put(err, errlen, n, digits[--k]);
}

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || errlen == 0)
        return -1;
    va_list ap;
    va_start(ap, fmt);
    size_t n = 0;
    for (const char *f = fmt; *f; f++) {
        if (*f != '%') {
            put(err, errlen, &n, *f);
        } else if (f[1] == 's') {
            for (const char *s = va_arg(ap, const char *); *s; s++)
                put(err, errlen, &n, *s);
            f++;
        } else if (f[1] == 'u') {
            put_u64(err, errlen, &n, va_arg(ap, unsigned));
            f++;
        } else if (f[1] == 'l' && f[2] == 'u') {
            put_u64(err, errlen, &n, va_arg(ap, uint64_t));
            f += 2;
        } else {
            put(err, errlen, &n, *f);
        }
    }
    err[n] = '\0';
    va_end(ap);
    return -1;
}

/* [off, off + size) inside [lo, hi), without overflow. */
static bool region_ok(uint64_t off, uint64_t size, uint64_t lo, uint64_t hi)
{
    return off >= lo && off <= hi && size <= hi - off;
}

static int check_header(const struct sdfs_header *h, size_t len, char *err, size_t errlen)
{
    if (memcmp(h->magic, SDFS_MAGIC, sizeof h->magic) != 0)
        return fail(err, errlen, "bad magic (not an sdfs image)");
    if (h->version != SDFS_VERSION)
        return fail(err, errlen, "unsupported version %u", h->version);
    if (h->header_size != SDFS_HEADER_SIZE)
        return fail(err, errlen, "bad header size %u", h->header_size);
    if (h->image_size < SDFS_HEADER_SIZE || h->image_size > len)
        return fail(err, errlen, "image size %lu does not fit the %lu bytes given",
                    (uint64_t)h->image_size, (uint64_t)len);
    for (size_t i = 0; i < sizeof h->reserved; i++)
        if (h->reserved[i] != 0)
            return fail(err, errlen, "header reserved bytes not zero");
    if (h->bucket_count == 0 || (h->bucket_count & (h->bucket_count - 1)) != 0)
        return fail(err, errlen, "bucket count %u is not a power of two", h->bucket_count);
    return 0;
}

/* The four regions follow each other exactly as the format lays them out: entries right after
 * the header, buckets right after the entries, names right after the buckets, data at the next
 * multiple of 8, ending the image. So the header leaves no room for gaps or overlaps, and
 * every byte it does not describe is covered by the digest. */
static int check_regions(const struct sdfs_header *h, char *err, size_t errlen)
{
    uint64_t end = h->image_size;
    uint64_t entries_size = (uint64_t)h->entry_count * sizeof(struct sdfs_entry);
    uint64_t buckets_size = (uint64_t)h->bucket_count * sizeof(uint32_t);

    if (h->entries_off != h->header_size || !region_ok(h->entries_off, entries_size, 0, end))
        return fail(err, errlen, "entries region misplaced or out of bounds");
    if (h->buckets_off != h->entries_off + entries_size ||
        !region_ok(h->buckets_off, buckets_size, 0, end))
        return fail(err, errlen, "buckets region misplaced or out of bounds");
    if (h->names_off != h->buckets_off + buckets_size ||
        !region_ok(h->names_off, h->names_size, 0, end))
        return fail(err, errlen, "names region misplaced or out of bounds");
    uint64_t names_end = h->names_off + h->names_size;
    uint64_t data_start = names_end + (SDFS_DATA_ALIGN - names_end % SDFS_DATA_ALIGN) % SDFS_DATA_ALIGN;
    if (h->data_off != data_start || !region_ok(h->data_off, h->data_size, 0, end) ||
        h->data_off + h->data_size != end)
        return fail(err, errlen, "data region misplaced or out of bounds");
    return 0;
}

/* A stored path: components separated by single '/', none empty, "." or "..". */
static bool canonical_path(const char *p, uint32_t len)
{
    uint32_t start = 0;
    for (uint32_t i = 0; i <= len; i++) {
        if (i < len && p[i] != '/')
            continue;
        uint32_t n = i - start;
        if (n == 0 || (n == 1 && p[start] == '.') ||
            (n == 2 && p[start] == '.' && p[start + 1] == '.'))
            return false;
        start = i + 1;
    }
    return true;
}

static bool nul_free(const char *s, uint32_t len)
{
    for (uint32_t i = 0; i < len; i++)
        if (s[i] == '\0')
            return false;
    return true;
}

/* Bytewise order of two names of known length without NULs inside. */
static int name_cmp(const char *a, uint32_t alen, const char *b, uint32_t blen)
{
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c != 0)
        return c;
    return alen < blen ? -1 : alen > blen;
}

static int check_entry(const struct sdfs *fs, uint32_t i, char *err, size_t errlen)
{
    const struct sdfs_header *h = fs->hdr;
    const struct sdfs_entry *e = &fs->entries[i];
    const char *names = (const char *)fs->base + h->names_off;

    if (e->reserved != 0)
        return fail(err, errlen, "entry %u: reserved field not zero", i);
    uint32_t type = e->mode & SDFS_TYPE_MASK;
    if ((type != SDFS_TYPE_FILE && type != SDFS_TYPE_DIR) ||
        (e->mode & ~(SDFS_TYPE_MASK | SDFS_PERM_MASK)) != 0)
        return fail(err, errlen, "entry %u: bad mode %u", i, e->mode);
    /* The name and its NUL inside the names region. */
    if (e->name_len == 0 || (uint64_t)e->name_off + e->name_len >= h->names_size)
        return fail(err, errlen, "entry %u: name out of bounds", i);
    const char *name = names + e->name_off;
    if (name[e->name_len] != '\0' || !nul_free(name, e->name_len))
        return fail(err, errlen, "entry %u: name length does not match its NUL", i);
    if (!canonical_path(name, e->name_len))
        return fail(err, errlen, "entry %u: bad path '%s'", i, name);
    if (e->hash != sdfs_hash(name, e->name_len))
        return fail(err, errlen, "entry %u (%s): hash mismatch", i, name);
    if (type == SDFS_TYPE_DIR) {
        if (e->data_off != 0 || e->size != 0)
            return fail(err, errlen, "entry %u (%s): directory with data", i, name);
    } else if (e->data_off % SDFS_DATA_ALIGN != 0 ||
               !region_ok(e->data_off, e->size, 0, h->data_size)) {
        return fail(err, errlen, "entry %u (%s): data out of bounds", i, name);
    }
    if (i > 0) {
        const struct sdfs_entry *p = &fs->entries[i - 1];
        if (name_cmp(names + p->name_off, p->name_len, name, e->name_len) >= 0)
            return fail(err, errlen, "entry %u (%s): not sorted or duplicate", i, name);
    }
    return 0;
}

static int check_chains(const struct sdfs *fs, char *err, size_t errlen)
{
    const struct sdfs_header *h = fs->hdr;
    uint32_t mask = h->bucket_count - 1;

    /* Each link: a later entry of the same bucket. Then every chain is strictly increasing,
     * cannot loop, and no entry can be in two chains. */
    for (uint32_t i = 0; i < h->entry_count; i++) {
        uint32_t next = fs->entries[i].next;
        if (next == SDFS_NONE)
            continue;
        if (next <= i || next >= h->entry_count)
            return fail(err, errlen, "entry %u: bad chain link %u", i, next);
        if ((fs->entries[next].hash & mask) != (fs->entries[i].hash & mask))
            return fail(err, errlen, "entry %u: chain link %u to another bucket", i, next);
    }
    /* Each head in its bucket; walking all chains must reach every entry. */
    uint64_t reached = 0;
    for (uint32_t b = 0; b <= mask; b++) {
        uint32_t head = fs->buckets[b];
        if (head == SDFS_NONE)
            continue;
        if (head >= h->entry_count)
            return fail(err, errlen, "bucket %u: bad head %u", b, head);
        if ((fs->entries[head].hash & mask) != b)
            return fail(err, errlen, "bucket %u: head %u belongs to another bucket", b, head);
        for (uint32_t i = head; i != SDFS_NONE; i = fs->entries[i].next)
            reached++;
    }
    if (reached != h->entry_count)
        return fail(err, errlen, "hash chains reach %lu of %u entries", reached, h->entry_count);
    return 0;
}

/* Every entry's parent directory is there (lookups work from here on). */
static int check_tree(const struct sdfs *fs, char *err, size_t errlen)
{
    for (uint32_t i = 0; i < fs->hdr->entry_count; i++) {
        const struct sdfs_entry *e = &fs->entries[i];
        const char *name = sdfs_name(fs, e);
        uint32_t n = e->name_len;
        while (n > 0 && name[n - 1] != '/')
            n--;
        if (n == 0)
            continue;           /* at the root */
        const struct sdfs_entry *parent = NULL;
        uint32_t mask = fs->hdr->bucket_count - 1;
        uint32_t hash = sdfs_hash(name, n - 1);
        for (uint32_t j = fs->buckets[hash & mask]; j != SDFS_NONE; j = fs->entries[j].next) {
            const struct sdfs_entry *c = &fs->entries[j];
            if (c->hash == hash && c->name_len == n - 1 && memcmp(sdfs_name(fs, c), name, n - 1) == 0)
                parent = c;
        }
        if (!parent || !sdfs_is_dir(parent))
            return fail(err, errlen, "entry %u (%s): parent is not a directory", i, name);
    }
    return 0;
}

int sdfs_open(struct sdfs *fs, const void *image, size_t len, char *err, size_t errlen)
{
    *fs = (struct sdfs){ 0 };
    if (len < SDFS_HEADER_SIZE)
        return fail(err, errlen, "image too short (%lu bytes)", (uint64_t)len);
    if ((uintptr_t)image % SDFS_DATA_ALIGN != 0)
        return fail(err, errlen, "image not 8-byte aligned in memory");
    const struct sdfs_header *h = image;
    if (check_header(h, len, err, errlen) != 0 || check_regions(h, err, errlen) != 0)
        return -1;

    uint8_t digest[32];
    sdfs_sha256((const uint8_t *)image + h->header_size, h->image_size - h->header_size, digest);
    if (memcmp(digest, h->digest, sizeof digest) != 0)
        return fail(err, errlen, "digest mismatch (image damaged)");

    struct sdfs tmp = {
        .base = image,
        .size = h->image_size,
        .hdr = h,
        .entries = (const struct sdfs_entry *)((const uint8_t *)image + h->entries_off),
        .buckets = (const uint32_t *)((const uint8_t *)image + h->buckets_off),
    };
    for (uint32_t i = 0; i < h->entry_count; i++)
        if (check_entry(&tmp, i, err, errlen) != 0)
            return -1;
    if (check_chains(&tmp, err, errlen) != 0 || check_tree(&tmp, err, errlen) != 0)
        return -1;
    *fs = tmp;
    return 0;
}

const struct sdfs_entry *sdfs_lookup(const struct sdfs *fs, const char *path)
{
    while (*path == '/')
        path++;
    size_t len = strlen(path);
    if (len > 0 && path[len - 1] == '/')
        len--;
    if (len == 0 || len > UINT32_MAX)
        return NULL;            /* the root has no entry */
    uint32_t hash = sdfs_hash(path, (uint32_t)len);
    uint32_t mask = fs->hdr->bucket_count - 1;
    for (uint32_t i = fs->buckets[hash & mask]; i != SDFS_NONE; i = fs->entries[i].next) {
        const struct sdfs_entry *e = &fs->entries[i];
        if (e->hash == hash && e->name_len == len && memcmp(sdfs_name(fs, e), path, len) == 0)
            return e;
    }
    return NULL;
}

const char *sdfs_name(const struct sdfs *fs, const struct sdfs_entry *e)
{
    return (const char *)fs->base + fs->hdr->names_off + e->name_off;
}

const void *sdfs_data(const struct sdfs *fs, const struct sdfs_entry *e)
{
    if (sdfs_is_dir(e))
        return NULL;
    return fs->base + fs->hdr->data_off + e->data_off;
}
