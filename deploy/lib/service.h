/* service.h: services on this Xen host: an image from the image store run as a named domain,
 * with a record in the state directory that outlives the domain and the process.
 *
 * Used by stardust-agent (every API call) and by stardust-deploy's local path. All calls are
 * safe from several threads (one mutex; libxl is only ever entered by one thread). Each returns
 * SD_SVC_OK or a negative SD_SVC_* code with a one-line message in err; none exits.
 *
 * Who acts on a shut-down domain: libxl only records on_crash/on_poweroff (xl is what acts on
 * them), so this layer does: sd_service_tick(), called every ~0.5 s by the agent's monitor
 * thread, sees a domain that has shut down and
 *     crashed (or watchdog)  on_crash destroy: destroys it, state "crashed"
 *                            on_crash preserve: leaves it, state "crashed", domid kept
 *                            on_crash restart: destroys and creates it again (restarts += 1);
 *                            more than 10 crashes within 60 s: destroyed, left "crashed"
 *     rebooted               creates it again (restarts += 1)
 *     powered off            reads its exit code (xenstore data/exit-code), destroys it,
 *                            state "exited"
 *     asked to stop          destroys it, state "stopped"
 * A process that does not call sd_service_tick (a one-shot CLI) leaves that to the next one.
 */
#ifndef SD_DEPLOY_SERVICE_H
#define SD_DEPLOY_SERVICE_H
#include <stdbool.h>
#include <stddef.h>

#include "domain.h"
#include "image_store.h"
#include "record.h"

struct json_object;

enum {
    SD_SVC_OK = 0,
    SD_SVC_BAD_REQUEST = -1,     /* bad name, bad on_crash, ... */
    SD_SVC_NOT_FOUND = -2,       /* no such service */
    SD_SVC_IMAGE_NOT_FOUND = -3, /* the image is not in the store */
    SD_SVC_NAME_IN_USE = -4,     /* a record (or a Xen domain) has the name */
    SD_SVC_INVALID_IMAGE = -5,   /* a part does not verify */
    SD_SVC_XEN = -6,             /* libxl failed; nothing left behind */
    SD_SVC_IO = -7,              /* the state directory could not be written */
    SD_SVC_IMAGE_IN_USE = -8,
};

typedef struct sd_service sd_service;

struct sd_service_config {
    const char *state_dir;       /* records: STATE_DIR/NAME.json */
    const char *image_dir;       /* the image store */
    const char *console_dir;     /* xenconsoled's --log-dir (guest-NAME.log) */
    const char *host_name;       /* reported as "host" */
    const char *vif_script;      /* hotplug script for vifs; NULL: libxl's default */
    int verbose;                 /* libxl's logging: 0 errors, 1 progress, 2 debug */
};

/* What to deploy. image is required; the rest override the image's manifest (0/NULL: keep). */
struct sd_deploy_request {
    const char *image;           /* sha256 of a held image */
    const char *name;
    unsigned memory_mb, vcpus;
    const char *on_crash;        /* "destroy" | "restart" | "preserve" */
    const char *cmdline;
};

/* Opens libxl, the state directory and the image store, loads the records and reconciles
 * them with libxl's domain list (a record whose domain is gone becomes "lost"). */
int sd_service_open(const struct sd_service_config *cfg, sd_service **out, char *err,
                    size_t errlen);
/* Closes; running domains keep running. NULL is fine. */
void sd_service_close(sd_service *s);
sd_image_store *sd_service_images(sd_service *s);
const char *sd_service_host(const sd_service *s);

/* Creates and starts the domain and its record. On failure neither exists. *out (may be NULL)
 * gets the new record. */
int sd_service_deploy(sd_service *s, const struct sd_deploy_request *req, struct sd_record *out,
                      char *err, size_t errlen);
/* The API's domain object (record + host + xen_state) of one service, or of all
 * ({"host": ..., "domains": [...]}, sorted by name). NULL when name is unknown. */
struct json_object *sd_service_domain_json(sd_service *s, const char *name);
struct json_object *sd_service_list_json(sd_service *s);
int sd_service_get(sd_service *s, const char *name, struct sd_record *out);
/* Stops: force destroys at once; otherwise asks the guest to shut down and waits up to
 * timeout_s, then destroys. The record stays (state "stopped"). Ended services: no-op. */
int sd_service_stop(sd_service *s, const char *name, bool force, int timeout_s,
                    struct sd_record *out, char *err, size_t errlen);
/* Destroys the domain if any, removes the record and the console log. */
int sd_service_remove(sd_service *s, const char *name, char *err, size_t errlen);
/* One monitoring step (see above). Returns the number of records that changed. */
int sd_service_tick(sd_service *s);
bool sd_service_image_in_use(sd_service *s, const char *digest);
size_t sd_service_count(sd_service *s);
/* Xen's version and memory (deploy/launch/domain.h). */
int sd_service_host_info(sd_service *s, struct sd_host_info *info);
/* The console log's path of a known service; SD_SVC_NOT_FOUND otherwise. */
int sd_service_console_path(sd_service *s, const char *name, char *buf, size_t len);

#endif
