/* write.h: building an sdfs image on the build host (stardust-build, sd-mkfs, tests).
 *
 * Collect files in any order, then write: entries are sorted, parent directories are added,
 * the output is byte-identical for the same contents (no times, owners or host paths go in).
 * The image is written to a temporary file next to out_path and renamed at the end, so a
 * failure leaves nothing behind. Errors: -1 with a one-line message in err naming the path. */
#ifndef SDFS_WRITE_H
#define SDFS_WRITE_H
#include <stddef.h>
#include <stdint.h>

struct sdfs_writer;

struct sdfs_writer *sdfs_writer_new(void);
void sdfs_writer_free(struct sdfs_writer *w);
/* Adds a file with these bytes (copied) at image_path ("/app/Hello.class"). Adding the same
 * path twice is an error unless the contents are equal. */
int sdfs_writer_add(struct sdfs_writer *w, const char *image_path, const void *data, size_t len,
                    char *err, size_t errlen);
/* Adds a host file, or a whole host directory tree under image_path. */
int sdfs_writer_add_host(struct sdfs_writer *w, const char *image_path, const char *host_path,
                         char *err, size_t errlen);
/* Writes the image; *size gets its length and digest (if not NULL) the header's SHA-256. */
int sdfs_writer_write(struct sdfs_writer *w, const char *out_path, uint64_t *size,
                      uint8_t digest[32], char *err, size_t errlen);

/* SHA-256 (FIPS 180-4), our own: the guest has no crypto library. */
void sdfs_sha256(const void *data, size_t len, uint8_t out[32]);

#endif
