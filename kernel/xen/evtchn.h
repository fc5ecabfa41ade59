/* Event channels (2-level ABI): binding handlers to ports, and the upcall dispatcher.
 *
 * Handlers run in event context: events masked, on whatever stack was interrupted; they must
 * not block. A port is bound to at most one handler. */
#ifndef SD_XEN_EVTCHN_H
#define SD_XEN_EVTCHN_H
#include <stdint.h>
#include <xen/event_channel.h>

typedef void (*evtchn_handler_t)(evtchn_port_t port, void *arg);   /* runs in event context */

/* Install h for port and unmask it. Returns 0, or -SD_EINVAL (port out of range or already
 * bound). Context: any. */
int evtchn_bind(evtchn_port_t port, evtchn_handler_t h, void *arg);
/* Mask port and remove its handler (the port itself stays open). Context: any. */
void evtchn_unbind(evtchn_port_t port);
/* Signal the other end of port (EVTCHNOP_send). Context: any. */
void evtchn_notify(evtchn_port_t port);
/* Bind virtual interrupt virq on vCPU 0 to a new port, install h on it and unmask it; the
 * port is stored in *port. Returns 0, or -SD_EIO if Xen refused (nothing is left bound), or
 * -SD_EINVAL. Context: any. */
int evtchn_bind_virq(uint32_t virq, evtchn_handler_t h, void *arg, evtchn_port_t *port);

/* ---- internal to kernel/xen ---- */

/* Mask every port and clear the handler table; called once at boot before events are
 * enabled. */
void evtchn_init(void);
/* The upcall's C half: handle every pending, unmasked port. Context: event. */
void evtchn_dispatch(void);

#endif
