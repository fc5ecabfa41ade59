/* service.c: see service.h. */
#define _GNU_SOURCE
#include "service.h"
#include "fail.h"

#include <errno.h>
#include <json-c/json.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "digest.h"
#include "domain.h"
#include "guest_data.h"
#include "state_store.h"

#define CRASH_WINDOW_NS (60LL * 1000000000)
#define CRASH_LIMIT 10

struct sd_service {
    pthread_mutex_t lock;      /* everything below, and every libxl call */
    sd_host *host;
    sd_image_store *images;
    char *state_dir, *console_dir, *host_name, *vif_script;
    struct sd_record *recs;
    size_t nrecs, cap;
};


static struct sd_record *find(sd_service *s, const char *name)
{
    for (size_t i = 0; i < s->nrecs; i++)
        if (!strcmp(s->recs[i].name, name))
            return &s->recs[i];
    return NULL;
}

static bool is_active(const struct sd_record *r)
{
    return r->state == SD_ST_RUNNING || r->state == SD_ST_PAUSED;
}

/* Saves r; a failure is only reported (the in-memory record is still right). */
static void save(sd_service *s, const struct sd_record *r)
{
    if (sd_state_save(s->state_dir, r))
        fprintf(stderr, "state: cannot save %s: %s\n", r->name, strerror(errno));
}

/* Marks r ended now, without a domain. */
static void set_ended(struct sd_record *r, enum sd_state st, const char *reason)
{
    r->state = st;
    snprintf(r->reason, sizeof r->reason, "%s", reason);
    r->ended_ns = sd_wall_ns();
    r->domid = -1;
}

/* ---- starting a domain ----------------------------------------------------------------------- */

/* Creates r's domain from its image (parts verified again) and sets domid, uuid, started.
 * Called with the lock held. On failure no domain exists and r is unchanged. */
static int start_domain(sd_service *s, struct sd_record *r, char *err, size_t errlen)
{
    char kernel[PATH_MAX], rootfs[PATH_MAX];
    struct json_object *meta = NULL;
    int rc = sd_images_open_parts(s->images, r->image_digest, &meta, kernel, rootfs,
                                  sizeof kernel, err, errlen);
    json_object_put(meta);
    if (rc == SD_IMG_NOTFOUND)
        return SD_SVC_IMAGE_NOT_FOUND;
    if (rc)
        return SD_SVC_INVALID_IMAGE;

    struct sd_vif vifs[SD_MAX_VIFS];
    for (unsigned i = 0; i < r->nvifs; i++)
        vifs[i] = (struct sd_vif){ .bridge = r->vifs[i].bridge[0] ? r->vifs[i].bridge : NULL,
                                   .mac = r->vifs[i].mac[0] ? r->vifs[i].mac : NULL,
                                   .script = s->vif_script };
    struct sd_domain_spec spec = {
        .name = r->name, .kernel = kernel, .ramdisk = rootfs,
        .cmdline = r->cmdline[0] ? r->cmdline : NULL, .memory_mb = r->memory_mb,
        .vcpus = r->vcpus, .vifs = vifs, .nvifs = r->nvifs,
    };
    uint32_t domid;
    int64_t t0 = sd_wall_ns();
    if (sd_domain_create(s->host, &spec, &domid))
        return sd_fail(err, errlen, SD_SVC_XEN, "%s", sd_host_error(s->host));
    int64_t t1 = sd_wall_ns();
    struct sd_domain_info info;
    if (sd_domain_info(s->host, domid, &info) == SD_OK)
        snprintf(r->uuid, sizeof r->uuid, "%s", info.uuid);
    /* Interfaces whose MAC libxl chose: record what the domain really has. */
    char macs[SD_MAX_VIFS][18];
    unsigned nmacs = 0;
    if (r->nvifs && sd_domain_vif_macs(s->host, domid, macs, SD_MAX_VIFS, &nmacs) == SD_OK)
        for (unsigned i = 0; i < r->nvifs && i < nmacs; i++)
            if (!r->vifs[i].mac[0])
                memcpy(r->vifs[i].mac, macs[i], sizeof r->vifs[i].mac);
    r->domid = domid;
    r->ms_create = (double)(t1 - t0) / 1e6;
    r->started_ns = t1;
    r->state = SD_ST_RUNNING;
    r->reason[0] = '\0';
    r->has_exit_code = false;
    r->ended_ns = 0;
    r->stopping = false;
    return SD_SVC_OK;
}

/* ---- deploy -------------------------------------------------------------------------------- */

static const char *manifest_str(struct json_object *m, const char *key)
{
    struct json_object *v;
    return json_object_object_get_ex(m, key, &v) && json_object_is_type(v, json_type_string)
               ? json_object_get_string(v) : NULL;
}

static int64_t manifest_int(struct json_object *m, const char *key, int64_t dflt)
{
    struct json_object *v;
    return json_object_object_get_ex(m, key, &v) && json_object_is_type(v, json_type_int)
               ? json_object_get_int64(v) : dflt;
}

/* manifest.network into r->vifs: bridge, mac, and a static ipv4 address if declared. */
static void network_from_manifest(struct json_object *m, struct sd_record *r)
{
    struct json_object *net, *ip, *addr;
    if (!json_object_object_get_ex(m, "network", &net) || !json_object_is_type(net, json_type_array))
        return;
    for (size_t i = 0; i < json_object_array_length(net) && r->nvifs < SD_MAX_VIFS; i++) {
        struct json_object *v = json_object_array_get_idx(net, i);
        struct sd_record_vif *d = &r->vifs[r->nvifs++];
        const char *bridge = manifest_str(v, "bridge"), *mac = manifest_str(v, "mac");
        snprintf(d->bridge, sizeof d->bridge, "%s", bridge ? bridge : "xenbr0");
        snprintf(d->mac, sizeof d->mac, "%s", mac ? mac : "");
        if (json_object_object_get_ex(v, "ipv4", &ip) && json_object_is_type(ip, json_type_object) &&
            json_object_object_get_ex(ip, "address", &addr))
            snprintf(d->ipv4, sizeof d->ipv4, "%s", json_object_get_string(addr));
    }
}

/* The new record from the image's manifest and the request's overrides. */
static int fill_record(struct json_object *meta, const struct sd_deploy_request *req,
                       struct sd_record *r, char *err, size_t errlen)
{
    struct json_object *m = NULL;
    json_object_object_get_ex(meta, "manifest", &m);
    const char *name = req->name ? req->name : manifest_str(m, "name");
    const char *on_crash = req->on_crash ? req->on_crash : manifest_str(m, "on_crash");

    memset(r, 0, sizeof *r);
    if (!name || !sd_name_valid(name))
        return sd_fail(err, errlen, SD_SVC_BAD_REQUEST, "bad service name '%s'", name ? name : "");
    if (!on_crash)
        on_crash = "destroy";
    if (!sd_on_crash_parse(on_crash, &r->on_crash))
        return sd_fail(err, errlen, SD_SVC_BAD_REQUEST, "bad on_crash '%s'", on_crash);
    snprintf(r->name, sizeof r->name, "%s", name);
    snprintf(r->image_digest, sizeof r->image_digest, "%s", req->image);
    snprintf(r->image_name, sizeof r->image_name, "%s", manifest_str(m, "name") ?: "");
    snprintf(r->image_version, sizeof r->image_version, "%s", manifest_str(m, "version") ?: "");
    r->memory_mb = req->memory_mb ? req->memory_mb : (unsigned)manifest_int(m, "memory", 32);
    r->vcpus = req->vcpus ? req->vcpus : (unsigned)manifest_int(m, "vcpus", 1);
    if (r->memory_mb < 4 || r->memory_mb > 1048576 || r->vcpus < 1 || r->vcpus > 128)
        return sd_fail(err, errlen, SD_SVC_BAD_REQUEST, "bad memory (%u MiB) or vcpus (%u)",
                    r->memory_mb, r->vcpus);
    if (req->cmdline && strlen(req->cmdline) >= sizeof r->cmdline)
        return sd_fail(err, errlen, SD_SVC_BAD_REQUEST, "cmdline too long");
    snprintf(r->cmdline, sizeof r->cmdline, "%s", req->cmdline ? req->cmdline : "");
    network_from_manifest(m, r);
    r->domid = -1;
    return SD_SVC_OK;
}

static int append(sd_service *s, const struct sd_record *r)
{
    if (s->nrecs == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        struct sd_record *more = realloc(s->recs, cap * sizeof *more);
        if (!more)
            return -1;
        s->recs = more;
        s->cap = cap;
    }
    s->recs[s->nrecs++] = *r;
    return 0;
}

static int deploy_locked(sd_service *s, const struct sd_deploy_request *req, struct sd_record *r,
                         char *err, size_t errlen)
{
    char kernel[PATH_MAX], rootfs[PATH_MAX];
    struct json_object *meta = NULL;
    int rc = sd_images_open_parts(s->images, req->image, &meta, kernel, rootfs, sizeof kernel,
                                  err, errlen);
    if (rc)
        return rc == SD_IMG_NOTFOUND ? SD_SVC_IMAGE_NOT_FOUND : SD_SVC_INVALID_IMAGE;
    rc = fill_record(meta, req, r, err, errlen);
    json_object_put(meta);
    if (rc)
        return rc;
    struct sd_image_meta im;
    if (sd_images_meta(s->images, req->image, &im) == SD_IMG_OK)
        r->image_size = im.size;
    uint32_t other;
    if (find(s, r->name) || sd_domain_lookup(s->host, r->name, &other) == SD_OK)
        return sd_fail(err, errlen, SD_SVC_NAME_IN_USE, "the name %s is in use", r->name);
    rc = start_domain(s, r, err, errlen);
    if (rc)
        return rc;
    r->created_ns = r->started_ns;
    if (sd_state_save(s->state_dir, r) || append(s, r)) {
        int e = errno;
        sd_domain_destroy(s->host, (uint32_t)r->domid);
        sd_state_remove(s->state_dir, r->name);
        return sd_fail(err, errlen, SD_SVC_IO, "cannot record %s: %s", r->name, strerror(e));
    }
    return SD_SVC_OK;
}

int sd_service_deploy(sd_service *s, const struct sd_deploy_request *req, struct sd_record *out,
                      char *err, size_t errlen)
{
    struct sd_record r;
    if (!req->image || !sd_is_sha256_hex(req->image))
        return sd_fail(err, errlen, SD_SVC_BAD_REQUEST, "image must be a sha256 (64 hex digits)");
    pthread_mutex_lock(&s->lock);
    int rc = deploy_locked(s, req, &r, err, errlen);
    pthread_mutex_unlock(&s->lock);
    if (!rc && out)
        *out = r;
    return rc;
}

/* ---- watching domains ---------------------------------------------------------------------- */

/* A crashed domain with on_crash restart: again, unless it is crash-looping. */
static void restart_after_crash(sd_service *s, struct sd_record *r)
{
    int64_t now = sd_wall_ns();
    char err[256];
    if (now - r->crash_window_ns > CRASH_WINDOW_NS) {
        r->crash_window_ns = now;
        r->crash_window_count = 0;
    }
    if (++r->crash_window_count > CRASH_LIMIT) {
        fprintf(stderr, "service %s: %d crashes within 60 s, not restarted\n", r->name, CRASH_LIMIT);
        set_ended(r, SD_ST_CRASHED, "crash");
        return;
    }
    if (start_domain(s, r, err, sizeof err)) {
        fprintf(stderr, "service %s: restart failed: %s\n", r->name, err);
        set_ended(r, SD_ST_CRASHED, "crash");
        return;
    }
    r->restarts++;
}

/* r's domain has shut down for reason: act as service.h says. Lock held. */
static void handle_shutdown(sd_service *s, struct sd_record *r, const char *reason)
{
    struct sd_guest_data data;
    uint32_t domid = (uint32_t)r->domid;
    bool crashed = !strcmp(reason, "crash") || !strcmp(reason, "watchdog");

    if (sd_guest_data_read(domid, &data) == 0 && data.has_exit_code) {
        r->has_exit_code = true;
        r->exit_code = data.exit_code;
    }
    if (crashed && !r->stopping && r->on_crash == SD_ON_CRASH_PRESERVE) {
        r->state = SD_ST_CRASHED;     /* kept for inspection: domid stays */
        snprintf(r->reason, sizeof r->reason, "%s", reason);
        r->ended_ns = sd_wall_ns();
        return;
    }
    sd_domain_destroy(s->host, domid);
    if (r->stopping)
        set_ended(r, SD_ST_STOPPED, "stopped");
    else if (crashed && r->on_crash == SD_ON_CRASH_RESTART)
        restart_after_crash(s, r);
    else if (crashed)
        set_ended(r, SD_ST_CRASHED, reason);
    else if (!strcmp(reason, "reboot") && start_domain(s, r, NULL, 0) == SD_SVC_OK)
        r->restarts++;
    else
        set_ended(r, SD_ST_EXITED, reason);
}

/* Brings r up to date with Xen; true when it changed. Lock held. */
static bool watch_one(sd_service *s, struct sd_record *r)
{
    struct sd_domain_info info;
    if (r->domid < 0)
        return false;
    bool exists = sd_domain_info(s->host, (uint32_t)r->domid, &info) == SD_OK &&
                  !strcmp(info.uuid, r->uuid);
    if (!exists) {
        if (is_active(r))
            set_ended(r, r->stopping ? SD_ST_STOPPED : SD_ST_LOST, r->stopping ? "stopped" : "lost");
        else
            r->domid = -1;             /* a preserved crashed domain someone destroyed */
        return true;
    }
    if (!is_active(r) || info.state == SD_DOM_DYING)
        return false;
    if (info.state == SD_DOM_SHUTDOWN || info.state == SD_DOM_CRASHED) {
        handle_shutdown(s, r, info.shutdown_reason);
        return true;
    }
    enum sd_state now = info.state == SD_DOM_PAUSED ? SD_ST_PAUSED : SD_ST_RUNNING;
    if (now == r->state)
        return false;
    r->state = now;
    return true;
}

int sd_service_tick(sd_service *s)
{
    int changed = 0;
    pthread_mutex_lock(&s->lock);
    for (size_t i = 0; i < s->nrecs; i++)
        if (watch_one(s, &s->recs[i])) {
            save(s, &s->recs[i]);
            changed++;
        }
    pthread_mutex_unlock(&s->lock);
    return changed;
}

/* ---- queries ------------------------------------------------------------------------------- */

/* The record's JSON with its live xen_state. Lock held. */
static struct json_object *record_json(sd_service *s, const struct sd_record *r)
{
    struct sd_domain_info info;
    const char *xs = "none";
    if (r->domid >= 0 && sd_domain_info(s->host, (uint32_t)r->domid, &info) == SD_OK &&
        !strcmp(info.uuid, r->uuid))
        xs = sd_domain_state_name(info.state);
    return sd_record_to_json(r, s->host_name, xs);
}

struct json_object *sd_service_domain_json(sd_service *s, const char *name)
{
    pthread_mutex_lock(&s->lock);
    struct sd_record *r = find(s, name);
    if (r && watch_one(s, r))
        save(s, r);
    struct json_object *o = r ? record_json(s, r) : NULL;
    pthread_mutex_unlock(&s->lock);
    return o;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(((const struct sd_record *)a)->name, ((const struct sd_record *)b)->name);
}

struct json_object *sd_service_list_json(sd_service *s)
{
    struct json_object *o = json_object_new_object(), *list = json_object_new_array();
    pthread_mutex_lock(&s->lock);
    qsort(s->recs, s->nrecs, sizeof *s->recs, by_name);
    for (size_t i = 0; i < s->nrecs; i++)
        json_object_array_add(list, record_json(s, &s->recs[i]));
    pthread_mutex_unlock(&s->lock);
    json_object_object_add(o, "host", json_object_new_string(s->host_name));
    json_object_object_add(o, "domains", list);
    return o;
}

int sd_service_get(sd_service *s, const char *name, struct sd_record *out)
{
    pthread_mutex_lock(&s->lock);
    struct sd_record *r = find(s, name);
    if (r)
        *out = *r;
    pthread_mutex_unlock(&s->lock);
    return r ? SD_SVC_OK : SD_SVC_NOT_FOUND;
}

bool sd_service_image_in_use(sd_service *s, const char *digest)
{
    bool used = false;
    pthread_mutex_lock(&s->lock);
    for (size_t i = 0; i < s->nrecs && !used; i++)
        used = !strcmp(s->recs[i].image_digest, digest);
    pthread_mutex_unlock(&s->lock);
    return used;
}

size_t sd_service_count(sd_service *s)
{
    pthread_mutex_lock(&s->lock);
    size_t n = s->nrecs;
    pthread_mutex_unlock(&s->lock);
    return n;
}

int sd_service_console_path(sd_service *s, const char *name, char *buf, size_t len)
{
    pthread_mutex_lock(&s->lock);
    bool known = find(s, name) != NULL;
    pthread_mutex_unlock(&s->lock);
    if (!known)
        return SD_SVC_NOT_FOUND;
    snprintf(buf, len, "%s/guest-%s.log", s->console_dir, name);
    return SD_SVC_OK;
}

int sd_service_host_info(sd_service *s, struct sd_host_info *info)
{
    pthread_mutex_lock(&s->lock);
    int rc = sd_host_info(s->host, info) ? SD_SVC_XEN : SD_SVC_OK;
    pthread_mutex_unlock(&s->lock);
    return rc;
}

sd_image_store *sd_service_images(sd_service *s)
{
    return s->images;
}

const char *sd_service_host(const sd_service *s)
{
    return s->host_name;
}

/* ---- stop and remove ----------------------------------------------------------------------- */

/* Destroys r's domain now; state stopped. Lock held. */
static void destroy_now(sd_service *s, struct sd_record *r, const char *reason)
{
    struct sd_guest_data data;
    if (sd_guest_data_read((uint32_t)r->domid, &data) == 0 && data.has_exit_code) {
        r->has_exit_code = true;
        r->exit_code = data.exit_code;
    }
    sd_domain_destroy(s->host, (uint32_t)r->domid);
    set_ended(r, SD_ST_STOPPED, reason);
    save(s, r);
}

/* Waits (polling, lock released while sleeping) until name's domain is gone or the deadline.
 * Returns with the lock held and *r found again (NULL if removed meanwhile). */
static struct sd_record *wait_stopped(sd_service *s, const char *name, int64_t deadline)
{
    struct sd_record *r = find(s, name);
    while (r && r->domid >= 0 && is_active(r) && sd_wall_ns() < deadline) {
        pthread_mutex_unlock(&s->lock);
        usleep(100000);
        pthread_mutex_lock(&s->lock);
        r = find(s, name);
        if (r && watch_one(s, r))
            save(s, r);
    }
    return r;
}

int sd_service_stop(sd_service *s, const char *name, bool force, int timeout_s,
                    struct sd_record *out, char *err, size_t errlen)
{
    pthread_mutex_lock(&s->lock);
    struct sd_record *r = find(s, name);
    if (!r) {
        pthread_mutex_unlock(&s->lock);
        return sd_fail(err, errlen, SD_SVC_NOT_FOUND, "no service %s", name);
    }
    if (r->domid >= 0 && !is_active(r)) {
        /* A crashed domain kept for inspection (on_crash preserve): it goes, the record stays
         * crashed. */
        char reason[sizeof r->reason];
        snprintf(reason, sizeof reason, "%s", r->reason[0] ? r->reason : "crash");
        destroy_now(s, r, reason);
        r->state = SD_ST_CRASHED;
        save(s, r);
    } else if (r->domid >= 0 && force) {
        destroy_now(s, r, "destroyed");
    } else if (r->domid >= 0) {
        r->stopping = true;
        save(s, r);
        sd_domain_shutdown(s->host, (uint32_t)r->domid);
        r = wait_stopped(s, name, sd_wall_ns() + (int64_t)timeout_s * 1000000000);
        if (r && r->domid >= 0 && is_active(r))
            destroy_now(s, r, "destroyed");
    }
    if (r && out)
        *out = *r;
    pthread_mutex_unlock(&s->lock);
    return r ? SD_SVC_OK : sd_fail(err, errlen, SD_SVC_NOT_FOUND, "service %s was removed", name);
}

int sd_service_remove(sd_service *s, const char *name, char *err, size_t errlen)
{
    char log[PATH_MAX];
    pthread_mutex_lock(&s->lock);
    struct sd_record *r = find(s, name);
    if (!r) {
        pthread_mutex_unlock(&s->lock);
        return sd_fail(err, errlen, SD_SVC_NOT_FOUND, "no service %s", name);
    }
    struct sd_domain_info info;
    if (r->domid >= 0 && sd_domain_info(s->host, (uint32_t)r->domid, &info) == SD_OK &&
        !strcmp(info.uuid, r->uuid) && sd_domain_destroy(s->host, (uint32_t)r->domid)) {
        int rc = sd_fail(err, errlen, SD_SVC_XEN, "%s", sd_host_error(s->host));
        pthread_mutex_unlock(&s->lock);
        return rc;
    }
    int rc = sd_state_remove(s->state_dir, name) ? SD_SVC_IO : SD_SVC_OK;
    if (rc) {
        sd_fail(err, errlen, rc, "cannot remove the record of %s: %s", name, strerror(errno));
    } else {
        snprintf(log, sizeof log, "%s/guest-%s.log", s->console_dir, name);
        unlink(log);
        *r = s->recs[--s->nrecs];
    }
    pthread_mutex_unlock(&s->lock);
    return rc;
}

/* ---- open / close -------------------------------------------------------------------------- */

/* Records whose domain vanished while no one watched become "lost"; then one watch step. */
static void reconcile(sd_service *s)
{
    for (size_t i = 0; i < s->nrecs; i++)
        if (watch_one(s, &s->recs[i]))
            save(s, &s->recs[i]);
}

int sd_service_open(const struct sd_service_config *cfg, sd_service **out, char *err,
                    size_t errlen)
{
    sd_service *s = calloc(1, sizeof *s);
    int rc = SD_SVC_IO;
    if (!s)
        return sd_fail(err, errlen, SD_SVC_IO, "out of memory");
    pthread_mutex_init(&s->lock, NULL);
    s->state_dir = strdup(cfg->state_dir);
    s->console_dir = strdup(cfg->console_dir ? cfg->console_dir : "/var/log/xen/console");
    s->host_name = strdup(cfg->host_name ? cfg->host_name : "localhost");
    s->vif_script = cfg->vif_script ? strdup(cfg->vif_script) : NULL;
    if (!s->state_dir || !s->console_dir || !s->host_name) {
        sd_fail(err, errlen, rc, "out of memory");
        goto out;
    }
    if (sd_state_open(s->state_dir) || sd_state_load_all(s->state_dir, &s->recs, &s->nrecs)) {
        sd_fail(err, errlen, rc, "state directory %s: %s", s->state_dir, strerror(errno));
        goto out;
    }
    s->cap = s->nrecs;
    if (sd_images_open(cfg->image_dir, &s->images, err, errlen))
        goto out;
    if (sd_host_open(&s->host, cfg->verbose)) {
        rc = sd_fail(err, errlen, SD_SVC_XEN, "%s", sd_host_error(s->host));
        goto out;
    }
    reconcile(s);
    *out = s;
    return SD_SVC_OK;
out:
    sd_service_close(s);
    return rc;
}

void sd_service_close(sd_service *s)
{
    if (!s)
        return;
    sd_host_close(s->host);
    sd_images_close(s->images);
    pthread_mutex_destroy(&s->lock);
    free(s->recs);
    free(s->state_dir);
    free(s->console_dir);
    free(s->host_name);
    free(s->vif_script);
    free(s);
}
