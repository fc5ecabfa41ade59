/* test_images.h: small image.sd files for the hosted unit tests (fake parts: the store checks
 * structure and digests, not whether the kernel boots). */
#ifndef SD_TEST_IMAGES_H
#define SD_TEST_IMAGES_H
#include <stddef.h>

/* Writes DIR/NAME.sd with a manifest called name and parts derived from seed; digest gets its
 * SHA-256. Returns 0 or -1. */
int test_image_write(const char *dir, const char *name, int seed, char digest[65]);
/* Reads a whole file (malloc'd). */
char *test_slurp(const char *path, size_t *len);

#endif
