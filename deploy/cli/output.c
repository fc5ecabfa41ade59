/* output.c: JSON and text on stdout (see output.h). */
#include <json-c/json.h>
#include <stdio.h>
#include <string.h>

#include "exitcodes.h"
#include "output.h"

void out_json(json_object *o)
{
    puts(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED
                                               | JSON_C_TO_STRING_NOSLASHESCAPE));
    fflush(stdout);
}

void out_json_error(int code, const char *msg, const char *host, const char *name)
{
    json_object *o = json_object_new_object();
    if (name)
        json_object_object_add(o, "name", json_object_new_string(name));
    if (host)
        json_object_object_add(o, "host", json_object_new_string(host));
    json_object_object_add(o, "error", json_object_new_string(msg));
    json_object_object_add(o, "error_kind", json_object_new_string(sd_exit_name(code)));
    json_object_object_add(o, "exit_code", json_object_new_int(code));
    out_json(o);
    json_object_put(o);
}

const char *jstr(json_object *o, const char *key, const char *dflt)
{
    json_object *v;
    if (o && json_object_object_get_ex(o, key, &v) && json_object_is_type(v, json_type_string))
        return json_object_get_string(v);
    return dflt;
}

int64_t jint(json_object *o, const char *key, int64_t dflt)
{
    json_object *v;
    if (o && json_object_object_get_ex(o, key, &v)
        && (json_object_is_type(v, json_type_int) || json_object_is_type(v, json_type_double)))
        return json_object_get_int64(v);
    return dflt;
}

int jhas(json_object *o, const char *key)
{
    json_object *v;
    return o && json_object_object_get_ex(o, key, &v) && v != NULL;
}

static void id_text(json_object *d, char *buf, size_t len)
{
    if (jhas(d, "domid"))
        snprintf(buf, len, "%lld", (long long)jint(d, "domid", -1));
    else
        snprintf(buf, len, "-");
}

void out_service_line(json_object *d)
{
    json_object *img = NULL;
    char id[24];
    json_object_object_get_ex(d, "image", &img);
    id_text(d, id, sizeof id);
    printf("%s on %s: %s", jstr(d, "name", "?"), jstr(d, "host", "?"), jstr(d, "state", "?"));
    if (jhas(d, "reason"))
        printf(" (%s)", jstr(d, "reason", "?"));
    if (jhas(d, "exit_code"))
        printf(", exit code %lld", (long long)jint(d, "exit_code", 0));
    printf(", domain %s, %lld MiB, %lld vcpu(s), image %.12s\n", id,
           (long long)jint(d, "memory", 0), (long long)jint(d, "vcpus", 0), jstr(img, "digest", "?"));
}

void out_service_table(json_object *domains)
{
    size_t n = json_object_array_length(domains);
    printf("%-20s %-10s %6s %-8s %-9s %6s %5s %-12s %s\n", "NAME", "HOST", "DOMID", "STATE",
           "REASON", "MEMORY", "VCPUS", "IMAGE", "STARTED");
    for (size_t i = 0; i < n; i++) {
        json_object *d = json_object_array_get_idx(domains, i), *img = NULL;
        char id[24];
        json_object_object_get_ex(d, "image", &img);
        id_text(d, id, sizeof id);
        printf("%-20s %-10s %6s %-8s %-9s %6lld %5lld %-12.12s %s\n", jstr(d, "name", "?"),
               jstr(d, "host", "?"), id, jstr(d, "state", "?"), jstr(d, "reason", "-"),
               (long long)jint(d, "memory", 0), (long long)jint(d, "vcpus", 0),
               jstr(img, "digest", "?"), jstr(d, "started", "-"));
    }
}
