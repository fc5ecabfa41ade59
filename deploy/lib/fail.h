/* fail.h: the error convention of deploy/lib — a message into the caller's err buffer and a
 * code returned, in one call: `return sd_fail(err, errlen, SD_IMG_IO, "rename: %s", ...)`. */
#ifndef SD_DEPLOY_FAIL_H
#define SD_DEPLOY_FAIL_H
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

static inline int sd_fail(char *err, size_t errlen, int code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static inline int sd_fail(char *err, size_t errlen, int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (err && errlen)
        vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return code;
}

#endif
