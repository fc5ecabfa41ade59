/* routes.h: the API's paths (API.md) and the handlers behind them. */
#ifndef SD_AGENT_ROUTES_H
#define SD_AGENT_ROUTES_H
#include <microhttpd.h>
#include <stddef.h>

#include "agent.h"

enum route {
    R_NONE, R_HEALTH, R_IMAGES, R_IMAGE, R_DOMAINS, R_DOMAIN, R_DOMAIN_STOP, R_DOMAIN_CONSOLE,
};

/* A request as the handlers see it: the matched route, its path argument and its body. */
struct request {
    enum route route;
    char arg[80];               /* {sha256} or {name} */
    const char *method;
    char *body;                 /* JSON bodies, NUL-terminated */
    size_t body_len;
    struct sd_upload *upload;   /* PUT /v1/images/{sha256} in progress */
    int upload_error;           /* an SD_IMG_* code once the upload failed */
    int counted;                /* counts against agent.uploads */
    int64_t start_ns;
};

/* Matches url to a route and fills r->route/arg. Returns 0, 404 (unknown path) or 400 (bad
 * name/digest syntax). */
int route_match(const char *url, struct request *r);
/* True when method is allowed on the route. */
int route_allows(enum route route, const char *method);

/* Handlers: the whole request has arrived; each queues one response. */
enum MHD_Result api_health(struct agent *a, struct MHD_Connection *c, struct request *r);
enum MHD_Result api_images_list(struct agent *a, struct MHD_Connection *c, struct request *r);
enum MHD_Result api_image(struct agent *a, struct MHD_Connection *c, struct request *r);
enum MHD_Result api_domains(struct agent *a, struct MHD_Connection *c, struct request *r);
enum MHD_Result api_domain(struct agent *a, struct MHD_Connection *c, struct request *r);
enum MHD_Result api_domain_stop(struct agent *a, struct MHD_Connection *c, struct request *r);
enum MHD_Result api_domain_console(struct agent *a, struct MHD_Connection *c, struct request *r);

/* PUT /v1/images/{sha256}: first call (headers only) may answer at once (already held, too
 * large, busy); returns MHD_YES with nothing queued to go on reading the body. */
enum MHD_Result api_upload_begin(struct agent *a, struct MHD_Connection *c, struct request *r,
                                 int *answered);
/* Body bytes; MHD_NO closes the connection (request time exceeded). */
enum MHD_Result api_upload_data(struct agent *a, struct request *r, const char *data, size_t n);
/* Releases what an unfinished upload holds (the temporary file). */
void api_upload_cleanup(struct agent *a, struct request *r);

#endif
