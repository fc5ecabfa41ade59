/* image_store.h: the images a host holds, content-addressed by the SHA-256 of the image.sd file.
 *
 *     DIR/SHA256.sd            the image as uploaded; its presence means "held"
 *     DIR/SHA256.parts/        kernel.elf, rootfs.img, image.json: extracted once, verified
 *     DIR/tmp/                 uploads in progress (emptied at open: a crash leaves nothing)
 *
 * An upload is written to a temporary file and hashed as it arrives; only a complete upload
 * whose digest matches and whose structure and parts verify (builder/image_sd) is renamed into
 * place, parts first, the .sd last. Safe to use from several threads.
 * Errors: negative SD_IMG_* codes with a message in err. */
#ifndef SD_DEPLOY_IMAGE_STORE_H
#define SD_DEPLOY_IMAGE_STORE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct json_object;

enum {
    SD_IMG_OK = 0,
    SD_IMG_IO = -1,         /* the store's own file system failed */
    SD_IMG_MISMATCH = -2,   /* the bytes do not hash to the expected digest */
    SD_IMG_INVALID = -3,    /* not a valid image.sd, or a stored part no longer verifies */
    SD_IMG_NOTFOUND = -4,
    SD_IMG_TOOLARGE = -5,
};

typedef struct sd_image_store sd_image_store;
typedef struct sd_upload sd_upload;

struct sd_image_meta {
    char digest[65];
    uint64_t size;          /* bytes of the .sd file */
    char name[65];          /* the manifest's name and version ("" if absent) */
    char version[33];
};

int sd_images_open(const char *dir, sd_image_store **out, char *err, size_t errlen);
void sd_images_close(sd_image_store *s);

bool sd_images_has(sd_image_store *s, const char *digest);
/* Summary of a held image. */
int sd_images_meta(sd_image_store *s, const char *digest, struct sd_image_meta *m);
/* image.json of a held image (caller puts it) and the paths of its parts, after checking both
 * parts' sha256 again (a part changed on disk: SD_IMG_INVALID). */
int sd_images_open_parts(sd_image_store *s, const char *digest, struct json_object **meta,
                         char *kernel, char *rootfs, size_t pathlen, char *err, size_t errlen);
/* Every held image, sorted by digest; free(*list). */
int sd_images_list(sd_image_store *s, struct sd_image_meta **list, size_t *n);
int sd_images_remove(sd_image_store *s, const char *digest);

/* Uploads. begin creates the temporary file; write appends (SD_IMG_TOOLARGE past max bytes,
 * 0 = no limit); commit checks and stores (expected: the digest the client claimed, or NULL)
 * and sets *stored false when the image was already held; abort discards. commit and abort
 * free u. */
int sd_upload_begin(sd_image_store *s, uint64_t max, sd_upload **u, char *err, size_t errlen);
int sd_upload_write(sd_upload *u, const void *data, size_t len);
uint64_t sd_upload_size(const sd_upload *u);
int sd_upload_commit(sd_upload *u, const char *expected, char digest[65], bool *stored,
                     char *err, size_t errlen);
void sd_upload_abort(sd_upload *u);

/* Stores the image file at path (stardust-deploy's local path); digest gets its SHA-256. */
int sd_images_import(sd_image_store *s, const char *path, char digest[65], char *err,
                     size_t errlen);

#endif
