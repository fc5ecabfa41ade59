/* output.h: what stardust-deploy prints on stdout. JSON goes through json-c only (one object per
 * command, pretty-printed, ending in a newline); text output is one line per service. Field names
 * follow deploy/agent/API.md's domain object; the man page (JSON OUTPUT) lists them. */
#ifndef SD_CLI_OUTPUT_H
#define SD_CLI_OUTPUT_H

#include <stdint.h>

struct json_object;

/* Prints o on stdout (pretty, sorted keys as json-c keeps them) and a newline. */
void out_json(struct json_object *o);
/* An {"error": msg, "error_kind": word, "exit_code": code} object, plus name/host when known:
 * what --json prints when a command fails. */
void out_json_error(int code, const char *msg, const char *host, const char *name);

/* One service as a text line: NAME on HOST: STATE (domid, memory, vcpus, image). */
void out_service_line(struct json_object *domain);
/* The list as a table with a header. */
void out_service_table(struct json_object *domains);

/* Lookups that tolerate missing keys and wrong types. */
const char *jstr(struct json_object *o, const char *key, const char *dflt);
int64_t jint(struct json_object *o, const char *key, int64_t dflt);
/* True when key exists and is not null. */
int jhas(struct json_object *o, const char *key);

#endif
