/* http_server.c: see http_server.h.
 *
 * libmicrohttpd calls the access handler several times per request: first with the headers
 * only (*con_cls still NULL: we authenticate and route then, and may answer at once), then once
 * per piece of body, then with no data: the whole request is there and the handler answers. */
#define _GNU_SOURCE
#include "http_server.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "domain.h"
#include "http_reply.h"
#include "routes.h"

#define MAX_JSON_BODY 65536

/* The first call: auth, route, method; uploads may answer at once. */
static enum MHD_Result first_call(struct agent *a, struct MHD_Connection *c, const char *url,
                                  struct request *r, int *answered)
{
    const char *auth = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
    *answered = 1;
    if (!agent_authorized(auth, a->cfg->tokens, a->cfg->ntokens))
        return reply_error(c, MHD_HTTP_UNAUTHORIZED, "unauthorized", "missing or wrong bearer token");
    int st = route_match(url, r);
    if (st == 404)
        return reply_error(c, MHD_HTTP_NOT_FOUND, "not_found", "no such path %s", url);
    if (st)
        return reply_error(c, MHD_HTTP_BAD_REQUEST, "bad_request", "bad name or digest in %s", url);
    if (!route_allows(r->route, r->method))
        return reply_error(c, MHD_HTTP_METHOD_NOT_ALLOWED, "method_not_allowed",
                           "%s not allowed on %s", r->method, url);
    if (r->route == R_IMAGE && !strcmp(r->method, "PUT"))
        return api_upload_begin(a, c, r, answered);
    *answered = 0;
    return MHD_YES;
}

/* A piece of a JSON body. Too big: remembered, answered 413 at the end. */
static void gather(struct request *r, const char *data, size_t n)
{
    if (r->body_len > MAX_JSON_BODY)
        return;
    if (r->body_len + n > MAX_JSON_BODY) {
        r->body_len = MAX_JSON_BODY + 1;
        return;
    }
    char *more = realloc(r->body, r->body_len + n + 1);
    if (!more) {
        r->body_len = MAX_JSON_BODY + 1;
        return;
    }
    memcpy(more + r->body_len, data, n);
    r->body = more;
    r->body_len += n;
    r->body[r->body_len] = '\0';
}

static enum MHD_Result dispatch(struct agent *a, struct MHD_Connection *c, struct request *r)
{
    if (r->body_len > MAX_JSON_BODY)
        return reply_error(c, MHD_HTTP_CONTENT_TOO_LARGE, "too_large", "request body over %d bytes",
                           MAX_JSON_BODY);
    switch (r->route) {
    case R_HEALTH: return api_health(a, c, r);
    case R_IMAGES: return api_images_list(a, c, r);
    case R_IMAGE: return api_image(a, c, r);
    case R_DOMAINS: return api_domains(a, c, r);
    case R_DOMAIN: return api_domain(a, c, r);
    case R_DOMAIN_STOP: return api_domain_stop(a, c, r);
    case R_DOMAIN_CONSOLE: return api_domain_console(a, c, r);
    case R_NONE: break;
    }
    return reply_error(c, MHD_HTTP_NOT_FOUND, "not_found", "no such path");
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_data_size,
                                  void **con_cls)
{
    struct agent *a = cls;
    struct request *r = *con_cls;
    if (!r) {
        int answered;
        if (!(r = calloc(1, sizeof *r)))
            return MHD_NO;
        r->method = method;
        r->start_ns = sd_wall_ns();
        *con_cls = r;
        enum MHD_Result ret = first_call(a, c, url, r, &answered);
        if (answered)
            r->route = R_NONE;      /* the rest of any body is ignored */
        return answered ? ret : MHD_YES;
    }
    if (*upload_data_size) {
        size_t n = *upload_data_size;
        *upload_data_size = 0;
        if (r->upload)
            return api_upload_data(a, r, upload_data, n);
        if (r->route != R_NONE)
            gather(r, upload_data, n);
        return MHD_YES;
    }
    if (r->route == R_NONE)
        return MHD_YES;             /* answered at the first call */
    return dispatch(a, c, r);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    struct request *r = *con_cls;
    if (!r)
        return;
    api_upload_cleanup(cls, r);
    free(r->body);
    free(r);
    *con_cls = NULL;
}

/* cfg's listen address and port as a sockaddr (IPv4 or IPv6 literal). */
static int listen_addr(const struct agent_config *cfg, struct sockaddr_storage *ss, char *err,
                       size_t errlen)
{
    struct addrinfo hints = { .ai_flags = AI_NUMERICHOST | AI_PASSIVE, .ai_socktype = SOCK_STREAM };
    struct addrinfo *ai;
    char port[8];
    snprintf(port, sizeof port, "%u", cfg->port);
    if (getaddrinfo(cfg->listen, port, &hints, &ai)) {
        snprintf(err, errlen, "listen = %s: not an IP address", cfg->listen);
        return -1;
    }
    memcpy(ss, ai->ai_addr, ai->ai_addrlen);
    freeaddrinfo(ai);
    return 0;
}

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
    fputs("stardust-agent: http: ", stderr);
    vfprintf(stderr, fmt, ap);
}

struct MHD_Daemon *http_server_start(struct agent *a, const char *cert_pem, const char *key_pem,
                                     char *err, size_t errlen)
{
    struct sockaddr_storage ss;
    if (listen_addr(a->cfg, &ss, err, errlen))
        return NULL;
    unsigned flags = MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_TLS |
                     MHD_USE_ERROR_LOG;
    if (ss.ss_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    struct MHD_Daemon *d = MHD_start_daemon(
        flags, (uint16_t)a->cfg->port, NULL, NULL, on_request, a,
        MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL,      /* first, so it gets every message */
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
        MHD_OPTION_HTTPS_MEM_CERT, cert_pem,
        MHD_OPTION_HTTPS_MEM_KEY, key_pem,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)a->cfg->request_timeout,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)a->cfg->max_connections,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, a,
        MHD_OPTION_END);
    if (!d)
        snprintf(err, errlen, "cannot serve HTTPS on %s port %u (address in use, or a bad "
                 "certificate/key)", a->cfg->listen, a->cfg->port);
    return d;
}

void http_server_stop(struct MHD_Daemon *d)
{
    if (d)
        MHD_stop_daemon(d);
}
