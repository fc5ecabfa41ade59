/* Shutdown requests from the toolstack: `xl shutdown` / `xl reboot` write "poweroff",
 * "halt" or "reboot" to the domain's control/shutdown key. We acknowledge by writing ""
 * back (the toolstack's sign that the guest saw it) and hand over to core, which runs the
 * application's shutdown handler on a new thread. Stardust cannot reboot itself: a reboot
 * request ends the domain like a poweroff. "suspend" is not supported and left alone.
 */
#include <stdbool.h>

#include "xen.h"
#include "devices.h"
#include "strutil.h"
#include "xenstore.h"

#include "../core/platform.h"
#include <sd/printk.h>

#define SHUTDOWN_KEY "control/shutdown"

static bool requested;         /* only the first request counts; runs on xenwatch only */

static bool is_stop_request(const char *v)
{
    return xs_streq(v, "poweroff") || xs_streq(v, "halt") || xs_streq(v, "reboot");
}

/* On the xenwatch thread: also called once right after the watch is registered. */
static void shutdown_changed(const char *path, void *arg)
{
    char v[32];
    int r = xs_read(SHUTDOWN_KEY, v, sizeof(v));
    if (r <= 0 || (size_t)r >= sizeof(v) || !is_stop_request(v))
        return;                 /* absent, acknowledged (""), or not ours */
    xs_write(SHUTDOWN_KEY, "");
    if (requested)
        return;
    requested = true;
    printk("xen: shutdown requested (%s)\n", v);
    sd_shutdown_requested();
}

void xen_shutdown_watch_init(void)
{
    int r = xs_watch(SHUTDOWN_KEY, "sd-shutdown", shutdown_changed, NULL);
    if (r < 0) {
        printk("xen: cannot watch %s (%d): shutdown requests are ignored\n", SHUTDOWN_KEY, r);
        return;
    }
    /* Tell the toolstack which requests we understand (best effort: older ones ignore it). */
    xs_write("control/feature-poweroff", "1");
    xs_write("control/feature-reboot", "1");
}
