/* http_reply.h: queueing a JSON answer or an error on a libmicrohttpd connection.
 * Each returns what MHD_queue_response returned (the access handler returns it on). */
#ifndef SD_AGENT_HTTP_REPLY_H
#define SD_AGENT_HTTP_REPLY_H
#include <microhttpd.h>

struct json_object;

/* Sends o (taken: it is put afterwards) with status; o NULL sends an empty body. */
enum MHD_Result reply_json(struct MHD_Connection *c, unsigned status, struct json_object *o);
/* Sends {"error": MESSAGE, "code": code} with status. */
enum MHD_Result reply_error(struct MHD_Connection *c, unsigned status, const char *code,
                            const char *fmt, ...) __attribute__((format(printf, 4, 5)));

#endif
