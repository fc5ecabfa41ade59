/* msg.c: the one pair of format-checked message functions (see msg.h). */
#include <stdarg.h>
#include <stdio.h>

#include "exitcodes.h"
#include "msg.h"

static int verbose_level;

void msg_set_verbose(int level) { verbose_level = level; }
int msg_verbose(void) { return verbose_level; }

static void vsay(const char *prefix, const char *fmt, va_list ap)
{
    fprintf(stderr, "stardust-deploy: %s", prefix);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void msg_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsay("error: ", fmt, ap);
    va_end(ap);
}

void msg_warn(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsay("warning: ", fmt, ap);
    va_end(ap);
}

void msg_info(const char *fmt, ...)
{
    va_list ap;
    if (verbose_level <= 0)
        return;
    va_start(ap, fmt);
    vsay("", fmt, ap);
    va_end(ap);
}

void msg_note(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsay("", fmt, ap);
    va_end(ap);
}

const char *sd_exit_name(int code)
{
    switch (code) {
    case SDX_OK: return "ok";
    case SDX_USAGE: return "usage";
    case SDX_UNREACHABLE: return "unreachable";
    case SDX_AUTH: return "auth";
    case SDX_IMAGE: return "invalid_image";
    case SDX_DEPLOY: return "deploy_failed";
    case SDX_NOTFOUND: return "not_found";
    case SDX_CONFLICT: return "name_in_use";
    case SDX_SERVICE: return "service_failed";
    default: return "error";
    }
}
