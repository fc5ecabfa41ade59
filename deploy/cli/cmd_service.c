/* cmd_service.c: the lifecycle commands on one host: list, status NAME, stop NAME [--force],
 * logs NAME [--follow]. Each opens the host (never booting the sandbox), asks, prints. */
#include <json-c/json.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "backend.h"
#include "cli.h"
#include "exitcodes.h"
#include "output.h"

#define FOLLOW_POLL_US (500 * 1000)

/* The NAME operand of `CMD NAME`, or NULL after a usage message. */
static const char *operand(struct cli *c, const char *usage)
{
    if (c->o.nwords != 2) {
        cli_fail(c, SDX_USAGE, NULL, NULL, usage);
        return NULL;
    }
    return c->o.words[1];
}

/* Opens the host or reports why not; returns the status. */
static int open_host(struct cli *c, struct target *t, const char *name)
{
    char err[512];
    int rc = target_open(c, 0, t, err, sizeof err);
    if (rc != SDX_OK)
        cli_fail(c, rc, t->name, name, err);
    return rc;
}

static void print_domain(struct cli *c, json_object *d, const char *host)
{
    if (!jhas(d, "host"))
        json_object_object_add(d, "host", json_object_new_string(host));
    if (c->o.json)
        out_json(d);
    else
        out_service_line(d);
}

int cmd_list(struct cli *c)
{
    struct target t;
    json_object *list = NULL, *o;
    int rc;
    if (c->o.nwords != 1)
        return cli_fail(c, SDX_USAGE, NULL, NULL, "usage: stardust-deploy list [--host H] [--json]");
    if ((rc = open_host(c, &t, NULL)) != SDX_OK)
        goto out;
    if ((rc = t.b->ops->list(t.b, &list)) != SDX_OK) {
        rc = cli_fail(c, rc, t.name, NULL, t.b->error);
        goto out;
    }
    for (size_t i = 0; i < json_object_array_length(list); i++) {
        json_object *d = json_object_array_get_idx(list, i);
        if (!jhas(d, "host"))
            json_object_object_add(d, "host", json_object_new_string(t.name));
    }
    if (c->o.json) {
        o = json_object_new_object();
        json_object_object_add(o, "host", json_object_new_string(t.name));
        json_object_object_add(o, "services", json_object_get(list));
        out_json(o);
        json_object_put(o);
    } else {
        out_service_table(list);
    }
out:
    json_object_put(list);
    target_close(&t);
    return rc;
}

int cmd_status(struct cli *c)
{
    const char *name = operand(c, "usage: stardust-deploy status NAME [--host H] [--json]");
    struct target t;
    json_object *d = NULL;
    int rc;
    if (!name)
        return SDX_USAGE;
    if ((rc = open_host(c, &t, name)) == SDX_OK) {
        if ((rc = t.b->ops->get(t.b, name, &d)) == SDX_OK)
            print_domain(c, d, t.name);
        else
            cli_fail(c, rc, t.name, name, t.b->error);
    }
    json_object_put(d);
    target_close(&t);
    return rc;
}

int cmd_stop(struct cli *c)
{
    const char *name = operand(c, "usage: stardust-deploy stop NAME [--force] [--host H] [--json]");
    struct target t;
    json_object *d = NULL;
    int rc;
    if (!name)
        return SDX_USAGE;
    if ((rc = open_host(c, &t, name)) == SDX_OK) {
        if ((rc = t.b->ops->stop(t.b, name, c->o.force, c->o.timeout_s, &d)) == SDX_OK)
            print_domain(c, d, t.name);
        else
            cli_fail(c, rc, t.name, name, t.b->error);
    }
    json_object_put(d);
    target_close(&t);
    return rc;
}

/* Copies the console from *offset; returns the status, *state gets the service's state. */
static int logs_chunk(struct target *t, const char *name, int64_t *offset, char *state, size_t len)
{
    json_object *chunk = NULL;
    int rc = t->b->ops->console(t->b, name, *offset, &chunk);
    if (rc == SDX_OK) {
        const char *data = jstr(chunk, "data", "");
        fputs(data, stdout);
        fflush(stdout);
        *offset = jint(chunk, "next_offset", *offset + (int64_t)strlen(data));
        snprintf(state, len, "%s", jstr(chunk, "state", "?"));
        /* More than one answer's worth waiting: read on at once. */
        if (jint(chunk, "size", 0) > *offset)
            state[0] = '+';
    }
    json_object_put(chunk);
    return rc;
}

/* Text: the console as it is (and, with --follow, as it grows until the service ends). JSON:
 * {"name","host","state","size","console"} with all of it (no --follow). */
int cmd_logs(struct cli *c)
{
    const char *name = operand(c, "usage: stardust-deploy logs NAME [--follow] [--host H] [--json]");
    struct target t;
    char state[32] = "+";
    int64_t offset = 0;
    int rc;
    if (!name)
        return SDX_USAGE;
    if (c->o.json && c->o.follow)
        return cli_fail(c, SDX_USAGE, NULL, name, "logs: --json and --follow do not mix");
    if ((rc = open_host(c, &t, name)) != SDX_OK)
        goto out;
    if (c->o.json) {
        json_object *chunk = NULL;
        if ((rc = t.b->ops->console(t.b, name, 0, &chunk)) != SDX_OK) {
            rc = cli_fail(c, rc, t.name, name, t.b->error);
            goto out;
        }
        json_object_object_add(chunk, "host", json_object_new_string(t.name));
        out_json(chunk);
        json_object_put(chunk);
        goto out;
    }
    while (rc == SDX_OK) {
        rc = logs_chunk(&t, name, &offset, state, sizeof state);
        if (rc != SDX_OK || state[0] == '+')
            continue;
        if (!c->o.follow)
            break;
        if (strcmp(state, "running") != 0 && strcmp(state, "paused") != 0) {
            /* xenconsoled may still be writing the last lines: one more read. */
            usleep(FOLLOW_POLL_US);
            rc = logs_chunk(&t, name, &offset, state, sizeof state);
            break;
        }
        usleep(FOLLOW_POLL_US);
    }
    if (rc != SDX_OK)
        cli_fail(c, rc, t.name, name, t.b->error);
out:
    target_close(&t);
    return rc;
}
