/* Every kind of damage sdfs_open must refuse, each with its message.
 *
 * A valid image is made with the writer, copied, damaged in one way, and (except for the
 * digest test itself) its digest recomputed, so that each structural check is what refuses
 * it, not the digest. The image has enough entries (43) for hash chains longer than one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sdfs/fs.h"
#include "sdfs/write.h"
#include "sdfs_test.h"

static uint8_t *good;       /* the valid image */
static size_t good_len;
static uint8_t *img;        /* the copy each test damages (8-aligned, from malloc) */
static size_t len;

static struct sdfs_header *H(void)
{
    return (struct sdfs_header *)img;
}

static struct sdfs_entry *E(uint32_t i)
{
    return (struct sdfs_entry *)(img + H()->entries_off) + i;
}

static uint32_t *B(void)
{
    return (uint32_t *)(img + H()->buckets_off);
}

static void setup(void)
{
    char err[256] = "", path[64];
    char *dir = test_tmpdir();
    struct sdfs_writer *w = sdfs_writer_new();
    for (int i = 0; i < 40; i++) {
        snprintf(path, sizeof path, "/app/f%02d.txt", i);
        ck_assert(sdfs_writer_add(w, path, path, strlen(path), err, sizeof err) == 0);
    }
    ck_assert(sdfs_writer_add(w, "/app/sub/z", "zz", 2, err, sizeof err) == 0);
    char out[4200];
    snprintf(out, sizeof out, "%s/c.img", dir);
    ck_assert_msg(sdfs_writer_write(w, out, NULL, NULL, err, sizeof err) == 0, "%s", err);
    sdfs_writer_free(w);
    good = read_host_file(out, &good_len);
    rm_tree(dir);
    free(dir);
    len = good_len;
    img = malloc(len + 8);
    memcpy(img, good, len);
    struct sdfs fs;
    ck_assert_msg(sdfs_open(&fs, img, len, err, sizeof err) == 0, "fixture: %s", err);
    ck_assert_uint_eq(fs.hdr->entry_count, 43);
}

static void teardown(void)
{
    free(good);
    free(img);
}

/* Recompute the digest over what the (maybe damaged) header says, where that is possible. */
static void reseal(void)
{
    struct sdfs_header *h = H();
    if (h->image_size >= SDFS_HEADER_SIZE && h->image_size <= len)
        sdfs_sha256(img + SDFS_HEADER_SIZE, h->image_size - SDFS_HEADER_SIZE, h->digest);
}

static void expect_refused(const void *image, size_t n, const char *want)
{
    struct sdfs fs;
    char err[256];
    memset(err, 0x7f, sizeof err);
    ck_assert_int_eq(sdfs_open(&fs, image, n, err, sizeof err), -1);
    ck_assert_msg(memchr(err, '\0', sizeof err) != NULL, "message not terminated");
    ck_assert_msg(strstr(err, want) != NULL, "message '%s', want '%s'", err, want);
    ck_assert_ptr_null(fs.hdr);     /* nothing half-opened */
}

static void expect(const char *want)
{
    reseal();
    expect_refused(img, len, want);
}

/* The first entry with a chain link, and the bucket mask. */
static uint32_t linked_entry(void)
{
    for (uint32_t i = 0; i < H()->entry_count; i++)
        if (E(i)->next != SDFS_NONE)
            return i;
    ck_abort_msg("fixture has no chain of two");
    return 0;
}

static uint32_t first_file(void)
{
    for (uint32_t i = 0; i < H()->entry_count; i++)
        if ((E(i)->mode & SDFS_TYPE_MASK) == SDFS_TYPE_FILE && E(i)->size > 0)
            return i;
    ck_abort_msg("fixture has no file");
    return 0;
}

#define CORRUPT(name, ...)    \
    START_TEST(name)          \
    {                         \
        __VA_ARGS__;          \
    }                         \
    END_TEST

/* ---- the header ---- */
CORRUPT(too_short, expect_refused(img, 100, "image too short"))
CORRUPT(misaligned, {
    uint8_t *odd = malloc(len + 8);
    memcpy(odd + 4, img, len);
    expect_refused(odd + 4, len, "not 8-byte aligned");
    free(odd);
})
CORRUPT(bad_magic, { H()->magic[7] = '2'; expect("bad magic"); })
CORRUPT(bad_version, { H()->version = 2; expect("unsupported version 2"); })
CORRUPT(bad_header_size, { H()->header_size = 64; expect("bad header size 64"); })
CORRUPT(truncated, expect_refused(img, len - 8, "does not fit"))
CORRUPT(image_size_too_small, { H()->image_size = 64; expect("does not fit"); })
CORRUPT(header_reserved, { H()->reserved[15] = 1; expect("header reserved bytes not zero"); })
CORRUPT(buckets_not_power_of_two, { H()->bucket_count = 48; expect("not a power of two"); })
CORRUPT(no_buckets, { H()->bucket_count = 0; expect("not a power of two"); })

/* ---- the regions ---- */
CORRUPT(entries_overlap_header, { H()->entries_off = 64; expect("entries region misplaced or out of bounds"); })
CORRUPT(entries_past_end, { H()->entry_count = 0x7fffffff; expect("entries region misplaced or out of bounds"); })
CORRUPT(entries_misaligned, { H()->entries_off += 4; expect("entries region misplaced or out of bounds"); })
CORRUPT(buckets_overlap_entries, { H()->buckets_off -= 40; expect("buckets region misplaced or out of bounds"); })
CORRUPT(buckets_past_end, { H()->bucket_count = 1u << 30; expect("buckets region misplaced or out of bounds"); })
CORRUPT(names_overflow, { H()->names_size = UINT64_MAX - 8; expect("names region misplaced or out of bounds"); })
CORRUPT(names_overlap_data, { H()->names_size += 4096; expect("out of bounds"); })
CORRUPT(gap_before_data, { H()->data_off += 8; H()->data_size -= 8; expect("data region misplaced"); })
CORRUPT(data_short_of_end, { H()->data_size -= 8; expect("data region misplaced"); })
CORRUPT(gap_after_buckets, { H()->names_off += 4; expect("names region misplaced"); })
CORRUPT(data_overflow, { H()->data_size = UINT64_MAX; expect("data region misplaced or out of bounds"); })
CORRUPT(data_past_end, { H()->data_size += 8; expect("data region misplaced or out of bounds"); })
CORRUPT(data_misaligned, { H()->data_off += 1; H()->data_size -= 1; expect("data region misplaced or out of bounds"); })

/* ---- the digest: one flipped data byte, not resealed ---- */
CORRUPT(flipped_data_byte, {
    img[H()->data_off + 3] ^= 0x01;
    expect_refused(img, len, "digest mismatch");
})
CORRUPT(flipped_digest, {
    H()->digest[0] ^= 0x80;
    expect_refused(img, len, "digest mismatch");
})

/* ---- the entries ---- */
CORRUPT(entry_reserved, { E(5)->reserved = 1; expect("entry 5: reserved field not zero"); })
CORRUPT(entry_bad_type, { E(5)->mode = 0x2000 | 0444; expect("entry 5: bad mode"); })
CORRUPT(entry_bad_mode_bits, { E(5)->mode |= 0x10000; expect("entry 5: bad mode"); })
CORRUPT(name_out_of_bounds, { E(5)->name_off = (uint32_t)H()->names_size; expect("entry 5: name out of bounds"); })
CORRUPT(name_empty, { E(5)->name_len = 0; expect("entry 5: name out of bounds"); })
CORRUPT(name_too_long, { E(5)->name_len += 1; expect("entry 5: name length does not match its NUL"); })
CORRUPT(name_too_short, { E(5)->name_len -= 1; expect("entry 5: name length does not match its NUL"); })
CORRUPT(name_dotdot, {
    char *name = (char *)img + H()->names_off + E(1)->name_off;   /* app/f00.txt */
    memcpy(name + 4, "..", 2);
    name[6] = '/';
    expect("entry 1: bad path 'app/../.txt'");
})
CORRUPT(name_empty_component, {
    char *name = (char *)img + H()->names_off + E(1)->name_off;
    name[4] = '/';
    expect("entry 1: bad path 'app//00.txt'");
})
CORRUPT(hash_mismatch, { E(5)->hash ^= 1; expect("entry 5 (app/f04.txt): hash mismatch"); })
CORRUPT(directory_with_data, { E(0)->size = 8; expect("entry 0 (app): directory with data"); })
CORRUPT(file_data_out_of_bounds, {
    uint32_t i = first_file();
    E(i)->size = H()->data_size + 1;
    expect("data out of bounds");
})
CORRUPT(file_data_overflow, {
    uint32_t i = first_file();
    E(i)->data_off = UINT64_MAX & ~7ull;
    expect("data out of bounds");
})
CORRUPT(file_data_misaligned, {
    uint32_t i = first_file();
    E(i)->data_off += 1;
    expect("data out of bounds");
})
CORRUPT(unsorted, {
    struct sdfs_entry t = *E(3);
    *E(3) = *E(4);
    *E(4) = t;
    expect("entry 4 (app/f02.txt): not sorted or duplicate");
})
CORRUPT(duplicate_name, {
    E(4)->name_off = E(3)->name_off;
    E(4)->name_len = E(3)->name_len;
    E(4)->hash = E(3)->hash;
    expect("entry 4 (app/f02.txt): not sorted or duplicate");
})

/* ---- the hash chains ---- */
CORRUPT(chain_link_backwards, {
    uint32_t i = linked_entry();
    E(i)->next = i;
    expect("bad chain link");
})
CORRUPT(chain_link_past_end, {
    uint32_t i = linked_entry();
    E(i)->next = H()->entry_count;
    expect("bad chain link");
})
CORRUPT(chain_link_other_bucket, {
    uint32_t i = linked_entry(), mask = H()->bucket_count - 1, j;
    for (j = i + 1; j < H()->entry_count && (E(j)->hash & mask) == (E(i)->hash & mask); j++)
        ;
    ck_assert_uint_lt(j, H()->entry_count);
    E(i)->next = j;
    expect("to another bucket");
})
CORRUPT(chain_cut, {
    uint32_t i = linked_entry();
    E(i)->next = SDFS_NONE;
    expect("hash chains reach 42 of 43 entries");
})
CORRUPT(bucket_head_past_end, {
    uint32_t b = E(0)->hash & (H()->bucket_count - 1);
    B()[b] = 1000;
    expect("bad head 1000");
})
CORRUPT(bucket_head_other_bucket, {
    uint32_t b = E(0)->hash & (H()->bucket_count - 1);
    B()[(b + 1) & (H()->bucket_count - 1)] = 0;
    expect("belongs to another bucket");
})
CORRUPT(bucket_emptied, {
    uint32_t b = E(0)->hash & (H()->bucket_count - 1);
    B()[b] = SDFS_NONE;
    expect("hash chains reach");
})

/* ---- the tree ---- */
CORRUPT(parent_is_a_file, {
    E(0)->mode = SDFS_TYPE_FILE | 0444;    /* "app" becomes an empty file */
    expect("entry 1 (app/f00.txt): parent is not a directory");
})

Suite *suite_corrupt(void)
{
    Suite *s = suite_create("corrupt");
    TCase *tc = tcase_create("corrupt");
    tcase_add_checked_fixture(tc, setup, teardown);
    const TTest *const tests[] = {
        too_short, misaligned, bad_magic, bad_version, bad_header_size, truncated,
        image_size_too_small, header_reserved, buckets_not_power_of_two, no_buckets,
        entries_overlap_header, entries_past_end, entries_misaligned, buckets_overlap_entries,
        buckets_past_end, names_overflow, names_overlap_data, gap_before_data, data_short_of_end,
        gap_after_buckets, data_overflow, data_past_end,
        data_misaligned, flipped_data_byte, flipped_digest, entry_reserved, entry_bad_type,
        entry_bad_mode_bits, name_out_of_bounds, name_empty, name_too_long, name_too_short,
        name_dotdot, name_empty_component, hash_mismatch, directory_with_data,
        file_data_out_of_bounds, file_data_overflow, file_data_misaligned, unsorted,
        duplicate_name, chain_link_backwards, chain_link_past_end, chain_link_other_bucket,
        chain_cut, bucket_head_past_end, bucket_head_other_bucket, bucket_emptied,
        parent_is_a_file, NULL,
    };
    for (const TTest *const *p = tests; *p; p++)
        tcase_add_test(tc, *p);
    suite_add_tcase(s, tc);
    return s;
}
