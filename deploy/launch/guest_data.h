/*
 * guest_data.h: the facts a Stardust guest writes about itself into xenstore, under
 * /local/domain/<domid>/data/ (a directory libxl makes writable by the guest):
 *     exit-code      its exit status, decimal
 *     t-console-ns   wall-clock ns of its first console output
 *     t-main-ns      wall-clock ns of entering main
 * They disappear when the domain is destroyed: read them after shutdown, before destroy.
 */
#ifndef SD_LAUNCH_GUEST_DATA_H
#define SD_LAUNCH_GUEST_DATA_H

#include <stdbool.h>
#include <stdint.h>

struct sd_guest_data {
    bool has_exit_code, has_t_console, has_t_main;
    int exit_code;
    int64_t t_console_ns, t_main_ns;
};

/* Reads the keys; a missing or malformed key leaves its has_* false. Returns 0, or -1 when
 * xenstore cannot be reached (all has_* false). */
int sd_guest_data_read(uint32_t domid, struct sd_guest_data *out);

#endif
