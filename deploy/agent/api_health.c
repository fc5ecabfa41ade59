/* api_health.c: GET /v1/health: is the agent up, and what does the host have. */
#include <json-c/json.h>
#include <stdlib.h>

#include "domain.h"
#include "http_reply.h"
#include "routes.h"

enum MHD_Result api_health(struct agent *a, struct MHD_Connection *c, struct request *r)
{
    struct sd_host_info hi;
    struct sd_image_meta *imgs;
    size_t nimg = 0;
    int xen_ok = sd_service_host_info(a->svc, &hi) == SD_SVC_OK;
    if (sd_images_list(sd_service_images(a->svc), &imgs, &nimg) == SD_IMG_OK)
        free(imgs);
    struct json_object *o = json_object_new_object();
    json_object_object_add(o, "status", json_object_new_string(xen_ok ? "ok" : "degraded"));
    json_object_object_add(o, "host", json_object_new_string(a->cfg->host));
    json_object_object_add(o, "agent_version", json_object_new_string(AGENT_VERSION));
    json_object_object_add(o, "xen_version", xen_ok ? json_object_new_string(hi.xen_version) : NULL);
    json_object_object_add(o, "uptime_s", json_object_new_int64((sd_wall_ns() - a->started_ns) / 1000000000));
    json_object_object_add(o, "free_memory_mb", xen_ok ? json_object_new_int64((int64_t)(hi.free_kb / 1024)) : NULL);
    json_object_object_add(o, "total_memory_mb", xen_ok ? json_object_new_int64((int64_t)(hi.total_kb / 1024)) : NULL);
    json_object_object_add(o, "domains", json_object_new_int64((int64_t)sd_service_count(a->svc)));
    json_object_object_add(o, "images", json_object_new_int64((int64_t)nimg));
    json_object_object_add(o, "max_upload", json_object_new_int64((int64_t)a->cfg->max_upload));
    json_object_object_add(o, "upload_bytes", json_object_new_int64((int64_t)atomic_load(&a->upload_bytes)));
    return reply_json(c, MHD_HTTP_OK, o);
}
