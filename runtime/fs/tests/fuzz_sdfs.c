/* libFuzzer target for sdfs_open (`make fuzz-sdfs`): any bytes must be accepted or refused
 * without a crash or an out-of-bounds read (ASan), and a refusal must leave a message.
 *
 * Nearly every mutation would only break the digest, so each input is tried twice: as it is,
 * and "resealed" (its digest recomputed as the header describes) so the structural checks
 * behind the digest get fuzzed too. An accepted image must keep the reader's promises: every
 * entry is found by its own name, its data lies inside the image, 8-aligned. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sdfs/fs.h"
#include "sdfs/write.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void try_open(const uint8_t *img, size_t size)
{
    struct sdfs fs;
    char err[128];
    memset(err, 0x7f, sizeof err);
    if (sdfs_open(&fs, img, size, err, sizeof err) != 0) {
        if (!memchr(err, '\0', sizeof err) || err[0] == '\0')
            abort();            /* refused without a usable message */
        return;
    }
    for (uint32_t i = 0; i < fs.hdr->entry_count; i++) {
        const struct sdfs_entry *e = &fs.entries[i];
        if (sdfs_lookup(&fs, sdfs_name(&fs, e)) != e)
            abort();
        const uint8_t *d = sdfs_data(&fs, e);
        if (d && ((uintptr_t)d % 8 != 0 || d < img || d + e->size > img + fs.size))
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* 8-aligned and exactly size bytes (ASan sees any overread) */
    uint8_t *img = aligned_alloc(8, size ? (size + 7) & ~(size_t)7 : 8);
    if (!img)
        return 0;
    memcpy(img, data, size);
    try_open(img, size);
    struct sdfs_header *h = (struct sdfs_header *)img;
    if (size >= SDFS_HEADER_SIZE && h->image_size >= SDFS_HEADER_SIZE && h->image_size <= size) {
        sdfs_sha256(img + SDFS_HEADER_SIZE, h->image_size - SDFS_HEADER_SIZE, h->digest);
        try_open(img, size);
    }
    free(img);
    return 0;
}
