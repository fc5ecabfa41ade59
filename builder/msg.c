/* msg.c: stderr output (msg.h). The progress line is the only stateful part: other messages
 * clear it first so they never end up glued to a half-drawn status line. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "msg.h"

static int progress_shown;

void msg_progress_end(void)
{
    if (progress_shown) {
        fputs("\r\033[K", stderr);     /* back to column 0, erase the line */
        progress_shown = 0;
    }
}

static void vmsg(const char *prefix, const char *fmt, va_list ap)
{
    msg_progress_end();
    fprintf(stderr, "stardust-build: %s", prefix);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void msg_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg("", fmt, ap);
    va_end(ap);
}

void msg_warn(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg("warning: ", fmt, ap);
    va_end(ap);
}

void msg_diag(const char *line)
{
    size_t n = strlen(line);
    while (n && line[n - 1] == '\n')  /* one line each, however the message was made */
        n--;
    msg_progress_end();
    fprintf(stderr, "%.*s\n", (int)n, line);
}

void msg_progress(const char *step, double fraction)
{
    int pct = (int)(fraction * 100.0 + 0.5);
    if (pct < 0)
        pct = 0;
    if (pct > 100)
        pct = 100;
    fprintf(stderr, "\r\033[Kstardust-build: %s %3d%%", step, pct);
    fflush(stderr);
    progress_shown = 1;
}
