/* remote.c: stardust-agent's HTTP API over libcurl (see remote.h and deploy/agent/API.md). */
#define _GNU_SOURCE
#include <curl/curl.h>
#include <errno.h>
#include <json-c/json.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exitcodes.h"
#include "msg.h"
#include "remote.h"

struct remote {
    CURL *curl;
    char *url;
    struct curl_slist *headers;    /* Authorization + Accept */
    char error[512];
    char curl_error[CURL_ERROR_SIZE];
};

/* The answer's body, grown as it arrives (JSON answers are small: capped at 4 MiB). */
struct buffer {
    char *data;
    size_t len;
};
#define MAX_ANSWER (4u << 20)

static int fail(struct remote *r, int code, const char *fmt, ...) SD_PRINTF(3, 4);
static int fail(struct remote *r, int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->error, sizeof r->error, fmt, ap);
    va_end(ap);
    return code;
}

const char *remote_error(const struct remote *r)
{
    return r ? r->error : "out of memory";
}

static size_t on_data(char *p, size_t size, size_t n, void *arg)
{
    struct buffer *b = arg;
    size_t add = size * n;
    char *d;
    if (b->len + add > MAX_ANSWER || !(d = realloc(b->data, b->len + add + 1)))
        return 0;   /* makes curl fail the transfer */
    memcpy(d + b->len, p, add);
    b->len += add;
    d[b->len] = '\0';
    b->data = d;
    return add;
}

static int once_global_init(void)
{
    static int done;
    if (!done && curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
        return -1;
    done = 1;
    return 0;
}

int remote_open(const struct remote_params *p, struct remote **out)
{
    struct remote *r = calloc(1, sizeof *r);
    char *auth = NULL;
    *out = r;
    if (!r)
        return SDX_FAIL;
    if (once_global_init() < 0 || !(r->curl = curl_easy_init()))
        return fail(r, SDX_FAIL, "libcurl cannot start");
    if (!(r->url = strdup(p->url)) || asprintf(&auth, "Authorization: Bearer %s", p->token) < 0)
        return fail(r, SDX_FAIL, "out of memory");
    r->headers = curl_slist_append(NULL, auth);
    r->headers = curl_slist_append(r->headers, "Accept: application/json");
    free(auth);
    if (!r->headers)
        return fail(r, SDX_FAIL, "out of memory");
    curl_easy_setopt(r->curl, CURLOPT_ERRORBUFFER, r->curl_error);
    curl_easy_setopt(r->curl, CURLOPT_CONNECTTIMEOUT, (long)(p->connect_timeout_s ? p->connect_timeout_s : 10));
    curl_easy_setopt(r->curl, CURLOPT_TIMEOUT, (long)p->request_timeout_s);
    curl_easy_setopt(r->curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(r->curl, CURLOPT_PROTOCOLS_STR, "https,http");
    curl_easy_setopt(r->curl, CURLOPT_VERBOSE, p->verbose >= 2 ? 1L : 0L);
    if (p->ca)
        curl_easy_setopt(r->curl, CURLOPT_CAINFO, p->ca);
    return SDX_OK;
}

void remote_close(struct remote *r)
{
    if (!r)
        return;
    if (r->curl)
        curl_easy_cleanup(r->curl);
    curl_slist_free_all(r->headers);
    free(r->url);
    free(r);
}

/* A curl failure as an exit status: everything before an HTTP answer is "unreachable". */
static int transport_error(struct remote *r, CURLcode c)
{
    const char *why = r->curl_error[0] ? r->curl_error : curl_easy_strerror(c);
    switch (c) {
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CONNECT_ERROR:
        return fail(r, SDX_UNREACHABLE, "%s: TLS: %s", r->url, why);
    case CURLE_WRITE_ERROR:
        return fail(r, SDX_FAIL, "%s: the answer is too large", r->url);
    case CURLE_READ_ERROR:
        return fail(r, SDX_FAIL, "reading the image failed: %s", why);
    default:
        return fail(r, SDX_UNREACHABLE, "%s: %s", r->url, why);
    }
}

/* Maps a non-2xx answer to an exit status, with the agent's own message when it sent one. */
static int http_error(struct remote *r, long status, const struct buffer *b)
{
    json_object *o = b->data ? json_tokener_parse(b->data) : NULL, *v;
    const char *msg = NULL, *code = "";
    int rc;
    if (o && json_object_object_get_ex(o, "error", &v))
        msg = json_object_get_string(v);
    if (o && json_object_object_get_ex(o, "code", &v))
        code = json_object_get_string(v);
    switch (status) {
    case 401: rc = SDX_AUTH; break;
    case 404: rc = SDX_NOTFOUND; break;
    case 409: rc = strcmp(code, "name_in_use") == 0 ? SDX_CONFLICT : SDX_DEPLOY; break;
    case 413: case 422: rc = SDX_IMAGE; break;
    case 400: rc = SDX_USAGE; break;
    case 500: rc = strcmp(code, "xen_error") == 0 ? SDX_DEPLOY : SDX_FAIL; break;
    case 503: rc = SDX_UNREACHABLE; break;
    default: rc = SDX_FAIL; break;
    }
    if (status == 401)
        fail(r, rc, "%s refused the token (HTTP 401)", r->url);
    else
        fail(r, rc, "%s: HTTP %ld%s%s", r->url, status, msg ? ": " : "", msg ? msg : "");
    json_object_put(o);
    return rc;
}

/* Performs the prepared request; *status gets the HTTP status. Resets per-request options
 * afterwards so the next call starts clean but keeps the connection. */
static int perform(struct remote *r, const char *method, const char *path, struct buffer *b,
                   long *status)
{
    char *url = NULL;
    CURLcode c;
    if (asprintf(&url, "%s%s", r->url, path) < 0)
        return fail(r, SDX_FAIL, "out of memory");
    r->curl_error[0] = '\0';
    curl_easy_setopt(r->curl, CURLOPT_URL, url);
    /* GET, POST, PUT and HEAD follow from the options set; only DELETE needs naming. */
    if (strcmp(method, "HEAD") == 0)
        curl_easy_setopt(r->curl, CURLOPT_NOBODY, 1L);
    curl_easy_setopt(r->curl, CURLOPT_CUSTOMREQUEST,
                     strcmp(method, "DELETE") == 0 ? "DELETE" : NULL);
    curl_easy_setopt(r->curl, CURLOPT_WRITEFUNCTION, on_data);
    curl_easy_setopt(r->curl, CURLOPT_WRITEDATA, b);
    c = curl_easy_perform(r->curl);
    free(url);
    if (c != CURLE_OK)
        return transport_error(r, c);
    curl_easy_getinfo(r->curl, CURLINFO_RESPONSE_CODE, status);
    return SDX_OK;
}

/* Back to a plain GET with our headers, for the next request on the same handle. */
static void reset_request(struct remote *r)
{
    curl_easy_setopt(r->curl, CURLOPT_NOBODY, 0L);
    curl_easy_setopt(r->curl, CURLOPT_UPLOAD, 0L);
    curl_easy_setopt(r->curl, CURLOPT_POSTFIELDS, NULL);
    curl_easy_setopt(r->curl, CURLOPT_POSTFIELDSIZE, -1L);
    curl_easy_setopt(r->curl, CURLOPT_HTTPGET, 1L);
    curl_easy_setopt(r->curl, CURLOPT_NOPROGRESS, 1L);
    curl_easy_setopt(r->curl, CURLOPT_HTTPHEADER, r->headers);
}

int remote_json(struct remote *r, const char *method, const char *path, json_object *body,
                json_object **answer)
{
    struct buffer b = { NULL, 0 };
    struct curl_slist *h = NULL;
    const char *text = body ? json_object_to_json_string_ext(body, JSON_C_TO_STRING_PLAIN) : NULL;
    long status = 0;
    int rc;
    *answer = NULL;
    reset_request(r);
    if (text) {
        for (struct curl_slist *i = r->headers; i; i = i->next)
            h = curl_slist_append(h, i->data);
        h = curl_slist_append(h, "Content-Type: application/json");
        curl_easy_setopt(r->curl, CURLOPT_HTTPHEADER, h);
        curl_easy_setopt(r->curl, CURLOPT_POSTFIELDS, text);
    } else if (strcmp(method, "POST") == 0) {
        curl_easy_setopt(r->curl, CURLOPT_POSTFIELDS, "");
    }
    rc = perform(r, method, path, &b, &status);
    curl_slist_free_all(h);
    if (rc == SDX_OK && (status < 200 || status > 299))
        rc = http_error(r, status, &b);
    else if (rc == SDX_OK && status != 204 && b.data) {
        *answer = json_tokener_parse(b.data);
        if (!*answer || !json_object_is_type(*answer, json_type_object)) {
            json_object_put(*answer);
            *answer = NULL;
            rc = fail(r, SDX_FAIL, "%s%s: the answer is not a JSON object", r->url, path);
        }
    }
    free(b.data);
    return rc;
}

int remote_has_image(struct remote *r, const char *digest, bool *held)
{
    struct buffer b = { NULL, 0 };
    char path[128];
    long status = 0;
    int rc;
    snprintf(path, sizeof path, "/v1/images/%s", digest);
    reset_request(r);
    rc = perform(r, "HEAD", path, &b, &status);
    free(b.data);
    if (rc != SDX_OK)
        return rc;
    if (status == 200 || status == 404) {
        *held = status == 200;
        return SDX_OK;
    }
    return http_error(r, status, &(struct buffer){ NULL, 0 });
}

/* The progress meter: one line on stderr, redrawn in place when the figure changes. arg points
 * to the last percentage shown. */
static int on_progress(void *arg, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal,
                       curl_off_t ulnow)
{
    int *last = arg, pct;
    (void)dltotal; (void)dlnow;
    if (ultotal <= 0)
        return 0;
    pct = (int)(ulnow * 100 / ultotal);
    if (pct != *last) {
        fprintf(stderr, "\rstardust-deploy: uploading %6.1f / %.1f KiB (%3d%%)",
                ulnow / 1024.0, ultotal / 1024.0, pct);
        *last = pct;
    }
    return 0;
}

int remote_upload(struct remote *r, const char *path, const char *digest, uint64_t size,
                  bool progress, uint64_t *sent)
{
    struct buffer b = { NULL, 0 };
    struct curl_slist *h = NULL;
    char url_path[128];
    long status = 0;
    curl_off_t up = 0;
    int last_pct = -1;
    FILE *f = fopen(path, "rb");
    int rc;
    *sent = 0;
    if (!f)
        return fail(r, SDX_IMAGE, "%s: %s", path, strerror(errno));
    snprintf(url_path, sizeof url_path, "/v1/images/%s", digest);
    reset_request(r);
    for (struct curl_slist *i = r->headers; i; i = i->next)
        h = curl_slist_append(h, i->data);
    h = curl_slist_append(h, "Content-Type: application/octet-stream");
    h = curl_slist_append(h, "Expect:");   /* no 100-continue round trip */
    curl_easy_setopt(r->curl, CURLOPT_HTTPHEADER, h);
    curl_easy_setopt(r->curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(r->curl, CURLOPT_READDATA, f);
    curl_easy_setopt(r->curl, CURLOPT_INFILESIZE_LARGE, (curl_off_t)size);
    if (progress) {
        curl_easy_setopt(r->curl, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(r->curl, CURLOPT_XFERINFOFUNCTION, on_progress);
        curl_easy_setopt(r->curl, CURLOPT_XFERINFODATA, &last_pct);
    }
    rc = perform(r, "PUT", url_path, &b, &status);
    if (progress)
        fputc('\n', stderr);
    curl_easy_getinfo(r->curl, CURLINFO_SIZE_UPLOAD_T, &up);
    *sent = (uint64_t)up;
    if (rc == SDX_OK && (status < 200 || status > 299))
        rc = http_error(r, status, &b);
    curl_easy_setopt(r->curl, CURLOPT_READDATA, NULL);
    curl_slist_free_all(h);
    fclose(f);
    free(b.data);
    return rc;
}
