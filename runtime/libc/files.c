/* The descriptor calls newlib's stdio needs: open, close, fstat, isatty, lseek; and stat,
 * unlink, link.
 *
 * Only the console exists: descriptors 0-2, a character device and a terminal (so stdio
 * line-buffers stdout). There is no filesystem yet: naming a file gives ENOENT.
 * The read-only image filesystem (runtime/fs) will take over the path calls. Context: thread. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "console_io.h"

int open(const char *path, int flags, ...)
{
    errno = ENOENT;
    return -1;
}

/* The console stays open whatever is closed: there is nothing to release. */
int close(int fd)
{
    if (!sdc_is_console_fd(fd)) {
        errno = EBADF;
        return -1;
    }
    return 0;
}

int fstat(int fd, struct stat *st)
{
    if (!sdc_is_console_fd(fd)) {
        errno = EBADF;
        return -1;
    }
    memset(st, 0, sizeof *st);
    st->st_mode = S_IFCHR | 0620;
    st->st_blksize = 1024;   /* stdio's buffer size for the stream */
    return 0;
}

int isatty(int fd)
{
    if (!sdc_is_console_fd(fd)) {
        errno = EBADF;
        return 0;
    }
    return 1;
}

off_t lseek(int fd, off_t offset, int whence)
{
    errno = sdc_is_console_fd(fd) ? ESPIPE : EBADF;
    return -1;
}

int stat(const char *restrict path, struct stat *restrict st)
{
    errno = ENOENT;
    return -1;
}

int unlink(const char *path)
{
    errno = ENOENT;
    return -1;
}

int link(const char *old, const char *new)
{
    errno = ENOENT;
    return -1;
}
