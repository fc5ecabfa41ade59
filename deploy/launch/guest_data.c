/*
 * guest_data.c: read the keys a Stardust guest leaves under /local/domain/<domid>/data/
 * (see guest_data.h), straight from xenstore.
 */
#include "guest_data.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include <xenstore.h>

/* Reads /local/domain/<domid>/data/<key> as a decimal integer. Returns true if present and
 * well formed. */
static bool read_int(struct xs_handle *xs, uint32_t domid, const char *key, int64_t *out)
{
    char path[96];
    unsigned int len = 0;
    bool ok = false;

    snprintf(path, sizeof path, "/local/domain/%u/data/%s", domid, key);
    char *val = xs_read(xs, XBT_NULL, path, &len);
    if (val && len > 0) {
        char *end;
        errno = 0;
        long long v = strtoll(val, &end, 10);
        /* a guest may end the value with a newline */
        while (*end == '\n' || *end == ' ')
            end++;
        if (errno == 0 && end != val && *end == '\0') {
            *out = v;
            ok = true;
        }
    }
    free(val);
    return ok;
}

int sd_guest_data_read(uint32_t domid, struct sd_guest_data *out)
{
    int64_t v = 0;

    *out = (struct sd_guest_data){ 0 };
    struct xs_handle *xs = xs_open(0);
    if (!xs)
        return -1;
    if ((out->has_exit_code = read_int(xs, domid, "exit-code", &v)))
        out->exit_code = (int)v;
    out->has_t_console = read_int(xs, domid, "t-console-ns", &out->t_console_ns);
    out->has_t_main = read_int(xs, domid, "t-main-ns", &out->t_main_ns);
    xs_close(xs);
    return 0;
}
