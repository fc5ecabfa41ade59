/* cmd_deploy.c: `stardust-deploy [deploy] IMAGE.sd`: verify the image here, put it on the host
 * (not again when the host holds it), create the service, optionally wait for it to end while
 * showing its console, and report (text or one JSON object). */
#define _GNU_SOURCE
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../../builder/image_sd.h"
#include "backend.h"
#include "cli.h"
#include "exitcodes.h"
#include "msg.h"
#include "output.h"

#define TAIL_BYTES 4096
#define POLL_US (500 * 1000)

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int ended(const char *state)
{
    return strcmp(state, "running") != 0 && strcmp(state, "paused") != 0;
}

/* After the host refused the name: a name whose service has ended is taken over (its old
 * record is removed, SDX_OK: try again); a live one stays refused (SDX_CONFLICT). Asking only
 * after a refusal saves a round trip on every ordinary deploy. */
static int claim_name(struct backend *b, const char *name)
{
    json_object *d = NULL;
    int rc = b->ops->get(b, name, &d);
    if (rc == SDX_NOTFOUND)
        return SDX_OK;
    if (rc == SDX_OK && !ended(jstr(d, "state", "running"))) {
        snprintf(b->error, sizeof b->error, "the name '%s' is in use on %s (state %s)", name,
                 b->host, jstr(d, "state", "?"));
        rc = SDX_CONFLICT;
    } else if (rc == SDX_OK) {
        msg_info("replacing the ended service '%s' (state %s)", name, jstr(d, "state", "?"));
        rc = b->ops->remove(b, name);
        if (rc == SDX_NOTFOUND)
            rc = SDX_OK;
    }
    json_object_put(d);
    return rc;
}

/* Copies new console bytes to out; *offset advances. */
static int pump_console(struct backend *b, const char *name, int64_t *offset, FILE *out)
{
    json_object *chunk = NULL;
    int rc = b->ops->console(b, name, *offset, &chunk);
    if (rc == SDX_OK) {
        const char *data = jstr(chunk, "data", "");
        fputs(data, out);
        fflush(out);
        *offset = jint(chunk, "next_offset", *offset + (int64_t)strlen(data));
    }
    json_object_put(chunk);
    return rc;
}

/* The last TAIL_BYTES of the console (valid UTF-8 from the agent), or NULL. */
static json_object *console_tail(struct backend *b, const char *name)
{
    json_object *chunk = NULL, *tail = NULL;
    int64_t size;
    if (b->ops->console(b, name, 0, &chunk) != SDX_OK)
        return NULL;
    size = jint(chunk, "size", 0);
    if (size > TAIL_BYTES && jint(chunk, "next_offset", 0) < size) {
        json_object_put(chunk);
        chunk = NULL;
        if (b->ops->console(b, name, size - TAIL_BYTES, &chunk) != SDX_OK)
            return NULL;
    }
    {
        const char *data = jstr(chunk, "data", "");
        size_t len = strlen(data);
        tail = json_object_new_string(len > TAIL_BYTES ? data + len - TAIL_BYTES : data);
    }
    json_object_put(chunk);
    return tail;
}

/* Polls until the service ends (or --timeout). With --console its output is copied as it
 * comes (to stderr with --json, so stdout stays one JSON object). *domain is replaced by the
 * final state. */
static int wait_end(struct cli *c, struct backend *b, const char *name, json_object **domain)
{
    FILE *out = c->o.json ? stderr : stdout;
    double deadline = c->o.timeout_s > 0 ? now_ms() + c->o.timeout_s * 1e3 : 0;
    int64_t offset = 0;
    int rc = SDX_OK;
    while (!ended(jstr(*domain, "state", "running"))) {
        json_object *d = NULL;
        if (c->o.console && (rc = pump_console(b, name, &offset, out)) != SDX_OK)
            return rc;
        if (deadline && now_ms() > deadline) {
            snprintf(b->error, sizeof b->error, "'%s' still runs after %d s (left running)", name,
                     c->o.timeout_s);
            return SDX_FAIL;
        }
        usleep(POLL_US);
        if ((rc = b->ops->get(b, name, &d)) != SDX_OK)
            return rc;
        json_object_put(*domain);
        *domain = d;
    }
    /* xenconsoled may still be writing the last lines: one more read after the end. */
    if (c->o.console) {
        usleep(POLL_US);
        rc = pump_console(b, name, &offset, out);
    }
    return rc;
}

/* The JSON report: the host's domain object plus what this side saw. */
static void add_facts(json_object *d, const struct deploy_result *res, const char *path,
                      double ms_total, const struct target *t)
{
    json_object_object_add(d, "image_path", json_object_new_string(path));
    json_object_object_add(d, "image_sent", json_object_new_boolean(res->image_sent));
    json_object_object_add(d, "bytes_sent", json_object_new_int64((int64_t)res->bytes_sent));
    json_object_object_add(d, "ms_upload", json_object_new_double(res->ms_upload));
    json_object_object_add(d, "ms_create_request", json_object_new_double(res->ms_create));
    json_object_object_add(d, "ms_total", json_object_new_double(ms_total));
    if (t->sandbox.boot_s > 0)
        json_object_object_add(d, "sandbox_boot_s", json_object_new_double(t->sandbox.boot_s));
    if (!jhas(d, "host"))
        json_object_object_add(d, "host", json_object_new_string(t->name));
}

/* Exit status of a waited-for service: crashed or a non-zero exit code is SDX_SERVICE. */
static int service_status(json_object *d)
{
    if (strcmp(jstr(d, "state", ""), "crashed") == 0)
        return SDX_SERVICE;
    if (jhas(d, "exit_code") && jint(d, "exit_code", 0) != 0)
        return SDX_SERVICE;
    return SDX_OK;
}

static int deploy_on(struct cli *c, struct target *t, const char *path, const struct image_sd *img,
                     const char *name, double t0)
{
    struct deploy_request rq = { .image_path = path, .img = img, .name = name,
                                 .progress = isatty(2) && !c->o.json };
    struct deploy_result res = { 0 };
    struct backend *b = t->b;
    int rc = b->ops->deploy(b, &rq, &res);
    if (rc == SDX_CONFLICT && (rc = claim_name(b, name)) == SDX_OK) {
        struct deploy_result again = { 0 };
        rc = b->ops->deploy(b, &rq, &again);
        again.image_sent = res.image_sent;       /* what the first attempt sent */
        again.bytes_sent = res.bytes_sent;
        again.ms_upload += res.ms_upload;
        json_object_put(res.domain);
        res = again;
    }
    if (rc != SDX_OK)
        return cli_fail(c, rc, t->name, name, b->error);
    if (!c->o.json)
        printf("%s: deployed on %s (domain %lld%s)\n", name, t->name,
               (long long)jint(res.domain, "domid", -1), res.image_sent ? "" : ", image already there");
    if (c->o.wait && (rc = wait_end(c, b, name, &res.domain)) != SDX_OK) {
        json_object_put(res.domain);
        return cli_fail(c, rc, t->name, name, b->error);
    }
    add_facts(res.domain, &res, path, now_ms() - t0, t);
    if (c->o.wait) {
        json_object *tail = console_tail(b, name);
        json_object_object_add(res.domain, "console_tail", tail);
        rc = service_status(res.domain);
    }
    if (c->o.json)
        out_json(res.domain);
    else
        out_service_line(res.domain);
    json_object_put(res.domain);
    return rc;
}

int cmd_deploy(struct cli *c)
{
    const char *path = strcmp(c->o.words[0], "deploy") == 0 ? c->o.words[1] : c->o.words[0];
    struct image_sd img;
    struct target t;
    char err[512];
    const char *name;
    double t0 = now_ms();
    int rc;
    if (!path || c->o.nwords > (path == c->o.words[0] ? 1 : 2))
        return cli_fail(c, SDX_USAGE, NULL, NULL, "usage: stardust-deploy [--host H] [--name N] "
                                                  "[--wait] [--console] [--json] IMAGE.sd");
    memset(&img, 0, sizeof img);
    memset(&t, 0, sizeof t);
    c->o.wait = c->o.wait || c->o.console;   /* a console is shown while waiting */
    if (image_sd_read(path, &img, err, sizeof err) != 0) {
        image_sd_free(&img);
        return cli_fail(c, SDX_IMAGE, NULL, NULL, err);
    }
    name = c->o.name ? c->o.name : jstr(img.manifest, "name", NULL);
    if (!name)
        rc = cli_fail(c, SDX_IMAGE, NULL, NULL, "the image's manifest has no name (use --name)");
    else if ((rc = target_open(c, 1, &t, err, sizeof err)) != SDX_OK)
        rc = cli_fail(c, rc, t.name, name, err);
    else
        rc = deploy_on(c, &t, path, &img, name, t0);
    target_close(&t);
    image_sd_free(&img);
    return rc;
}
