/* The boot sequence of the Xen PV kernel, in order. entry.S jumps here on the boot stack. */
#include <sd/printk.h>
#include "../core/platform.h"
#include "devices.h"
#include "evtchn.h"
#include "hypercall.h"
#include "xen_internal.h"
#include "xen.h"

start_info_t *xen_start_info;

#define MAX_ARGS 64

static char cmdline[MAX_GUEST_CMDLINE];
static char *argv[MAX_ARGS + 1];

bool xen_is_dom0(void)
{
    return (xen_start_info->flags & SIF_INITDOMAIN) != 0;
}

/* Split a copy of the domain's command line at spaces; argv[0] is "app". */
static int split_cmdline(void)
{
    int argc = 0;
    argv[argc++] = "app";
    for (size_t i = 0; i + 1 < sizeof(cmdline) && xen_start_info->cmd_line[i]; i++)
        cmdline[i] = (char)xen_start_info->cmd_line[i];
    for (char *p = cmdline; *p && argc < MAX_ARGS;) {
        while (*p == ' ')
            *p++ = '\0';
        if (*p == '\0')
            break;
        argv[argc++] = p;
        while (*p && *p != ' ')
            p++;
    }
    argv[argc] = NULL;
    return argc;
}

/* Devices that need events and threads; a dom0 has no xenstore. */
static void devices_init(void)
{
    xen_console_events_init();
    if (xen_is_dom0())
        return;
    if (xenstore_init() != 0) {
        printk("xen: xenstore unavailable; no shutdown requests, no exit code\n");
        return;
    }
    xen_shutdown_watch_init();
}

_Noreturn void xen_boot(start_info_t *si)
{
    xen_start_info = si;
    xen_mm_map_shared_info();       /* vcpu_info: event mask, time, CR2 */
    xen_vcpu()->evtchn_upcall_mask = 1;     /* no upcalls until everything is in place */
    xen_traps_init();               /* a fault now crashes the domain with a report */
    xen_time_init();                /* clocks work from here on */
    xen_console_init();             /* console output works (by polling) from here on */
    printk("Stardust on Xen PV: %lu pages, command line \"%s\"\n",
           (unsigned long)si->nr_pages, (const char *)si->cmd_line);

    uintptr_t free_base, free_end;
    xen_mm_init(&free_base, &free_end);     /* direct map, W^X, guard pages */
    sd_mm_init(free_base, free_end);
    sd_sched_init();                /* this context becomes the boot thread */

    evtchn_init();                  /* all ports masked */
    xen_timer_init();               /* VIRQ_TIMER -> sd_timer_event */
    xen_events_enable();            /* upcalls flow from here on */
    devices_init();

    sd_kernel_start(split_cmdline(), argv);
}
