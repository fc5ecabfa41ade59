/* What boot.c calls in the Xen device code (console.c, xenstore.c, shutdown.c, owned by the
 * devices engineer). Boot order: see boot.c. */
#ifndef SD_XEN_DEVICES_H
#define SD_XEN_DEVICES_H

/* Early, before anything prints: set up the console ring (or console_io in dom0). From here
 * on console writes work by polling, also before events are enabled. */
void xen_console_init(void);
/* After the scheduler and events are up: bind the console's event channel (input). */
void xen_console_events_init(void);
/* Wait (bounded) until the console daemon has read all output; before the domain stops. */
void xen_console_flush(void);
/* Connect to xenstore (domU only). Returns 0 or -SD_E*. */
int xenstore_init(void);
/* Watch control/shutdown and call sd_shutdown_requested() when the toolstack asks. */
void xen_shutdown_watch_init(void);

#endif
