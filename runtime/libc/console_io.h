/* Private to runtime/libc: which descriptors are the console. */
#ifndef SDC_CONSOLE_IO_H
#define SDC_CONSOLE_IO_H

/* Nonzero for 0, 1 and 2: stdin, stdout and stderr are all the kernel console. */
int sdc_is_console_fd(int fd);

#endif
