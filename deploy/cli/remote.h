/* remote.h: a client of stardust-agent's HTTP API (deploy/agent/API.md) over libcurl: HTTPS,
 * the host's CA file, a bearer token. One connection is kept open across calls (a deploy makes
 * three or four requests: keep-alive saves a TLS handshake each).
 *
 * Every call returns an SDX_* status (exitcodes.h) and leaves a message in remote_error():
 * SDX_UNREACHABLE (connection, TLS, timeout), SDX_AUTH (401), SDX_NOTFOUND (404),
 * SDX_CONFLICT (409 name_in_use), SDX_IMAGE (422), SDX_DEPLOY (500 xen_error), SDX_FAIL
 * (anything else). */
#ifndef SD_CLI_REMOTE_H
#define SD_CLI_REMOTE_H

#include <stdbool.h>
#include <stdint.h>

struct json_object;
struct remote;

struct remote_params {
    const char *url;          /* https://host:port, no trailing slash */
    const char *token;
    const char *ca;           /* PEM file or NULL (system CAs) */
    int connect_timeout_s;    /* 0: 10 s */
    int request_timeout_s;    /* whole request, 0: no limit (uploads take what they take) */
    int verbose;              /* 2+: libcurl's own trace on stderr */
};

/* Sets *out (NULL only when out of memory). */
int remote_open(const struct remote_params *p, struct remote **out);
void remote_close(struct remote *r);
const char *remote_error(const struct remote *r);

/* A JSON request (body may be NULL) whose answer is a JSON object (*answer, owned by the
 * caller; NULL for 204). Non-2xx answers become SDX_* codes with the agent's message. */
int remote_json(struct remote *r, const char *method, const char *path, struct json_object *body,
                struct json_object **answer);
/* HEAD /v1/images/DIGEST: *held is set. */
int remote_has_image(struct remote *r, const char *digest, bool *held);
/* PUT /v1/images/DIGEST from the file at path (size bytes). A progress meter goes to stderr when
 * progress is set. *sent gets the bytes that went out (0 when the agent already held it). */
int remote_upload(struct remote *r, const char *path, const char *digest, uint64_t size,
                  bool progress, uint64_t *sent);

#endif
