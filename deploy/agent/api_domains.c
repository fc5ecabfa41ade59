/* api_domains.c: /v1/domains, /v1/domains/{name} and .../stop (API.md) over the service
 * layer (deploy/lib/service.h). */
#define _GNU_SOURCE
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http_reply.h"
#include "routes.h"

/* A service-layer error as the API's status and code. */
static enum MHD_Result reply_svc_error(struct MHD_Connection *c, int rc, const char *msg)
{
    switch (rc) {
    case SD_SVC_BAD_REQUEST: return reply_error(c, MHD_HTTP_BAD_REQUEST, "bad_request", "%s", msg);
    case SD_SVC_NOT_FOUND: return reply_error(c, MHD_HTTP_NOT_FOUND, "not_found", "%s", msg);
    case SD_SVC_IMAGE_NOT_FOUND: return reply_error(c, MHD_HTTP_NOT_FOUND, "image_not_found", "%s", msg);
    case SD_SVC_NAME_IN_USE: return reply_error(c, MHD_HTTP_CONFLICT, "name_in_use", "%s", msg);
    case SD_SVC_IMAGE_IN_USE: return reply_error(c, MHD_HTTP_CONFLICT, "image_in_use", "%s", msg);
    case SD_SVC_INVALID_IMAGE: return reply_error(c, MHD_HTTP_UNPROCESSABLE_CONTENT, "invalid_image", "%s", msg);
    case SD_SVC_XEN: return reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "xen_error", "%s", msg);
    default: return reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "%s", msg);
    }
}

/* field of body: a string (or absent: NULL). Wrong type: *bad set. */
static const char *opt_string(struct json_object *body, const char *field, int *bad)
{
    struct json_object *v;
    if (!json_object_object_get_ex(body, field, &v) || json_object_is_type(v, json_type_null))
        return NULL;
    if (!json_object_is_type(v, json_type_string)) {
        *bad = 1;
        return NULL;
    }
    return json_object_get_string(v);
}

static unsigned opt_uint(struct json_object *body, const char *field, int *bad)
{
    struct json_object *v;
    if (!json_object_object_get_ex(body, field, &v) || json_object_is_type(v, json_type_null))
        return 0;
    if (!json_object_is_type(v, json_type_int) || json_object_get_int64(v) <= 0 ||
        json_object_get_int64(v) > 1 << 24) {
        *bad = 1;
        return 0;
    }
    return (unsigned)json_object_get_int64(v);
}

static enum MHD_Result create(struct agent *a, struct MHD_Connection *c, struct request *r)
{
    char err[512];
    int bad = 0;
    struct json_object *body = r->body ? json_tokener_parse(r->body) : NULL;
    if (!body || !json_object_is_type(body, json_type_object)) {
        json_object_put(body);
        return reply_error(c, MHD_HTTP_BAD_REQUEST, "bad_request", "the body must be a JSON object");
    }
    struct sd_deploy_request req = {
        .image = opt_string(body, "image", &bad), .name = opt_string(body, "name", &bad),
        .memory_mb = opt_uint(body, "memory", &bad), .vcpus = opt_uint(body, "vcpus", &bad),
        .on_crash = opt_string(body, "on_crash", &bad), .cmdline = opt_string(body, "cmdline", &bad),
    };
    struct sd_record rec;
    enum MHD_Result ret;
    if (bad || !req.image)
        ret = reply_error(c, MHD_HTTP_BAD_REQUEST, "bad_request",
                          "need \"image\" (a sha256); name, on_crash, cmdline are strings, "
                          "memory and vcpus positive integers");
    else {
        int rc = sd_service_deploy(a->svc, &req, &rec, err, sizeof err);
        /* The record as created (a quick guest may have ended already: GET tells that). */
        ret = rc ? reply_svc_error(c, rc, err)
                 : reply_json(c, MHD_HTTP_CREATED,
                              sd_record_to_json(&rec, sd_service_host(a->svc), "running"));
        if (!rc)
            fprintf(stderr, "stardust-agent: deployed %s as domain %lld (%.1f ms)\n", rec.name,
                    (long long)rec.domid, rec.ms_create);
    }
    json_object_put(body);
    return ret;
}

enum MHD_Result api_domains(struct agent *a, struct MHD_Connection *c, struct request *r)
{
    if (!strcmp(r->method, "POST"))
        return create(a, c, r);
    return reply_json(c, MHD_HTTP_OK, sd_service_list_json(a->svc));
}

enum MHD_Result api_domain(struct agent *a, struct MHD_Connection *c, struct request *r)
{
    char err[512];
    if (!strcmp(r->method, "DELETE")) {
        int rc = sd_service_remove(a->svc, r->arg, err, sizeof err);
        return rc ? reply_svc_error(c, rc, err) : reply_json(c, MHD_HTTP_NO_CONTENT, NULL);
    }
    struct json_object *o = sd_service_domain_json(a->svc, r->arg);
    return o ? reply_json(c, MHD_HTTP_OK, o)
             : reply_error(c, MHD_HTTP_NOT_FOUND, "not_found", "no service %s", r->arg);
}

/* "1"/"true"/"yes" */
static int query_flag(struct MHD_Connection *c, const char *key)
{
    const char *v = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, key);
    return v && (!strcmp(v, "1") || !strcmp(v, "true") || !strcmp(v, "yes") || !v[0]);
}

enum MHD_Result api_domain_stop(struct agent *a, struct MHD_Connection *c, struct request *r)
{
    char err[512];
    const char *t = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "timeout");
    int timeout = 20;
    if (t) {
        char *end;
        long v = strtol(t, &end, 10);
        if (*end || end == t || v < 0 || v > 300)
            return reply_error(c, MHD_HTTP_BAD_REQUEST, "bad_request", "timeout must be 0..300");
        timeout = (int)v;
    }
    struct sd_record rec;
    int rc = sd_service_stop(a->svc, r->arg, query_flag(c, "force"), timeout, &rec, err, sizeof err);
    if (rc)
        return reply_svc_error(c, rc, err);
    struct json_object *o = sd_service_domain_json(a->svc, r->arg);
    return o ? reply_json(c, MHD_HTTP_OK, o)
             : reply_error(c, MHD_HTTP_NOT_FOUND, "not_found", "service %s was removed", r->arg);
}
