/* What the domain was booted with, besides its command line (see app.h). */
#ifndef SD_BOOT_H
#define SD_BOOT_H
#include <stddef.h>

/* The boot module (the PV initial ramdisk: Stardust's root filesystem image), read-only, and
 * its length in *len. NULL and *len = 0 when the domain has none. The bytes never move or
 * change and are never given to the page allocator; on Xen its pages are mapped read-only, so
 * a stray write faults. Hosted: the file named by the environment variable SD_HOSTED_MODULE,
 * mapped read-only (the process exits with a message if it names a file that cannot be
 * mapped). Context: thread. */
const void *sd_boot_module(size_t *len);

#endif
