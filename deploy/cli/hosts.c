/* hosts.c: reading the hosts file (format in hosts.h). */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "exitcodes.h"
#include "hosts.h"
#include "msg.h"

/* The path to read: the explicit one, else the first of the search list that exists. Returns
 * a malloc'd path or NULL (none exists). */
static char *find_file(const char *explicit_path)
{
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    char *p = NULL;
    if (explicit_path)
        return strdup(explicit_path);
    if (xdg && *xdg) {
        if (asprintf(&p, "%s/stardust/hosts.conf", xdg) < 0)
            return NULL;
    } else if (home && *home) {
        if (asprintf(&p, "%s/.config/stardust/hosts.conf", home) < 0)
            return NULL;
    }
    if (p && access(p, F_OK) == 0)
        return p;
    free(p);
    if (access("/etc/stardust/hosts.conf", F_OK) == 0)
        return strdup("/etc/stardust/hosts.conf");
    return NULL;
}

static char *trim(char *s)
{
    char *e;
    while (isspace((unsigned char)*s))
        s++;
    e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = '\0';
    return s;
}

/* Strips a comment: '#' at the start or after a blank (tokens and URLs may contain '#'-free
 * text only, which is what they are). */
static void strip_comment(char *s)
{
    for (char *p = s; *p; p++)
        if (*p == '#' && (p == s || isspace((unsigned char)p[-1]))) {
            *p = '\0';
            return;
        }
}

static int bad(const struct hosts *h, int line, const char *why)
{
    msg_error("%s:%d: %s", h->path, line, why);
    return SDX_USAGE;
}

static int valid_name(const char *s)
{
    if (!*s || strlen(s) > 63)
        return 0;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '-' && *s != '_' && *s != '.')
            return 0;
    return 1;
}

/* Reads the token file's first line (relative paths: to the hosts file's directory). */
static int read_token_file(struct hosts *h, struct host_entry *e, const char *file, int line)
{
    char *path = NULL, *dir = strdup(h->path), buf[512];
    FILE *f;
    int rc = SDX_OK;
    if (!dir)
        return SDX_FAIL;
    if (file[0] == '/' ? asprintf(&path, "%s", file) < 0
                       : asprintf(&path, "%s/%s", dirname(dir), file) < 0) {
        free(dir);
        return SDX_FAIL;
    }
    free(dir);
    if (!(f = fopen(path, "r"))) {
        msg_error("%s:%d: token-file %s: %s", h->path, line, path, strerror(errno));
        free(path);
        return SDX_USAGE;
    }
    if (!fgets(buf, sizeof buf, f) || !*trim(buf))
        rc = bad(h, line, "the token file is empty");
    else if (!(e->token = strdup(trim(buf))))
        rc = SDX_FAIL;
    fclose(f);
    free(path);
    return rc;
}

static int set_key(struct hosts *h, struct host_entry *e, const char *k, const char *v, int line)
{
    char **slot = NULL;
    if (!e) {
        if (strcmp(k, "default") != 0)
            return bad(h, line, "only 'default = HOST' may come before the first [host]");
        slot = &h->default_host;
    } else if (strcmp(k, "url") == 0) {
        if (strncmp(v, "https://", 8) != 0 && strncmp(v, "http://", 7) != 0)
            return bad(h, line, "url must start with https:// (or http://)");
        slot = &e->url;
    } else if (strcmp(k, "token") == 0)
        slot = &e->token;
    else if (strcmp(k, "ca") == 0)
        slot = &e->ca;
    else if (strcmp(k, "token-file") == 0) {
        free(e->token);
        e->token = NULL;
        return read_token_file(h, e, v, line);
    } else
        return bad(h, line, "unknown key (url, token, token-file, ca)");
    free(*slot);
    if (!(*slot = strdup(v)))
        return SDX_FAIL;
    if (slot == &e->url && (*slot)[strlen(*slot) - 1] == '/')
        (*slot)[strlen(*slot) - 1] = '\0';
    return SDX_OK;
}

static int new_section(struct hosts *h, char *s, int line)
{
    char *end = strchr(s, ']');
    struct host_entry *v;
    if (!end || end[1] != '\0')
        return bad(h, line, "a section is written [name]");
    *end = '\0';
    s = trim(s + 1);
    if (!valid_name(s))
        return bad(h, line, "a host name is letters, digits, '.', '-' and '_'");
    if (strcmp(s, "local") == 0 || strcmp(s, "sandbox") == 0)
        return bad(h, line, "'local' and 'sandbox' are built-in host names");
    if (hosts_find(h, s))
        return bad(h, line, "host defined twice");
    if (!(v = realloc(h->v, (h->n + 1) * sizeof *v)))
        return SDX_FAIL;
    h->v = v;
    memset(&v[h->n], 0, sizeof *v);
    v[h->n].line = line;
    if (!(v[h->n].name = strdup(s)))
        return SDX_FAIL;
    h->n++;
    return SDX_OK;
}

static int parse_line(struct hosts *h, char *s, int line)
{
    char *eq;
    strip_comment(s);
    s = trim(s);
    if (!*s)
        return SDX_OK;
    if (*s == '[')
        return new_section(h, s, line);
    if (!(eq = strchr(s, '=')))
        return bad(h, line, "expected 'key = value' or '[host]'");
    *eq = '\0';
    return set_key(h, h->n ? &h->v[h->n - 1] : NULL, trim(s), trim(eq + 1), line);
}

/* Every host needs a url and a token; plain http sends the token in clear: allowed (a test
 * agent behind a tunnel), and said with --verbose. */
static int check_complete(struct hosts *h)
{
    for (size_t i = 0; i < h->n; i++) {
        if (!h->v[i].url || !h->v[i].token)
            return bad(h, h->v[i].line, "a host needs url and token (or token-file)");
        if (strncmp(h->v[i].url, "http://", 7) == 0)
            msg_info("%s:%d: host %s uses plain http: its token is sent unencrypted", h->path,
                     h->v[i].line, h->v[i].name);
    }
    return SDX_OK;
}

int hosts_load(const char *explicit_path, struct hosts *h)
{
    char buf[4096];
    int line = 0, rc = SDX_OK;
    FILE *f;
    memset(h, 0, sizeof *h);
    if (!(h->path = find_file(explicit_path)))
        return SDX_OK;
    if (!(f = fopen(h->path, "r"))) {
        msg_error("%s: %s", h->path, strerror(errno));
        return SDX_USAGE;
    }
    while (rc == SDX_OK && fgets(buf, sizeof buf, f)) {
        line++;
        if (!strchr(buf, '\n') && !feof(f))
            rc = bad(h, line, "line too long");
        else
            rc = parse_line(h, buf, line);
    }
    fclose(f);
    if (rc == SDX_OK)
        rc = check_complete(h);
    if (rc != SDX_OK) {
        char *path = h->path;
        h->path = NULL;
        hosts_free(h);
        h->path = path;
    }
    return rc;
}

const struct host_entry *hosts_find(const struct hosts *h, const char *name)
{
    for (size_t i = 0; i < h->n; i++)
        if (strcmp(h->v[i].name, name) == 0)
            return &h->v[i];
    return NULL;
}

void hosts_free(struct hosts *h)
{
    for (size_t i = 0; i < h->n; i++) {
        free(h->v[i].name);
        free(h->v[i].url);
        free(h->v[i].token);
        free(h->v[i].ca);
    }
    free(h->v);
    free(h->default_host);
    free(h->path);
    memset(h, 0, sizeof *h);
}
