/* record.c: see record.h. */
#define _GNU_SOURCE
#include "record.h"

#include <json-c/json.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static const char *const on_crash_names[] = { "destroy", "restart", "preserve" };
static const char *const state_names[] = { "running", "paused", "crashed", "exited", "stopped",
                                           "lost" };

const char *sd_on_crash_name(enum sd_on_crash c)
{
    return on_crash_names[c];
}

bool sd_on_crash_parse(const char *s, enum sd_on_crash *c)
{
    for (unsigned i = 0; s && i < 3; i++)
        if (!strcmp(s, on_crash_names[i])) {
            *c = (enum sd_on_crash)i;
            return true;
        }
    return false;
}

const char *sd_state_name(enum sd_state s)
{
    return state_names[s];
}

bool sd_name_valid(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || n > SD_NAME_MAX || name[0] == '.' || name[0] == '-')
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '.' || c == '-'))
            return false;
    }
    return true;
}

void sd_format_time(int64_t ns, char buf[32])
{
    time_t t = (time_t)(ns / 1000000000);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static struct json_object *time_or_null(int64_t ns)
{
    char buf[32];
    if (!ns)
        return NULL;
    sd_format_time(ns, buf);
    return json_object_new_string(buf);
}

static struct json_object *string_or_null(const char *s)
{
    return s[0] ? json_object_new_string(s) : NULL;
}

static struct json_object *vifs_json(const struct sd_record *r, struct json_object **addresses)
{
    struct json_object *a = json_object_new_array();
    *addresses = json_object_new_array();
    for (unsigned i = 0; i < r->nvifs; i++) {
        struct json_object *v = json_object_new_object();
        json_object_object_add(v, "bridge", json_object_new_string(r->vifs[i].bridge));
        json_object_object_add(v, "mac", string_or_null(r->vifs[i].mac));
        json_object_object_add(v, "ipv4", string_or_null(r->vifs[i].ipv4));
        json_object_array_add(a, v);
        if (r->vifs[i].ipv4[0]) {
            char ip[44];
            snprintf(ip, sizeof ip, "%s", r->vifs[i].ipv4);
            char *slash = strchr(ip, '/');
            if (slash)
                *slash = '\0';
            json_object_array_add(*addresses, json_object_new_string(ip));
        }
    }
    return a;
}

struct json_object *sd_record_to_json(const struct sd_record *r, const char *host,
                                      const char *xen_state)
{
    struct json_object *o = json_object_new_object(), *img = json_object_new_object(), *addr;
    json_object_object_add(o, "name", json_object_new_string(r->name));
    if (host)
        json_object_object_add(o, "host", json_object_new_string(host));
    json_object_object_add(o, "domid", r->domid >= 0 ? json_object_new_int64(r->domid) : NULL);
    json_object_object_add(o, "uuid", string_or_null(r->uuid));
    json_object_object_add(o, "state", json_object_new_string(sd_state_name(r->state)));
    if (xen_state)
        json_object_object_add(o, "xen_state", json_object_new_string(xen_state));
    json_object_object_add(img, "digest", json_object_new_string(r->image_digest));
    json_object_object_add(img, "size", json_object_new_int64((int64_t)r->image_size));
    json_object_object_add(img, "name", json_object_new_string(r->image_name));
    json_object_object_add(img, "version", json_object_new_string(r->image_version));
    json_object_object_add(o, "image", img);
    json_object_object_add(o, "memory", json_object_new_int64(r->memory_mb));
    json_object_object_add(o, "vcpus", json_object_new_int64(r->vcpus));
    json_object_object_add(o, "on_crash", json_object_new_string(sd_on_crash_name(r->on_crash)));
    json_object_object_add(o, "cmdline", string_or_null(r->cmdline));
    json_object_object_add(o, "network", vifs_json(r, &addr));
    json_object_object_add(o, "addresses", addr);
    json_object_object_add(o, "created", time_or_null(r->created_ns));
    json_object_object_add(o, "started", time_or_null(r->started_ns));
    json_object_object_add(o, "ended", time_or_null(r->ended_ns));
    json_object_object_add(o, "reason", string_or_null(r->reason));
    json_object_object_add(o, "exit_code", r->has_exit_code ? json_object_new_int(r->exit_code) : NULL);
    json_object_object_add(o, "restarts", json_object_new_int64(r->restarts));
    json_object_object_add(o, "ms_create", json_object_new_double(r->ms_create));
    if (host)
        return o;   /* what clients see ends here */
    /* Exact times and bookkeeping: the state file only (written with no host). */
    json_object_object_add(o, "created_ns", json_object_new_int64(r->created_ns));
    json_object_object_add(o, "started_ns", json_object_new_int64(r->started_ns));
    json_object_object_add(o, "ended_ns", json_object_new_int64(r->ended_ns));
    json_object_object_add(o, "stopping", json_object_new_boolean(r->stopping));
    json_object_object_add(o, "crash_window_ns", json_object_new_int64(r->crash_window_ns));
    json_object_object_add(o, "crash_window_count", json_object_new_int64(r->crash_window_count));
    return o;
}

static const char *get_str(struct json_object *o, const char *key)
{
    struct json_object *v;
    if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
        return NULL;
    return json_object_get_string(v);
}

static int64_t get_int(struct json_object *o, const char *key, int64_t dflt)
{
    struct json_object *v;
    if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_int))
        return dflt;
    return json_object_get_int64(v);
}

static void put_str(char *dst, size_t len, const char *s)
{
    snprintf(dst, len, "%s", s ? s : "");
}

static bool state_parse(const char *s, enum sd_state *st)
{
    for (unsigned i = 0; s && i < sizeof state_names / sizeof state_names[0]; i++)
        if (!strcmp(s, state_names[i])) {
            *st = (enum sd_state)i;
            return true;
        }
    return false;
}

static void vifs_from_json(struct json_object *o, struct sd_record *r)
{
    struct json_object *net;
    if (!json_object_object_get_ex(o, "network", &net) || !json_object_is_type(net, json_type_array))
        return;
    for (size_t i = 0; i < json_object_array_length(net) && r->nvifs < SD_MAX_VIFS; i++) {
        struct json_object *v = json_object_array_get_idx(net, i);
        struct sd_record_vif *d = &r->vifs[r->nvifs++];
        put_str(d->bridge, sizeof d->bridge, get_str(v, "bridge"));
        put_str(d->mac, sizeof d->mac, get_str(v, "mac"));
        put_str(d->ipv4, sizeof d->ipv4, get_str(v, "ipv4"));
    }
}

bool sd_record_from_json(struct json_object *o, struct sd_record *r)
{
    struct json_object *img, *v;
    memset(r, 0, sizeof *r);
    const char *name = get_str(o, "name");
    if (!name || !sd_name_valid(name) || !json_object_object_get_ex(o, "image", &img) ||
        !get_str(img, "digest") || !state_parse(get_str(o, "state"), &r->state) ||
        !sd_on_crash_parse(get_str(o, "on_crash"), &r->on_crash))
        return false;
    put_str(r->name, sizeof r->name, name);
    put_str(r->image_digest, sizeof r->image_digest, get_str(img, "digest"));
    r->image_size = (uint64_t)get_int(img, "size", 0);
    put_str(r->image_name, sizeof r->image_name, get_str(img, "name"));
    put_str(r->image_version, sizeof r->image_version, get_str(img, "version"));
    r->memory_mb = (unsigned)get_int(o, "memory", 0);
    r->vcpus = (unsigned)get_int(o, "vcpus", 1);
    put_str(r->cmdline, sizeof r->cmdline, get_str(o, "cmdline"));
    vifs_from_json(o, r);
    r->domid = get_int(o, "domid", -1);
    put_str(r->uuid, sizeof r->uuid, get_str(o, "uuid"));
    put_str(r->reason, sizeof r->reason, get_str(o, "reason"));
    r->has_exit_code = json_object_object_get_ex(o, "exit_code", &v) && json_object_is_type(v, json_type_int);
    r->exit_code = r->has_exit_code ? json_object_get_int(v) : 0;
    r->created_ns = get_int(o, "created_ns", 0);
    r->started_ns = get_int(o, "started_ns", 0);
    r->ended_ns = get_int(o, "ended_ns", 0);
    r->restarts = (unsigned)get_int(o, "restarts", 0);
    r->ms_create = json_object_object_get_ex(o, "ms_create", &v) ? json_object_get_double(v) : 0;
    r->stopping = json_object_object_get_ex(o, "stopping", &v) && json_object_get_boolean(v);
    r->crash_window_ns = get_int(o, "crash_window_ns", 0);
    r->crash_window_count = (unsigned)get_int(o, "crash_window_count", 0);
    return true;
}
