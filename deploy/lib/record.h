/* record.h: what the host knows about one service (a named domain made from an image), kept
 * across domain restarts and agent restarts. Its JSON is both the file in the state directory
 * and the API's domain object (deploy/agent/API.md), which adds the live fields host and
 * xen_state. */
#ifndef SD_DEPLOY_RECORD_H
#define SD_DEPLOY_RECORD_H
#include <stdbool.h>
#include <stdint.h>

struct json_object;

#define SD_NAME_MAX 64
#define SD_MAX_VIFS 4

enum sd_on_crash { SD_ON_CRASH_DESTROY, SD_ON_CRASH_RESTART, SD_ON_CRASH_PRESERVE };

/* The service's state (API.md "state"); the domain's own is sd_domain_state. */
enum sd_state { SD_ST_RUNNING, SD_ST_PAUSED, SD_ST_CRASHED, SD_ST_EXITED, SD_ST_STOPPED,
                SD_ST_LOST };

struct sd_record_vif {
    char bridge[32];
    char mac[18];             /* "" when the toolstack picks one */
    char ipv4[44];            /* a static address "10.0.0.2/24", or "" (dhcp / none) */
};

struct sd_record {
    char name[SD_NAME_MAX + 1];
    char image_digest[65];
    uint64_t image_size;
    char image_name[65], image_version[33];
    unsigned memory_mb, vcpus;
    enum sd_on_crash on_crash;
    char cmdline[256];
    struct sd_record_vif vifs[SD_MAX_VIFS];
    unsigned nvifs;

    int64_t domid;            /* -1: no Xen domain now */
    char uuid[37];            /* the current or last domain's */
    enum sd_state state;
    char reason[16];          /* how it ended (API.md), "" while running */
    bool has_exit_code;
    int exit_code;
    int64_t created_ns, started_ns, ended_ns;   /* CLOCK_REALTIME; ended 0 while running */
    unsigned restarts;
    double ms_create;

    /* Bookkeeping, stored but not part of the API. */
    bool stopping;            /* a stop was asked for: its shutdown is not a crash or exit */
    int64_t crash_window_ns;  /* start of the current crash-loop window */
    unsigned crash_window_count;
};

const char *sd_on_crash_name(enum sd_on_crash c);
/* "destroy" | "restart" | "preserve" into *c; false otherwise. */
bool sd_on_crash_parse(const char *s, enum sd_on_crash *c);
const char *sd_state_name(enum sd_state s);
/* True for 1-64 characters of [A-Za-z0-9_.-] not starting with '.' or '-'. */
bool sd_name_valid(const char *name);

/* The record as JSON. host and xen_state (live facts) are added when not NULL. */
struct json_object *sd_record_to_json(const struct sd_record *r, const char *host,
                                      const char *xen_state);
/* Fills r from JSON made by sd_record_to_json; false when a required field is missing. */
bool sd_record_from_json(struct json_object *o, struct sd_record *r);

/* RFC 3339 UTC ("2026-11-28T17:20:00Z") of a CLOCK_REALTIME ns value into buf (21 bytes). */
void sd_format_time(int64_t ns, char buf[32]);

#endif
