/* backend.h: what stardust-deploy needs from a host, whichever way it is reached: this
 * machine's libxenlight (local.c, through deploy/lib) or a stardust-agent (agent_backend.c,
 * HTTPS; the sandbox is an agent too). Services are exchanged as JSON objects of the shape of
 * deploy/agent/API.md's "domain object", so both paths print the same JSON.
 *
 * Every op returns an SDX_* status (exitcodes.h) and leaves a message in b->error. Objects
 * handed out (*domain, *list, ...) belong to the caller (json_object_put). */
#ifndef SD_CLI_BACKEND_H
#define SD_CLI_BACKEND_H

#include <stdbool.h>
#include <stdint.h>

struct json_object;
struct image_sd;
struct backend;

struct deploy_request {
    const char *image_path;          /* the image.sd file, already verified (img) */
    const struct image_sd *img;      /* digest, size, manifest */
    const char *name;                /* the service's name (never NULL here) */
    bool progress;                   /* a progress meter for uploads (stderr is a terminal) */
};

struct deploy_result {
    struct json_object *domain;      /* the new service */
    bool image_sent;                 /* false: the host already held the image */
    uint64_t bytes_sent;             /* image bytes that went over the wire */
    double ms_upload;                /* HEAD check + upload */
    double ms_create;                /* the create request, as the client saw it */
};

struct backend_ops {
    /* Host facts: free_memory_mb, total_memory_mb, xen_version, ... (GET /v1/health's shape). */
    int (*health)(struct backend *b, struct json_object **health);
    /* Puts the image on the host unless it holds it already, then creates the service. */
    int (*deploy)(struct backend *b, const struct deploy_request *rq, struct deploy_result *res);
    int (*get)(struct backend *b, const char *name, struct json_object **domain);
    /* A JSON array of domain objects, sorted by name. */
    int (*list)(struct backend *b, struct json_object **domains);
    /* Shuts the service down (force: destroys it); the record stays, state "stopped". */
    int (*stop)(struct backend *b, const char *name, bool force, int timeout_s,
                struct json_object **domain);
    /* Forgets an ended service, freeing its name. */
    int (*remove)(struct backend *b, const char *name);
    /* Console bytes from offset: {"data", "next_offset", "size", "state"} (API.md's shape). */
    int (*console)(struct backend *b, const char *name, int64_t offset, struct json_object **chunk);
    void (*close)(struct backend *b);
};

struct backend {
    const struct backend_ops *ops;
    const char *host;                /* the name the user gave (JSON "host" when absent) */
    void *impl;
    char error[512];
};

/* The agent at url (the sandbox passes its own url, token and CA). Returns SDX_OK or SDX_FAIL;
 * *out is a backend either way unless out of memory (then NULL). */
int agent_backend_open(const char *host, const char *url, const char *token, const char *ca,
                       int verbose, struct backend **out);
/* This machine's Xen through libxenlight. SDX_UNREACHABLE when this is not a dom0 or libxl
 * cannot be opened. */
int local_backend_open(int verbose, struct backend **out);
/* True when /proc/xen/capabilities says this machine is a Xen control domain (dom0). */
bool local_is_dom0(void);

void backend_close(struct backend *b);

#endif
