/* agent_backend.c: the backend ops over stardust-agent's HTTP API (remote.c). */
#define _GNU_SOURCE
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../builder/image_sd.h"
#include "backend.h"
#include "exitcodes.h"
#include "remote.h"

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* Copies the remote's message into the backend and passes the status on. */
static int relay(struct backend *b, int rc)
{
    if (rc != SDX_OK)
        snprintf(b->error, sizeof b->error, "%s", remote_error(b->impl));
    return rc;
}

/* Names go into URL paths: the agent allows [A-Za-z0-9_.-] only, so refuse anything else here
 * rather than escape it. */
static int check_name(struct backend *b, const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || n > 64 || name[0] == '.' || name[0] == '-'
        || strspn(name, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-") != n) {
        snprintf(b->error, sizeof b->error,
                 "bad service name '%s' (1-64 of A-Z a-z 0-9 _ . -, not starting with . or -)", name);
        return SDX_USAGE;
    }
    return SDX_OK;
}

static int agent_health(struct backend *b, json_object **health)
{
    return relay(b, remote_json(b->impl, "GET", "/v1/health", NULL, health));
}

static int put_image(struct backend *b, const struct deploy_request *rq, struct deploy_result *res)
{
    bool held = false;
    int rc = remote_has_image(b->impl, rq->img->digest, &held);
    if (rc == SDX_OK && !held) {
        rc = remote_upload(b->impl, rq->image_path, rq->img->digest, rq->img->file_size,
                           rq->progress, &res->bytes_sent);
        res->image_sent = rc == SDX_OK;
    }
    return relay(b, rc);
}

static int agent_deploy(struct backend *b, const struct deploy_request *rq, struct deploy_result *res)
{
    json_object *body;
    double t0 = now_ms(), t1;
    int rc;
    memset(res, 0, sizeof *res);
    if ((rc = check_name(b, rq->name)) != SDX_OK || (rc = put_image(b, rq, res)) != SDX_OK)
        return rc;
    t1 = now_ms();
    res->ms_upload = t1 - t0;
    body = json_object_new_object();
    json_object_object_add(body, "image", json_object_new_string(rq->img->digest));
    json_object_object_add(body, "name", json_object_new_string(rq->name));
    rc = relay(b, remote_json(b->impl, "POST", "/v1/domains", body, &res->domain));
    json_object_put(body);
    res->ms_create = now_ms() - t1;
    return rc;
}

static int agent_get(struct backend *b, const char *name, json_object **domain)
{
    char path[128];
    int rc = check_name(b, name);
    if (rc != SDX_OK)
        return rc;
    snprintf(path, sizeof path, "/v1/domains/%s", name);
    rc = relay(b, remote_json(b->impl, "GET", path, NULL, domain));
    if (rc == SDX_NOTFOUND)
        snprintf(b->error, sizeof b->error, "no service '%s' on %s", name, b->host);
    return rc;
}

static int agent_list(struct backend *b, json_object **domains)
{
    json_object *answer = NULL, *v;
    int rc = relay(b, remote_json(b->impl, "GET", "/v1/domains", NULL, &answer));
    *domains = NULL;
    if (rc != SDX_OK)
        return rc;
    if (!json_object_object_get_ex(answer, "domains", &v) || !json_object_is_type(v, json_type_array)) {
        json_object_put(answer);
        snprintf(b->error, sizeof b->error, "%s: the domain list has no 'domains' array", b->host);
        return SDX_FAIL;
    }
    *domains = json_object_get(v);
    json_object_put(answer);
    return SDX_OK;
}

static int agent_stop(struct backend *b, const char *name, bool force, int timeout_s,
                      json_object **domain)
{
    char path[160];
    int rc = check_name(b, name);
    if (rc != SDX_OK)
        return rc;
    snprintf(path, sizeof path, "/v1/domains/%s/stop?force=%d&timeout=%d", name, force ? 1 : 0,
             timeout_s > 0 ? (timeout_s > 300 ? 300 : timeout_s) : 20);
    rc = relay(b, remote_json(b->impl, "POST", path, NULL, domain));
    if (rc == SDX_NOTFOUND)
        snprintf(b->error, sizeof b->error, "no service '%s' on %s", name, b->host);
    return rc;
}

static int agent_remove(struct backend *b, const char *name)
{
    char path[128];
    json_object *none = NULL;
    int rc = check_name(b, name);
    if (rc != SDX_OK)
        return rc;
    snprintf(path, sizeof path, "/v1/domains/%s", name);
    rc = relay(b, remote_json(b->impl, "DELETE", path, NULL, &none));
    json_object_put(none);
    return rc;
}

static int agent_console(struct backend *b, const char *name, int64_t offset, json_object **chunk)
{
    char path[160];
    int rc = check_name(b, name);
    if (rc != SDX_OK)
        return rc;
    snprintf(path, sizeof path, "/v1/domains/%s/console?offset=%lld", name, (long long)offset);
    rc = relay(b, remote_json(b->impl, "GET", path, NULL, chunk));
    if (rc == SDX_NOTFOUND)
        snprintf(b->error, sizeof b->error, "no service '%s' on %s", name, b->host);
    return rc;
}

static void agent_close(struct backend *b)
{
    remote_close(b->impl);
}

static const struct backend_ops agent_ops = {
    .health = agent_health, .deploy = agent_deploy, .get = agent_get, .list = agent_list,
    .stop = agent_stop, .remove = agent_remove, .console = agent_console, .close = agent_close,
};

int agent_backend_open(const char *host, const char *url, const char *token, const char *ca,
                       int verbose, struct backend **out)
{
    struct backend *b = calloc(1, sizeof *b);
    struct remote *r = NULL;
    struct remote_params p = { .url = url, .token = token, .ca = ca, .verbose = verbose };
    int rc;
    *out = b;
    if (!b)
        return SDX_FAIL;
    b->ops = &agent_ops;
    b->host = host;
    rc = remote_open(&p, &r);
    b->impl = r;
    if (rc != SDX_OK)
        snprintf(b->error, sizeof b->error, "%s", remote_error(r));
    return rc;
}

void backend_close(struct backend *b)
{
    if (!b)
        return;
    if (b->impl)
        b->ops->close(b);
    free(b);
}
