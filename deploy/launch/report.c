/*
 * report.c: sd-launch's result as JSON (built with json-c, so escaping is the library's job)
 * or as a line of text.
 */
#include "report.h"

#include <json-c/json.h>
#include <stdio.h>

static double ms_between(int64_t from_ns, int64_t to_ns)
{
    return (double)(to_ns - from_ns) / 1e6;
}

/* A millisecond figure to the microsecond, or null when the end point is unknown. */
static json_object *ms_or_null(bool known, int64_t from_ns, int64_t to_ns)
{
    char text[32];
    if (!known)
        return NULL;
    /* printed as written here: json-c's own %.17g shows 2648.8589999999999 */
    double ms = ms_between(from_ns, to_ns);
    snprintf(text, sizeof text, "%.3f", ms);
    return json_object_new_double_s(ms, text);
}

static json_object *build(const struct sd_report *r)
{
    const struct sd_guest_data *d = &r->data;
    json_object *o = json_object_new_object();

    json_object_object_add(o, "name", json_object_new_string(r->name ? r->name : ""));
    json_object_object_add(o, "domid", r->created ? json_object_new_int64(r->domid) : NULL);
    json_object_object_add(o, "reason", json_object_new_string(r->reason));
    if (r->error[0])
        json_object_object_add(o, "error", json_object_new_string(r->error));
    json_object_object_add(o, "exit_code", d->has_exit_code ? json_object_new_int(d->exit_code) : NULL);
    json_object_object_add(o, "t_create_ns", r->created ? json_object_new_int64(r->t_create_ns) : NULL);
    json_object_object_add(o, "t_console_ns", d->has_t_console ? json_object_new_int64(d->t_console_ns) : NULL);
    json_object_object_add(o, "t_main_ns", d->has_t_main ? json_object_new_int64(d->t_main_ns) : NULL);
    json_object_object_add(o, "ms_create", ms_or_null(r->created, r->t_create_ns, r->t_running_ns));
    json_object_object_add(o, "ms_to_console", ms_or_null(r->created && d->has_t_console, r->t_create_ns, d->t_console_ns));
    json_object_object_add(o, "ms_to_main", ms_or_null(r->created && d->has_t_main, r->t_create_ns, d->t_main_ns));
    json_object_object_add(o, "ms_total", ms_or_null(r->created && r->t_end_ns, r->t_create_ns, r->t_end_ns));
    return o;
}

static int write_text(FILE *f, const struct sd_report *r)
{
    if (!r->created)
        return fprintf(f, "%s: not created: %s\n", r->name, r->error[0] ? r->error : r->reason) < 0 ? -1 : 0;
    fprintf(f, "%s: domain %u, %s", r->name, r->domid, r->reason);
    if (r->data.has_exit_code)
        fprintf(f, ", exit code %d", r->data.exit_code);
    if (r->data.has_t_console)
        fprintf(f, ", console after %.1f ms", ms_between(r->t_create_ns, r->data.t_console_ns));
    if (r->data.has_t_main)
        fprintf(f, ", main after %.1f ms", ms_between(r->t_create_ns, r->data.t_main_ns));
    if (r->t_end_ns)
        fprintf(f, ", %.1f ms in all", ms_between(r->t_create_ns, r->t_end_ns));
    if (r->error[0])
        fprintf(f, " (%s)", r->error);
    return fprintf(f, "\n") < 0 ? -1 : 0;
}

int sd_report_write(FILE *f, const struct sd_report *r, bool json)
{
    if (!json)
        return write_text(f, r);
    json_object *o = build(r);
    int rc = fprintf(f, "%s\n", json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN)) < 0 ? -1 : 0;
    json_object_put(o);
    fflush(f);
    return rc;
}
