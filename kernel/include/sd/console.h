/* The console: the PV console ring on Xen, fds 0/1 hosted. */
#ifndef SD_CONSOLE_H
#define SD_CONSOLE_H
#include <stddef.h>

/* Write all of buf. Blocks (or, in event context / before the scheduler runs, spins) while the
 * ring is full. Context: any. */
void sd_console_write(const char *buf, size_t len);

/* Read up to len bytes of console input; blocks until at least one byte is there.
 * Returns the count, 0 at end of input. Context: thread. */
size_t sd_console_read(char *buf, size_t len);

#endif
