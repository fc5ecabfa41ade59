/*
 * domain.c: a PV domain's life through libxenlight (see domain.h).
 *
 * Waiting uses libxl's poll-loop interface (beforepoll / poll / afterpoll / event_check) rather
 * than libxl_event_wait, because only the poll loop lets us give up at a deadline.
 */
#define _GNU_SOURCE
#include "domain.h"

#include <errno.h>
#include <poll.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <libxl.h>
#include <libxl_utils.h>
#include <xentoollog.h>

struct sd_host {
    libxl_ctx *ctx;
    xentoollog_logger_stdiostream *log;
    char error[256];
};

/* libxl reaps its own children (save helpers, hotplug scripts) while an operation that may
 * fork runs; the caller must have no children of its own then (libxl_sigchld_owner_libxl). */
static const libxl_childproc_hooks childproc_hooks = {
    .chldowner = libxl_sigchld_owner_libxl,
};

static void set_error(sd_host *h, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void set_error(sd_host *h, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(h->error, sizeof h->error, fmt, ap);
    va_end(ap);
}

int64_t sd_wall_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int sd_host_open(sd_host **out, int verbose)
{
    static const xentoollog_level levels[] = { XTL_ERROR, XTL_PROGRESS, XTL_DEBUG };
    sd_host *h = calloc(1, sizeof *h);
    *out = h;
    if (!h)
        return SD_ENOMEM;
    h->log = xtl_createlogger_stdiostream(stderr, levels[verbose < 0 ? 0 : verbose > 2 ? 2 : verbose], 0);
    if (!h->log || libxl_ctx_alloc(&h->ctx, LIBXL_VERSION, 0, (xentoollog_logger *)h->log)) {
        h->ctx = NULL;
        set_error(h, "cannot open libxl (not a dom0, or no xenstored running)");
        return SD_EXEN;
    }
    libxl_childproc_setmode(h->ctx, &childproc_hooks, NULL);
    *out = h;
    return SD_OK;
}

void sd_host_close(sd_host *h)
{
    if (!h)
        return;
    libxl_ctx_free(h->ctx);
    if (h->log)
        xtl_logger_destroy((xentoollog_logger *)h->log);
    free(h);
}

const char *sd_host_error(const sd_host *h)
{
    return h ? h->error : "out of memory";
}

/* "00:16:3e:01:02:03" into mac; false when malformed. */
static bool parse_mac(const char *text, libxl_mac mac)
{
    unsigned v[6];
    char tail;
    if (sscanf(text, "%2x:%2x:%2x:%2x:%2x:%2x%c", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5],
               &tail) != 6)
        return false;
    for (int i = 0; i < 6; i++)
        mac[i] = (uint8_t)v[i];
    return true;
}

/* Adds spec's vifs to d. Returns 0, SD_ENOMEM, or SD_EXEN for a malformed MAC. */
static int build_nics(sd_host *h, const struct sd_domain_spec *spec, libxl_domain_config *d)
{
    if (!spec->nvifs)
        return SD_OK;
    d->nics = calloc(spec->nvifs, sizeof *d->nics);
    if (!d->nics)
        return SD_ENOMEM;
    d->num_nics = (int)spec->nvifs;
    for (unsigned i = 0; i < spec->nvifs; i++) {
        const struct sd_vif *v = &spec->vifs[i];
        libxl_device_nic *n = &d->nics[i];
        libxl_device_nic_init(n);
        n->devid = (int)i;
        n->nictype = LIBXL_NIC_TYPE_VIF;
        if (v->mac && !parse_mac(v->mac, n->mac)) {
            set_error(h, "bad MAC address '%s'", v->mac);
            return SD_EXEN;
        }
        if ((v->bridge && !(n->bridge = strdup(v->bridge))) ||
            (v->script && !(n->script = strdup(v->script))))
            return SD_ENOMEM;
    }
    return SD_OK;
}

/* Fills d (already initialised) from spec. Returns 0 or SD_ENOMEM. */
static int build_config(sd_host *h, const struct sd_domain_spec *spec, libxl_domain_config *d)
{
    libxl_domain_create_info *c = &d->c_info;
    libxl_domain_build_info *b = &d->b_info;

    c->type = LIBXL_DOMAIN_TYPE_PV;
    libxl_uuid_generate(&c->uuid);   /* libxl leaves it all-zero otherwise (xl makes one too) */
    c->name = strdup(spec->name);
    libxl_domain_build_info_init_type(b, LIBXL_DOMAIN_TYPE_PV);
    b->kernel = strdup(spec->kernel);
    b->ramdisk = spec->ramdisk ? strdup(spec->ramdisk) : NULL;
    b->cmdline = spec->cmdline ? strdup(spec->cmdline) : NULL;
    b->max_memkb = b->target_memkb = (uint64_t)spec->memory_mb * 1024;
    b->max_vcpus = spec->vcpus ? (int)spec->vcpus : 1;
    if (libxl_cpu_bitmap_alloc(h->ctx, &b->avail_vcpus, b->max_vcpus))
        return SD_ENOMEM;
    for (int i = 0; i < b->max_vcpus; i++)
        libxl_bitmap_set(&b->avail_vcpus, i);
    /* Only xl acts on these (libxl records them): keep a shut-down domain for our caller, who
     * reads its xenstore keys and then destroys it. */
    d->on_poweroff = d->on_reboot = d->on_crash = d->on_watchdog = LIBXL_ACTION_ON_SHUTDOWN_PRESERVE;
    if (!c->name || !b->kernel || (spec->ramdisk && !b->ramdisk) || (spec->cmdline && !b->cmdline))
        return SD_ENOMEM;
    return SD_OK;
}

/* libxl reports a missing kernel only as a generic failure deep in its build: check first. */
static int check_files(sd_host *h, const struct sd_domain_spec *spec)
{
    if (access(spec->kernel, R_OK) != 0) {
        set_error(h, "kernel %s: %s", spec->kernel, strerror(errno));
        return SD_ENOKERNEL;
    }
    if (spec->ramdisk && access(spec->ramdisk, R_OK) != 0) {
        set_error(h, "ramdisk %s: %s", spec->ramdisk, strerror(errno));
        return SD_ENOKERNEL;
    }
    return SD_OK;
}

/* True while Xen still knows the domain (running, paused, shut down or dying). */
static bool domain_exists(sd_host *h, uint32_t domid)
{
    libxl_dominfo info;
    libxl_dominfo_init(&info);
    bool found = libxl_domain_info(h->ctx, &info, domid) == 0;
    libxl_dominfo_dispose(&info);
    return found;
}

int sd_domain_create(sd_host *h, const struct sd_domain_spec *spec, uint32_t *domid)
{
    libxl_domain_config d;
    uint32_t id = (uint32_t)INVALID_DOMID;
    int rc;

    h->error[0] = '\0';
    rc = check_files(h, spec);
    if (rc)
        return rc;
    libxl_domain_config_init(&d);
    rc = build_config(h, spec, &d);
    if (!rc)
        rc = build_nics(h, spec, &d);
    if (rc) {
        if (rc == SD_ENOMEM)
            set_error(h, "out of memory");
        goto out;
    }
    if (libxl_domain_create_new(h->ctx, &d, &id, NULL, NULL)) {
        set_error(h, "libxl_domain_create_new failed for %s", spec->kernel);
        rc = SD_EXEN;
        goto out;
    }
    /* created paused: let it run */
    if (libxl_domain_unpause(h->ctx, id, NULL)) {
        set_error(h, "libxl_domain_unpause(%u) failed", id);
        rc = SD_EXEN;
        goto out;
    }
    *domid = id;
out:
    /* A failed creation must not leave a domain behind. libxl usually destroys it already,
     * so destroy only what still exists (destroying a gone domain only logs errors). */
    if (rc && id != (uint32_t)INVALID_DOMID && domain_exists(h, id))
        libxl_domain_destroy(h->ctx, id, NULL);
    libxl_domain_config_dispose(&d);
    return rc;
}

/* One round of libxl's poll loop, sleeping at most max_ms; slot 0 of the poll set watches
 * cancel_fd (ignored by poll when negative). Sets *canceled when it is readable.
 * Returns 0 or SD_EXEN/SD_ENOMEM. */
static int poll_once(sd_host *h, int max_ms, int cancel_fd, int *canceled)
{
    struct pollfd *fds = calloc(1, sizeof *fds);
    int nfds = 0, timeout = max_ms, rc = SD_OK;
    struct timeval now;

    if (!fds)
        return SD_ENOMEM;
    for (;;) {
        gettimeofday(&now, NULL);
        int want = nfds;
        int r = libxl_osevent_beforepoll(h->ctx, &want, fds + 1, &timeout, now);
        if (r == 0) {
            nfds = want;
            break;
        }
        if (r != ERROR_BUFFERFULL) {
            set_error(h, "libxl_osevent_beforepoll failed (%d)", r);
            rc = SD_EXEN;
            goto out;
        }
        struct pollfd *more = realloc(fds, sizeof *fds * (want + 1));
        if (!more) {
            rc = SD_ENOMEM;
            goto out;
        }
        fds = more;
        nfds = want;
    }
    fds[0] = (struct pollfd){ .fd = cancel_fd, .events = POLLIN };
    if (poll(fds, nfds + 1, timeout) < 0 && errno != EINTR) {
        set_error(h, "poll: %s", strerror(errno));
        rc = SD_EXEN;
        goto out;
    }
    *canceled = cancel_fd >= 0 && (fds[0].revents & POLLIN);
    gettimeofday(&now, NULL);
    libxl_osevent_afterpoll(h->ctx, nfds, fds + 1, now);
out:
    free(fds);
    return rc;
}

/* Takes queued events; sets *done when the shutdown (or death) has been seen. */
static int drain_events(sd_host *h, struct sd_domain_exit *exit, int *done)
{
    libxl_event *ev;
    int r;

    while ((r = libxl_event_check(h->ctx, &ev, LIBXL_EVENTMASK_ALL, NULL, NULL)) == 0) {
        if (ev->type == LIBXL_EVENT_TYPE_DOMAIN_SHUTDOWN) {
            exit->reason = libxl_shutdown_reason_to_string(ev->u.domain_shutdown.shutdown_reason);
            if (!exit->reason)
                exit->reason = "unknown";
            exit->t_shutdown_ns = sd_wall_ns();
            *done = 1;
        } else if (ev->type == LIBXL_EVENT_TYPE_DOMAIN_DEATH) {
            set_error(h, "domain %u was destroyed by someone else", ev->domid);
            *done = -1;
        }
        libxl_event_free(h->ctx, ev);
        if (*done)
            return SD_OK;
    }
    if (r != ERROR_NOT_READY) {
        set_error(h, "libxl_event_check failed (%d)", r);
        return SD_EXEN;
    }
    return SD_OK;
}

int sd_domain_wait(sd_host *h, uint32_t domid, int timeout_ms, int cancel_fd,
                   struct sd_domain_exit *exit)
{
    libxl_evgen_domain_death *gen = NULL;
    int64_t deadline = timeout_ms < 0 ? INT64_MAX : sd_wall_ns() + (int64_t)timeout_ms * 1000000;
    int done = 0, canceled = 0, rc;

    h->error[0] = '\0';
    if (libxl_evenable_domain_death(h->ctx, domid, 0, &gen)) {
        set_error(h, "libxl_evenable_domain_death(%u) failed", domid);
        return SD_EXEN;
    }
    for (;;) {
        rc = drain_events(h, exit, &done);
        if (rc || done)
            break;
        if (canceled) {
            set_error(h, "canceled while waiting for domain %u", domid);
            rc = SD_ECANCELED;
            break;
        }
        int64_t left_ms = (deadline - sd_wall_ns()) / 1000000;
        if (left_ms <= 0) {
            set_error(h, "domain %u still running after %d ms", domid, timeout_ms);
            rc = SD_ETIMEDOUT;
            break;
        }
        rc = poll_once(h, left_ms > 1000 ? 1000 : (int)left_ms, cancel_fd, &canceled);
        if (rc)
            break;
    }
    libxl_evdisable_domain_death(h->ctx, gen);
    if (!rc && done < 0)
        rc = SD_EGONE;
    return rc;
}

int sd_domain_destroy(sd_host *h, uint32_t domid)
{
    h->error[0] = '\0';
    if (libxl_domain_destroy(h->ctx, domid, NULL)) {
        set_error(h, "libxl_domain_destroy(%u) failed", domid);
        return SD_EXEN;
    }
    return SD_OK;
}

int sd_domain_shutdown(sd_host *h, uint32_t domid)
{
    h->error[0] = '\0';
    if (libxl_domain_shutdown(h->ctx, domid, NULL)) {
        set_error(h, "libxl_domain_shutdown(%u) failed", domid);
        return SD_EXEN;
    }
    return SD_OK;
}

const char *sd_domain_state_name(enum sd_domain_state s)
{
    static const char *const names[] = {
        [SD_DOM_DYING] = "dying", [SD_DOM_CRASHED] = "crashed", [SD_DOM_SHUTDOWN] = "shutdown",
        [SD_DOM_PAUSED] = "paused", [SD_DOM_BLOCKED] = "blocked", [SD_DOM_RUNNING] = "running",
    };
    return (unsigned)s < sizeof names / sizeof names[0] ? names[s] : "unknown";
}

/* libxl's dominfo into ours; the name comes from xenstore (one more lookup). */
static void convert_info(sd_host *h, const libxl_dominfo *in, struct sd_domain_info *out)
{
    memset(out, 0, sizeof *out);
    out->domid = in->domid;
    snprintf(out->uuid, sizeof out->uuid, LIBXL_UUID_FMT, LIBXL_UUID_BYTES(in->uuid));
    if (in->dying)
        out->state = SD_DOM_DYING;
    else if (in->shutdown)
        out->state = in->shutdown_reason == LIBXL_SHUTDOWN_REASON_CRASH ? SD_DOM_CRASHED
                                                                         : SD_DOM_SHUTDOWN;
    else if (in->paused)
        out->state = SD_DOM_PAUSED;
    else if (in->blocked)
        out->state = SD_DOM_BLOCKED;
    else
        out->state = SD_DOM_RUNNING;
    if (in->shutdown) {
        out->shutdown_reason = libxl_shutdown_reason_to_string(in->shutdown_reason);
        if (!out->shutdown_reason)
            out->shutdown_reason = "unknown";
    }
    out->memory_kb = in->current_memkb;
    out->vcpus = in->vcpu_online;
    char *name = libxl_domid_to_name(h->ctx, in->domid);
    if (name)
        snprintf(out->name, sizeof out->name, "%s", name);
    free(name);
}

int sd_domain_info(sd_host *h, uint32_t domid, struct sd_domain_info *info)
{
    libxl_dominfo d;
    int rc = SD_OK;

    h->error[0] = '\0';
    libxl_dominfo_init(&d);
    if (libxl_domain_info(h->ctx, &d, domid) == 0) {
        convert_info(h, &d, info);
    } else {
        set_error(h, "no domain %u", domid);
        rc = SD_EGONE;
    }
    libxl_dominfo_dispose(&d);
    return rc;
}

int sd_domain_list(sd_host *h, struct sd_domain_info **list, int *n)
{
    int count = 0, kept = 0;

    h->error[0] = '\0';
    libxl_dominfo *all = libxl_list_domain(h->ctx, &count);
    if (!all) {
        set_error(h, "libxl_list_domain failed");
        return SD_EXEN;
    }
    struct sd_domain_info *out = calloc(count ? count : 1, sizeof *out);
    if (!out) {
        libxl_dominfo_list_free(all, count);
        return SD_ENOMEM;
    }
    for (int i = 0; i < count; i++)
        if (all[i].domid != 0)
            convert_info(h, &all[i], &out[kept++]);
    libxl_dominfo_list_free(all, count);
    *list = out;
    *n = kept;
    return SD_OK;
}

int sd_domain_lookup(sd_host *h, const char *name, uint32_t *domid)
{
    h->error[0] = '\0';
    if (libxl_name_to_domid(h->ctx, name, domid) != 0) {
        set_error(h, "no domain called %s", name);
        return SD_EGONE;
    }
    return SD_OK;
}

int sd_host_info(sd_host *h, struct sd_host_info *info)
{
    libxl_physinfo p;
    const libxl_version_info *v = libxl_get_version_info(h->ctx);

    h->error[0] = '\0';
    memset(info, 0, sizeof *info);
    if (v)
        snprintf(info->xen_version, sizeof info->xen_version, "%d.%d%s", v->xen_version_major,
                 v->xen_version_minor, v->xen_version_extra ? v->xen_version_extra : "");
    libxl_physinfo_init(&p);
    int rc = libxl_get_physinfo(h->ctx, &p) ? SD_EXEN : SD_OK;
    if (rc == SD_OK) {
        info->total_kb = p.total_pages * 4;
        info->free_kb = p.free_pages * 4;
    } else {
        set_error(h, "libxl_get_physinfo failed");
    }
    libxl_physinfo_dispose(&p);
    return rc;
}

int sd_domain_vif_macs(sd_host *h, uint32_t domid, char (*macs)[18], unsigned max, unsigned *n)
{
    int count = 0;

    h->error[0] = '\0';
    *n = 0;
    libxl_device_nic *nics = libxl_device_nic_list(h->ctx, domid, &count);
    for (int i = 0; i < count && *n < max; i++) {
        const uint8_t *m = nics[i].mac;
        snprintf(macs[(*n)++], 18, "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4], m[5]);
    }
    if (nics)
        libxl_device_nic_list_free(nics, count);
    return SD_OK;
}
