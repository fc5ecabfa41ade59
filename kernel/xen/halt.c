/* Stopping the domain. */
#include "xen.h"
#include "hypercall.h"
#include "devices.h"
#include "../core/platform.h"

/* SCHEDOP_shutdown does not return; the loop only guards against a refused request. The exit
 * code travels through xenstore (plat_publish_exit_code), not through the reason. */
_Noreturn void plat_halt(bool crash, int code)
{
    (void)code;
    struct sched_shutdown s = { .reason = crash ? SHUTDOWN_crash : SHUTDOWN_poweroff };
    xen_console_flush();            /* the last lines must reach xenconsoled first */
    for (;;)
        hyp_sched_op(SCHEDOP_shutdown, &s);
}
