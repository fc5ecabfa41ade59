/* http_server.h: the HTTPS server (libmicrohttpd with GnuTLS): a thread per connection,
 * bearer-token check before anything else, bodies gathered, then one handler of routes.h. */
#ifndef SD_AGENT_HTTP_SERVER_H
#define SD_AGENT_HTTP_SERVER_H
#include <stddef.h>

#include "agent.h"

struct MHD_Daemon;

/* Starts serving on cfg's listen address and port with cert/key (PEM text). NULL on failure
 * (message in err). */
struct MHD_Daemon *http_server_start(struct agent *a, const char *cert_pem, const char *key_pem,
                                     char *err, size_t errlen);
void http_server_stop(struct MHD_Daemon *d);

#endif
