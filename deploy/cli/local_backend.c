/* local_backend.c: the backend ops on this machine's Xen, through deploy/lib's service layer
 * (libxenlight). Records and images live under $STARDUST_LOCAL_DIR (default
 * /var/lib/stardust/local: domains/, images/), apart from a stardust-agent's own store on the
 * same host. The service layer only acts on ended domains when asked (sd_service_tick): every
 * call here ticks first, so what is reported is the truth now, and a crashed service with
 * on_crash restart is restarted by the next command (or while --wait / logs --follow poll). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <json-c/json.h>
#include <libxl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <xentoollog.h>

#include "../../builder/image_sd.h"
#include "../lib/service.h"
#include "backend.h"
#include "exitcodes.h"

#define CONSOLE_DIR "/var/log/xen/console"
#define CONSOLE_CHUNK 65536

struct local {
    sd_service *svc;
    char host[128];
};

bool local_is_dom0(void)
{
    char buf[256] = "";
    int fd = open("/proc/xen/capabilities", O_RDONLY);
    ssize_t n;
    if (fd < 0)
        return false;
    n = read(fd, buf, sizeof buf - 1);
    close(fd);
    buf[n > 0 ? n : 0] = '\0';
    return strstr(buf, "control_d") != NULL;
}

static int map_svc(int e)
{
    switch (e) {
    case SD_SVC_OK: return SDX_OK;
    case SD_SVC_BAD_REQUEST: return SDX_USAGE;
    case SD_SVC_NOT_FOUND: return SDX_NOTFOUND;
    case SD_SVC_NAME_IN_USE: return SDX_CONFLICT;
    case SD_SVC_IMAGE_NOT_FOUND:
    case SD_SVC_INVALID_IMAGE: return SDX_IMAGE;
    case SD_SVC_XEN: return SDX_DEPLOY;
    default: return SDX_FAIL;
    }
}

static sd_service *svc(struct backend *b)
{
    return ((struct local *)b->impl)->svc;
}

/* Free memory and Xen's version straight from libxl (the service layer does not keep them). */
static int local_health(struct backend *b, json_object **health)
{
    xentoollog_logger_stdiostream *log = xtl_createlogger_stdiostream(stderr, XTL_ERROR, 0);
    libxl_ctx *ctx = NULL;
    libxl_physinfo pi;
    const libxl_version_info *vi;
    char ver[64];
    libxl_physinfo_init(&pi);
    if (!log || libxl_ctx_alloc(&ctx, LIBXL_VERSION, 0, (xentoollog_logger *)log) != 0
        || libxl_get_physinfo(ctx, &pi) != 0 || !(vi = libxl_get_version_info(ctx))) {
        snprintf(b->error, sizeof b->error, "libxl: cannot read the host's facts");
        if (ctx)
            libxl_ctx_free(ctx);
        if (log)
            xtl_logger_destroy((xentoollog_logger *)log);
        return SDX_UNREACHABLE;
    }
    snprintf(ver, sizeof ver, "%d.%d%s", vi->xen_version_major, vi->xen_version_minor,
             vi->xen_version_extra ? vi->xen_version_extra : "");
    *health = json_object_new_object();
    json_object_object_add(*health, "status", json_object_new_string("ok"));
    json_object_object_add(*health, "host", json_object_new_string(((struct local *)b->impl)->host));
    json_object_object_add(*health, "xen_version", json_object_new_string(ver));
    json_object_object_add(*health, "free_memory_mb",
                           json_object_new_int64((int64_t)(pi.free_pages * 4096 >> 20)));
    json_object_object_add(*health, "total_memory_mb",
                           json_object_new_int64((int64_t)(pi.total_pages * 4096 >> 20)));
    json_object_object_add(*health, "domains", json_object_new_int64((int64_t)sd_service_count(svc(b))));
    libxl_physinfo_dispose(&pi);
    libxl_ctx_free(ctx);
    xtl_logger_destroy((xentoollog_logger *)log);
    return SDX_OK;
}

static int local_get(struct backend *b, const char *name, json_object **domain)
{
    sd_service_tick(svc(b));
    if (!(*domain = sd_service_domain_json(svc(b), name))) {
        snprintf(b->error, sizeof b->error, "no service '%s' on %s", name, b->host);
        return SDX_NOTFOUND;
    }
    return SDX_OK;
}

static int local_deploy(struct backend *b, const struct deploy_request *rq, struct deploy_result *res)
{
    struct sd_deploy_request req = { .image = rq->img->digest, .name = rq->name };
    char digest[65];
    int rc;
    memset(res, 0, sizeof *res);
    if (!sd_images_has(sd_service_images(svc(b)), rq->img->digest)) {
        rc = sd_images_import(sd_service_images(svc(b)), rq->image_path, digest, b->error, sizeof b->error);
        if (rc != SD_IMG_OK)
            return rc == SD_IMG_INVALID || rc == SD_IMG_MISMATCH ? SDX_IMAGE : SDX_FAIL;
        res->image_sent = true;   /* copied into the store: no network, so no bytes_sent */
    }
    sd_service_tick(svc(b));
    rc = sd_service_deploy(svc(b), &req, NULL, b->error, sizeof b->error);
    if (rc != SD_SVC_OK)
        return map_svc(rc);
    return local_get(b, rq->name, &res->domain);
}

static int local_list(struct backend *b, json_object **domains)
{
    json_object *all, *v;
    sd_service_tick(svc(b));
    all = sd_service_list_json(svc(b));
    *domains = NULL;
    if (!all || !json_object_object_get_ex(all, "domains", &v)) {
        json_object_put(all);
        snprintf(b->error, sizeof b->error, "cannot list the services");
        return SDX_FAIL;
    }
    *domains = json_object_get(v);
    json_object_put(all);
    return SDX_OK;
}

static int local_stop(struct backend *b, const char *name, bool force, int timeout_s, json_object **domain)
{
    int rc;
    sd_service_tick(svc(b));
    rc = sd_service_stop(svc(b), name, force, timeout_s > 0 ? timeout_s : 20, NULL, b->error,
                         sizeof b->error);
    if (rc != SD_SVC_OK)
        return map_svc(rc);
    return local_get(b, name, domain);
}

static int local_remove(struct backend *b, const char *name)
{
    return map_svc(sd_service_remove(svc(b), name, b->error, sizeof b->error));
}

/* Replaces bytes that are not valid UTF-8 with '?' so the JSON stays valid. */
static void utf8_clean(unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t len = p[i] < 0x80 ? 1 : (p[i] >> 5) == 6 ? 2 : (p[i] >> 4) == 14 ? 3 : (p[i] >> 3) == 30 ? 4 : 0;
        bool ok = len > 0 && i + len <= n;
        for (size_t k = 1; ok && k < len; k++)
            ok = (p[i + k] & 0xc0) == 0x80;
        if (!ok) {
            p[i++] = '?';
            continue;
        }
        if (len == 1 && p[i] == 0)
            p[i] = '?';
        i += len;
    }
}

/* API.md's console chunk from the log file. */
static int local_console(struct backend *b, const char *name, int64_t offset, json_object **chunk)
{
    json_object *d = NULL;
    char path[512];
    unsigned char *buf = NULL;
    struct stat st;
    ssize_t n = 0;
    int rc = local_get(b, name, &d), fd;
    if (rc != SDX_OK)
        return rc;
    if (sd_service_console_path(svc(b), name, path, sizeof path) != SD_SVC_OK)
        path[0] = '\0';
    fd = path[0] ? open(path, O_RDONLY) : -1;
    if (fd >= 0 && fstat(fd, &st) == 0 && offset < st.st_size && (buf = malloc(CONSOLE_CHUNK + 1)))
        n = pread(fd, buf, CONSOLE_CHUNK, offset);
    if (fd < 0 || fstat(fd, &st) != 0)
        st.st_size = 0;
    if (fd >= 0)
        close(fd);
    n = n > 0 ? n : 0;
    if (buf)
        utf8_clean(buf, (size_t)n);
    *chunk = json_object_new_object();
    json_object_object_add(*chunk, "name", json_object_new_string(name));
    json_object_object_add(*chunk, "offset", json_object_new_int64(offset));
    json_object_object_add(*chunk, "next_offset", json_object_new_int64(offset + n));
    json_object_object_add(*chunk, "size", json_object_new_int64(st.st_size));
    json_object_object_add(*chunk, "state", json_object_new_string(json_object_get_string(
                                                json_object_object_get(d, "state"))));
    json_object_object_add(*chunk, "data", json_object_new_string_len(buf ? (char *)buf : "", (int)n));
    free(buf);
    json_object_put(d);
    return SDX_OK;
}

/* mkdir -p (the service layer creates only the last level). */
static void make_dirs(const char *path)
{
    char tmp[400];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *p = tmp + 1; *p; p++)
        if (*p == '/') {
            *p = '\0';
            mkdir(tmp, 0755);
            *p = '/';
        }
    mkdir(tmp, 0755);
}

static void local_close(struct backend *b)
{
    struct local *l = b->impl;
    sd_service_close(l->svc);
    free(l);
}

static const struct backend_ops local_ops = {
    .health = local_health, .deploy = local_deploy, .get = local_get, .list = local_list,
    .stop = local_stop, .remove = local_remove, .console = local_console, .close = local_close,
};

int local_backend_open(int verbose, struct backend **out)
{
    struct backend *b = calloc(1, sizeof *b);
    struct local *l = calloc(1, sizeof *l);
    const char *dir = getenv("STARDUST_LOCAL_DIR");
    char domains[400], images[400];
    struct sd_service_config cfg = { .state_dir = domains, .image_dir = images,
                                     .console_dir = CONSOLE_DIR, .verbose = verbose > 1 ? verbose - 1 : 0 };
    *out = b;
    if (!b || !l) {
        free(l);
        return SDX_FAIL;
    }
    b->ops = &local_ops;
    b->host = "local";
    if (!local_is_dom0()) {
        free(l);
        snprintf(b->error, sizeof b->error, "this machine is not a Xen dom0 (no control_d in "
                                            "/proc/xen/capabilities): use --host sandbox or a remote host");
        return SDX_UNREACHABLE;
    }
    dir = dir && *dir ? dir : "/var/lib/stardust/local";
    snprintf(domains, sizeof domains, "%s/domains", dir);
    snprintf(images, sizeof images, "%s/images", dir);
    make_dirs(domains);
    make_dirs(images);
    if (gethostname(l->host, sizeof l->host) != 0 || !l->host[0])
        snprintf(l->host, sizeof l->host, "local");
    cfg.host_name = l->host;
    cfg.vif_script = getenv("STARDUST_VIF_SCRIPT");   /* NULL: libxl's default */
    if (sd_service_open(&cfg, &l->svc, b->error, sizeof b->error) != SD_SVC_OK) {
        sd_service_close(l->svc);
        free(l);
        return SDX_UNREACHABLE;
    }
    b->impl = l;
    return SDX_OK;
}
