/* digest.h: SHA-256 as 64 lowercase hex digits (the form image.sd and the API use).
 * Streaming for uploads, one-shot for files. */
#ifndef SD_DEPLOY_DIGEST_H
#define SD_DEPLOY_DIGEST_H
#include <stdbool.h>
#include <stddef.h>

typedef struct sd_sha256 sd_sha256;   /* a running hash */

sd_sha256 *sd_sha256_new(void);                       /* NULL when out of memory */
void sd_sha256_update(sd_sha256 *h, const void *data, size_t len);
void sd_sha256_final(sd_sha256 *h, char hex[65]);     /* frees h */
void sd_sha256_abort(sd_sha256 *h);                   /* frees h; NULL is fine */

/* The SHA-256 of a whole file; -1 (errno) when it cannot be read. */
int sd_sha256_file(const char *path, char hex[65]);

/* True for exactly 64 lowercase hex digits. */
bool sd_is_sha256_hex(const char *s);

#endif
