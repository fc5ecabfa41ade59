/* The guest's root filesystem: one image, mounted once by the C runtime's start-up (before
 * main and before any other thread exists), read-only afterwards, so no lock is needed. */
#include <stdbool.h>

#include "sdfs/fs.h"

static struct sdfs root;
static bool mounted;

int sdfs_mount_root(const void *image, size_t len, char *err, size_t errlen)
{
    struct sdfs fs;
    if (mounted) {
        if (err && errlen) {
            static const char msg[] = "a root filesystem is already mounted";
            size_t n = sizeof msg < errlen ? sizeof msg : errlen;
            for (size_t i = 0; i + 1 < n; i++)
                err[i] = msg[i];
            err[n - 1] = '\0';
        }
        return -1;
    }
    if (sdfs_open(&fs, image, len, err, errlen) != 0)
        return -1;
    root = fs;
    mounted = true;
    return 0;
}

const struct sdfs *sdfs_root(void)
{
    return mounted ? &root : NULL;
}
