/* routes.c: see routes.h. */
#include "routes.h"

#include <stdio.h>
#include <string.h>

#include "digest.h"
#include "record.h"

static int take_arg(struct request *r, const char *arg, size_t len)
{
    if (len == 0 || len >= sizeof r->arg)
        return 400;
    memcpy(r->arg, arg, len);
    r->arg[len] = '\0';
    return 0;
}

int route_match(const char *url, struct request *r)
{
    static const char images[] = "/v1/images/", domains[] = "/v1/domains/";
    r->route = R_NONE;
    if (!strcmp(url, "/v1/health"))
        r->route = R_HEALTH;
    else if (!strcmp(url, "/v1/images"))
        r->route = R_IMAGES;
    else if (!strcmp(url, "/v1/domains"))
        r->route = R_DOMAINS;
    else if (!strncmp(url, images, sizeof images - 1)) {
        const char *d = url + sizeof images - 1;
        if (take_arg(r, d, strlen(d)) || !sd_is_sha256_hex(r->arg))
            return 400;
        r->route = R_IMAGE;
    } else if (!strncmp(url, domains, sizeof domains - 1)) {
        const char *n = url + sizeof domains - 1, *slash = strchr(n, '/');
        if (take_arg(r, n, slash ? (size_t)(slash - n) : strlen(n)) || !sd_name_valid(r->arg))
            return slash ? 404 : 400;
        if (!slash)
            r->route = R_DOMAIN;
        else if (!strcmp(slash, "/stop"))
            r->route = R_DOMAIN_STOP;
        else if (!strcmp(slash, "/console"))
            r->route = R_DOMAIN_CONSOLE;
    }
    return r->route == R_NONE ? 404 : 0;
}

int route_allows(enum route route, const char *m)
{
    switch (route) {
    case R_HEALTH:
    case R_IMAGES:
    case R_DOMAIN_CONSOLE:
        return !strcmp(m, "GET");
    case R_IMAGE:
        return !strcmp(m, "GET") || !strcmp(m, "HEAD") || !strcmp(m, "PUT") || !strcmp(m, "DELETE");
    case R_DOMAINS:
        return !strcmp(m, "GET") || !strcmp(m, "POST");
    case R_DOMAIN:
        return !strcmp(m, "GET") || !strcmp(m, "DELETE");
    case R_DOMAIN_STOP:
        return !strcmp(m, "POST");
    case R_NONE:
        break;
    }
    return 0;
}
