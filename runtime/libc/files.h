/* Private to runtime/libc: the descriptors of files opened from the root filesystem. */
#ifndef SDC_FILES_H
#define SDC_FILES_H
#include <stddef.h>
#include <sys/types.h>

/* read() on a descriptor that is not the console: a file from the image (EISDIR for a
 * directory, EBADF if fd is not open). Context: thread. */
ssize_t sdc_file_read(int fd, void *buf, size_t len);

#endif
