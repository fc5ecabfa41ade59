/* atomic_file.h: whole-file writes that are never seen half done, and whole-file reads.
 * Errors: -1 with errno set; nothing is left behind by a failed write. */
#ifndef SD_DEPLOY_ATOMIC_FILE_H
#define SD_DEPLOY_ATOMIC_FILE_H
#include <stddef.h>

/* Writes data to path: a temporary file in the same directory, fsync, rename over path, fsync
 * of the directory. Readers see the old content or the new, never a mix. */
int sd_atomic_write(const char *path, const void *data, size_t len);

/* Reads all of path (at most max bytes, else -1/EFBIG) into a malloc'd buffer with a NUL after
 * the data (so text can be used as a string); *len gets the size. */
int sd_read_file(const char *path, size_t max, char **data, size_t *len);

/* mkdir -p with mode 0700 for what it creates. */
int sd_mkdirs(const char *path);

/* fsync of a directory (after a rename into it). */
int sd_fsync_dir(const char *dir);

#endif
