/* Error codes returned (negated) by kernel calls. */
#ifndef SD_ERRORS_H
#define SD_ERRORS_H

#define SD_ENOMEM     12  /* out of pages or heap */
#define SD_EINVAL     22  /* bad argument */
#define SD_ETIMEDOUT 110  /* a deadline passed first */
#define SD_EAGAIN     11  /* would block (try-variants) */
#define SD_EIO         5  /* the platform refused (hypercall or xenstore error) */
#define SD_ENOENT      2  /* no such key or object */

#endif
