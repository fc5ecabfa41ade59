/*
 * report.h: sd-launch's result, as one JSON object (json-c) or one line of text.
 *
 * JSON fields: name, domid (null if never created), reason ("poweroff", "reboot", "suspend",
 * "crash", "watchdog", "soft_reset", "timeout", "canceled" or "error"), exit_code, t_create_ns,
 * t_console_ns, t_main_ns (null when the guest did not write them), ms_create (libxl's
 * creation and unpause), ms_to_console, ms_to_main (from t_create_ns; null when the guest did
 * not write them), ms_total (creation to shutdown seen), error (only when reason is "error").
 */
#ifndef SD_LAUNCH_REPORT_H
#define SD_LAUNCH_REPORT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "guest_data.h"

struct sd_report {
    const char *name;
    bool created;
    uint32_t domid;
    const char *reason;
    char error[256];          /* "" unless reason is "error" */
    int64_t t_create_ns;      /* just before creation */
    int64_t t_running_ns;     /* created and unpaused */
    int64_t t_end_ns;         /* shutdown seen (0: not seen) */
    struct sd_guest_data data;
};

/* Writes the report to f as JSON (one line) or as text. Returns 0, or -1 on failure. */
int sd_report_write(FILE *f, const struct sd_report *r, bool json);

#endif
