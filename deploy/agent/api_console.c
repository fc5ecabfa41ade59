/* api_console.c: GET /v1/domains/{name}/console: a window of the guest's console log, which
 * xenconsoled (--log=guest) writes in dom0 as CONSOLE_DIR/guest-NAME.log. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "http_reply.h"
#include "routes.h"

#define CONSOLE_MAX 65536

/* Length of the valid UTF-8 sequence at s (n bytes left), 0 if invalid or cut short. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    size_t len = s[0] < 0x80 ? 1 : (s[0] & 0xe0) == 0xc0 ? 2 : (s[0] & 0xf0) == 0xe0 ? 3
               : (s[0] & 0xf8) == 0xf0 ? 4 : 0;
    if (!len || len > n || (len == 2 && s[0] < 0xc2) || (len == 4 && s[0] > 0xf4))
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xc0) != 0x80)
            return 0;
    return len;
}

/* Copies in to a new buffer with each byte that is not part of valid UTF-8 replaced by
 * U+FFFD (JSON strings must be UTF-8). *outlen gets the new length. */
static char *utf8_clean(const char *in, size_t n, size_t *outlen)
{
    char *out = malloc(n * 3 + 1);
    size_t o = 0;
    if (!out)
        return NULL;
    for (size_t i = 0; i < n;) {
        size_t len = utf8_seq((const unsigned char *)in + i, n - i);
        if (len) {
            memcpy(out + o, in + i, len);
            o += len;
            i += len;
        } else {
            memcpy(out + o, "\xef\xbf\xbd", 3);
            o += 3;
            i++;
        }
    }
    *outlen = o;
    return out;
}

/* Reads up to limit bytes of path from offset: *data (malloc'd), *n, and the file's size
 * (a missing log is an empty one: the guest has printed nothing yet). */
static int read_window(const char *path, uint64_t offset, size_t limit, char **data, size_t *n,
                       uint64_t *size)
{
    *data = malloc(limit ? limit : 1);
    *n = 0;
    *size = 0;
    if (!*data)
        return -1;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? 0 : -1;
    struct stat st;
    if (fstat(fd, &st) == 0) {
        *size = (uint64_t)st.st_size;
        if (offset < *size) {
            ssize_t got = pread(fd, *data, limit, (off_t)offset);
            *n = got > 0 ? (size_t)got : 0;
        }
    }
    close(fd);
    return 0;
}

static int query_u64(struct MHD_Connection *c, const char *key, uint64_t dflt, uint64_t *out)
{
    const char *v = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, key);
    char *end;
    *out = dflt;
    if (!v)
        return 0;
    errno = 0;
    *out = strtoull(v, &end, 10);
    return (errno || *end || end == v || *v == '-') ? -1 : 0;
}

enum MHD_Result api_domain_console(struct agent *a, struct MHD_Connection *c, struct request *r)
{
    char path[PATH_MAX];
    uint64_t offset, limit, size;
    if (query_u64(c, "offset", 0, &offset) || query_u64(c, "limit", CONSOLE_MAX, &limit))
        return reply_error(c, MHD_HTTP_BAD_REQUEST, "bad_request", "offset and limit are numbers");
    if (limit > CONSOLE_MAX)
        limit = CONSOLE_MAX;
    if (sd_service_console_path(a->svc, r->arg, path, sizeof path))
        return reply_error(c, MHD_HTTP_NOT_FOUND, "not_found", "no service %s", r->arg);
    /* The state first: a client that sees an ended state after this read has all output. */
    struct json_object *dom = sd_service_domain_json(a->svc, r->arg), *st = NULL;
    char *raw, *text;
    size_t n, tlen;
    if (read_window(path, offset, (size_t)limit, &raw, &n, &size)) {
        free(raw);
        json_object_put(dom);
        return reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "cannot read %s", path);
    }
    text = utf8_clean(raw, n, &tlen);
    free(raw);
    struct json_object *o = json_object_new_object();
    json_object_object_add(o, "name", json_object_new_string(r->arg));
    json_object_object_add(o, "offset", json_object_new_int64((int64_t)offset));
    json_object_object_add(o, "next_offset", json_object_new_int64((int64_t)(offset + n)));
    json_object_object_add(o, "size", json_object_new_int64((int64_t)size));
    if (dom && json_object_object_get_ex(dom, "state", &st))
        json_object_object_add(o, "state", json_object_get(st));
    json_object_object_add(o, "data", json_object_new_string_len(text ? text : "", text ? (int)tlen : 0));
    free(text);
    json_object_put(dom);
    return reply_json(c, MHD_HTTP_OK, o);
}
