/* api_images.c: /v1/images and /v1/images/{sha256}: the content-addressed image store over
 * HTTP (API.md). Uploads stream into the store's temporary file as they arrive. */
#define _GNU_SOURCE
#include <errno.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "domain.h"
#include "http_reply.h"
#include "image_store.h"
#include "routes.h"

static struct json_object *image_json(const struct sd_image_meta *m)
{
    struct json_object *o = json_object_new_object();
    json_object_object_add(o, "digest", json_object_new_string(m->digest));
    json_object_object_add(o, "size", json_object_new_int64((int64_t)m->size));
    json_object_object_add(o, "name", json_object_new_string(m->name));
    json_object_object_add(o, "version", json_object_new_string(m->version));
    return o;
}

/* The image object plus "stored". */
static enum MHD_Result reply_stored(struct agent *a, struct MHD_Connection *c, const char *digest,
                                    int stored)
{
    struct sd_image_meta m;
    if (sd_images_meta(sd_service_images(a->svc), digest, &m))
        return reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "image vanished");
    struct json_object *o = image_json(&m);
    json_object_object_add(o, "stored", json_object_new_boolean(stored));
    return reply_json(c, stored ? MHD_HTTP_CREATED : MHD_HTTP_OK, o);
}

enum MHD_Result api_upload_begin(struct agent *a, struct MHD_Connection *c, struct request *r,
                                 int *answered)
{
    sd_image_store *store = sd_service_images(a->svc);
    char err[256];
    *answered = 1;
    if (sd_images_has(store, r->arg))
        return reply_stored(a, c, r->arg, 0);
    const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (!cl)
        return reply_error(c, MHD_HTTP_LENGTH_REQUIRED, "length_required",
                           "an upload needs a Content-Length");
    char *end;
    errno = 0;
    unsigned long long len = strtoull(cl, &end, 10);
    if (errno || *end || end == cl)
        return reply_error(c, MHD_HTTP_BAD_REQUEST, "bad_request", "bad Content-Length");
    if (len > a->cfg->max_upload)
        return reply_error(c, MHD_HTTP_CONTENT_TOO_LARGE, "too_large",
                           "%llu bytes is over this agent's max_upload (%llu)", len,
                           (unsigned long long)a->cfg->max_upload);
    if (atomic_fetch_add(&a->uploads, 1) >= a->cfg->max_uploads) {
        atomic_fetch_sub(&a->uploads, 1);
        return reply_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "busy", "too many uploads in flight");
    }
    r->counted = 1;
    if (sd_upload_begin(store, a->cfg->max_upload, &r->upload, err, sizeof err))
        return reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "%s", err);
    *answered = 0;
    return MHD_YES;
}

enum MHD_Result api_upload_data(struct agent *a, struct request *r, const char *data, size_t n)
{
    /* A slow sender may hold an upload slot only for request_timeout seconds in all. */
    if (sd_wall_ns() - r->start_ns > (int64_t)a->cfg->request_timeout * 1000000000)
        return MHD_NO;
    atomic_fetch_add(&a->upload_bytes, n);
    if (!r->upload_error)
        r->upload_error = sd_upload_write(r->upload, data, n);
    return MHD_YES;
}

void api_upload_cleanup(struct agent *a, struct request *r)
{
    sd_upload_abort(r->upload);
    r->upload = NULL;
    if (r->counted)
        atomic_fetch_sub(&a->uploads, 1);
    r->counted = 0;
}

/* The last call of a PUT: check and store. */
static enum MHD_Result finish_upload(struct agent *a, struct MHD_Connection *c, struct request *r)
{
    char digest[65], err[256];
    bool stored;
    if (r->upload_error == SD_IMG_TOOLARGE)
        return reply_error(c, MHD_HTTP_CONTENT_TOO_LARGE, "too_large", "upload over max_upload");
    if (r->upload_error)
        return reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "cannot write the upload");
    struct sd_upload *u = r->upload;
    r->upload = NULL;           /* commit frees it, whatever happens */
    int rc = sd_upload_commit(u, r->arg, digest, &stored, err, sizeof err);
    if (rc == SD_IMG_MISMATCH)
        return reply_error(c, MHD_HTTP_UNPROCESSABLE_CONTENT, "digest_mismatch", "%s", err);
    if (rc == SD_IMG_INVALID)
        return reply_error(c, MHD_HTTP_UNPROCESSABLE_CONTENT, "invalid_image", "%s", err);
    if (rc)
        return reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "%s", err);
    return reply_stored(a, c, digest, stored);
}

enum MHD_Result api_image(struct agent *a, struct MHD_Connection *c, struct request *r)
{
    sd_image_store *store = sd_service_images(a->svc);
    struct sd_image_meta m;
    if (!strcmp(r->method, "PUT"))
        return finish_upload(a, c, r);
    if (!strcmp(r->method, "DELETE")) {
        if (sd_service_image_in_use(a->svc, r->arg))
            return reply_error(c, MHD_HTTP_CONFLICT, "image_in_use", "a service uses image %.12s",
                               r->arg);
        int rc = sd_images_remove(store, r->arg);
        if (rc == SD_IMG_NOTFOUND)
            return reply_error(c, MHD_HTTP_NOT_FOUND, "not_found", "no image %.12s", r->arg);
        if (rc)
            return reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "cannot remove");
        return reply_json(c, MHD_HTTP_NO_CONTENT, NULL);
    }
    if (sd_images_meta(store, r->arg, &m))
        return !strcmp(r->method, "HEAD") ? reply_json(c, MHD_HTTP_NOT_FOUND, NULL)
                   : reply_error(c, MHD_HTTP_NOT_FOUND, "not_found", "no image %.12s", r->arg);
    if (!strcmp(r->method, "HEAD"))
        return reply_json(c, MHD_HTTP_OK, NULL);
    return reply_json(c, MHD_HTTP_OK, image_json(&m));
}

enum MHD_Result api_images_list(struct agent *a, struct MHD_Connection *c, struct request *r)
{
    struct sd_image_meta *list;
    size_t n;
    if (sd_images_list(sd_service_images(a->svc), &list, &n))
        return reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "cannot list images");
    struct json_object *o = json_object_new_object(), *arr = json_object_new_array();
    for (size_t i = 0; i < n; i++)
        json_object_array_add(arr, image_json(&list[i]));
    free(list);
    json_object_object_add(o, "images", arr);
    return reply_json(c, MHD_HTTP_OK, o);
}
