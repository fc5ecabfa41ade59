/* read and write: file descriptors 0, 1 and 2 are the kernel console.
 *
 * Other descriptors are read-only files (files.c): reads go there, writes are EBADF.
 * Writing to stdin and reading from stdout/stderr work as they do on a terminal: the console is
 * one device. Context: thread. */
#include <errno.h>
#include <unistd.h>

#include <sd/console.h>

#include "console_io.h"
#include "files.h"

int sdc_is_console_fd(int fd)
{
    return fd >= 0 && fd <= 2;
}

_READ_WRITE_RETURN_TYPE write(int fd, const void *buf, size_t len)
{
    if (!sdc_is_console_fd(fd)) {
        errno = EBADF;
        return -1;
    }
    sd_console_write(buf, len);
    return len;
}

/* Blocks until at least one byte is there; 0 at end of input. Other descriptors are files
 * opened from the root filesystem (files.c). */
_READ_WRITE_RETURN_TYPE read(int fd, void *buf, size_t len)
{
    if (!sdc_is_console_fd(fd))
        return sdc_file_read(fd, buf, len);
    if (len == 0)
        return 0;
    return sd_console_read(buf, len);
}
