/* image_sd.h: reading and writing image.sd (format: builder/IMAGE.md) with libarchive + json-c.
 * Used by stardust-build (write, inspect) and by stardust-deploy / stardust-agent (read,
 * verify). Owner: builder/image_sd.c. Errors: -1 with a one-line message in err. */
#ifndef SD_BUILDER_IMAGE_SD_H
#define SD_BUILDER_IMAGE_SD_H
#include <stddef.h>
#include <stdint.h>

struct json_object;

struct image_part {
    const char *name;          /* "kernel", "rootfs" */
    const char *file;          /* "kernel.elf", "rootfs.img" */
    uint8_t *data;             /* the part's bytes (owned by the image) */
    size_t size;
    char sha256[65];           /* hex */
};

struct image_sd {
    char digest[65];           /* SHA-256 of the whole image.sd file, hex */
    uint64_t file_size;
    struct json_object *meta;  /* image.json (owned) */
    struct json_object *manifest;   /* meta's "manifest" (borrowed) */
    struct image_part kernel, rootfs;
};

/* Reads path and checks it: tar structure, entry names and order, format number, each part's
 * size and sha256 against image.json. On success every part is in memory and verified. */
int image_sd_read(const char *path, struct image_sd *img, char *err, size_t errlen);
/* The same from a buffer (the agent's uploads). */
int image_sd_read_mem(const void *buf, size_t len, struct image_sd *img, char *err, size_t errlen);
void image_sd_free(struct image_sd *img);
/* Writes one part of img to a file (the kernel or ramdisk libxl boots), atomically. */
int image_sd_extract(const struct image_part *p, const char *out_path, char *err, size_t errlen);

/* Writes image.sd at out_path (temporary file + rename): image.json built from manifest (a
 * normalised manifest, borrowed), versions and the two parts; mtime = SOURCE_DATE_EPOCH or 0.
 * digest_hex (65 bytes) gets the file's SHA-256. */
int image_sd_write(const char *out_path, struct json_object *manifest, struct json_object *versions,
                   const void *kernel, size_t kernel_len, const void *rootfs, size_t rootfs_len,
                   char digest_hex[65], char *err, size_t errlen);

#endif
