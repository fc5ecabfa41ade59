/* target.c: choosing and opening the host a command works on (see cli.h). */
#include <stdio.h>
#include <string.h>

#include "backend.h"
#include "cli.h"
#include "exitcodes.h"

const char *target_name(const struct cli *c)
{
    if (c->o.host)
        return c->o.host;
    if (c->hosts.default_host)
        return c->hosts.default_host;
    return local_is_dom0() ? "local" : "sandbox";
}

static int open_sandbox(const struct cli *c, int start, struct target *t, char *err, size_t len)
{
    int rc = start ? sandbox_start(c->o.timeout_s, c->o.verbose, &t->sandbox, err, len)
                   : sandbox_probe(&t->sandbox, err, len);
    if (rc != SDX_OK)
        return rc;
    if (!t->sandbox.running) {
        snprintf(err, len, "the sandbox is not running (a deploy to it, or `stardust-deploy "
                           "sandbox start`, starts it)");
        return SDX_UNREACHABLE;
    }
    rc = agent_backend_open("sandbox", t->sandbox.url, t->sandbox.token, t->sandbox.ca,
                            c->o.verbose, &t->b);
    if (rc != SDX_OK)
        snprintf(err, len, "%s", t->b ? t->b->error : "out of memory");
    return rc;
}

int target_open(const struct cli *c, int start_sandbox, struct target *t, char *err, size_t errlen)
{
    const struct host_entry *e;
    int rc;
    memset(t, 0, sizeof *t);
    t->name = target_name(c);
    if (strcmp(t->name, "sandbox") == 0)
        return open_sandbox(c, start_sandbox, t, err, errlen);
    if (strcmp(t->name, "local") == 0)
        rc = local_backend_open(c->o.verbose, &t->b);
    else if ((e = hosts_find(&c->hosts, t->name)))
        rc = agent_backend_open(e->name, e->url, e->token, e->ca, c->o.verbose, &t->b);
    else {
        snprintf(err, errlen, "unknown host '%s' (not local, sandbox, or in %s)", t->name,
                 c->hosts.path ? c->hosts.path : "a hosts file: none found");
        return SDX_USAGE;
    }
    if (rc != SDX_OK)
        snprintf(err, errlen, "%s", t->b ? t->b->error : "out of memory");
    return rc;
}

void target_close(struct target *t)
{
    backend_close(t->b);
    t->b = NULL;
}
