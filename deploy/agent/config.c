/* config.c: see config.h. Keys live in one table; each line is `key = value`. */
#define _GNU_SOURCE
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum key_type { K_STRING, K_UINT, K_SIZE, K_TOKEN, K_TOKEN_FILE };

struct key {
    const char *name;
    enum key_type type;
    size_t offset, size;        /* of the field in struct agent_config */
};

#define FIELD(f) offsetof(struct agent_config, f), sizeof(((struct agent_config *)0)->f)
static const struct key keys[] = {
    { "host", K_STRING, FIELD(host) },
    { "listen", K_STRING, FIELD(listen) },
    { "port", K_UINT, FIELD(port) },
    { "tls_cert", K_STRING, FIELD(tls_cert) },
    { "tls_key", K_STRING, FIELD(tls_key) },
    { "token", K_TOKEN, 0, 0 },
    { "token_file", K_TOKEN_FILE, 0, 0 },
    { "state_dir", K_STRING, FIELD(state_dir) },
    { "image_dir", K_STRING, FIELD(image_dir) },
    { "console_dir", K_STRING, FIELD(console_dir) },
    { "vif_script", K_STRING, FIELD(vif_script) },
    { "max_upload", K_SIZE, FIELD(max_upload) },
    { "request_timeout", K_UINT, FIELD(request_timeout) },
    { "max_uploads", K_UINT, FIELD(max_uploads) },
    { "max_connections", K_UINT, FIELD(max_connections) },
    { "verbose", K_UINT, FIELD(verbose) },
};

static int fail(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return -1;
}

void agent_config_init(struct agent_config *c)
{
    memset(c, 0, sizeof *c);
    if (gethostname(c->host, sizeof c->host - 1) || !c->host[0])
        strcpy(c->host, "localhost");
    strcpy(c->listen, "0.0.0.0");
    c->port = 7443;
    strcpy(c->state_dir, "/var/lib/stardust/domains");
    strcpy(c->image_dir, "/var/lib/stardust/images");
    strcpy(c->console_dir, "/var/log/xen/console");
    c->max_upload = 256ull << 20;
    c->request_timeout = 60;
    c->max_uploads = 4;
    c->max_connections = 64;
}

void agent_config_free(struct agent_config *c)
{
    for (size_t i = 0; i < c->ntokens; i++) {
        explicit_bzero(c->tokens[i], strlen(c->tokens[i]));
        free(c->tokens[i]);
    }
    c->ntokens = 0;
}

int agent_parse_size(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *s == '-')
        return -1;
    unsigned shift = 0;
    switch (tolower((unsigned char)*end)) {
    case 'k': shift = 10; end++; break;
    case 'm': shift = 20; end++; break;
    case 'g': shift = 30; end++; break;
    case '\0': break;
    default: return -1;
    }
    if (*end || v > (UINT64_MAX >> shift))
        return -1;
    *out = (uint64_t)v << shift;
    return 0;
}

static int add_token(struct agent_config *c, const char *t, char *err, size_t errlen)
{
    if (strlen(t) < AGENT_MIN_TOKEN)
        return fail(err, errlen, "a token must have at least %d characters", AGENT_MIN_TOKEN);
    if (c->ntokens == AGENT_MAX_TOKENS)
        return fail(err, errlen, "more than %d tokens", AGENT_MAX_TOKENS);
    if (!(c->tokens[c->ntokens] = strdup(t)))
        return fail(err, errlen, "out of memory");
    c->ntokens++;
    return 0;
}

/* A token file: one token a line; blank lines and # comments ignored. */
static int add_token_file(struct agent_config *c, const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return fail(err, errlen, "token_file %s: %s", path, strerror(errno));
    char line[1024];
    int rc = 0;
    while (!rc && fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] && line[0] != '#')
            rc = add_token(c, line, err, errlen);
    }
    explicit_bzero(line, sizeof line);
    fclose(f);
    return rc;
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = '\0';
    return s;
}

static int set_value(struct agent_config *c, const struct key *k, const char *v, char *err,
                     size_t errlen)
{
    char *field = (char *)c + k->offset;
    char *end;
    unsigned long u;
    switch (k->type) {
    case K_STRING:
        if (strlen(v) >= k->size)
            return fail(err, errlen, "%s: value too long", k->name);
        memcpy(field, v, strlen(v) + 1);
        return 0;
    case K_UINT:
        errno = 0;
        u = strtoul(v, &end, 10);
        if (errno || end == v || *end || *v == '-' || u > 0xffffffffUL)
            return fail(err, errlen, "%s: '%s' is not a number", k->name, v);
        *(unsigned *)field = (unsigned)u;
        return 0;
    case K_SIZE:
        if (agent_parse_size(v, (uint64_t *)field))
            return fail(err, errlen, "%s: '%s' is not a size (e.g. 256M)", k->name, v);
        return 0;
    case K_TOKEN:
        return add_token(c, v, err, errlen);
    case K_TOKEN_FILE:
        return add_token_file(c, v, err, errlen);
    }
    return -1;
}

int agent_config_line(struct agent_config *c, const char *line, char *err, size_t errlen)
{
    char buf[1024];
    if (strlen(line) >= sizeof buf)
        return fail(err, errlen, "line too long");
    strcpy(buf, line);
    char *s = trim(buf);
    if (!*s || *s == '#')
        return 0;
    char *eq = strchr(s, '=');
    if (!eq)
        return fail(err, errlen, "expected 'key = value', got '%s'", s);
    *eq = '\0';
    char *key = trim(s), *value = trim(eq + 1);
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (!strcmp(keys[i].name, key)) {
            int rc = set_value(c, &keys[i], value, err, errlen);
            explicit_bzero(buf, sizeof buf);
            return rc;
        }
    return fail(err, errlen, "unknown key '%s'", key);
}

int agent_config_file(struct agent_config *c, const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return fail(err, errlen, "%s: %s", path, strerror(errno));
    char line[1024], msg[256];
    int n = 0, rc = 0;
    while (!rc && fgets(line, sizeof line, f)) {
        n++;
        line[strcspn(line, "\r\n")] = '\0';
        if ((rc = agent_config_line(c, line, msg, sizeof msg)))
            fail(err, errlen, "%s:%d: %s", path, n, msg);
    }
    explicit_bzero(line, sizeof line);
    fclose(f);
    return rc;
}

int agent_config_check(const struct agent_config *c, char *err, size_t errlen)
{
    if (!c->tls_cert[0] || !c->tls_key[0])
        return fail(err, errlen, "tls_cert and tls_key are required (the agent serves HTTPS only)");
    if (!c->ntokens)
        return fail(err, errlen, "no token: set `token = ...` or `token_file = PATH`");
    if (!c->port || c->port > 65535)
        return fail(err, errlen, "port %u out of range", c->port);
    if (!c->max_upload || !c->request_timeout || !c->max_uploads || !c->max_connections)
        return fail(err, errlen, "max_upload, request_timeout, max_uploads, max_connections must be > 0");
    return 0;
}
