/* May the caller sleep on a wait queue right now? Shared by the ring drivers (console,
 * xenstore), which otherwise poll their ring.
 *
 * Sleeping needs a current thread and events unmasked: with events masked (event context,
 * early boot, or a caller inside sd_irq_save) the wake-up could never be delivered. Ask before
 * masking events for the operation itself. */
#ifndef SD_XEN_BLOCKING_H
#define SD_XEN_BLOCKING_H
#include <stdbool.h>

#include "xen.h"
#include <sd/thread.h>

static inline bool xen_may_block(void)
{
    return xen_shared_info && !xen_vcpu()->evtchn_upcall_mask && sd_thread_self();
}

#endif
