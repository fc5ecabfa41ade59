/* cmd_hosts.c: `hosts` (what --host can name) and `check` (preflight of one host: reachable,
 * token accepted, Xen answering, enough free memory for an image). */
#include <json-c/json.h>
#include <stdio.h>
#include <string.h>

#include "../../builder/image_sd.h"
#include "backend.h"
#include "cli.h"
#include "exitcodes.h"
#include "output.h"

static json_object *host_obj(const char *name, const char *kind, const char *url, bool dflt)
{
    json_object *o = json_object_new_object();
    json_object_object_add(o, "name", json_object_new_string(name));
    json_object_object_add(o, "kind", json_object_new_string(kind));
    json_object_object_add(o, "url", url ? json_object_new_string(url) : NULL);
    json_object_object_add(o, "default", json_object_new_boolean(dflt));
    return o;
}

int cmd_hosts(struct cli *c)
{
    json_object *o = json_object_new_object(), *list = json_object_new_array(), *h;
    const char *dflt = target_name(c);
    struct sandbox_info sb;
    char err[256];
    bool dom0 = local_is_dom0();
    h = host_obj("local", "local", NULL, strcmp(dflt, "local") == 0);
    json_object_object_add(h, "available", json_object_new_boolean(dom0));
    json_object_array_add(list, h);
    sandbox_probe(&sb, err, sizeof err);
    h = host_obj("sandbox", "sandbox", sb.running ? sb.url : NULL, strcmp(dflt, "sandbox") == 0);
    json_object_object_add(h, "running", json_object_new_boolean(sb.running));
    json_object_array_add(list, h);
    for (size_t i = 0; i < c->hosts.n; i++) {
        const struct host_entry *e = &c->hosts.v[i];
        h = host_obj(e->name, "agent", e->url, strcmp(dflt, e->name) == 0);
        json_object_object_add(h, "ca", e->ca ? json_object_new_string(e->ca) : NULL);
        json_object_array_add(list, h);
    }
    json_object_object_add(o, "config", c->hosts.path ? json_object_new_string(c->hosts.path) : NULL);
    json_object_object_add(o, "default", json_object_new_string(dflt));
    json_object_object_add(o, "hosts", list);
    if (c->o.json) {
        out_json(o);
    } else {
        printf("%-16s %-8s %-8s %s\n", "HOST", "KIND", "DEFAULT", "WHERE");
        for (size_t i = 0; i < json_object_array_length(list); i++) {
            json_object *e = json_object_array_get_idx(list, i), *v;
            const char *where = jstr(e, "url", NULL);
            if (!where && strcmp(jstr(e, "kind", ""), "local") == 0)
                where = dom0 ? "this machine (a Xen dom0)" : "this machine (not a Xen dom0)";
            if (!where)
                where = "not running";
            json_object_object_get_ex(e, "default", &v);
            printf("%-16s %-8s %-8s %s\n", jstr(e, "name", "?"), jstr(e, "kind", "?"),
                   json_object_get_boolean(v) ? "yes" : "", where);
        }
        printf("hosts file: %s\n", c->hosts.path ? c->hosts.path : "none");
    }
    json_object_put(o);
    return SDX_OK;
}

/* One line of the check's report. */
static void add_check(json_object *checks, const char *what, bool ok, const char *detail)
{
    json_object *o = json_object_new_object();
    json_object_object_add(o, "check", json_object_new_string(what));
    json_object_object_add(o, "ok", json_object_new_boolean(ok));
    json_object_object_add(o, "detail", json_object_new_string(detail));
    json_object_array_add(checks, o);
}

/* Free memory against the image's (or at least 1 MiB). Returns SDX_OK or SDX_DEPLOY. */
static int check_memory(json_object *checks, json_object *health, const char *image)
{
    /* Without an image: room for the smallest service (the Java hello world runs in 6 MiB). */
    int64_t free_mb = jint(health, "free_memory_mb", -1), need = 8;
    struct image_sd img;
    char detail[600];
    memset(&img, 0, sizeof img);
    if (image) {
        if (image_sd_read(image, &img, detail, sizeof detail) != 0) {
            add_check(checks, "image", false, detail);
            image_sd_free(&img);
            return SDX_IMAGE;
        }
        need = jint(img.manifest, "memory", 1);
        snprintf(detail, sizeof detail, "%s: %s, %lld MiB", image, img.digest, (long long)need);
        add_check(checks, "image", true, detail);
        image_sd_free(&img);
    }
    snprintf(detail, sizeof detail, "%lld MiB free, %lld MiB needed", (long long)free_mb, (long long)need);
    add_check(checks, "memory", free_mb >= need, detail);
    return free_mb >= need ? SDX_OK : SDX_DEPLOY;
}

static int run_checks(struct cli *c, struct target *t, json_object *report, json_object *checks)
{
    const char *image = c->o.nwords == 2 ? c->o.words[1] : NULL;
    bool local = strcmp(t->name, "local") == 0;
    json_object *health = NULL;
    char err[512], detail[600];
    int rc;
    if (local)
        add_check(checks, "xen", local_is_dom0(), local_is_dom0() ? "this machine is a Xen dom0"
                                                                  : "/proc/xen/capabilities has no control_d");
    if ((rc = target_open(c, !local && strcmp(t->name, "sandbox") == 0, t, err, sizeof err)) != SDX_OK) {
        add_check(checks, local ? "libxl" : rc == SDX_AUTH ? "token" : "reachable", false, err);
        return rc;
    }
    if ((rc = t->b->ops->health(t->b, &health)) != SDX_OK) {
        add_check(checks, rc == SDX_AUTH ? "token" : local ? "libxl" : "reachable", false, t->b->error);
        if (rc == SDX_AUTH)
            add_check(checks, "reachable", true, "the agent answered");
        return rc;
    }
    snprintf(detail, sizeof detail, "Xen %s, %lld services", jstr(health, "xen_version", "?"),
             (long long)jint(health, "domains", 0));
    if (local) {
        add_check(checks, "libxl", true, detail);
    } else {
        add_check(checks, "reachable", true, jstr(health, "agent_version", "agent"));
        add_check(checks, "token", true, "accepted");
        add_check(checks, "xen", true, detail);
    }
    rc = check_memory(checks, health, image);
    json_object_object_add(report, "health", health);
    return rc;
}

int cmd_check(struct cli *c)
{
    json_object *report = json_object_new_object(), *checks = json_object_new_array();
    struct target t;
    int rc;
    if (c->o.nwords > 2) {
        json_object_put(report);
        json_object_put(checks);
        return cli_fail(c, SDX_USAGE, NULL, NULL, "usage: stardust-deploy check [--host H] [IMAGE.sd]");
    }
    memset(&t, 0, sizeof t);
    t.name = target_name(c);
    json_object_object_add(report, "host", json_object_new_string(t.name));
    rc = run_checks(c, &t, report, checks);
    json_object_object_add(report, "ok", json_object_new_boolean(rc == SDX_OK));
    json_object_object_add(report, "checks", checks);
    if (rc != SDX_OK)
        json_object_object_add(report, "error_kind", json_object_new_string(sd_exit_name(rc)));
    if (c->o.json) {
        out_json(report);
    } else {
        for (size_t i = 0; i < json_object_array_length(checks); i++) {
            json_object *e = json_object_array_get_idx(checks, i), *ok;
            json_object_object_get_ex(e, "ok", &ok);
            printf("%-4s %-10s %s\n", json_object_get_boolean(ok) ? "ok" : "FAIL",
                   jstr(e, "check", "?"), jstr(e, "detail", ""));
        }
        printf("%s: %s\n", t.name, rc == SDX_OK ? "ready" : "not ready");
    }
    json_object_put(report);
    target_close(&t);
    return rc;
}

/* The agent's /v1/health, or {"error": why} while it does not answer (still booting). */
static json_object *sandbox_health(const struct sandbox_info *sb)
{
    struct backend *b = NULL;
    json_object *h = NULL;
    int rc = agent_backend_open("sandbox", sb->url, sb->token, sb->ca, 0, &b);
    if (rc == SDX_OK)
        rc = b->ops->health(b, &h);
    if (rc != SDX_OK) {
        h = json_object_new_object();
        json_object_object_add(h, "error", json_object_new_string(b ? b->error : "out of memory"));
    }
    backend_close(b);
    return h;
}

int cmd_sandbox(struct cli *c)
{
    const char *verb = c->o.nwords == 2 ? c->o.words[1] : "";
    struct sandbox_info sb;
    char err[600] = "";
    json_object *o;
    int rc;
    if (strcmp(verb, "start") == 0)
        rc = sandbox_start(c->o.timeout_s, c->o.verbose, &sb, err, sizeof err);
    else if (strcmp(verb, "stop") == 0)
        rc = sandbox_stop(&sb, err, sizeof err);
    else if (strcmp(verb, "status") == 0)
        rc = sandbox_probe(&sb, err, sizeof err);
    else
        return cli_fail(c, SDX_USAGE, NULL, NULL, "usage: stardust-deploy sandbox start|stop|status [--json]");
    if (rc != SDX_OK)
        return cli_fail(c, rc, "sandbox", NULL, err);
    o = sandbox_info_json(&sb);
    if (strcmp(verb, "status") == 0 && sb.running)
        json_object_object_add(o, "agent", sandbox_health(&sb));
    if (c->o.json)
        out_json(o);
    else if (sb.running)
        printf("sandbox: running (pid %d), agent at %s, log %s/boot/qemu.log\n", sb.pid, sb.url, sb.dir);
    else
        printf("sandbox: %s (state in %s)\n", strcmp(verb, "stop") ? "not running" : "stopped",
               sb.dir);
    json_object_put(o);
    return SDX_OK;
}
