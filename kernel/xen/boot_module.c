/* sd_boot_module on Xen: the PV ramdisk from start_info, in the direct map (read-only there,
 * see mm.c's wanted_pte). */
#include <sd/boot.h>

#include "xen.h"

const void *sd_boot_module(size_t *len)
{
    return xen_module(len);
}
